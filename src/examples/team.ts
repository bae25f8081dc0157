// The example workspace's data: a made-up technical sales team (everyone and every company here is
// fictional), each rep's storylines, and the role-wide material the generator (./generate.ts) draws
// on. Only data: what happens to it, note by note, is the generator's job.

export type Role = 'AE' | 'SE' | 'SDR';

/**
 * An item to write: t = text ({placeholders} filled per note), o = owner (rep, me, se, ae or a
 * handle), d = days from the meeting to the due date (null: no due date).
 */
export interface ItemTemplate {
  readonly t: string;
  readonly o: string;
  readonly d: number | null;
  /** Role-wide material rather than the rep's own storyline. */
  readonly generic?: boolean;
}

/** One root cause a rep works on over several 1:1s. */
export interface Theme {
  readonly account: string;
  readonly champion: string;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly cause: string;
  /** A coaching session (the theme's second note) instead of that week's root cause paragraph. */
  readonly session?: { readonly heading: string; readonly text: string };
  readonly progress: readonly string[];
  readonly goals: readonly ItemTemplate[];
  readonly followUps: readonly ItemTemplate[];
  readonly strengths: readonly string[];
}

export interface SkipLevel {
  readonly checkin: string;
  readonly cause: string;
  readonly strengths: readonly string[];
  readonly followUps: readonly ItemTemplate[];
  readonly shared: string;
}

export interface PrivateNote {
  /** The regular note (by index) it comes two days after. */
  readonly afterNote: number;
  readonly checkin: string;
  readonly body: string;
  readonly followUps: readonly ItemTemplate[];
}

export interface RepProfile {
  readonly name: string;
  readonly first: string;
  readonly handle: string;
  readonly team: string;
  readonly role: Role;
  readonly cadenceDays: number;
  /** The day of the week of the 1:1 (0 = Sunday). */
  readonly weekday: number;
  /** Days after the first such weekday of the window: staggers bi-weekly 1:1s. */
  readonly phase?: number;
  readonly coach: string;
  readonly aliases: readonly string[];
  /** The name the first `earlyRepNotes` notes use (an alias). */
  readonly earlyRepName?: string;
  readonly earlyRepNotes?: number;
  readonly se?: string;
  readonly seName?: string;
  readonly ae?: string;
  readonly aeName?: string;
  /** The AE's first name by account, for an SE's or SDR's role-wide follow-ups. */
  readonly accountAe?: Readonly<Record<string, string>>;
  readonly accounts: readonly string[];
  /** Holds the workspace's one deliberate mistake (an impossible due date). */
  readonly mistake?: boolean;
  readonly themes: readonly Theme[];
  readonly strengths: readonly string[];
  readonly checkins: readonly string[];
  readonly skipLevels?: readonly SkipLevel[];
  readonly privateNote?: PrivateNote;
  /** An `## Observations (private)` section in note `note` of theme `theme`. */
  readonly privateObservations?: { readonly theme: number; readonly note: number; readonly text: string };
  /** The regular note (by index) whose due dates are written the Obsidian Tasks way. */
  readonly obsidianDueNotes?: number;
  /** The regular note (by index) with one Dataview `[due:: ]` date. */
  readonly dataviewDueNote?: number;
  /** The coach forgets one of their own follow-ups this many days before today: it stays overdue. */
  readonly forgetDaysBeforeToday?: number;
  /** The kind of item left overdue first. */
  readonly overduePrefers?: 'goal' | 'follow-up';
  /** How many late items stay overdue today. */
  readonly overdueKeep?: number;
  /** The last 1:1 is this many days before today (default 1): a late 1:1. */
  readonly stopDaysBeforeToday?: number;
  /** An SDR's weekly activity. */
  readonly numbers?: { readonly dials: number; readonly connectRate: number; readonly meetings: number };
}

/** On the roster, no notes yet. */
export interface NewRep {
  readonly name: string;
  readonly team: string;
  readonly role: Role;
  readonly cadenceDays: number;
  readonly aliases: readonly string[];
}

export const PRIYA = 'Priya Raman'; // Director of Sales: AEs and SEs weekly or bi-weekly, SDR skip-levels
export const JONAS = 'Jonas Berg'; // SDR team lead: the SDRs' weekly 1:1s

// Item templates: t = text ({placeholders} filled per note), o = owner (rep, me, se, ae or a handle),
// d = days from the meeting to the due date (null: no due date).

export const REPS: readonly RepProfile[] = [
  {
    name: 'Dana Whitfield',
    first: 'Dana',
    handle: 'dana',
    team: 'Enterprise',
    role: 'AE',
    cadenceDays: 7,
    weekday: 2,
    coach: PRIYA,
    aliases: ['Dana'],
    earlyRepName: 'Dana', // her first notes were written before the roster existed
    earlyRepNotes: 4,
    se: 'marcus',
    seName: 'Marcus',
    accounts: ['Halvorsen Logistics', 'Kestrel Bank', 'Copperline Energy', 'Pinecrest University'],
    mistake: true,
    themes: [
      {
        account: 'Halvorsen Logistics',
        champion: 'Erik',
        tags: ['multi-threading', 'halvorsen'],
        summary: 'discovery ends before the economic buyer is found, so deals hang on one person',
        cause: `Dana calls {account} "basically committed", but every conversation so far has been with {champion}, their IT operations manager, who cannot sign. Why is it single-threaded? Because discovery stopped once the technical fit was clear. Why? Dana is most at home in the demo and moved to it on the first call. Her perception of the deal is **incorrect**, not just incomplete: champion enthusiasm is not a buying decision.

Agreed together: discovery ends too early, so the economic buyer is never found and the deal has one point of failure.`,
        progress: [
          `Dana asked {champion} who else is involved when the budget is approved. Answer: the CFO's office signs anything over 150k, and procurement runs a vendor risk review. That is the map we did not have two weeks ago. Her own read of the deal moved from "committed" to "strong champion, no buyer yet", which is the accurate one.`,
          `Second thread at {account} is real: 40 minutes with their head of finance systems, who raised the cost of the current tooling without being prompted. Still no date with the CFO, so the deal stays Best Case, not Commit. Dana agreed, not happily, but she made the change in the forecast herself.`,
          `The pattern is changing: Dana now names the buyer, the champion and the likely blocker for {account} without being asked. On the smaller deals she still goes straight to the demo; we agreed to look at one of them together next time.`,
          `{account} update: the CFO's delegate joined the call and asked for a business case by the end of the month. Dana ran the call and handed the technical part to Marcus at the right moment. The first time this deal has felt like a buying process.`,
        ],
        goals: [
          {
            t: 'Meeting on the calendar with the economic buyer at {account}, or a delegate she names',
            o: 'rep',
            d: 21,
          },
          {
            t: 'Every Commit deal over 100k has three engaged contacts, the economic buyer included, in the CRM',
            o: 'rep',
            d: 35,
          },
        ],
        followUps: [
          {
            t: 'Write down three questions for {champion} about how the budget gets approved; send them to me before the call',
            o: 'rep',
            d: 2,
          },
          { t: "Ask {champion} for an introduction to procurement and to the CFO's office", o: 'rep', d: 5 },
          { t: 'Send Dana the Pinecrest org chart as an example of a complete one', o: 'me', d: 1 },
          { t: 'Move {account} from Commit to Best Case until the buyer is engaged', o: 'rep', d: 1 },
          {
            t: 'One-page summary of what their current tooling costs, for Dana to leave with finance',
            o: 'se',
            d: 7,
          },
          { t: 'Role-play the CFO conversation for 20 minutes before the meeting', o: 'me', d: 8 },
        ],
        strengths: [
          `The {account} demo was the best I have heard this quarter: rebuilt around their data-retention problem, and their architect asked for the recording to show his team.`,
          `Took the forecast change without arguing; she moved {account} to Best Case herself and wrote the reason in the notes.`,
        ],
      },
      {
        account: 'Kestrel Bank',
        champion: 'Maya',
        tags: ['mutual-action-plan', 'kestrel'],
        summary: `close dates come from our quarter, not from the customer's steps`,
        cause: `{account}'s close date has moved three times. Dana's explanation: "procurement at a bank is slow". Reading the email thread together tells a different story: procurement never received our paperwork, because nobody asked what their vendor onboarding needs (six weeks, with a security questionnaire and a third-party risk assessment). Perception **incomplete**: the delay is real, but half of it is ours.

Why did we not ask? There is no mutual action plan, so the dates in the CRM come from our quarter, not from their process. Agreed cause: close dates are set by our calendar instead of the customer's steps.`,
        progress: [
          `Mutual action plan draft for {account} is out. {champion} added two steps we did not know about: the architecture board (second Tuesday of the month) and a legal review of the DPA. The realistic close is four weeks later than the CRM said. Better to know now than on the last day of the quarter.`,
          `{champion} now uses the plan in her own status meetings, the best sign we could ask for. Security questionnaire submitted: Marcus answered 212 of 230 questions, the rest wait on our legal team.`,
          `Dana started a plan for Copperline without being asked. One close-date change this week, with a customer reason written next to it.`,
          `{champion} moved the architecture board forward by a week, because the plan showed it was on the critical path. That is the plan doing its job. Dana says she will not forecast a bank deal without one again.`,
        ],
        goals: [
          {
            t: 'Mutual action plan agreed with {champion}, every step dated back from their go-live',
            o: 'rep',
            d: 14,
          },
          {
            t: 'For every deal over 100k, the CRM close date is backed by a step the customer has confirmed',
            o: 'rep',
            d: 30,
          },
        ],
        followUps: [
          { t: 'Ask {account} procurement for their vendor onboarding checklist', o: 'rep', d: 3 },
          { t: 'Send Dana the mutual action plan template from the Tallis deal', o: 'me', d: 1 },
          { t: 'Book the security questionnaire working session with Marcus', o: 'rep', d: 4 },
          { t: 'Review the plan draft together before it goes to {champion}', o: 'me', d: 6 },
          { t: 'Ask legal for a turnaround date on the {account} DPA comments', o: 'me', d: 5 },
          { t: 'Update the close date and the next step for {account} in the CRM', o: 'rep', d: 1 },
        ],
        strengths: [
          `Handled {champion}'s pushback on the timeline calmly and asked what would make the date realistic, instead of defending ours.`,
          `Her written follow-up after the {account} architecture call was clear enough that {champion} forwarded it to her boss unchanged.`,
        ],
      },
      {
        account: 'Copperline Energy',
        champion: 'Jordan',
        tags: ['pipeline', 'prospecting'],
        summary: `no protected prospecting time, so next quarter's pipeline is left to chance`,
        cause: `Q1 pipeline for Dana is 210k against a 900k target, and she had not looked. All her time goes to three late-stage deals; prospecting stopped in September. Perception **missing**: she sees a strong Q4, not an empty January.

Why no prospecting? Late-stage deals always feel more urgent. Why does that win every single week? There is no protected time in her calendar for anything else. Agreed cause: no protected prospecting time, so Q1 pipeline is left to chance.`,
        progress: [
          `First two prospecting blocks happened. Eleven accounts researched, four emails sent with a specific reason to talk, one reply (Greyfield Manufacturing, a plant-data project). Small numbers, but she did it in the week {account} was on fire.`,
          `Ravi is now working her top 20 accounts with her; two first meetings booked for early next month. Q1 pipeline at 330k.`,
          `Dana protected the Thursday block even in a heavy week, and told me before I asked.`,
          `Q1 pipeline at 480k with seven opportunities, two from her own prospecting. Ahead of where I expected, slightly behind where she wants to be.`,
        ],
        goals: [
          { t: '600k of qualified Q1 pipeline, at least six opportunities', o: 'rep', d: 45 },
          {
            t: 'Two hours of prospecting every Thursday morning, in the calendar, not moved for deals',
            o: 'rep',
            d: 28,
          },
        ],
        followUps: [
          { t: 'Put the Thursday prospecting block in the calendar as a recurring event', o: 'rep', d: 1 },
          { t: 'Pick 20 target accounts for Q1 and share the list with Ravi', o: 'rep', d: 4 },
          { t: 'Set up a weekly 15-minute sync with Ravi on the shared accounts', o: 'rep', d: 6 },
          { t: 'Ask marketing for the manufacturing case study before the Greyfield call', o: 'me', d: 3 },
          { t: 'Bring the Q1 pipeline number to every 1:1 until January', o: 'rep', d: null },
        ],
        strengths: [
          `The Greyfield email was the best cold outreach I have seen from an AE here: one sentence on their plant-data project, one on a similar customer, one question.`,
          `Kept {account} moving while restarting prospecting; nothing slipped.`,
        ],
      },
    ],
    strengths: [
      'Forecast notes on time every Friday, with a reason next to every change.',
      'Helped Tomás prepare his first enterprise security review without being asked.',
      'Maya at Kestrel Bank called her "the most prepared vendor we have". That reputation is earned call by call.',
      'Clear, short call notes in the CRM: I could follow the Pinecrest renewal without asking her anything.',
      "Ran the team's objection-handling practice on Monday without being asked; the SDRs want another one.",
      'Honest in the forecast call about the deal she is least sure of.',
    ],
    checkins: [
      'Back from two days of customer visits. Tired but upbeat.',
      'Heavy week with three proposals due, so we kept it to 30 minutes and to the deals that matter.',
      'Good week: Pinecrest University signed the renewal at full price, two weeks early.',
      "Dana is covering Tomás's accounts on Thursday and Friday while he is out.",
      "She asked about next year's compensation plan; I promised an answer once finance publishes it.",
    ],
  },
  {
    name: 'Tomás Herrera',
    first: 'Tomás',
    handle: 'tomas',
    team: 'Enterprise',
    role: 'AE',
    cadenceDays: 7,
    weekday: 1,
    coach: PRIYA,
    aliases: [],
    se: 'marcus',
    seName: 'Marcus',
    accounts: ['Brightwater Health', 'Meridian Freight', 'Alder & Finch Insurance', 'Nordvik Shipping'],
    overdueKeep: 1,
    forgetDaysBeforeToday: 24,
    privateObservations: {
      theme: 1,
      note: 1,
      text: `Tomás got defensive when I raised the {account} discount, the second time this month. I think he hears pricing feedback as "you are not good enough". Next time: start with what went well, keep it about the deal, not about him. Also check how the move to Madrid is going; he mentioned it twice.`,
    },
    themes: [
      {
        account: 'Alder & Finch Insurance',
        champion: 'Grace',
        tags: ['discovery'],
        summary: 'discovery is too short to find a problem worth solving',
        cause: `Tomás books plenty of first meetings (14 this month) but only two became qualified opportunities. Listening to the {account} call together: 6 minutes of questions, then 40 minutes of demo. His view: lead quality is poor. Perception **incorrect**: the leads were fine; {champion} mentioned an audit finding and nobody asked what it cost them.

Why so little discovery? He is afraid of losing the room if he does not show the product early. Why? At his last company the demo was the pitch. Agreed cause: discovery is too short to find a problem worth solving, so the demo answers questions nobody asked.`,
        session: {
          heading: 'Call review',
          text: `We listened to 20 minutes of the {account} first call. Count: 11 questions from Tomás, 9 about their current tools, 2 about impact. Best moment at 14:30, when {champion} mentioned the audit finding and he asked what it cost them; then he went to the demo. We replayed that moment and practised three follow-up questions.`,
        },
        progress: [
          `Two first calls this week with a written discovery plan. On {account} he got to the cost of the audit finding (about 300 engineer hours a quarter) before showing a single screen. He noticed the difference himself.`,
          `First meeting to qualified opportunity: 4 of 9 this month, up from 2 of 14. He still demos too early when the customer asks; we agreed he can say "happy to, after two more questions".`,
          `Tomás prepares every first call with the discovery sheet now. Next step is depth: the second and third why.`,
          `Tomás asked the third why on {account} ("and what happens if the auditors find it again?"), and {champion} answered with a number. He came out of the call grinning.`,
        ],
        goals: [
          {
            t: 'Written discovery plan with three impact questions before every first call this month',
            o: 'rep',
            d: 28,
          },
          { t: 'At least 4 of 10 first meetings become qualified opportunities this month', o: 'rep', d: 30 },
        ],
        followUps: [
          {
            t: 'Send Tomás the discovery question bank and the two best first-call recordings from Q3',
            o: 'me',
            d: 1,
          },
          {
            t: "Listen to Dana's Kestrel first call and note three questions worth stealing",
            o: 'rep',
            d: 4,
          },
          { t: "Shadow Dana's Pinecrest call on Thursday", o: 'rep', d: 3 },
          {
            t: 'Write up the {account} pain and its impact in the CRM before the follow-up call',
            o: 'rep',
            d: 2,
          },
          { t: 'Book a 30-minute call review slot for next week', o: 'me', d: 4 },
        ],
        strengths: [
          `Books first meetings at the best rate in the team; people answer his emails.`,
          `Asked for the call review himself, which takes some courage after a call like {account}.`,
        ],
      },
      {
        account: 'Brightwater Health',
        champion: 'Hannah',
        tags: ['pricing', 'negotiation'],
        summary: 'no number for the value, so price is the only thing on the table',
        cause: `{account} asked for a 25% discount and Tomás offered 20% on the same call. Three of his last four deals closed 18% or more below list. His view: "the market expects it". The team average is 7%, so perception **incorrect**.

Why does he concede so fast? He has not put a number on the value, so price is the only thing on the table. Why? Discovery stops before impact: the same root as last month, showing up in a new place. Agreed cause: without a number for the value, every price looks high, so he trades it away.`,
        progress: [
          `He went back to {champion} and asked what the 25% was based on. Answer: a competitor quote for a much smaller scope. Compared scope for scope, the gap is 6%, not 25%.`,
          `First deal this quarter closed at 4% below list (the Nordvik add-on). He asked for a three-year term in exchange for the discount instead of giving it away.`,
          `{account} pricing is with their procurement now. Tomás is holding the line and is nervous about it. That is normal, and I told him so.`,
          `{account} signed at 9% below list with a three-year term. Tomás negotiated it himself; I only approved the final number.`,
        ],
        goals: [
          {
            t: 'No discount above 10% without a trade (term, volume or case study) and my approval',
            o: 'rep',
            d: 30,
          },
          {
            t: 'Business case with a quantified value for {account}, reviewed with {champion} before any new price',
            o: 'rep',
            d: 14,
          },
        ],
        followUps: [
          { t: 'Ask {champion} what the 25% request is based on', o: 'rep', d: 2 },
          { t: 'Build the value calculation for {account} with Marcus', o: 'rep', d: 6 },
          { t: 'Send Tomás the give-get list for negotiations', o: 'me', d: 1 },
          { t: 'Ask finance what a three-year term is worth to us', o: 'me', d: 4 },
          { t: 'Role-play the procurement call', o: 'me', d: 7 },
        ],
        strengths: [
          `Stayed calm when {champion} repeated the discount request in front of her boss, and asked what it was based on.`,
          `His value calculation for {account} was honest: he left out the benefits he could not prove.`,
        ],
      },
      {
        account: 'Meridian Freight',
        champion: 'Omar',
        tags: ['poc', 'se-handover'],
        summary: 'the SE joins after the promises are made',
        cause: `The {account} POC failed its first success criterion because Tomás had told them our agent runs on their AIX servers. It does not, and Marcus heard about it on the kick-off call. Tomás's view: "Marcus was too busy to join earlier". Marcus's calendar had room; nobody asked. Perception **incomplete**.

Why bring the SE in so late? Tomás wants to keep control of the relationship. Agreed cause: the SE joins after the promises are made, so technical fit is checked too late.`,
        progress: [
          `Tomás and Marcus reset the {account} POC with {champion}: AIX out of scope, Linux hosts only. An honest conversation, and the customer respected it.`,
          `Marcus joined two of Tomás's second calls this week. He says the handover notes were the best he has had from an AE.`,
          `POC criteria signed by {champion}: five criteria, each with a measure. Decision meeting booked.`,
          `{account} decision meeting: they chose us, Linux hosts only in phase 1. Tomás credited Marcus in the win email to the whole team.`,
        ],
        goals: [
          { t: 'Marcus joins every second call on deals over 80k, from now on', o: 'rep', d: 30 },
          {
            t: '{account} POC success criteria written, agreed and signed by {champion} before day one',
            o: 'rep',
            d: 14,
          },
        ],
        followUps: [
          { t: 'Reset the {account} POC scope with {champion}, together with Marcus', o: 'rep', d: 2 },
          {
            t: 'Write a one-page handover note template: pain, impact, people, technical landscape',
            o: 'rep',
            d: 5,
          },
          { t: "Ask Marcus which of Tomás's open deals need him first", o: 'me', d: 3 },
          { t: 'Add a technical-fit check to the stage 2 exit criteria in the CRM', o: 'me', d: 10 },
        ],
        strengths: [
          `Owned the AIX mistake in front of {champion} without blaming anyone.`,
          `His handover note for {account} covered pain, impact, people and landscape on one page.`,
        ],
      },
    ],
    strengths: [
      'Fast, friendly follow-up: customers get a recap within an hour of every call.',
      'Volunteered to run the Friday win-loss session for the team.',
      'Keeps the CRM current; every next step has a date.',
      'Brought a customer quote to the team meeting that changed how we position the audit feature.',
      'Had the Alder & Finch proposal ready two days early and asked Marcus to review it.',
      'Good humour in a hard week; the team notices.',
    ],
    checkins: [
      'Tomás is moving flats this month; shorter 1:1, he asked to keep it to the deals.',
      'Good energy after the Alder & Finch meeting: they want to see a proposal.',
      'Came in frustrated about lead routing: two of his accounts went to Commercial by mistake. I will sort it out with sales ops.',
      'Quiet week on calls, heavy on proposals.',
    ],
  },
  {
    name: 'Marcus Oyelaran',
    first: 'Marcus',
    handle: 'marcus',
    team: 'Enterprise',
    role: 'SE',
    cadenceDays: 14,
    weekday: 4,
    phase: 0,
    coach: PRIYA,
    aliases: [],
    ae: 'dana',
    aeName: 'Dana',
    accounts: ['Halvorsen Logistics', 'Kestrel Bank', 'Meridian Freight', 'Nordvik Shipping'],
    accountAe: {
      'Halvorsen Logistics': 'Dana',
      'Kestrel Bank': 'Dana',
      'Meridian Freight': 'Tomás',
      'Nordvik Shipping': 'Tomás',
    },
    themes: [
      {
        account: 'Nordvik Shipping',
        champion: 'Lars',
        tags: ['poc'],
        summary: 'POCs start without agreed success criteria or an end date',
        cause: `Marcus runs four POCs at once and two are past their planned end ({account} is in week 7 of 3). He says the customers keep adding use cases. True, but we let them: none of the four has written success criteria. Perception **incomplete**: he sees scope creep, not the missing agreement that invites it.

Why no criteria? The AEs start POCs to keep deals moving, and Marcus wants to be helpful. Agreed cause: POCs start without agreed success criteria or an end date, so they never end.`,
        progress: [
          `{account} POC closed with a clear result: 4 of 5 criteria met, the fifth moved to phase 2. {champion} presented the result to his steering group himself.`,
          `Marcus said no to a POC for a deal with no budget, politely and with a reason; Tomás agreed after reading his note.`,
        ],
        goals: [
          {
            t: 'No POC starts without written success criteria and an end date signed off by the customer',
            o: 'rep',
            d: 30,
          },
          { t: 'Close out the {account} POC with a written result', o: 'rep', d: 21 },
        ],
        followUps: [
          { t: 'Write the POC success criteria template: criterion, measure, owner, date', o: 'rep', d: 5 },
          { t: 'Agree with Dana and Tomás that POCs start only with signed criteria', o: 'me', d: 7 },
          { t: 'List the open POCs with their planned and real end dates', o: 'rep', d: 3 },
          { t: 'Set up the results review with {champion}', o: 'rep', d: 10 },
        ],
        strengths: [
          `{champion} said Marcus's architecture session was the most useful hour of their whole evaluation.`,
          `Answered the Kestrel security questionnaire (230 questions) in four days, with a source for every answer.`,
        ],
      },
      {
        account: 'Halvorsen Logistics',
        champion: 'Erik',
        tags: ['capacity'],
        summary: 'no rule for which deals get an SE, so every deal gets one',
        cause: `Marcus works until 9 pm most days and still missed the {account} demo prep. He supports 23 open deals; eight are under 20k and could be self-serve. Perception **missing**: he does not see the list as something he can shape; he takes every request.

Why? Saying no feels like letting the AE down. Agreed cause: there is no rule for which deals get an SE, so every deal gets one.`,
        progress: [
          `Rule agreed with the AEs: SE time for deals over 40k or with a security review; the rest get the recorded demo and the office hour. Marcus's active list is down to 14.`,
          `He took Friday afternoon off for the first time in two months. The {account} prep was done on Wednesday.`,
        ],
        goals: [
          { t: 'Active deal list at 15 or fewer, each with a reason for SE time', o: 'rep', d: 28 },
          { t: 'Weekly SE office hour for the small deals instead of one-off demos', o: 'rep', d: 21 },
        ],
        followUps: [
          { t: 'Send me the full list of deals he supports, with amount and stage', o: 'rep', d: 2 },
          { t: 'Agree the SE engagement rule with the AEs at the Monday team meeting', o: 'me', d: 4 },
          { t: 'Record the standard 25-minute demo for small deals', o: 'rep', d: 10 },
          { t: 'Book the office hour slot and announce it to the AEs', o: 'rep', d: 7 },
        ],
        strengths: [
          `The recorded demo is excellent: short, with chapters, and already sent to six prospects.`,
          `Handled the Meridian AIX surprise with the customer honestly and without making Tomás look bad.`,
        ],
      },
      {
        account: 'Kestrel Bank',
        champion: 'Maya',
        tags: ['executive-presence'],
        summary: 'no ready language for business risk and value in executive meetings',
        cause: `In the {account} executive readout, the CFO asked what happens if the project slips, and Marcus answered with the architecture diagram. Dana says the room went quiet. His view: the question was vague. Perception **incorrect**: it was a question about business risk, and a clear one.

Why go to architecture? It is where he is strongest and safest. Agreed cause: he has no ready language for business risk and value, so he falls back on technology.`,
        progress: [
          `Marcus rewrote the {account} readout in three parts: risk, value, plan. Architecture moved to the appendix. Dana says it is the first SE deck she would show a CFO.`,
          `Presented the value story at the Meridian steering group; the questions were about rollout, not about whether. That was the goal.`,
        ],
        goals: [
          {
            t: 'One executive summary slide (risk, value, plan) in every readout from now on',
            o: 'rep',
            d: 21,
          },
          {
            t: 'Present a business case at one executive meeting without the architecture slide',
            o: 'rep',
            d: 35,
          },
        ],
        followUps: [
          { t: 'Watch the two CFO readout recordings Dana picked', o: 'rep', d: 5 },
          { t: 'Review the {account} readout draft together', o: 'me', d: 7 },
          { t: 'Ask {champion} for honest feedback on the readout', o: 'rep', d: 10 },
        ],
        strengths: [
          `Asked for feedback on the {account} readout from Dana and from me before I could offer it.`,
          `The risk slide for {account} used their own words from the discovery notes.`,
        ],
      },
    ],
    strengths: [
      'Writes the clearest technical answers on the team; AEs forward them unchanged.',
      'Trained Chloé on the new data-residency options; she used them at Tallis the next day.',
      'Calm under pressure in the Halvorsen outage call with their operations team.',
      "Reviewed Tomás's proposal overnight and caught a licence error before it went out.",
      'Turned a customer complaint about the API limits into a clear product request, with numbers.',
    ],
    checkins: [
      'Marcus is back from the product summit with a long list of roadmap questions from customers. We parked most of them.',
      'Heavy fortnight: three POCs and a security review in parallel.',
      'He asked whether the principal SE role will open next year. Honest answer: probably, and we will talk about what it takes.',
    ],
  },
  {
    name: 'Aisha Karimi',
    first: 'Aisha',
    handle: 'aisha',
    team: 'Commercial',
    role: 'AE',
    cadenceDays: 7,
    weekday: 1,
    coach: PRIYA,
    aliases: [],
    se: 'chloe',
    seName: 'Chloé',
    accounts: ['Tallis Retail Group', 'Saltmarsh Foods', 'Cobalt Payments', 'Quarry Hill Media'],
    overdueKeep: 1,
    overduePrefers: 'goal',
    themes: [
      {
        account: 'Tallis Retail Group',
        champion: 'Sam',
        tags: ['pipeline-health'],
        summary: 'we measure coverage, not pipeline health, so stale deals stay',
        cause: `Aisha reports 3.4x coverage for the quarter and says she is comfortable. Going through the deals one by one: 11 of 26 have had no customer contact in 30 days, and 7 have a close date that moved at least twice. Real coverage is nearer 1.6x. Perception **incorrect**: the number is right, the pipeline behind it is not.

Why keep dead deals? Closing them out feels like admitting failure, and coverage is the number I ask for. Agreed cause, and part of it is mine: we measure coverage, not pipeline health, so stale deals stay.`,
        progress: [
          `Aisha closed out nine stale deals. Coverage is 1.9x; she says it feels worse but clearer. We talked about where the missing pipeline comes from: the two new brands at {account} and the partner referrals.`,
          `Every open deal now has a next step with a date and a customer name. Two deals she thought were dead turned out to be alive: the call to close them out restarted the conversation.`,
          `Pipeline review took 25 minutes instead of an hour, because the data is clean. Coverage 2.4x, with real deals.`,
          `Aisha presented her pipeline in the team forecast call as the example of clean data. She was nervous and did it well.`,
        ],
        goals: [
          {
            t: 'Every open opportunity has a next step with a date and a named customer contact',
            o: 'rep',
            d: 14,
          },
          { t: 'Real coverage back to 3x, counting only deals touched in the last 30 days', o: 'rep', d: 42 },
        ],
        followUps: [
          { t: 'Close out or re-qualify every deal with no customer contact in 30 days', o: 'rep', d: 4 },
          { t: 'Send Aisha the pipeline hygiene checklist', o: 'me', d: 1 },
          { t: 'Ask for touched pipeline, not coverage alone, in the forecast call', o: 'me', d: 3 },
          { t: 'Book an expansion call with {champion} about the two new brands', o: 'rep', d: 6 },
          { t: 'Ask the partner team for the open referrals in her territory', o: 'rep', d: 5 },
        ],
        strengths: [
          `Closed out nine deals herself without me asking twice. That is harder than adding new ones.`,
          `Her {account} account plan is the best in the team: named contacts for all three brands.`,
        ],
      },
      {
        account: 'Saltmarsh Foods',
        champion: 'Ingrid',
        tags: ['next-steps'],
        summary: 'calls end without a committed next step',
        cause: `Four of Aisha's last six calls ended with "I'll send you some information": no meeting booked, no decision asked for. On {account}, two weeks of silence followed. Her view: pushing for a next step feels salesy. Perception **incomplete**: she sees the silence, not that the call gave the customer nothing to do.

Why? She has never practised asking for a commitment. Agreed cause: calls end without a committed next step, because asking for one feels pushy.`,
        progress: [
          `Aisha tried "what would you need to see to take this to your team?" on three calls. Two booked a follow-up on the spot.`,
          `{champion} is in a weekly rhythm with Aisha now. She booked the next call before the current one ended, every time this week.`,
          `We listened to the {account} call together: clean ending, clear next step, the customer owns a task. She spotted it herself before I said anything.`,
          `One relapse: the Cobalt call ended with "I'll send over some info". She noticed on the way out and booked the follow-up by email within the hour.`,
        ],
        goals: [
          {
            t: 'Every call ends with a booked next meeting or a customer-owned task, for the rest of the month',
            o: 'rep',
            d: 28,
          },
        ],
        followUps: [
          {
            t: 'Write three closing questions on a sticky note next to her screen (yes, really)',
            o: 'rep',
            d: 1,
          },
          { t: "Listen to two of Dana's call endings", o: 'rep', d: 4 },
          { t: 'Re-engage {account} with a specific question, not a check-in', o: 'rep', d: 3 },
          { t: 'Review one call recording together', o: 'me', d: 6 },
        ],
        strengths: [
          `Her preparation for {account} was excellent: she knew their release calendar better than their own project manager.`,
          `Took the feedback on call endings without defending herself and tried it the same afternoon.`,
        ],
      },
      {
        account: 'Cobalt Payments',
        champion: 'Felix',
        tags: ['executive-meetings', 'cobalt'],
        summary: 'no practised structure for an executive meeting',
        cause: `{account} is three times larger than any deal Aisha has closed, and she asked me to run the meeting with their CTO. Why? She thinks he will not take her seriously. Nothing he has done supports that: he answered her last email within the hour. Perception **incorrect**: the gap is not her credibility but her preparation for a senior conversation, which she has not needed before.

Agreed cause: no practised structure for an executive meeting, so she hands it over.`,
        progress: [
          `Aisha ran the {account} CTO meeting herself; I stayed quiet for 40 minutes. She opened with their PCI audit timeline, which was exactly right.`,
          `{champion} introduced her to the CFO. Aisha prepared the two-page business case; the CFO asked for a proposal.`,
          `The {account} proposal is with the CFO. Aisha handled the first pricing question herself and asked for two weeks to come back with options, instead of discounting on the call.`,
        ],
        goals: [
          {
            t: 'Run the {account} executive meeting herself, with a written agenda and three outcomes',
            o: 'rep',
            d: 14,
          },
          { t: 'Proposal for {account} accepted in principle by the CFO', o: 'rep', d: 35 },
        ],
        followUps: [
          { t: 'Draft the agenda for the CTO meeting and send it to me', o: 'rep', d: 3 },
          { t: 'Role-play the first ten minutes of the CTO meeting', o: 'me', d: 5 },
          { t: 'Ask Chloé to prepare the PCI compliance answers', o: 'rep', d: 4 },
          { t: 'Send Aisha the executive meeting one-pager', o: 'me', d: 1 },
        ],
        strengths: [`Opened the {account} meeting with their audit timeline instead of our slides.`],
      },
    ],
    strengths: [
      'Always on customer calls with a written agenda, sent the day before.',
      'Generous with the SDRs: she gave Sofia a 30-minute walkthrough of her territory.',
      'Her win write-up for Quarry Hill Media is now the team example.',
      'Asked Chloé for a practice run before the Cobalt demo; the demo was better for it.',
      'Her CRM notes are specific enough that anyone could pick up her deals tomorrow.',
      'Handled an angry Saltmarsh support escalation with patience and a clear plan.',
    ],
    checkins: [
      'Aisha is in a good place: Quarry Hill signed on Friday, her first deal over 50k.',
      'Long week with the retail trade show; short 1:1.',
      'She wants to talk about the enterprise team at some point. Not now, but noted.',
      'Busy with onboarding the Saltmarsh project team.',
    ],
  },
  {
    name: 'Ben Larsson',
    first: 'Ben',
    handle: 'ben',
    team: 'Commercial',
    role: 'AE',
    cadenceDays: 7,
    weekday: 3,
    coach: PRIYA,
    aliases: [],
    se: 'chloe',
    seName: 'Chloé',
    accounts: ['Harbor City Transit', 'Westbrook Council', 'Fernwood Logistics', 'Arden Clinics'],
    stopDaysBeforeToday: 26, // no 1:1 since: travel, then the 1:1 kept getting moved
    overdueKeep: 3,
    themes: [
      {
        account: 'Westbrook Council',
        champion: 'Paul',
        tags: ['public-sector', 'tenders'],
        summary: 'we arrive after the tender requirements are written',
        cause: `Ben lost the {account} tender on points, again. Reading the scoring together: we got 9 of 20 on a requirement written around a competitor's feature. His view: the tender was rigged. Partly fair, but the tender came after six months of a competitor shaping it, and we met {champion} for the first time two weeks before the deadline. Perception **incomplete**.

Why so late? Ben finds public-sector accounts through tender alerts, not relationships. Agreed cause: we arrive when the requirements are already written.`,
        progress: [
          `Ben mapped the five public-sector accounts in his patch with tenders likely next year. Two have an innovation team that takes meetings before any tender.`,
          `First pre-tender meeting at Harbor City Transit: their digital team asked for a workshop on data retention rules. This is how we get into the requirements.`,
          `{champion} asked Ben to comment on the draft requirements for next year's platform tender. Exactly where we want to be, a year earlier than last time.`,
        ],
        goals: [
          {
            t: 'Meet the digital or innovation team at three public-sector accounts before any tender is published',
            o: 'rep',
            d: 45,
          },
        ],
        followUps: [
          { t: 'Ask {champion} for a debrief on the scoring', o: 'rep', d: 5 },
          { t: 'List the public-sector accounts with likely tenders next year', o: 'rep', d: 7 },
          { t: 'Introduce Ben to the partner who works with {account}', o: 'me', d: 4 },
        ],
        strengths: [
          `Asked {champion} for the scoring debrief the day after the loss. Most people would not.`,
          `His tender response was complete and on time, in a week with two other proposals due.`,
        ],
      },
      {
        account: 'Fernwood Logistics',
        champion: 'Mina',
        tags: ['forecast', 'crm'],
        summary: 'deal updates are written in a weekly batch, so bad news arrives late',
        cause: `Two deals Ben had in Commit slipped on the last day of the month, and I heard about both from finance. His view: the customers changed their minds at the last minute. The email threads show both said so a week earlier. Perception **incorrect**: the surprise was ours, not the customers'.

Why did the CRM not show it? Ben updates it in one batch on Friday afternoons, when he remembers. Agreed cause: deal updates are written weekly in a batch, so bad news reaches the forecast a week late.`,
        progress: [
          `Ben updates the CRM after each call now, from his phone in the car park. {account}'s new risk (their budget freeze) was in the CRM the same day.`,
          `Forecast call: no surprises this week. He flagged the Arden Clinics slip on Tuesday, not Friday.`,
          `Two weeks without a forecast surprise. Ben says the same-day updates take ten minutes a day and save him the Friday afternoon.`,
        ],
        goals: [
          { t: 'CRM updated the same day as every customer call, for a month', o: 'rep', d: 28 },
          { t: 'No Commit deal slips without a warning at least a week before', o: 'rep', d: 30 },
        ],
        followUps: [
          { t: 'Turn on the CRM mobile app and the call-logging shortcut', o: 'rep', d: 2 },
          { t: 'Walk through every Commit deal with the customer-confirmed next step', o: 'rep', d: 3 },
          { t: 'Tell finance the two slipped deals are now in next month', o: 'me', d: 1 },
        ],
        strengths: [`Told me about the {account} budget freeze the same afternoon he heard it.`],
      },
      {
        account: 'Harbor City Transit',
        champion: 'Ruth',
        tags: ['time-management', 'travel'],
        summary: 'no plan for which meetings deserve travel',
        cause: `Ben spent 9 of the last 15 working days on the road, mostly at {account} sites. Two of the visits could have been video calls. His view: face time wins deals in transport. Sometimes true, but his other deals went quiet, and {account} is a 45k deal. Perception **incomplete**.

Why so much travel? Being on site feels productive, and he has not planned which meetings need it. Agreed cause: no plan for which meetings deserve travel, so the biggest time cost goes to whoever asks first.`,
        progress: [
          `Ben planned the next four weeks: two site visits, the rest remote. Our 1:1 moves to Wednesday mornings, before he leaves.`,
          `Travel is down to one day this week. {champion} was fine with a video site survey; Ben had assumed she would not be.`,
        ],
        goals: [
          { t: 'Travel plan for the month, with a reason for every site visit', o: 'rep', d: 21 },
          { t: 'No more than four travel days in the next four weeks', o: 'rep', d: 30 },
        ],
        followUps: [
          { t: 'Share the travel plan with me', o: 'rep', d: 3 },
          { t: 'Ask {champion} whether the site survey can be done by video', o: 'rep', d: 5 },
          { t: 'Send the {account} data retention workshop proposal', o: 'rep', d: 6 },
          { t: 'Find a 1:1 slot that survives his travel', o: 'me', d: 2 },
        ],
        strengths: [`{champion} asked for Ben by name for the next phase.`],
      },
    ],
    strengths: [
      'Customers trust him: Arden Clinics renewed without a competitive review.',
      'Generous with his time for new colleagues; he took Lena through the public-sector playbook.',
      'His proposals are short and readable; the Westbrook one fit on four pages.',
      'Volunteered to take the questions at the public-sector webinar.',
      'Honest with Arden Clinics about a feature we do not have; they trusted him more for it.',
    ],
    checkins: [
      'Ben joined from the train; connection dropped twice.',
      'Good week: Arden Clinics renewed for two years.',
      'He is tired of the travel and said so, which is new.',
    ],
  },
  {
    name: 'Chloé Dubois',
    first: 'Chloé',
    handle: 'chloe',
    team: 'Commercial',
    role: 'SE',
    cadenceDays: 14,
    weekday: 4,
    phase: 7,
    coach: PRIYA,
    aliases: [],
    ae: 'aisha',
    aeName: 'Aisha',
    accounts: ['Tallis Retail Group', 'Cobalt Payments', 'Fernwood Logistics', 'Quarry Hill Media'],
    accountAe: {
      'Tallis Retail Group': 'Aisha',
      'Cobalt Payments': 'Aisha',
      'Fernwood Logistics': 'Ben',
      'Quarry Hill Media': 'Aisha',
    },
    obsidianDueNotes: 1, // one note's items were pasted from her Obsidian vault (📅 dates)
    dataviewDueNote: 3, // and one item in a later note uses [due:: ...]
    themes: [
      {
        account: 'Tallis Retail Group',
        champion: 'Sam',
        tags: ['demo'],
        summary: `demos are built around the product, not the customer's top three problems`,
        cause: `Chloé's demos are technically perfect and too long: the {account} demo ran 55 minutes and 31 features, and their question about checkout latency got 4 minutes at the end. Her view: customers want to see everything. {champion}'s feedback says otherwise: "impressive, but I'm not sure what we would use". Perception **incorrect**.

Why show everything? She prepares from the product, not from the discovery notes, because the notes she gets are thin. Agreed cause: demos are built around the product instead of the customer's top three problems.`,
        session: {
          heading: 'Demo review',
          text: `We watched the first 15 minutes of the {account} demo. Tell-show-tell on the first feature was good; then 12 features in a row with no link to their checkout problem. We rebuilt the agenda together: three problems, one screen each, 25 minutes.`,
        },
        progress: [
          `{account} follow-up demo: 28 minutes, three problems, and {champion} asked for pricing at the end. Chloé: "that felt too short". It was exactly right.`,
          `Chloé now asks the AE for the top three problems before she builds a demo; Aisha has started sending them unprompted.`,
        ],
        goals: [
          {
            t: "Every demo has a written agenda with the customer's top three problems, reviewed with the AE the day before",
            o: 'rep',
            d: 21,
          },
          { t: 'Demos under 30 minutes, with 10 minutes left for questions', o: 'rep', d: 28 },
        ],
        followUps: [
          { t: 'Rebuild the {account} demo around the checkout latency problem', o: 'rep', d: 4 },
          { t: 'Write a tell-show-tell outline for the three most common problems', o: 'rep', d: 7 },
          { t: 'Ask Aisha for the discovery notes before every demo', o: 'rep', d: 2 },
          { t: "Send Chloé the recording of Marcus's Kestrel demo", o: 'me', d: 1 },
        ],
        strengths: [
          `Her demo environment is the most reliable we have: zero failures in {account}'s three sessions.`,
          `Took the demo feedback with curiosity and asked to see a short demo done well.`,
        ],
      },
      {
        account: 'Cobalt Payments',
        champion: 'Felix',
        tags: ['security-review'],
        summary: 'no shared library of approved security answers',
        cause: `Chloé spent 14 hours on the {account} security questionnaire, and 60% of the answers were already in the Kestrel one Marcus finished last month. Why start from scratch? She did not know it existed: our answers live in people's drives. Perception **missing**: she sees a long questionnaire, not a team without a shared answer library.

Agreed cause, and a team problem, so partly mine: no shared library of approved answers, so every SE writes the same ones again.`,
        progress: [
          `Chloé and Marcus merged their questionnaires into one library: 340 approved answers, each with an owner. {account}'s second questionnaire took three hours.`,
          `Legal agreed to review the library once a quarter instead of answer by answer.`,
        ],
        goals: [
          {
            t: 'Shared security answer library, with an owner and a review date for every answer',
            o: 'rep',
            d: 30,
          },
        ],
        followUps: [
          { t: 'Ask Marcus for the Kestrel questionnaire', o: 'rep', d: 2 },
          { t: 'Agree with legal who approves library answers', o: 'me', d: 6 },
          { t: 'Set up the library folder and its structure', o: 'rep', d: 7 },
          { t: 'Send the PCI answers to Aisha for {account}', o: 'rep', d: 3 },
        ],
        strengths: [
          `Spotted that two of our standard answers contradicted each other, and fixed both with legal.`,
        ],
      },
      {
        account: 'Quarry Hill Media',
        champion: 'Noor',
        tags: ['career', 'enablement'],
        summary: 'her impact is invisible outside her own deals',
        cause: `Chloé asked what it takes to become a senior SE. Honest answer: her technical work is already there; what is missing is influence beyond her own deals. Her view: she needs another certification. Perception **incorrect**: nobody is waiting on a certificate.

Why has she not taken on team work? Nobody asked her, and she does not volunteer in team meetings. Agreed cause: her impact is invisible outside her deals.`,
        progress: [
          `Chloé ran the demo-environment session for the whole team; Ravi asked for a version for the SDRs.`,
          `She presented the {account} architecture at the partner meetup, her first external talk.`,
        ],
        goals: [
          { t: 'Run the demo session for the next two new hires', o: 'rep', d: 30 },
          { t: 'One internal enablement session a month until March', o: 'rep', d: 60 },
        ],
        followUps: [
          { t: 'Draft a one-page development plan towards senior SE', o: 'rep', d: 7 },
          { t: 'Ask Marcus to mentor Chloé on executive meetings', o: 'me', d: 5 },
          { t: 'Put the enablement sessions in the team calendar', o: 'rep', d: 4 },
        ],
        strengths: [`Her session on the demo environment got the best feedback of any enablement this year.`],
      },
    ],
    strengths: [
      'Calm and precise in the Cobalt technical deep-dive with six of their engineers.',
      'Answers AE questions the same day; Ben calls her his secret weapon.',
      'Documents everything: her Fernwood integration notes saved support a week.',
      'Rewrote the demo script for the new release in an afternoon and shared it with Marcus.',
      "Her answer to Cobalt's data-retention question was clear enough for their lawyer.",
    ],
    checkins: [
      'Chloé is back from two weeks off; recharged, she says.',
      'Busy fortnight: three demos and the Cobalt questionnaire.',
      'She raised the demo environment costs; I will take it to the budget review.',
    ],
  },
  {
    name: 'Ravi Menon',
    first: 'Ravi',
    handle: 'ravi',
    team: 'Pipeline Generation',
    role: 'SDR',
    cadenceDays: 7,
    weekday: 2,
    coach: JONAS,
    aliases: [],
    ae: 'dana',
    aeName: 'Dana',
    accounts: ['Greyfield Manufacturing', 'Lumen Telecom', 'Orbital Robotics', 'Bluepeak Software'],
    overdueKeep: 1,
    numbers: { dials: 230, connectRate: 0.08, meetings: 3 },
    themes: [
      {
        account: 'Lumen Telecom',
        champion: 'Ana',
        tags: ['messaging'],
        summary: 'generic messages, because activity looks like what counts',
        cause: `Ravi made 240 dials and sent 180 emails last week, by far the most activity on the team, and booked three meetings. His reply rate is 1.4% against a team average of 4%. His view: he needs better leads. Perception **incorrect**: the volume is there, the message is not. We read ten of his emails together: the same template, the first line about us, nothing about them.

Why? Personalising takes time and he thinks he is measured on activity. Agreed cause: generic messages, because activity looks like what counts.`,
        progress: [
          `Ravi ran the research-first sequence on 40 accounts: three minutes of research each, one line about their world. Reply rate 5%, four meetings.`,
          `Fewer dials this week and more meetings. He said doing less felt wrong; the numbers say otherwise.`,
          `His {account} email was the example in the team meeting.`,
          `Reply rate has held above 4% for three weeks. Ravi wrote the new opener for the telecom list himself and shared it before I asked.`,
        ],
        goals: [
          { t: 'Reply rate above 4% on the new sequence over two weeks', o: 'rep', d: 14 },
          { t: 'Five held meetings a week, three weeks in a row', o: 'rep', d: 28 },
        ],
        followUps: [
          { t: 'Rewrite the first email of the sequence with a customer-first opening line', o: 'rep', d: 2 },
          { t: 'Three-minute research checklist (three facts) for every account', o: 'rep', d: 3 },
          { t: "Send Ravi Kwame's five best-performing emails", o: 'me', d: 1 },
          { t: 'Report replies and meetings in the weekly update instead of dials', o: 'me', d: 4 },
        ],
        strengths: [
          `Nobody works harder; the energy is real and the team feeds off it.`,
          `Rewrote the sequence in one evening and asked for feedback before sending it.`,
        ],
      },
      {
        account: 'Orbital Robotics',
        champion: 'Kai',
        tags: ['handoff', 'qualification'],
        summary: 'no qualification before booking',
        cause: `The AEs rejected 4 of Ravi's 11 meetings last month as not qualified. Dana's feedback on {account}: the contact was an intern researching tools for a course. Ravi's view: the AEs are picky. Perception **incomplete**: some rejections are picky, but his handoff notes say nothing about role, need or timing.

Why? He books the meeting the moment someone says yes. Agreed cause: no qualification before booking, so meeting quality is a lottery.`,
        progress: [
          `All five meetings this week had a handoff note with role, pain and timing. Dana accepted all five.`,
          `Ravi sat in on two AE first calls and came back with his own list of questions to ask before booking.`,
          `Acceptance this month: 10 of 11. The one rejection was a timing issue, and Ravi had flagged it in the handoff note.`,
          `Ravi now asks "who else cares about this?" before booking; two meetings this week came with a second contact.`,
        ],
        goals: [
          { t: 'Handoff note with role, pain and timing for every booked meeting', o: 'rep', d: 14 },
          { t: 'More than 85% of booked meetings accepted by the AEs this month', o: 'rep', d: 30 },
        ],
        followUps: [
          { t: 'Agree the three qualification questions with Dana and Tomás', o: 'rep', d: 4 },
          { t: 'Add the handoff fields to the booking form', o: 'me', d: 7 },
          { t: 'Sit in on two AE first calls to hear what happens after the handoff', o: 'rep', d: 10 },
          { t: "Send Dana this week's handoff notes for a quick check", o: 'rep', d: 3 },
        ],
        strengths: [
          `Asked Dana directly for feedback on the rejected meetings instead of complaining about them.`,
        ],
      },
      {
        account: 'Bluepeak Software',
        champion: 'Eva',
        tags: ['follow-up-cadence'],
        summary: 'no content for the later touches, so sequences stop at two',
        cause: `Most of Ravi's sequences stop after two touches. Team data: 70% of booked meetings come from the fourth touch or later. His view: he does not want to spam people. Perception **incomplete**: spam is the same message again; a follow-up with something new is useful.

Why stop at two? He has nothing new to say in touches three to six. Agreed cause: no content for the later touches, so he stops early.`,
        progress: [
          `Six-touch sequence live, each touch with something new (a case study, a benchmark, a question). {account} replied on touch five.`,
          `Touches three to six are written for two segments. Meetings from touch four or later: three this week, none a month ago.`,
          `Ravi's data says touch five has the best reply rate. He wants to test moving the case study earlier. Good instinct; agreed.`,
        ],
        goals: [
          {
            t: 'Six-touch sequence with new content in every touch, running on all new accounts',
            o: 'rep',
            d: 21,
          },
        ],
        followUps: [
          { t: 'Write touches three to six for the software segment', o: 'rep', d: 5 },
          { t: 'Ask marketing for the benchmark report for touch four', o: 'me', d: 3 },
          { t: "Listen to two of Sofia's follow-up calls", o: 'rep', d: 4 },
          { t: 'Add a phone touch after the third email', o: 'rep', d: 3 },
          { t: 'Compare meetings by touch number after two weeks', o: 'rep', d: 14 },
        ],
        strengths: [`The {account} touch-five email was short, specific and funny. It worked.`],
      },
    ],
    strengths: [
      'Always first to volunteer for the new territory lists.',
      'Keeps a clean CRM: every call logged with an outcome.',
      'Took the feedback on his emails without defending them and rewrote three the same day.',
      "Covered part of Sofia's call list when she was out, without being asked.",
      'Shared his best subject line with the whole team.',
    ],
    checkins: [
      'Ravi is in a good mood: two meetings booked on Monday alone.',
      'Tough week; lots of hang-ups in the telecom list. He shook it off by Thursday.',
      'He asked about the AE track timeline. Told him: the next step is consistency, not speed.',
    ],
    skipLevels: [
      {
        checkin: `First skip-level with Ravi. He likes the team and says Jonas's 1:1s are the most useful meeting of his week. He is restless about his numbers and a little worried that activity is all anyone looks at.`,
        cause: `Ravi says the lead lists are stale: a third of the phone numbers are wrong. I checked with sales ops afterwards: the list was bought two years ago and never cleaned. He is right about this one. Why had nobody fixed it? Everybody worked around it, and nobody owned the data. Agreed cause: nobody owns list quality, so the SDRs pay for it in wasted dials.`,
        shared: `Passing on to Jonas, with Ravi's agreement: the list quality problem and his sample. Nothing else.`,
        strengths: [
          'Raised the data problem with evidence (a sample of 50 records he checked by hand), not just frustration.',
          'Speaks well of his colleagues; he credited Kwame for half of his best emails.',
        ],
        followUps: [
          { t: 'Ask sales ops for a cleaned list and a named owner for list quality', o: 'me', d: 10 },
          { t: "Share Ravi's sample of 50 records with Jonas", o: 'me', d: 2 },
        ],
      },
      {
        checkin: `Ravi is calmer than last time. The cleaned list helps and so does the new sequence; he talked about reply rates, not dials, without being prompted.`,
        cause: `He worries that activity targets and quality targets pull in different directions. They do, a little: the team dashboard still ranks people by dials, while Jonas coaches on replies and meetings. Agreed cause: the dashboard rewards the old behaviour, so the team gets two messages.`,
        shared: `Passing on to Jonas: the dashboard point, which he already agrees with. Ravi asked me to keep his worry about the targets general, not personal.`,
        strengths: [
          'Thinks about the team, not only himself: he suggested a shared library of good emails.',
          'Asked what the AEs need from SDRs, which most people at his stage never ask.',
        ],
        followUps: [
          { t: 'Change the team dashboard to rank by held meetings', o: 'jonas', d: 14 },
          { t: 'Start the shared email library with Ravi as its first editor', o: 'jonas', d: 10 },
        ],
      },
    ],
  },
  {
    name: 'Sofia Marin',
    first: 'Sofia',
    handle: 'sofia',
    team: 'Pipeline Generation',
    role: 'SDR',
    cadenceDays: 7,
    weekday: 3,
    coach: JONAS,
    aliases: [],
    ae: 'aisha',
    aeName: 'Aisha',
    accounts: ['Saltmarsh Foods', 'Greenhollow Dairy', 'Pemberton Retail', 'Cask & Barrel Co'],
    numbers: { dials: 110, connectRate: 0.1, meetings: 2 },
    privateNote: {
      afterNote: 6,
      checkin: `Sofia asked for a private conversation. Her father starts treatment next month and she will need to take him to the hospital two mornings a week for about eight weeks. She was worried this would count against her.`,
      body: `Told her clearly: it does not. Her call blocks move to the afternoons, and her meeting target for the period is pro-rated. Nobody else needs the details; the team will only hear that her calendar changes. She can take a morning off at short notice without asking, just a message to me.

We will look at it again in six weeks, or earlier if anything changes. I offered the employee assistance line; she knew about it and may use it.`,
      followUps: [
        { t: 'Check with HR which flexible arrangements we can offer and confirm in writing', o: 'me', d: 2 },
        { t: "Pro-rate Sofia's meeting target for the next two months", o: 'me', d: 5 },
        { t: 'Move the team call block so Sofia can join in the afternoons', o: 'me', d: 7 },
      ],
    },
    themes: [
      {
        account: 'Greenhollow Dairy',
        champion: 'Ruth',
        tags: ['call-time'],
        summary: 'research has no time limit and crowds out the calls',
        cause: `Sofia's research is the best on the team, and she makes 20 calls a day when the team makes 60. Two meetings last week. Her view: she prefers to be prepared. That is true, and she also told me calling strangers makes her anxious, so research is a safe place to stay. Perception **incomplete**.

Agreed cause: research has no time limit, so it grows and crowds out the calls.`,
        progress: [
          `Research capped at five minutes an account, with a timer. Calls up to 45 a day. Three meetings, including {account}.`,
          `Sofia did her first power hour with Ravi: 38 dials in an hour. She said the first ten were the worst and then it got easier.`,
          `Call time is steady at two hours a day. Her connect-to-meeting rate is the best on the team, because her openers are so specific.`,
          `Sofia's best week so far: five meetings, 48 dials a day on average, and her research stayed inside the five-minute cap.`,
        ],
        goals: [
          { t: 'Two protected call blocks a day, at least 40 dials, for three weeks', o: 'rep', d: 21 },
          { t: 'Research time capped at five minutes an account', o: 'rep', d: 14 },
        ],
        followUps: [
          { t: 'Set up the two call blocks in the calendar', o: 'rep', d: 1 },
          { t: 'Join one power hour with Ravi', o: 'rep', d: 3 },
          { t: 'Listen to two of her calls together and pick one thing to keep', o: 'me', d: 6 },
          { t: 'Track dials and research time for a week in a simple tally', o: 'rep', d: 5 },
          { t: 'Pair with Kwame for one call block to hear his openers', o: 'rep', d: 4 },
        ],
        strengths: [
          `Her {account} opener ("I saw you opened the second plant in March") got a ten-minute conversation on a cold call.`,
          `Told me honestly what makes calling hard for her. That made this fixable.`,
        ],
      },
      {
        account: 'Pemberton Retail',
        champion: 'Luke',
        tags: ['objections'],
        summary: `no practised answer to "we already have a tool"`,
        cause: `Most of Sofia's conversations end at "we already have a tool for that". She says thanks and hangs up. Her view: if they have a tool, they are not a prospect. Perception **incorrect**: almost everyone has a tool; the question is whether it works for them.

Why does she accept it? She has no ready answer and does not want to argue. Agreed cause: no practised response to the most common objection, so the conversation ends there.`,
        progress: [
          `Sofia used the "how is it working for the new stores?" follow-up on {account}; {champion} talked for eight minutes and booked a meeting.`,
          `She now keeps a tally of objections. "Already have a tool" is 60% of them; her response gets a second question half the time.`,
          `Sofia shared her three responses with the team; Ravi now uses the second one word for word.`,
          `"We already have a tool" leads to a second question most of the time now. Two meetings this week came from exactly those calls.`,
        ],
        goals: [
          {
            t: 'A second question after "we already have a tool" on every call for two weeks',
            o: 'rep',
            d: 14,
          },
        ],
        followUps: [
          {
            t: 'Write three responses to "we already have a tool" and practise them with Kwame',
            o: 'rep',
            d: 3,
          },
          { t: 'Role-play the objection for ten minutes', o: 'me', d: 2 },
          { t: 'Keep a tally of objections for a week', o: 'rep', d: 7 },
          { t: 'Collect the five best answers to the objection from the team', o: 'me', d: 5 },
          { t: 'Record one call where the second question worked and share it', o: 'rep', d: 7 },
        ],
        strengths: [`Practised the objection with Kwame every morning this week, on her own initiative.`],
      },
      {
        account: 'Cask & Barrel Co',
        champion: 'Olu',
        tags: ['territory'],
        summary: 'no tiering, so the best accounts get the same attention as the worst',
        cause: `Sofia works 400 accounts evenly, so each gets a touch every six weeks. Her best meetings come from food and beverage companies with 200 to 1,000 staff, which are 70 of the 400. Perception **missing**: she had not looked at where her meetings come from.

Agreed cause: no tiering, so her best accounts get the same attention as the worst.`,
        progress: [
          `Tier 1 list of 70 accounts done. {account} booked from the first week of the new rhythm.`,
          `Tier-1 accounts touched this week: 64 of 70. Tier-3 accounts get a quarterly email only, and she does not miss them.`,
          `Aisha says Sofia's tier-1 meetings are the best prepared she gets from anyone.`,
        ],
        goals: [{ t: 'Territory tiered: 70 tier-1 accounts touched every week', o: 'rep', d: 21 }],
        followUps: [
          { t: 'Pull her last 30 meetings and tag them by segment and size', o: 'rep', d: 4 },
          { t: 'Agree the tier-1 list with Aisha', o: 'ae', d: 7 },
          { t: 'Set up a quarterly email for tier-3 accounts instead of calls', o: 'rep', d: 7 },
          { t: 'Review the tier-1 list after two weeks and swap out the dead accounts', o: 'rep', d: 14 },
        ],
        strengths: [`Her segment analysis was better than the one marketing did last year.`],
      },
    ],
    strengths: [
      'The most thorough account research on the team.',
      'Kind and patient with the new joiners.',
      'Her handoff notes are the best on the team; Aisha says she reads them twice.',
      'Did her first power hour even though she was nervous about it.',
      'Found a new contact at Greenhollow Dairy through the trade press, not the usual databases.',
      'Asked for feedback on a call she thought went badly. It went better than she thought.',
    ],
    checkins: [
      'Sofia is quieter than usual; said she is fine, just tired.',
      'Good week: her first meeting with a company over 1,000 staff.',
      'She asked to join the food-industry trade show; approved.',
    ],
    skipLevels: [
      {
        checkin: `First skip-level with Sofia. She is thoughtful and a little nervous, and came with a written list of topics. She likes Jonas's 1:1s and the team, and finds cold calling hard.`,
        cause: `She feels her research is invisible because the dashboard shows only activity. True: nothing we measure rewards a good meeting over a bad one. Why? The dashboard was built when the team was two people and volume was the only problem. Agreed cause: we measure activity only, so her strength does not show.`,
        shared: `Passing on to Jonas, with Sofia's agreement: the dashboard point and how much the AEs value her research.`,
        strengths: [
          'Came with a written list of what she wanted to talk about.',
          'Her account notes are so good that Aisha reads them before every first call.',
        ],
        followUps: [
          { t: 'Add accepted-meeting rate next to activity on the dashboard', o: 'jonas', d: 14 },
          { t: 'Ask Aisha for two examples of meetings Sofia prepared unusually well', o: 'me', d: 5 },
        ],
      },
      {
        checkin: `Sofia is more confident than last time. She talked about the objection work with some pride, and about the afternoon call blocks, which suit her.`,
        cause: `She would like a path towards marketing or enablement rather than AE, and had assumed that was not an option. Nobody had asked her. Why? Our career conversations with SDRs start from "when do you want to be an AE". Agreed cause: we only describe one path, so people with other goals stay quiet.`,
        shared: `Passing on to Jonas: that Sofia is interested in marketing or enablement. She wants to tell him herself first; I will wait a week.`,
        strengths: [
          'Knows what she wants and said so clearly.',
          'Her objection tally is now used by the whole team.',
        ],
        followUps: [
          { t: 'Introduce Sofia to the head of marketing for a coffee', o: 'me', d: 10 },
          { t: 'Ask the SDRs about their goals beyond the AE path in the next 1:1s', o: 'jonas', d: 14 },
        ],
      },
    ],
  },
  {
    name: 'Kwame Asante',
    first: 'Kwame',
    handle: 'kwame',
    team: 'Pipeline Generation',
    role: 'SDR',
    cadenceDays: 14,
    weekday: 4,
    phase: 0,
    coach: JONAS,
    aliases: [],
    ae: 'tomas',
    aeName: 'Tomás',
    accounts: ['Harrow Cold Chain', 'Ironbridge Rail', 'Solstice Energy', 'Marlow Ports'],
    numbers: { dials: 190, connectRate: 0.11, meetings: 6 },
    themes: [
      {
        account: 'Ironbridge Rail',
        champion: 'Beth',
        tags: ['promotion', 'discovery'],
        summary: 'no discovery experience yet, so nobody can judge him as an AE',
        cause: `Kwame has hit target five months running and wants to move to AE. What stands between him and that: he has never run discovery. He thinks his booking numbers make the case. Perception **incomplete**: the numbers show he can open doors, not that he can find a problem worth solving.

Agreed cause: no experience with discovery yet, so nobody can judge him as an AE.`,
        progress: [
          `Kwame shadowed three of Tomás's first calls and wrote his own discovery notes for each; Tomás said two were better than his.`,
          `First discovery call led by Kwame, with Tomás as backup, on {account}. Good questions, a bit rushed at the end.`,
        ],
        goals: [
          { t: 'Shadow six AE first calls and write discovery notes for each', o: 'rep', d: 30 },
          { t: 'Lead two first calls with an AE as backup', o: 'rep', d: 45 },
        ],
        followUps: [
          { t: 'Agree with Tomás which of his first calls Kwame can join', o: 'me', d: 3 },
          { t: 'Read the discovery playbook and bring three questions', o: 'rep', d: 7 },
          { t: 'Think about which AE team he would like to join', o: 'rep', d: null },
        ],
        strengths: [
          `Five months at or above target; the most consistent SDR we have.`,
          `His discovery notes from the {account} call were structured like an AE's: pain, impact, people.`,
        ],
      },
      {
        account: 'Solstice Energy',
        champion: 'Nadia',
        tags: ['mentoring', 'focus'],
        summary: 'unplanned mentoring eats his best calling hours',
        cause: `Kwame's own numbers dipped this month (4 meetings against 6). He spends about an hour a day helping the others with their emails and calls. He did not see the link. Perception **missing**.

Why? He enjoys helping and nobody asked him to. Agreed cause: unplanned mentoring time eats his prime calling hours.`,
        progress: [
          `Mentoring moved to a fixed 30 minutes after lunch. His numbers are back to 6, and Sofia and Ravi still get help.`,
          `Sofia and Ravi say the fixed slot works better for them too: they come with their questions prepared.`,
        ],
        goals: [
          { t: 'Mentoring in one fixed 30-minute slot a day; six meetings a week again', o: 'rep', d: 21 },
        ],
        followUps: [
          { t: 'Set up the daily mentoring slot and tell the team', o: 'rep', d: 2 },
          { t: 'Turn the three questions he gets most into a short team guide', o: 'rep', d: 10 },
          { t: "Mention Kwame's mentoring in the promotion case", o: 'me', d: 14 },
        ],
        strengths: [`Sofia's objection handling improved because of his coaching; she says so herself.`],
      },
      {
        account: 'Marlow Ports',
        champion: 'Tom',
        tags: ['promotion'],
        summary: 'no evidence yet of running a deal past the first meeting',
        cause: `Promotion case review. Strong on pipeline and discovery now. The gap: he has never forecast or run a deal past the first meeting. His view: he will learn that on the job. Fair, but the panel will ask. Perception **incomplete**.

Agreed cause: no evidence yet of running a deal, so the case has a hole.`,
        progress: [
          `Kwame is co-running {account} with Tomás through the second meeting. Keeping a deal diary for the panel.`,
          `Kwame presented the {account} deal diary to Tomás and me as a rehearsal. Clear, and honest about what he did not know. The panel is booked.`,
        ],
        goals: [
          {
            t: 'Co-run one deal through stage 2 with Tomás and present it at the promotion panel',
            o: 'rep',
            d: 45,
          },
        ],
        followUps: [
          { t: 'Ask Tomás to co-run {account} with Kwame', o: 'me', d: 3 },
          { t: 'Start a deal diary for {account}', o: 'rep', d: 2 },
          { t: 'Book the promotion panel date with Priya', o: 'me', d: 10 },
        ],
        strengths: [`Asked for the hard feedback on his promotion case, not the easy one.`],
      },
    ],
    strengths: [
      'Best opener on the team: short, specific, confident.',
      'Generous with his templates; half the team uses them.',
      "Covered the team's call blocks when two people were ill, and still hit his number.",
      'His discovery questions on the Ironbridge call were open and patient.',
    ],
    checkins: [
      'Kwame is energised by the promotion conversation.',
      'Good fortnight: 13 meetings booked, 11 held.',
      'He asked for more feedback, less praise. Fair.',
    ],
    skipLevels: [
      {
        checkin: `Skip-level with Kwame. He is clear that he wants the AE role and asked directly what I look for. Good energy, and a bit impatient.`,
        cause: `He thinks the path to AE is unclear for everyone on the team, not just him. He is right: it is not written down anywhere, and two of the last three promotions happened without a visible process. Why? We promote when a seat opens and decide case by case. Agreed cause: no written path, so the SDRs guess what counts.`,
        shared: `Passing on to Jonas: the request for a written AE path. Kwame is fine with his name attached.`,
        strengths: [
          'Asked on behalf of the whole team, not only for himself.',
          'Five months at or above target, with the best show rate on the team.',
        ],
        followUps: [
          { t: 'Write down the SDR-to-AE path and share it with the team', o: 'me', d: 21 },
          { t: 'Review the draft path together and add what the SDRs ask most', o: 'jonas', d: 14 },
        ],
      },
      {
        checkin: `Kwame talked about shadowing Tomás. He has clearly thought about what makes a good first call and had notes on all three calls.`,
        cause: `His worry: moving to AE means a pay dip in the first quarter while he builds pipeline. Real, and we have a ramp plan for exactly that, which he did not know about. Why not? It lives in an HR document nobody shows the SDRs. Agreed cause: the ramp plan is invisible, so the move looks riskier than it is.`,
        shared: `Passing on to Jonas: the ramp plan question. Kwame asked to discuss the pay part only with me.`,
        strengths: [
          'Prepared his questions in writing, including the uncomfortable one about pay.',
          "Tomás says Kwame's call notes are better than his own.",
        ],
        followUps: [
          { t: 'Send Kwame the AE ramp plan and the first-year compensation example', o: 'me', d: 3 },
          { t: 'Add the ramp plan to the written SDR-to-AE path', o: 'me', d: 14 },
        ],
      },
    ],
  },
];

/** On the roster, no notes yet: joined the SDR team a few days ago. */
export const NEW_REP: NewRep = {
  name: 'Lena Fischer',
  team: 'Pipeline Generation',
  role: 'SDR',
  cadenceDays: 7,
  aliases: [],
};

// Role-wide material used when a rep's own storyline has nothing left to say.

export const ROLE_FOLLOW_UPS: Readonly<Record<Role, readonly ItemTemplate[]>> = {
  AE: [
    { t: 'Update the next step and close date of every Commit deal in the CRM', o: 'rep', d: 2 },
    { t: 'Send {account2} the recap and the agreed next step', o: 'rep', d: 1 },
    { t: 'Set up a reference call for {account2} with a customer in their industry', o: 'rep', d: 6 },
    { t: 'Book the {account2} technical deep-dive with {seName}', o: 'rep', d: 4 },
    { t: 'Check the {account2} usage numbers before the renewal call', o: 'rep', d: 5 },
    { t: "Get legal's comments on the {account2} order form", o: 'me', d: 4 },
    { t: 'Send the mutual action plan draft to {account2}', o: 'rep', d: 3 },
    { t: 'Ask {account2} who else should be in the next meeting', o: 'rep', d: 2 },
    { t: 'Prepare the {account2} quarterly review with the usage numbers', o: 'rep', d: 6 },
  ],
  SE: [
    { t: 'Refresh the demo environment with the new release', o: 'rep', d: 5 },
    { t: 'Write up the {account2} architecture notes for {aeName}', o: 'rep', d: 3 },
    { t: 'Answer the open {account2} integration questions', o: 'rep', d: 4 },
    { t: 'Review the {account2} POC plan with {aeName}', o: 'rep', d: 3 },
    { t: 'Agree the {account2} demo agenda with {aeName} the day before', o: 'rep', d: 4 },
    { t: 'Draft the {account2} POC success criteria', o: 'rep', d: 5 },
    { t: 'Follow up with product on the {account2} feature request', o: 'rep', d: 7 },
  ],
  SDR: [
    { t: 'Clean up the CRM tasks older than two weeks', o: 'rep', d: 3 },
    { t: "Ask {aeName} for feedback on last week's meetings", o: 'rep', d: 4 },
    { t: 'Prepare openers for three people in the {account2} buying group', o: 'rep', d: 3 },
    { t: 'Try the new voicemail script for a week and count the call-backs', o: 'rep', d: 7 },
    { t: 'Share one good email in the team channel', o: 'rep', d: 2 },
    { t: 'Research 30 new accounts in the segment with the best reply rate', o: 'rep', d: 5 },
    { t: "Listen back to two of this week's calls and note one thing to change", o: 'rep', d: 4 },
    { t: 'Send the {account2} handoff note to {aeName}', o: 'rep', d: 1 },
    { t: 'Update the sequence with the new case study', o: 'rep', d: 6 },
  ],
};

export const ROLE_STRENGTHS: Readonly<Record<Role, readonly string[]>> = {
  AE: [
    'Wrote a short, specific follow-up to {account2} that restated their problem in their own words.',
    'Noticed the {account2} renewal risk early and raised it before the usage report did.',
    'Kept the {account2} call to time and still got to the next step.',
    'Quick, clear recap to {account2} after the call; they replied with a date for the next meeting within the hour.',
    'Prepared the {account2} call with a written agenda the customer had seen the day before.',
  ],
  SE: [
    'Prepared the {account2} demo from the discovery notes, not from the product.',
    'Said "I don\'t know, I will find out" on the {account2} call, and found out the same day.',
    'Shared the {account2} architecture notes with the AE without being asked.',
    'The {account2} integration answer was precise and honest about the one limitation.',
    'Turned around the {account2} technical questions in a day.',
  ],
  SDR: [
    'Followed up with {account2} on exactly the day they suggested.',
    'Asked a good second question on the {account2} call instead of pitching.',
    'Booked the {account2} meeting with the right person on the first try.',
    'The {account2} opener was specific to their business, not our product.',
    'Logged every call this week with an outcome; the handoffs were easy to read.',
  ],
};

export const ROLE_CHECKINS: Readonly<Record<Role, readonly string[]>> = {
  AE: [
    'Normal week; most of the time went to proposals.',
    'Short 1:1 today, customer call right after.',
    '{first} is in good spirits after a strong week of first meetings.',
    'We started with the wins: two new opportunities, both from referrals.',
    'A frustrating week, two deals slipped. We spent five minutes on that before anything else.',
    '{first} came with a written list of topics, which made this quick.',
  ],
  SE: [
    'Normal fortnight: two demos and one POC kick-off.',
    'Quieter fortnight, used to rebuild part of the demo environment.',
    '{first} is stretched: three evaluations in the same two weeks.',
    'Good energy; {first} enjoyed the architecture workshop on Tuesday.',
  ],
  SDR: [
    'Steady week, no surprises.',
    'A slow Monday and a strong Thursday.',
    '{first} is tired after the trade show but happy with the leads.',
    'Good mood: {first} booked a meeting with a company we have chased for a year.',
    'Short one today, {first} had a call block straight after.',
  ],
};

/** Root cause follow-up once a storyline's own progress notes are used up: "{summary}" is the cause. */
export const GENERIC_PROGRESS: readonly string[] = [
  'Cause agreed on {start}: {summary}. Better this week, not yet a habit. We looked at one example together and {first} said what to do differently before I did.',
  'Cause agreed on {start}: {summary}. No real change this week; everything else took the time. We agreed to start with it next time instead of ending with it.',
  'Still the cause from {start}: {summary}. Two good examples this week and one slip, which {first} raised before I did. That is what I want to see.',
  'Still the cause from {start}: {summary}. {first} now notices the pattern in the moment, not afterwards. Next step: acting on it in the moment too.',
  'Cause agreed on {start}: {summary}. A mixed week. {first} thinks it is solved; I think it is half solved. We will look at the numbers again in two weeks.',
];

export const GOAL_PROGRESS: readonly string[] = [
  'on track.',
  'on track; we checked it together in the CRM.',
  'ahead of plan.',
  'too early to tell.',
  'halfway there.',
];
/** Now and then a goal is behind: said plainly, with what happens next. */
export const GOAL_BEHIND: readonly string[] = [
  'behind. {first} says other work got in the way; we agreed what to drop this week.',
  'slipping. Honest conversation about whether the date is still right; {first} wants to keep it.',
];

export const NUMBERS_COMMENTS: readonly string[] = [
  'Best day was Thursday; Monday mornings are still slow.',
  'Most meetings came from the third touch or later.',
  'Connect rate is up since the list was cleaned.',
  'Two no-shows, both booked more than two weeks out. Book closer in.',
  'Conversations are longer since the new opener.',
  'Fewer dials than usual because of the team training on Wednesday.',
  'All booked meetings accepted by the AEs.',
];

export const NEXT_TIME: readonly string[] = [
  'Ten minutes on development before the deals.',
  'Listen to one call recording together, picked by {first}.',
  'Go through {account} first.',
  'Ask how the week felt, before any numbers.',
  'Check the follow-ups from today before anything new.',
  '{first} brings one example that went well and one that did not.',
];

export const DEAL_UPDATES: Readonly<Record<Role, readonly string[]>> = {
  SDR: [
    '{deal}: booked for {aeName}, first meeting next week.',
    '{deal}: asked for a call back after their budget round.',
    '{deal}: wrong contact, but a referral to their head of operations.',
    '{deal}: replied to touch four; wants a case study first.',
    '{deal}: "not now", revisit in the new year.',
    '{deal}: two people from the buying group engaged with the last email.',
  ],
  AE: [
    '{deal}: security review passed; pricing call booked.',
    '{deal}: champion on holiday for two weeks; nothing moves before she is back.',
    '{deal}: legal has our DPA comments, waiting for theirs.',
    '{deal}: a new VP wants to see the business case again from the start.',
    '{deal}: verbal yes from the buyer; order form with procurement.',
    '{deal}: competitor demo this week. We asked for a side-by-side on their own data.',
    '{deal}: budget confirmed for next quarter, not this one. Close date moved.',
    '{deal}: second workshop went well; they asked for a reference in their industry.',
    '{deal}: renewal at risk, usage down 30% since their reorganisation. Needs an executive call.',
    '{deal}: went quiet after the proposal. Two emails, no reply; next try is a call.',
    '{deal}: expansion into a second business unit looks real, first call done.',
  ],
  SE: [
    '{deal}: POC in week 2 of 3, four of five criteria met.',
    '{deal}: security questionnaire 180 of 230 answered; the rest wait on legal.',
    '{deal}: architecture session done, waiting for their data sample.',
    '{deal}: integration test environment ready, first run next week.',
    '{deal}: their platform team asked about on-premises hosting. Answered; not a blocker.',
    '{deal}: SSO and SCIM tested with their identity provider; both work.',
    '{deal}: load test at three times their peak passed.',
    '{deal}: data residency question escalated to product, answer promised this week.',
    '{deal}: thin handover from the AE; asked for a discovery recap before the demo.',
  ],
};

export const CANCEL_REASONS: Readonly<Record<'goal' | 'follow-up', readonly string[]>> = {
  'follow-up': [
    'no longer needed after the call',
    'overtaken by the new plan',
    'dropped, covered in the team meeting instead',
    'dropped: we did it together in the 1:1',
    'dropped, agreed it was not worth the time',
  ],
  goal: [
    'replaced by a more specific goal',
    'parked until next quarter, by agreement',
    'dropped: priorities changed',
  ],
};

export const DEAL_STAGES: readonly string[] = ['Discovery', 'Evaluation', 'POC', 'Proposal', 'Negotiation', 'Commit'];
export const DEAL_NEXT_STEPS: readonly string[] = [
  'security review sign-off',
  'pricing call with procurement',
  'architecture board',
  'POC results readout',
  'legal review of the DPA',
  'meeting with the executive sponsor',
  'technical deep-dive with their platform team',
  'business case review with finance',
];

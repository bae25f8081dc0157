// Diagnostic messages in the reader's language. The parser writes its messages in English from the
// catalogue's templates (kept in the cache and in `check --json`); shown to a person, a message that
// one of those templates wrote is written again in the reader's language with the same values.
import { CATALOGUES, type MessageKey, type PluralText } from './catalogue';
import { messagesFor, type Messages } from './messages';

type DiagnosticKey = Extract<MessageKey, `diagnostic.${string}`>;

interface Template {
  readonly key: DiagnosticKey;
  readonly pattern: RegExp;
}

function patternOf(template: string): RegExp {
  const parts = template.split(/\{(\w+)\}/u);
  const seen = new Set<string>();
  const source = parts
    .map((part, index) => {
      if (index % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      // A placeholder used twice holds the same value both times.
      if (seen.has(part)) return `\\k<${part}>`;
      seen.add(part);
      // `{found}` is empty or a parenthesised ` (found …)`: it may follow another placeholder.
      if (part === 'found') return '(?<found> \\(.*\\)|)';
      return `(?<${part}>.*?)`;
    })
    .join('');
  return new RegExp(`^${source}$`, 'su');
}

let templates: readonly Template[] | null = null;

function englishTemplates(): readonly Template[] {
  if (templates !== null) return templates;
  const made: Template[] = [];
  for (const [key, value] of Object.entries(CATALOGUES.en)) {
    if (!key.startsWith('diagnostic.')) continue;
    const forms: readonly string[] = typeof value === 'string' ? [value] : pluralForms(value);
    for (const form of forms) made.push({ key: key as DiagnosticKey, pattern: patternOf(form) });
  }
  templates = made;
  return made;
}

function pluralForms(value: PluralText): string[] {
  return [value.one, value.other, ...(value.many !== undefined ? [value.many] : [])];
}

/** The English diagnostic text for `key` (what the parser stores). */
export function diagnosticText(
  key: DiagnosticKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const english = messagesFor('en');
  const value = CATALOGUES.en[key];
  return typeof value === 'string'
    ? english.text(key as Parameters<Messages['text']>[0], params)
    : english.count(key as Parameters<Messages['count']>[0], Number(params.count), params);
}

/** A stored (English) diagnostic message in the reader's language; unchanged when no template wrote it. */
export function localizeDiagnosticMessage(message: string, messages: Messages): string {
  if (messages.lang === 'en') return message;
  for (const { key, pattern } of englishTemplates()) {
    const match = pattern.exec(message);
    if (!match) continue;
    // A value that one of the templates wrote (` (found nothing)`, a YAML error's plain words) is
    // written again in the reader's language too.
    const params = Object.fromEntries(
      Object.entries(match.groups ?? {}).map(([name, value]) => [
        name,
        value === '' ? value : localizeDiagnosticMessage(value, messages),
      ]),
    );
    const value = CATALOGUES.en[key];
    return typeof value === 'string'
      ? messages.text(key as Parameters<Messages['text']>[0], params)
      : messages.count(key as Parameters<Messages['count']>[0], Number(params.count), params);
  }
  return message;
}

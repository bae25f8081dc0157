// Converts a parsed YAML document (the `yaml` package's AST) into plain values without ever calling
// `toJS()`: front matter is untrusted, so aliases are expanded against a total node budget and a depth
// limit (a "billion laughs" stops with a diagnostic instead of eating memory), keys that could reach
// `Object.prototype` are dropped, `<<` merge keys are refused, and every map is a null-prototype object.
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Alias, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { FrontMatterEntry } from './frontMatterFields';
import type { NoteDiagnostic, Range } from './model';
import type { JoinedLinesMap } from '../base/text';
import { diagnosticText } from '../i18n/diagnostics';

export const MAX_YAML_NODES = 10_000;
export const MAX_YAML_DEPTH = 64;

/** Keys that would reach or replace an object's prototype if a consumer ever copied them naively. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const MERGE_KEY = '<<';

/** Raised inside the converter to abandon a document that is too large or deep once expanded. */
class TooComplex extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export interface ConvertedFrontMatter {
  /** The top-level entries, or null when the document is not a map or is too complex to read. */
  readonly entries: FrontMatterEntry[] | null;
  readonly diagnostics: NoteDiagnostic[];
}

/** Reads the top-level map of `contents`; `positions` maps the parsed text's offsets to the note. */
export function convertFrontMatter(contents: Node | null, positions: JoinedLinesMap): ConvertedFrontMatter {
  const converter = new BoundedConverter(positions);
  const diagnostics = converter.diagnostics;
  if (contents === null || (isScalar(contents) && contents.value === null && !contents.anchor)) {
    return { entries: [], diagnostics };
  }
  if (!isMap(contents)) {
    diagnostics.push({
      range: positions.rangeAt(nodeStart(contents), nodeStart(contents)),
      severity: 'error',
      code: 'front-matter-not-map',
      message: diagnosticText('diagnostic.front-matter-not-map'),
    });
    return { entries: null, diagnostics };
  }
  try {
    return { entries: converter.topLevelEntries(contents), diagnostics };
  } catch (error) {
    if (!(error instanceof TooComplex)) throw error;
    diagnostics.push({
      range: positions.rangeAt(error.offset, error.offset),
      severity: 'error',
      code: 'yaml-too-complex',
      message: diagnosticText('diagnostic.front-matter-too-complex', { reason: error.reason }),
    });
    return { entries: null, diagnostics };
  }
}

function nodeStart(node: Node | Pair): number {
  if (isPair(node)) return isNodeLike(node.key) ? nodeStart(node.key) : 0;
  return node.range?.[0] ?? 0;
}

function isNodeLike(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value);
}

class BoundedConverter {
  readonly diagnostics: NoteDiagnostic[] = [];
  private nodeCount = 0;
  private readonly anchors = new Map<string, Node>();
  /** Nodes being converted right now: an alias back to one of them would recurse forever. */
  private readonly inProgress = new Set<Node>();
  /** Offset of the outermost alias being expanded; expanded content is reported at its use site. */
  private aliasSite: number | null = null;

  constructor(private readonly positions: JoinedLinesMap) {}

  topLevelEntries(map: YAMLMap): FrontMatterEntry[] {
    const entries: FrontMatterEntry[] = [];
    const seen = new Set<string>();
    for (const pair of map.items) {
      const key = this.pairKey(pair, seen, 1);
      if (key === null) continue;
      const keyNode = pair.key as Node;
      const keyRange = this.positions.rangeAt(keyNode.range?.[0] ?? 0, keyNode.range?.[1] ?? 0);
      const valueNode = isNodeLike(pair.value) ? pair.value : null;
      const value = valueNode === null ? null : this.convert(valueNode, 1);
      entries.push({ key, keyRange, valueRange: this.sameLineRange(valueNode, keyRange), value });
    }
    return entries;
  }

  private sameLineRange(node: Node | null, keyRange: Range): Range | null {
    const span = node?.range;
    if (!span || span[1] <= span[0]) return null;
    const range = this.positions.rangeAt(span[0], span[1]);
    const line = keyRange.start.line;
    return range.start.line === line && range.end.line === line ? range : null;
  }

  /**
   * The key of a pair as a string, or null when the pair must be dropped (diagnosed here unless it
   * is alias-expanded content, whose definition was already diagnosed). Records the key in `seen`.
   */
  private pairKey(pair: Pair, seen: Set<string>, depth: number): string | null {
    const keyNode = isNodeLike(pair.key) ? pair.key : null;
    const keyOffset = keyNode ? nodeStart(keyNode) : nodeStart(pair);
    let key: string | null;
    if (keyNode === null) key = '';
    else {
      if (keyNode.anchor && this.aliasSite === null) this.anchors.set(keyNode.anchor, keyNode);
      const resolved = isAlias(keyNode) ? this.resolveAlias(keyNode, depth) : keyNode;
      key = resolved !== null && isScalar(resolved) ? scalarKey(resolved) : null;
    }
    if (key === null) {
      this.report(
        keyOffset,
        keyNode,
        'yaml-syntax',
        'Only plain text keys are supported; this entry was ignored.',
      );
      return null;
    }
    if (FORBIDDEN_KEYS.has(key)) {
      this.report(keyOffset, keyNode, 'forbidden-key', `The key \`${key}\` is not allowed; it was ignored.`);
      return null;
    }
    if (key === MERGE_KEY) {
      this.report(
        keyOffset,
        keyNode,
        'merge-key',
        'Merge keys (`<<`) are not supported; write the keys out. This entry was ignored.',
      );
      return null;
    }
    if (seen.has(key)) {
      this.report(
        keyOffset,
        keyNode,
        'duplicate-key',
        `The key \`${key}\` appears twice; the first one is used.`,
      );
      return null;
    }
    seen.add(key);
    return key;
  }

  private report(offset: number, node: Node | null, code: NoteDiagnostic['code'], message: string): void {
    if (this.aliasSite !== null) return; // reported where the anchored node is defined
    const end = node?.range?.[1] ?? offset;
    this.diagnostics.push({ range: this.positions.rangeAt(offset, end), severity: 'error', code, message });
  }

  private count(node: Node, depth: number): void {
    this.nodeCount++;
    const offset = this.aliasSite ?? nodeStart(node);
    if (this.nodeCount > MAX_YAML_NODES) {
      throw new TooComplex(
        offset,
        `more than ${MAX_YAML_NODES.toLocaleString('en-US')} values once aliases are expanded`,
      );
    }
    if (depth > MAX_YAML_DEPTH)
      throw new TooComplex(offset, `nested more than ${MAX_YAML_DEPTH} levels deep`);
  }

  private convert(node: Node, depth: number): unknown {
    if (isAlias(node)) {
      const target = this.resolveAlias(node, depth);
      return target === null ? null : this.expand(node, target, depth);
    }
    this.count(node, depth);
    if (node.anchor && this.aliasSite === null) this.anchors.set(node.anchor, node);
    if (isScalar(node)) return scalarValue(node, depth);
    this.inProgress.add(node);
    try {
      if (isMap(node)) return this.convertMap(node, depth);
      if (isSeq(node)) return this.convertSeq(node, depth);
      return null;
    } finally {
      this.inProgress.delete(node);
    }
  }

  private resolveAlias(alias: Alias, depth: number): Node | null {
    this.count(alias, depth);
    const target = this.anchors.get(alias.source);
    if (target === undefined) {
      this.report(
        nodeStart(alias),
        alias,
        'yaml-syntax',
        `The alias \`*${alias.source}\` refers to no anchor before it.`,
      );
      return null;
    }
    if (this.inProgress.has(target)) {
      throw new TooComplex(
        this.aliasSite ?? nodeStart(alias),
        `the alias \`*${alias.source}\` contains itself`,
      );
    }
    return target;
  }

  private expand(alias: Alias, target: Node, depth: number): unknown {
    const outermost = this.aliasSite === null;
    if (outermost) this.aliasSite = nodeStart(alias);
    try {
      return this.convert(target, depth);
    } finally {
      if (outermost) this.aliasSite = null;
    }
  }

  private convertMap(map: YAMLMap, depth: number): Record<string, unknown> {
    const result = Object.create(null) as Record<string, unknown>;
    const seen = new Set<string>();
    for (const pair of map.items) {
      const key = this.pairKey(pair, seen, depth + 1);
      if (key === null) continue;
      result[key] = isNodeLike(pair.value) ? this.convert(pair.value, depth + 1) : null;
    }
    return result;
  }

  private convertSeq(seq: YAMLSeq, depth: number): unknown[] {
    const result: unknown[] = [];
    for (const item of seq.items) {
      if (isPair(item)) {
        // `[key: value]` inside a flow sequence is a single-pair map.
        const single = Object.create(null) as Record<string, unknown>;
        const key = this.pairKey(item, new Set<string>(), depth + 1);
        if (key !== null) single[key] = isNodeLike(item.value) ? this.convert(item.value, depth + 2) : null;
        result.push(single);
      } else {
        result.push(isNodeLike(item) ? this.convert(item, depth + 1) : null);
      }
    }
    return result;
  }
}

function scalarKey(node: Scalar): string {
  const value: unknown = node.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return typeof node.source === 'string' ? node.source : '';
}

function scalarValue(node: Scalar, depth: number): unknown {
  const value: unknown = node.value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    // A top-level `.inf` stays a number so the field validator sees what YAML says; nested values
    // must be JSON.
    return depth > 1 && !Number.isFinite(value) ? null : value;
  }
  if (typeof value === 'bigint') return Number(value);
  return null;
}

// Code actions: the quick fixes rules attach to their findings, schema repairs (add a missing
// property, take the "did you mean" suggestion), "Waive this rule…", and "fix all" — each an
// edit as small as the change it makes.
import { isScalar, Node } from 'yaml';
import { SowDocument } from '../document';
import { reviewDocument, ReviewOptions, ReviewResult } from '../review';
import { ruleById } from '../rules/index';
import { resolveSchema, schemaAt } from '../schema/navigate';
import { JsonSchema } from '../schema/sowSchema';
import { Cancellation, Finding, Fix, Path, Range } from '../types';
import { diffEdits } from './diff';
import { applyEdits, applyFix, fixEdits, OffsetEdit, overlaps, TextEdit, toTextEdits } from './edits';
import { formatScalar, quoteStyleOf } from './yamlText';

export const FIX_ALL_KIND = 'source.fixAll.sow';
export const QUICKFIX_KIND = 'quickfix';

export interface CodeAction {
  title: string;
  kind: string;
  diagnostics?: Finding[];
  isPreferred?: boolean;
  edit: { changes: Record<string, TextEdit[]> };
}

/** The literal reason a new waiver carries: obviously unfinished, so a reviewer asks for one. */
export const WAIVER_REASON_PLACEHOLDER = 'TODO reason: explain why this exception is acceptable';

/** Rounds of "fix, re-review" fix-all runs at most (a fix may reveal the next one). */
const FIX_ALL_ROUNDS = 8;

export function codeActionsFor(doc: SowDocument, review: ReviewResult, requested: Range, only?: string[], options: ReviewOptions = {}, token?: Cancellation): CodeAction[] {
  return runSteps(codeActionSteps(doc, review, requested, only, options), token) ?? [];
}

/**
 * The code actions as steps: the generator pauses after each fix it computes, so a server can
 * answer other messages in between and stop when the request is cancelled (runSteps here, or
 * the server's asynchronous driver).
 */
export function* codeActionSteps(doc: SowDocument, review: ReviewResult, requested: Range, only?: string[], options: ReviewOptions = {}): Generator<void, CodeAction[]> {
  const range = doc.clampRange(requested);
  const actions: CodeAction[] = [];
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  if (wants(QUICKFIX_KIND)) {
    for (const finding of review.findings) {
      if (!intersects(finding.range, range)) continue;
      actions.push(...quickFixes(doc, finding));
      yield;
    }
  }
  // Fix-all is a source action: offered when asked for (on save, or the Source Action menu).
  if (only && wants(FIX_ALL_KIND)) {
    const edits = yield* fixAllSteps(doc, review, options);
    if (edits.length) actions.push({ title: 'Fix all auto-fixable problems', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } });
  }
  return actions;
}

/** Runs steps to the end, or undefined as soon as `token` is cancelled between two steps. */
export function runSteps<T>(steps: Generator<void, T>, token?: Cancellation): T | undefined {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (token?.isCancellationRequested) return undefined;
  }
}

function quickFixes(doc: SowDocument, finding: Finding): CodeAction[] {
  const action = (title: string, fix: Fix, isPreferred?: boolean): CodeAction | undefined => {
    const edits = fixEdits(doc, fix);
    if (!edits.length) return undefined;
    return { title, kind: QUICKFIX_KIND, diagnostics: [finding], ...(isPreferred ? { isPreferred: true } : {}), edit: { changes: { [doc.uri]: edits } } };
  };
  const out: Array<CodeAction | undefined> = [];
  for (const fix of finding.data?.fixes ?? []) out.push(action(fix.title, fix, fix.preferred));
  out.push(...schemaFixes(doc, finding).map((f) => action(f.title, f, f.preferred)));
  if (ruleById(finding.code)) out.push(waiveAction(doc, finding));
  return out.filter((a): a is CodeAction => !!a);
}

/** Fixes the engine derives for schema findings. */
export function schemaFixes(doc: SowDocument, finding: Finding): Fix[] {
  const path = finding.data?.path;
  if (finding.code === 'schema/required' && path?.length) {
    const name = String(path[path.length - 1]);
    return [{ title: `Add missing property '${name}'`, preferred: true, operations: [{ kind: 'set', path, value: skeletonOf(schemaAt(path)) }] }];
  }
  const suggestions = finding.data?.suggestions ?? [];
  if (finding.code === 'schema/enum' || finding.code === 'schema/unknown-property') {
    const onKey = finding.code === 'schema/unknown-property';
    const node = path ? (onKey ? (doc.pairAt(path)?.key as Node | undefined) : doc.nodeAt(path)) : undefined;
    const style = quoteStyleOf(node);
    return suggestions.map((s, i) => ({
      title: `Change to '${s}'`,
      preferred: i === 0 && suggestions.length === 1,
      operations: [{ kind: 'replaceText', range: isScalar(node) ? doc.rangeOf(path!, onKey ? 'key' : 'value') : finding.range, text: formatScalar(s, style) }],
    }));
  }
  return [];
}

/**
 * What a new property starts as: its required children (or, with none required, every child)
 * one level deep, the recommended choice where PWAF has one, empty elsewhere.
 */
export function skeletonOf(schema: JsonSchema | undefined, depth = 0): unknown {
  const s = resolveSchema(schema);
  if (!s) return null;
  if (s.const !== undefined) return s.const;
  const recommended = s['x-recommended'];
  if (s.enum && typeof recommended === 'string') return recommended;
  if (s.properties && depth < 2) {
    const names = s.required?.length ? s.required : depth === 0 ? Object.keys(s.properties) : [];
    if (!names.length) return null;
    return Object.fromEntries(names.map((n) => [n, skeletonOf(s.properties![n], depth + 1)]));
  }
  if (s.type === 'array' || s.items) return [];
  return null;
}

/** `# sow-waive ID: reason` on its own line above the finding, at that line's indentation. */
function waiveAction(doc: SowDocument, finding: Finding): CodeAction | undefined {
  const line = finding.range.start.line;
  if (insideMultiLineScalar(doc, line)) return undefined;
  const text = doc.lineText(line);
  const indent = /^\s*/.exec(text)![0];
  const newText = `${indent}# sow-waive ${finding.code}: ${WAIVER_REASON_PLACEHOLDER}${doc.eol}`;
  const at = { line, character: 0 };
  return {
    title: `Waive ${finding.code} here…`,
    kind: QUICKFIX_KIND,
    diagnostics: [finding],
    edit: { changes: { [doc.uri]: [{ range: { start: at, end: at }, newText }] } },
  };
}

/** A comment line inserted here would become text of a block or multi-line scalar. */
function insideMultiLineScalar(doc: SowDocument, line: number): boolean {
  const text = doc.lineText(line);
  const first = doc.offsetAt({ line, character: text.length - text.trimStart().length });
  for (const { node, isKey } of doc.scalars()) {
    const r = node.range;
    if (!isKey && r && r[0] < first && first < r[1]) return doc.positionAt(r[0]).line < line;
  }
  return false;
}

/**
 * Every preferred fix of the document, re-reviewing after each round because a fix may reveal
 * or resolve others; the result is one edit per changed region of the ORIGINAL text.
 */
export function fixAllEdits(doc: SowDocument, review: ReviewResult, options: ReviewOptions = {}, token?: Cancellation): TextEdit[] {
  return runSteps(fixAllSteps(doc, review, options), token) ?? [];
}

/** fixAllEdits as steps: a pause after each fix tried (each costs a diff) and each round's review. */
function* fixAllSteps(doc: SowDocument, review: ReviewResult, options: ReviewOptions): Generator<void, TextEdit[]> {
  let current = doc;
  let findings = review.findings;
  const tried = new Set<string>();
  for (let round = 0; round < FIX_ALL_ROUNDS; round++) {
    const accepted: OffsetEdit[] = [];
    const touched: Path[] = [];
    for (const finding of findings) {
      const fix = [...(finding.data?.fixes ?? []), ...schemaFixes(current, finding)].find((f) => f.preferred);
      if (!fix) continue;
      const key = `${finding.code}|${fix.title}|${JSON.stringify(finding.data?.path ?? finding.range)}`;
      if (tried.has(key)) continue;
      // Two fixes on one list or one missing mapping, computed against the same text, would each
      // add their items or keys: the second waits for the next round, where it sees the first's.
      const anchors = fix.operations.flatMap((op) => (op.kind === 'replaceText' ? [] : [anchorOf(current, op.path)]));
      if (anchors.some((p) => touched.some((t) => isPrefix(p, t) || isPrefix(t, p)))) continue;
      const edits = diffEdits(current.text, applyFix(current, fix));
      yield;
      if (!edits.length || edits.some((e) => accepted.some((a) => overlaps(a, e) || (a.start === e.start && a.end === e.end)))) continue;
      tried.add(key);
      accepted.push(...edits);
      touched.push(...anchors);
    }
    if (!accepted.length) break;
    const text = applyEdits(current.text, accepted);
    current = new SowDocument(doc.uri, doc.version, text);
    findings = reviewDocument(current, options).findings;
    yield;
  }
  return toTextEdits(doc, diffEdits(doc.text, current.text));
}

/** The node an operation at `path` changes: the path itself, or down to the first key it creates. */
function anchorOf(doc: SowDocument, path: Path): Path {
  for (let depth = 1; depth < path.length; depth++) {
    const prefix = path.slice(0, depth);
    if (!doc.pairAt(prefix) && !doc.nodeAt(prefix)) return prefix;
  }
  return path;
}

function isPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => String(s) === String(path[i]));
}

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

// Hover: what a key means and what the template asks, what an enum value means and whether PWAF
// recommends it, what a glossary term means (anywhere, comments included), and for a finding
// why it matters and how to fix it. Several can apply at once: findings first, then the term,
// then the schema.
import { isScalar, Node } from 'yaml';
import { SowDocument } from '../document';
import { termAt, TermHit } from '../glossary/documentGlossary';
import { glossaryMatcher } from '../glossary/match';
import { GlossaryTerm } from '../glossary/terms';
import type { ReviewResult } from '../review';
import { RULES, ruleById, ruleDocUrl } from '../rules/index';
import { PILLAR_NAMES, Rule } from '../rules/types';
import { documentCloud, limitHover, productKnowledge } from './knowledgeHover';
import { enumLabel, enumSchemaOf, schemaAt, titleAt } from '../schema/navigate';
import { sectionLabel } from '../schema/sections';
import { Finding, Path, Position, Range } from '../types';

export interface HoverResult {
  /** Markdown. */
  contents: string;
  range: Range;
}

const MAX_RELATED_RULES = 8;

/** The hover at `position`, or null when nothing there has anything to say. Never throws. */
export function hoverAt(doc: SowDocument, review: Pick<ReviewResult, 'findings'> | null | undefined, position: Position): HoverResult | null {
  try {
    return computeHover(doc, review, position);
  } catch {
    return null;
  }
}

function computeHover(doc: SowDocument, review: Pick<ReviewResult, 'findings'> | null | undefined, position: Position): HoverResult | null {
  if (!Number.isInteger(position?.line) || !Number.isInteger(position?.character) || position.line < 0 || position.line >= doc.lineCount) return null;
  const sections: string[] = [];
  let range: Range | undefined;

  const findings = (review?.findings ?? []).filter((f) => contains(f.range, position));
  const seen = new Set<string>();
  for (const finding of findings) {
    if (seen.has(finding.code)) continue;
    seen.add(finding.code);
    sections.push(findingMarkdown(finding));
    range ??= finding.range;
  }
  if (doc.oversized) return sections.length && range ? { contents: sections.join('\n\n---\n\n'), range } : null;

  const line = doc.lineText(position.line);
  const term = termAt(doc, line, position.character, glossaryMatcher().at(line, position.character));
  if (term) {
    sections.push(termMarkdown(term));
    range = { start: { line: position.line, character: term.start }, end: { line: position.line, character: term.end } };
  }

  const schema = schemaHover(doc, doc.offsetAt(position));
  if (schema) {
    sections.push(schema.contents);
    if (!term) range = schema.range;
  }
  const limit = limitHover(doc, position);
  if (limit) {
    sections.push(limit.contents);
    range ??= limit.range;
  }
  return sections.length && range ? { contents: sections.join('\n\n---\n\n'), range } : null;
}

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

// ── Findings ─────────────────────────────────────────────────────────────────────────────

function findingMarkdown(finding: Finding): string {
  const rule = ruleById(finding.code);
  if (!rule) return `**${finding.code}** — [what this means](${ruleDocUrl(finding.code)})`;
  return [
    `**${rule.id}** · ${escape(rule.title)} _(${PILLAR_NAMES[rule.pillar]}, ${finding.severity})_`,
    `**Why it matters:** ${rule.rationale}`,
    `**How to fix:** ${rule.remedy}`,
    `[Rule documentation](${ruleDocUrl(rule.id)}) · [Source](${rule.source})`,
  ].join('\n\n');
}

// ── Glossary terms ───────────────────────────────────────────────────────────────────────

function termMarkdown(hit: TermHit): string {
  const ours = hit.ours;
  const documentEntry = hit.document;
  if (!ours) {
    return [`**${escape(documentEntry!.term)}** · defined in this document's glossary`, escape(documentEntry!.definition || '_(no definition given)_')].join('\n\n');
  }
  const parts = [`**${escape(ours.term)}**${aliasNote(ours)} · glossary`, ours.definition];
  if (ours.renamedTo && ours.renamedTo !== ours.term) parts.push(`_Current product name:_ **${escape(ours.renamedTo)}**.`);
  if (documentEntry?.definition) parts.push(`**This document's glossary:** ${escape(documentEntry.definition)}`);
  const links = [`[Source](${ours.source})`];
  if (ours.seeAlso?.length) links.push(`See also: ${ours.seeAlso.map(escape).join(', ')}`);
  parts.push(links.join(' · '));
  return parts.join('\n\n');
}

/** The abbreviation beside the full name: "Unity Catalog (UC)". */
function aliasNote(term: GlossaryTerm): string {
  const abbreviation = term.aliases.find((a) => /^[A-Z][A-Za-z0-9/]{1,7}$/.test(a) && /[A-Z].*[A-Z]/.test(a) && a !== term.term);
  return abbreviation ? ` (${escape(abbreviation)})` : '';
}

// ── Schema: keys and enum values ─────────────────────────────────────────────────────────

function schemaHover(doc: SowDocument, offset: number): HoverResult | undefined {
  const at = doc.nodeAtOffset(offset);
  const node = at.node as Node | null;
  if (!node?.range || at.path.length === 0) return undefined;
  const range = doc.rangeOfOffsets(node.range[0], node.range[1]);
  if (at.onKey) {
    const contents = withKnowledge(keyMarkdown(at.path), at.path[at.path.length - 1], doc);
    return contents ? { contents, range } : undefined;
  }
  if (!isScalar(node) || offset < node.range[0] || offset > node.range[1]) return undefined;
  const contents = withKnowledge(enumValueMarkdown(at.path, node.value), node.value, doc);
  return contents ? { contents, range: doc.rangeOf(at.path) } : undefined;
}

/** A key's or slug's hover followed by what the knowledge base knows of the product it names. */
function withKnowledge(markdown: string | undefined, slug: unknown, doc: SowDocument): string | undefined {
  if (!markdown) return markdown;
  const knowledge = productKnowledge(slug, documentCloud(doc));
  return knowledge ? `${markdown}\n\n${knowledge}` : markdown;
}

function keyMarkdown(path: Path): string | undefined {
  const schema = schemaAt(path);
  const section = sectionLabel(path);
  if (!schema && !section) return undefined;
  const parts = [`**${escape(section ?? titleAt(path))}** · \`${dotted(path)}\``];
  // The description says what the template asks here and why a reviewer cares (docs/format.md).
  const description = schema?.markdownDescription ?? schema?.description;
  if (description) parts.push(description);
  const slugs = (enumSchemaOf(schema)?.enum ?? []).filter((v) => v !== null);
  if (slugs.length) parts.push(`**Choices:** ${slugs.map((v) => `\`${String(v)}\``).join(', ')}`);
  const rules = relatedRules(path);
  if (rules.length) parts.push(rulesMarkdown(rules));
  return parts.join('\n\n');
}

function enumValueMarkdown(path: Path, value: unknown): string | undefined {
  const fieldPath = typeof path[path.length - 1] === 'number' ? path.slice(0, -1) : path;
  const field = schemaAt(fieldPath);
  const enumSchema = enumSchemaOf(field);
  // An empty value (null) is "not answered yet", not a choice to explain.
  const index = value === null ? -1 : (enumSchema?.enum?.findIndex((v) => v === value) ?? -1);
  if (!enumSchema || index < 0) return undefined;
  const meaning = enumSchema.markdownEnumDescriptions?.[index] ?? enumSchema.enumDescriptions?.[index];
  const parts = [`**${escape(enumLabel(enumSchema, index))}** · \`${String(value)}\` in ${escape(sectionLabel(fieldPath) ?? titleAt(fieldPath))}`];
  if (meaning) parts.push(meaning);
  const recommended = [...list(field?.['x-recommended']), ...list(enumSchema['x-recommended'])];
  const antipatterns = [...list(field?.['x-antipatterns']), ...list(enumSchema['x-antipatterns'])];
  if (recommended.includes(value)) parts.push('✅ **PWAF recommends this choice.**');
  else if (antipatterns.includes(value)) {
    const better = recommended.length ? ` Recommended instead: ${recommended.map((v) => `\`${String(v)}\``).join(', ')}.` : '';
    parts.push(`⚠️ **PWAF warns against this choice** (an anti-pattern).${better}`);
  } else if (recommended.length) {
    parts.push(`PWAF recommends ${recommended.map((v) => `\`${String(v)}\``).join(', ')}.`);
  }
  const rules = relatedRules(fieldPath);
  if (rules.length) parts.push(rulesMarkdown(rules));
  return parts.join('\n\n');
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

// ── Related rules ────────────────────────────────────────────────────────────────────────

/** Rules that read this path or one of its ancestors (table rows count as their table). */
export function relatedRules(path: Path): Rule[] {
  const target = dotted(path);
  if (!target) return [];
  ruleInputs ??= RULES.map((rule) => ({ rule, inputs: [...rule.inputs, ...(rule.optionalInputs ?? [])].map(normalizeInput).filter((i) => i !== '') }));
  return ruleInputs.filter(({ inputs }) => inputs.some((i) => target === i || target.startsWith(`${i}.`))).map(({ rule }) => rule);
}

/** Every rule's inputs as plain dotted paths, computed at the first hover (they never change). */
let ruleInputs: Array<{ rule: Rule; inputs: string[] }> | undefined;

function normalizeInput(input: string): string {
  return input
    .replace(/\[\*?\]/g, '')
    .split('.')
    .filter((s) => s !== '*' && s !== '' && !/^\d+$/.test(s))
    .join('.');
}

function rulesMarkdown(rules: Rule[]): string {
  const shown = rules.slice(0, MAX_RELATED_RULES).map((r) => `- [${r.id}](${ruleDocUrl(r.id)}) ${escape(r.title)}`);
  if (rules.length > MAX_RELATED_RULES) shown.push(`- … and ${rules.length - MAX_RELATED_RULES} more`);
  return `**PWAF rules that check this:**\n${shown.join('\n')}`;
}

/** `a.b.c` with table indices left out: rules and docs name fields, not rows. */
function dotted(path: Path): string {
  return path.filter((s) => typeof s === 'string').join('.');
}

/** Document text shown in markdown must not turn into markup or links. */
function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

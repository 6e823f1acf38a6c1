// PWAF rules of the document area: leftover template text, renamed products, dates and figures
// that contradict each other. A reviewer reads the SOW as one plan; these keep it coherent.
import { Fix } from '../types';
import { RuleContext } from './context';
import { schemaAt, titleAt } from '../schema/navigate';
import { sowSchema } from '../schema/sowSchema';
import { findInStrings, findRow, isIsoDate, TextMatch } from './helpers';
import { Rule, RuleHit } from './types';

const TEMPLATE_URL = 'https://databrickslabs.github.io/partner-architecture/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST';

// `[...]` spans the template uses as fill-in prompts. Markdown links (`[text](url)`), checkboxes
// and numeric citations (`[1]`) are not placeholders.
const BRACKETS = /\[([^[\]\n]{1,80})\](?!\()/g;
const PLACEHOLDER_BODY = /^(?:#|\$|%|\.\.\.|…|YYYY-MM-DD|e\.g\..*|[A-Z].*|[a-z]+(?:_[a-z0-9]+)+|\d+\s*-\s*\d+\s*%|minutes|hours|days|TB|GB)$/;

// Text rules judge what the partner wrote: the header alone (often pre-filled) or an empty starter
// gives them nothing to assess, so they read every section after the header.
const CONTENT_SECTIONS = Object.keys(sowSchema.properties ?? {}).filter((k) => k !== 'sow' && k !== 'header');

function isPlaceholder(m: RegExpExecArray): boolean {
  return PLACEHOLDER_BODY.test(m[1].trim());
}

// Text that shows rather than answers: code fences, inline code and quoted examples. Brackets
// there are syntax (Mermaid node labels, array indexing) or an illustration, not a prompt.
const SHOWN_TEXT = /```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)|`[^`\n]*`|"[^"\n]*"|“[^”\n]*”/g;

/** True when the match at `index` of `value` lies inside code or a quotation. */
function insideShownText(value: string, index: number): boolean {
  SHOWN_TEXT.lastIndex = 0;
  for (let m = SHOWN_TEXT.exec(value); m; m = SHOWN_TEXT.exec(value)) {
    if (index >= m.index && index < m.index + m[0].length) return true;
    if (m[0] === '') SHOWN_TEXT.lastIndex++;
  }
  return false;
}

/** Fields whose whole value is source code (the Mermaid diagram), never prose with prompts. */
const CODE_FIELDS = new Set(['architecture.diagram.mermaid']);

/** Text edits that delete a placeholder; with a neighbouring space so no double blank remains. */
function removalFixes(ctx: RuleContext, hit: TextMatch): Fix[] {
  if (hit.whole) return [{ title: `Remove placeholder ${hit.text}`, operations: [{ kind: 'replaceText', range: hit.scalarRange, text: '' }] }];
  if (!hit.exact) return [];
  const doc = ctx.doc;
  let start = doc.offsetAt(hit.range.start);
  let end = doc.offsetAt(hit.range.end);
  if (doc.text[end] === ' ') end++;
  else if (doc.text[start - 1] === ' ') start--;
  return [{ title: `Remove placeholder ${hit.text}`, operations: [{ kind: 'replaceText', range: doc.rangeOfOffsets(start, end), text: '' }] }];
}

const placeholders: Rule = {
  id: 'PWAF-DOC-001',
  title: 'Template placeholder left in the document',
  pillar: 'standards',
  area: 'document',
  severity: 'warning',
  trigger: 'Any text value still contains a fill-in prompt from the SOW template, such as `[Company Name]`, `[#]`, `[$]`, `[YYYY-MM-DD]`, `[...]` or `[e.g., ...]`, outside Mermaid source, code and quoted examples.',
  rationale: 'The Built-On team reviews the completed SOW before implementation starts; a prompt left in place is an unanswered question and hides a gap in the design.',
  remedy: 'Replace each placeholder with the real value, or delete it when the item does not apply.',
  recommendation: 'Type the real value; the quick fix deletes the placeholder (and, for a date, can insert today\'s date).',
  source: TEMPLATE_URL,
  inputs: CONTENT_SECTIONS,
  assessedWhen: 'any',
  check(ctx) {
    const prompts = findInStrings(ctx, BRACKETS, isPlaceholder).filter(
      (hit) => !CODE_FIELDS.has(hit.path.join('.')) && !insideShownText(String(ctx.get(hit.path) ?? ''), hit.match.index),
    );
    return prompts.map((hit): RuleHit => {
      const fixes = removalFixes(ctx, hit);
      if (hit.text === '[YYYY-MM-DD]' && (hit.exact || hit.whole)) {
        fixes.unshift({ title: `Use today's date (${ctx.today})`, operations: [{ kind: 'replaceText', range: hit.whole && !hit.exact ? hit.scalarRange : hit.range, text: ctx.today }] });
      }
      return { message: `Template placeholder ${hit.text} is still here; write the real value.`, path: hit.path, range: hit.range, fixes };
    });
  },
};

interface Rename {
  pattern: RegExp;
  current: string;
}

// Older product names the template and many partner documents still use. Case-sensitive, whole
// words: a lower-case slug such as `dlt` is a value, not prose.
const RENAMES: Array<Rename & { old: string }> = [
  { old: 'Delta Live Tables', pattern: /\bDelta Live Tables\b/g, current: 'Lakeflow Spark Declarative Pipelines' },
  { old: 'DLT', pattern: /\bDLT\b/g, current: 'Lakeflow SDP' },
  { old: 'Databricks Workflows', pattern: /\bDatabricks Workflows\b/g, current: 'Lakeflow Jobs' },
  { old: 'Vector Search', pattern: /\b(?:Mosaic AI |Databricks )?Vector Search\b/g, current: 'Databricks AI Search' },
  { old: 'Databricks Asset Bundles', pattern: /\bDatabricks Asset Bundles\b/g, current: 'Declarative Automation Bundles' },
];

const ONE_OF_RENAMES = new RegExp(RENAMES.map((r) => r.pattern.source).join('|'), 'g');

/** Keeps the capitalisation of the first letter of what it replaces. */
function replacementFor(found: string): string | undefined {
  const rename = RENAMES.find((r) => new RegExp(`^(?:${r.pattern.source})$`).test(found));
  if (!rename) return undefined;
  let text = rename.current;
  if (/^[A-Z]/.test(found) && /^[a-z]/.test(text)) text = text[0].toUpperCase() + text.slice(1);
  return text;
}

const renamedProducts: Rule = {
  id: 'PWAF-DOC-002',
  title: 'Product mentioned by its former name',
  pillar: 'standards',
  area: 'document',
  severity: 'hint',
  tags: ['deprecated'],
  trigger: 'Free text names a renamed Databricks product: Delta Live Tables / DLT, Databricks Workflows, (Mosaic AI) Vector Search, Databricks Asset Bundles. (The template\'s own wording, such as serverless budget policies, is not reported.)',
  rationale: 'A hint, not a review finding: the template itself still uses several former names, so no reviewer holds them against a SOW. Delta Live Tables is now Lakeflow Spark Declarative Pipelines (Lakeflow pipelines), Workflows are Lakeflow Jobs, Vector Search is Databricks AI Search, and asset bundles are Declarative Automation Bundles. Current names match the documentation the reviewers and implementers will read.',
  remedy: 'Use the current product name; the old one still works in code and APIs, so only the wording changes.',
  recommendation: 'Replace with the current name (Lakeflow Spark Declarative Pipelines, Lakeflow Jobs, Databricks AI Search, Declarative Automation Bundles).',
  source: 'https://docs.databricks.com/aws/en/ldp/where-is-dlt',
  inputs: CONTENT_SECTIONS,
  assessedWhen: 'any',
  check(ctx) {
    return findInStrings(ctx, ONE_OF_RENAMES).flatMap((hit): RuleHit[] => {
      const current = replacementFor(hit.text);
      if (!current) return [];
      // "Delta Live Tables pipelines" → "Lakeflow Spark Declarative pipelines", not "… Pipelines pipelines".
      const after = hit.match.input.slice(hit.match.index + hit.text.length);
      const text = /^\s+pipelines?\b/i.test(after) ? current.replace(/\s+Pipelines$/, '') : current;
      return [
        {
          message: `"${hit.text}" is now called ${current}.`,
          path: hit.path,
          range: hit.range,
          fixes: hit.exact ? [{ title: `Rename to ${current}`, preferred: true, operations: [{ kind: 'replaceText', range: hit.range, text }] }] : [],
        },
      ];
    });
  },
};

const DOC_DATE = 'header.date';
const GO_LIVE = 'executive_summary.product_overview.go_live_target';
const MILESTONES = 'implementation_plan.milestones';
const HISTORY = 'version_history';
const APPROVAL = 'approval';

const dotted = (p: string) => p.split('.');

/** Rows of a table that carry a valid ISO date in `column`, with their index. */
function datedRows(ctx: RuleContext, table: string, column: string): Array<{ index: number; date: string; row: Record<string, unknown> }> {
  return ctx
    .list(table)
    .map((row, index) => ({ index, row: row as Record<string, unknown>, date: (row as Record<string, unknown> | null)?.[column] }))
    .filter((r): r is { index: number; row: Record<string, unknown>; date: string } => !!r.row && typeof r.row === 'object' && isIsoDate(r.date));
}

// The template's milestones by what they mean, and what each depends on: customers and launch
// rely on the foundation (approval, Unity Catalog); ten customers come after the first. GA may
// come before ten customers, and Unity Catalog may be built before the approval.
type Stage = 'approval' | 'unityCatalog' | 'firstCustomer' | 'tenCustomers' | 'launch';
const MILESTONE_STAGES: Array<[Stage, RegExp]> = [
  ['approval', /architect\w* (review )?approv|design approv|sow approv/i],
  ['unityCatalog', /unity catalog|\bUC\b/i],
  ['firstCustomer', /first (customer|tenant|client|district|retailer|pilot)|pilot (customer|live)/i],
  ['tenCustomers', /\b(10|ten|\d{2,}) (customers|tenants|clients)\b/i],
  ['launch', /general availab|\bGA\b|public launch/i],
];
const DEPENDS_ON: Record<Stage, Stage[]> = {
  approval: [],
  unityCatalog: [],
  firstCustomer: ['approval', 'unityCatalog'],
  tenCustomers: ['approval', 'unityCatalog', 'firstCustomer'],
  launch: ['approval', 'unityCatalog'],
};

function stageOf(name: unknown): Stage | undefined {
  const text = String(name ?? '');
  return MILESTONE_STAGES.find(([, re]) => re.test(text))?.[0];
}

const milestoneOrder: Rule = {
  id: 'PWAF-DOC-003',
  title: 'Milestones out of order',
  pillar: 'operations',
  area: 'document',
  severity: 'warning',
  trigger:
    'A milestone is dated before a milestone it depends on, by meaning, wherever the rows stand in the table: customers and General Availability after Architecture Approved and Unity Catalog Live, 10 Customers after the first customer. Other milestones are compared with the row listed before them.',
  rationale: 'The template\'s milestones build on each other: customers must not depend on a foundation (approval, Unity Catalog) that is not live yet, and a later milestone dated earlier means the plan cannot be executed as written.',
  remedy: 'Fix the dates so each milestone follows the ones it depends on.',
  source: TEMPLATE_URL,
  inputs: [MILESTONES],
  check(ctx) {
    const rows = datedRows(ctx, MILESTONES, 'target_date').map((r) => ({ ...r, stage: stageOf(r.row.milestone) }));
    const hits: RuleHit[] = [];
    const name = (r: (typeof rows)[number]) => String(r.row.milestone ?? 'This milestone');
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      // The latest-dated milestone this one depends on (an earlier stage dated after it)…
      const blocker =
        row.stage === undefined
          ? i > 0 && rows[i - 1].stage === undefined && rows[i - 1].date > row.date
            ? rows[i - 1]
            : undefined
          : rows.filter((o) => o.stage !== undefined && DEPENDS_ON[row.stage!].includes(o.stage) && o.date > row.date).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
      if (!blocker) continue;
      hits.push({
        message: `"${name(row)}" (${row.date}) is dated before "${name(blocker)}" (${blocker.date}), which it depends on.`,
        path: [...dotted(MILESTONES), row.index, 'target_date'],
      });
    }
    return hits;
  },
};

const beforeDocument: Rule = {
  id: 'PWAF-DOC-004',
  title: 'Plan dated before the document',
  pillar: 'operations',
  area: 'document',
  severity: 'warning',
  trigger: 'The go-live target or a milestone date is earlier than the document date.',
  rationale: 'The SOW is approved before implementation begins; a go-live or milestone already past on the document date means the plan is stale or a date is mistyped.',
  remedy: 'Update the dates to the current plan.',
  source: TEMPLATE_URL,
  inputs: [GO_LIVE, MILESTONES],
  check(ctx) {
    const docDate = ctx.get(DOC_DATE);
    if (!isIsoDate(docDate)) return [];
    const hits: RuleHit[] = [];
    const goLive = ctx.get(GO_LIVE);
    if (isIsoDate(goLive) && goLive < docDate) {
      hits.push({ message: `Go-live target ${goLive} is before the document date ${docDate}.`, path: dotted(GO_LIVE) });
    }
    for (const r of datedRows(ctx, MILESTONES, 'target_date')) {
      if (r.date >= docDate) continue;
      hits.push({ message: `Milestone "${String(r.row.milestone ?? '')}" (${r.date}) is before the document date ${docDate}.`, path: [...dotted(MILESTONES), r.index, 'target_date'] });
    }
    return hits;
  },
};

const gaVsGoLive: Rule = {
  id: 'PWAF-DOC-005',
  title: 'General Availability milestone differs from the go-live target',
  pillar: 'operations',
  area: 'document',
  severity: 'warning',
  trigger: 'The General Availability milestone date is not the go-live target of the product overview.',
  rationale: 'The executive summary and the implementation plan state the same launch date; two different dates leave reviewers unsure which one the plan is held to.',
  remedy: 'Use one date in both places.',
  source: TEMPLATE_URL,
  inputs: [GO_LIVE, MILESTONES],
  check(ctx) {
    const goLive = ctx.get(GO_LIVE);
    const ga = findRow(ctx, MILESTONES, (r) => /general availability|\bGA\b/i.test(String(r.milestone ?? '')));
    if (!isIsoDate(goLive) || !ga || !isIsoDate(ga.row.target_date) || ga.row.target_date === goLive) return [];
    const at = [...dotted(MILESTONES), ga.index, 'target_date'];
    return [
      {
        message: `General Availability is planned for ${ga.row.target_date} but the go-live target is ${goLive}.`,
        path: at,
        fixes: [
          { title: `Set GA to the go-live target ${goLive}`, operations: [{ kind: 'set', path: at, value: goLive }] },
          { title: `Set the go-live target to ${ga.row.target_date}`, operations: [{ kind: 'set', path: dotted(GO_LIVE), value: ga.row.target_date }] },
        ],
      },
    ];
  },
};

/** "1.10" > "1.9": compare dotted version numbers numerically. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const versionHistory: Rule = {
  id: 'PWAF-DOC-006',
  title: 'Version history out of order',
  pillar: 'standards',
  area: 'document',
  severity: 'warning',
  trigger: 'A version history row has an earlier date or a lower version number than the row before it, or the latest version is dated after the document date.',
  rationale: 'Reviewers use the version history to see what changed since the last review; entries out of order make that impossible.',
  remedy: 'List versions oldest first with increasing numbers and dates.',
  source: TEMPLATE_URL,
  inputs: [HISTORY],
  check(ctx) {
    const hits: RuleHit[] = [];
    const rows = ctx.list(HISTORY);
    let prev: { version?: string; date?: string } = {};
    rows.forEach((item, index) => {
      if (!item || typeof item !== 'object') return;
      const row = item as Record<string, unknown>;
      const version = row.version === undefined || row.version === null ? undefined : String(row.version);
      const date = isIsoDate(row.date) ? row.date : undefined;
      const validVersion = version !== undefined && /^\d+(\.\d+)*$/.test(version);
      if (validVersion && prev.version && compareVersions(version, prev.version) <= 0) {
        hits.push({ message: `Version ${version} follows version ${prev.version}.`, path: [...dotted(HISTORY), index, 'version'] });
      } else if (date && prev.date && date < prev.date) {
        hits.push({ message: `Version ${version ?? ''} is dated ${date}, before the previous entry (${prev.date}).`, path: [...dotted(HISTORY), index, 'date'] });
      }
      prev = { version: validVersion ? version : prev.version, date: date ?? prev.date };
    });
    return hits;
  },
};

// One key per signatory (partner technical lead, Built-On team, SA), as the format defines them.
const SIGNATORIES = Object.keys(schemaAt(dotted(APPROVAL))?.properties ?? {});

const approvalDates: Rule = {
  id: 'PWAF-DOC-007',
  title: 'Approval dated before the document or in the future',
  pillar: 'standards',
  area: 'document',
  severity: 'warning',
  trigger: 'A signatory\'s approval date is earlier than the document date, or later than today.',
  rationale: 'Approval is given on the completed document before implementation begins; an approval older than the document approves an earlier version, and a future date is not an approval yet.',
  remedy: 'Re-approve the current version, or clear the date until it is signed.',
  source: TEMPLATE_URL,
  inputs: SIGNATORIES.map((key) => `${APPROVAL}.${key}.date`),
  assessedWhen: 'any',
  check(ctx) {
    const docDate = ctx.get(DOC_DATE);
    const hits: RuleHit[] = [];
    for (const key of SIGNATORIES) {
      const at = [...dotted(APPROVAL), key, 'date'];
      const date = ctx.get(at);
      if (!isIsoDate(date)) continue;
      const name = ctx.text([...dotted(APPROVAL), key, 'name']).trim();
      const who = `${titleAt([...dotted(APPROVAL), key])}${name ? ` (${name})` : ''}`;
      if (isIsoDate(docDate) && date < docDate) hits.push({ message: `${who} approved on ${date}, before this version's date ${docDate}.`, path: at });
      else if (date > ctx.today) hits.push({ message: `${who}'s approval is dated ${date}, in the future.`, path: at });
    }
    return hits;
  },
};

export const documentRules: Rule[] = [placeholders, renamedProducts, milestoneOrder, beforeDocument, gaVsGoLive, versionHistory, approvalDates];

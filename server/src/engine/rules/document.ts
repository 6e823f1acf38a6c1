// PWAF rules of the document area: leftover template text, renamed products, dates and figures
// that contradict each other. A reviewer reads the SOW as one plan; these keep it coherent.
import { Fix } from '../types';
import { RuleContext } from './context';
import { findInStrings, TextMatch } from './helpers';
import { Rule, RuleHit } from './types';

const TEMPLATE_URL = 'https://databrickslabs.github.io/partner-architecture/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST';

// `[...]` spans the template uses as fill-in prompts. Markdown links (`[text](url)`), checkboxes
// and numeric citations (`[1]`) are not placeholders.
const BRACKETS = /\[([^[\]\n]{1,80})\](?!\()/g;
const PLACEHOLDER_BODY = /^(?:#|\$|%|\.\.\.|…|YYYY-MM-DD|e\.g\..*|[A-Z].*|[a-z]+(?:_[a-z0-9]+)+|\d+\s*-\s*\d+\s*%|minutes|hours|days|TB|GB)$/;

function isPlaceholder(m: RegExpExecArray): boolean {
  return PLACEHOLDER_BODY.test(m[1].trim());
}

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
  trigger: 'Any text value still contains a fill-in prompt from the SOW template, such as `[Company Name]`, `[#]`, `[$]`, `[YYYY-MM-DD]`, `[...]` or `[e.g., ...]`.',
  rationale: 'The Built-On team reviews the completed SOW before implementation starts; a prompt left in place is an unanswered question and hides a gap in the design.',
  remedy: 'Replace each placeholder with the real value, or delete it when the item does not apply.',
  recommendation: 'Type the real value; the quick fix deletes the placeholder (and, for a date, can insert today\'s date).',
  source: TEMPLATE_URL,
  inputs: [''],
  check(ctx) {
    return findInStrings(ctx, BRACKETS, isPlaceholder).map((hit): RuleHit => {
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
  { old: 'serverless budget policies', pattern: /\b[Ss]erverless budget polic(?:y|ies)\b/g, current: 'serverless usage policies' },
];

const ONE_OF_RENAMES = new RegExp(RENAMES.map((r) => r.pattern.source).join('|'), 'g');

/** Keeps the plural and the capitalisation of the first letter of what it replaces. */
function replacementFor(found: string): string | undefined {
  const rename = RENAMES.find((r) => new RegExp(`^(?:${r.pattern.source})$`).test(found));
  if (!rename) return undefined;
  let text = rename.current;
  if (/polic(y)$/.test(found)) text = text.replace(/policies$/, 'policy');
  if (/^[A-Z]/.test(found) && /^[a-z]/.test(text)) text = text[0].toUpperCase() + text.slice(1);
  return text;
}

const renamedProducts: Rule = {
  id: 'PWAF-DOC-002',
  title: 'Product mentioned by its former name',
  pillar: 'standards',
  area: 'document',
  severity: 'info',
  tags: ['deprecated'],
  trigger: 'Free text names a renamed Databricks product: Delta Live Tables / DLT, Databricks Workflows, (Mosaic AI) Vector Search, Databricks Asset Bundles, serverless budget policies.',
  rationale: 'Delta Live Tables is now Lakeflow Spark Declarative Pipelines (Lakeflow pipelines), Workflows are Lakeflow Jobs, Vector Search is Databricks AI Search, asset bundles are Declarative Automation Bundles and budget policies are usage policies. Current names match the documentation the reviewers and implementers will read.',
  remedy: 'Use the current product name; the old one still works in code and APIs, so only the wording changes.',
  recommendation: 'Replace with the current name (Lakeflow Spark Declarative Pipelines, Lakeflow Jobs, Databricks AI Search, Declarative Automation Bundles, serverless usage policies).',
  source: 'https://docs.databricks.com/aws/en/ldp/where-is-dlt',
  inputs: [''],
  check(ctx) {
    return findInStrings(ctx, ONE_OF_RENAMES).flatMap((hit): RuleHit[] => {
      const current = replacementFor(hit.text);
      if (!current) return [];
      return [
        {
          message: `"${hit.text}" is now called ${current}.`,
          path: hit.path,
          range: hit.range,
          fixes: hit.exact ? [{ title: `Rename to ${current}`, preferred: true, operations: [{ kind: 'replaceText', range: hit.range, text: current }] }] : [],
        },
      ];
    });
  },
};

export const documentRules: Rule[] = [placeholders, renamedProducts];

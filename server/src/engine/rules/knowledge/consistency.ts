// Figures that must agree: the same quantity stated in several places, figures over time that fall
// without a word of explanation, and the document's version against its own history.
import { isUnder } from '../../prose/index';
import { RuleContext } from '../context';
import { at as pathAt, fmt, mentions, numberIn, rowMatching } from '../helpers';
import { Rule, RuleHit } from '../types';
import { at, prose } from './common';

const TEMPLATE = 'https://databrickslabs.github.io/partner-architecture/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST';

const BM = 'executive_summary.business_metrics';
const TARGETS = 'scale_performance.targets';
const PROJ = 'deployment.tenancy.scale_projections';
const GA_WORDS = /\b(?:at|by|for) (?:GA|general availability|launch|go-live)\b/i;

interface Stated {
  value: number;
  dotted: string;
  label: string;
}

function stated(ctx: RuleContext, dotted: string, label: string): Stated | undefined {
  const value = numberIn(ctx.get(dotted));
  return value === undefined ? undefined : { value, dotted, label };
}

/**
 * Pairs the template asks for twice that no other rule compares (ARCH-006 compares the customer
 * and workspace counts of the metrics, projections and targets); the finding points at the second.
 */
function pairs(ctx: RuleContext): Array<[Stated | undefined, Stated | undefined]> {
  const ga = rowMatching(ctx, 'success_metrics.business', 'metric', /customers? (?:at|by) (?:GA|general availability|launch)/i);
  return [
    [
      stated(ctx, 'executive_summary.product_overview.initial_customer_target', 'initial customer target'),
      ga ? stated(ctx, `success_metrics.business.${ga.index}.target`, '"Customers at GA" success metric') : undefined,
    ],
  ];
}

const figuresDisagree: Rule = {
  id: 'PWAF-DOC-020',
  title: 'Customers at GA stated differently',
  pillar: 'architecture',
  area: 'document',
  severity: 'warning',
  trigger:
    'The initial customer target differs from the "Customers at GA" success metric, or from a customer count the text states "at GA / launch".',
  rationale: 'Reviewers size the design from these figures; when two sections disagree, nobody knows which one the limits, costs and staffing were planned for.',
  remedy: 'Make the figures agree, or say in the text why they differ (for example a different definition).',
  source: TEMPLATE,
  inputs: ['executive_summary.product_overview.initial_customer_target'],
  optionalInputs: ['success_metrics.business'],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const [a, b] of pairs(ctx)) {
      if (!a || !b || a.value === b.value) continue;
      hits.push({ message: `The ${b.label} is ${fmt(b.value)} but the ${a.label} is ${fmt(a.value)}.`, path: pathAt(b.dotted) });
    }
    const initial = stated(ctx, 'executive_summary.product_overview.initial_customer_target', 'initial customer target');
    if (initial) {
      for (const q of prose(ctx).quantities) {
        if (q.dimension !== 'count' || q.unit !== 'customer' || q.value === initial.value || isUnder(q.path, 'appendices.glossary')) continue;
        const text = String(ctx.get(q.path.map(String).join('.')) ?? '');
        if (GA_WORDS.test(text)) hits.push(at(q, `"${q.text}" at GA, but the initial customer target is ${fmt(initial.value)}.`));
      }
    }
    return hits;
  },
};

const SERIES: Array<{ label: string; points: Array<[string, string]> }> = [
  ...['customers', 'monthly_dbus', 'annual_dbu_spend_usd', 'workspaces'].map((k) => ({
    label: `${k.replace(/_/g, ' ').replace('usd', '(USD)')} in the business metrics`,
    points: [
      [`${BM}.${k}.current`, 'today'],
      [`${BM}.${k}.month_6`, '6 months'],
      [`${BM}.${k}.month_12`, '12 months'],
    ] as Array<[string, string]>,
  })),
  ...['customers', 'workspaces'].map((k) => ({
    label: `${k} in the scale projections`,
    points: [
      [`${PROJ}.months_6.${k}`, '6 months'],
      [`${PROJ}.months_12.${k}`, '12 months'],
      [`${PROJ}.months_24.${k}`, '24 months'],
    ] as Array<[string, string]>,
  })),
  ...['customers', 'data_volume_tb', 'daily_queries', 'daily_jobs'].map((k) => ({
    label: `${k.replace(/_/g, ' ').replace(' tb', ' (TB)')} in the scale targets`,
    points: [
      [`${TARGETS}.current.${k}`, 'today'],
      [`${TARGETS}.month_6.${k}`, '6 months'],
      [`${TARGETS}.month_12.${k}`, '12 months'],
    ] as Array<[string, string]>,
  })),
];

/** Words that explain a planned decline (churn, consolidation, a migration that retires something). */
const EXPLAINED = /\b(?:churn\w*|consolidat\w*|declin\w*|shrink\w*|fewer (?:customers|jobs|queries|workspaces)|scal\w* down)\b/i;

const fallingTargets: Rule = {
  id: 'PWAF-DOC-021',
  title: 'A target falls over time without explanation',
  pillar: 'architecture',
  area: 'document',
  severity: 'warning',
  trigger: 'A figure stated for several horizons (business metrics, scale projections, scale targets) is lower at a later horizon, and nothing in the document speaks of churn, consolidation or decommissioning.',
  rationale: 'Customers, usage and spend that shrink over the plan contradict a growth plan and usually mean a typo or columns swapped; if the decline is real, the reason belongs in the document.',
  remedy: 'Correct the figure, or explain the decline (consolidation, churn) in the assumptions or risks.',
  source: TEMPLATE,
  inputs: [BM, PROJ, TARGETS],
  assessedWhen: 'any',
  check(ctx) {
    if (mentions(ctx, EXPLAINED, ['appendices.glossary'])) return [];
    const hits: RuleHit[] = [];
    for (const series of SERIES) {
      const points = series.points.map(([dotted, when]) => ({ dotted, when, value: numberIn(ctx.get(dotted)) })).filter((p) => p.value !== undefined);
      for (let i = 1; i < points.length; i++) {
        const [before, after] = [points[i - 1], points[i]];
        if (after.value! < before.value!) {
          hits.push({ message: `${capitalise(series.label)} fall from ${fmt(before.value!)} (${before.when}) to ${fmt(after.value!)} (${after.when}).`, path: pathAt(after.dotted) });
          break;
        }
      }
    }
    return hits;
  },
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const versionHistory: Rule = {
  id: 'PWAF-DOC-022',
  title: 'Document version and version history disagree',
  pillar: 'operations',
  area: 'document',
  severity: 'warning',
  trigger: 'The header\'s document version is not the version of the latest version-history entry, or a version-history entry is dated after the document date.',
  rationale: 'Reviewers approve a specific version; a header that names another version than the history, or history entries from the future, make it unclear which text was reviewed and signed.',
  remedy: 'Add the current version to the history (or correct the header) and date entries no later than the document.',
  source: TEMPLATE,
  inputs: ['header.document_version', 'version_history'],
  check(ctx) {
    const rows = ctx.rows('version_history');
    if (rows.length === 0) return [];
    const hits: RuleHit[] = [];
    const header = String(ctx.get('header.document_version') ?? '').trim();
    const lastIndex = rows.length - 1;
    const last = String(rows[lastIndex].version ?? '').trim();
    if (header && last && header !== last) {
      hits.push({ message: `The header says version ${header}, but the latest version-history entry is ${last}.`, path: pathAt('header.document_version') });
    }
    const date = ctx.text('header.date') || String(ctx.get('header.date') ?? '');
    rows.forEach((row, i) => {
      const when = String(row.date ?? '');
      if (/^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{4}-\d{2}-\d{2}$/.test(when) && when > date) {
        hits.push({ message: `Version ${String(row.version ?? '?')} is dated ${when}, after the document date ${date}.`, path: pathAt('version_history', i, 'date') });
      }
    });
    return hits;
  },
};

export const consistencyRules: Rule[] = [figuresDisagree, fallingTargets, versionHistory];

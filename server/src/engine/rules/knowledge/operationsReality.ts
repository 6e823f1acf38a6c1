// Operations reality: on-call staffing against the support the SOW promises, an availability
// commitment without recovery objectives, and recipient usage measured by self-reporting although
// the provider's audit logs record it.
import { fact } from '../../knowledge/index';
import { at as pathAt, numberIn, rowOfKind } from '../helpers';
import { PhraseHit } from '../../prose/phrases';
import { RuleContext } from '../context';
import { Rule, RuleHit } from '../types';
import { at, negated, phrasePattern, phrases, PRODUCTS, said, sentenceAround, using } from './common';

const ON_CALL = 'operations.monitoring.on_call';
const SLAS = 'scale_performance.slas';
const PWAR = 'https://databrickslabs.github.io/partner-architecture/partner-well-architected-reviews';

/** A promise of round-the-clock support, response or operation. */
const ROUND_THE_CLOCK = phrasePattern(/\b24\s?[/x×]\s?7(?:\s?[/x×]\s?365)?\b|\b24 hours a day\b|\bround[- ]the[- ]clock\b|\baround the clock\b/gi);
/** What a round-the-clock promise must be about to need people: support and response, not a job schedule. */
const SUPPORT = /\b(?:support\w*|respon\w+|incidents?|on-?call|help ?desk|service desk|escalat\w*|coverage|staffed)\b/i;
const SAYS_ROUND_THE_CLOCK = new RegExp(ROUND_THE_CLOCK.source, 'i');
/** Support limited to working hours, said of the people who respond. */
const WORKING_HOURS = phrasePattern(
  /\b(?:on-?call|support|incidents?|engineers?|SRE|operations team|ops team|service desk|help ?desk|staff(?:ed)?)\b[^.;]{0,60}?\b(?:business hours|office hours|working hours|Monday(?: to |-|–)Friday|weekdays(?: only)?|\d{1,2}(?::\d\d)?\s?(?:am|a\.m\.)?\s?(?:-|–|to)\s?\d{1,2}(?::\d\d)?\s?(?:pm|p\.m\.))\b/gi,
);
/** Words that describe load or usage, not support (peak hours, batch windows). */
const NOT_SUPPORT = /\b(?:peak|usage|use|load|traffic|queries|batch|refresh|users? (?:work|log in))\b/i;

/** The other text cells of the table row a value sits in (empty outside tables). */
function rowTextOf(ctx: RuleContext, path: readonly (string | number)[]): string {
  if (typeof path[path.length - 2] !== 'number') return '';
  const row = ctx.get(path.slice(0, -1) as (string | number)[]);
  return row && typeof row === 'object' ? Object.values(row).filter((v) => typeof v === 'string').join(' ') : '';
}

const onCallVsPromises: Rule = {
  id: 'PWAF-OPS-022',
  title: 'On-call coverage and the support the SOW promises disagree',
  pillar: 'operations',
  area: 'operations',
  severity: 'warning',
  trigger:
    'On-call is business hours or best effort while the SOW promises round-the-clock (24/7) support, response or operation (OPS-007 covers an availability SLA of 99.9% or more); or on-call is 24/7 while the text limits support or on-call to business hours.',
  rationale:
    'A 24/7 promise is kept by people on call at night and at weekends. When the on-call answer and the text disagree, either the promise or the staffing is wrong, and customers are told one of them.',
  remedy: 'Make the on-call coverage and the promise agree: staff 24/7 on-call for what is promised 24/7, or promise business-hours response.',
  source: PWAR,
  inputs: [ON_CALL],
  optionalInputs: [SLAS],
  check(ctx) {
    const coverage = ctx.text(ON_CALL);
    if (coverage === 'business-hours' || coverage === 'best-effort') {
      // OPS-007 already reports an availability SLA of 99.9% or more against this coverage.
      const availability = numberIn(rowOfKind(ctx, SLAS, 'availability')?.row.target);
      if (availability !== undefined && availability >= 99.9) return [];
      // In a table row (an SLA), the row's metric says what the promise is about.
      const about = (p: PhraseHit) => `${sentenceAround(p.value, p.match.index)} ${rowTextOf(ctx, p.path)}`;
      const promise = phrases(ctx, ROUND_THE_CLOCK).find((p) => !negated(p) && SUPPORT.test(about(p)));
      return promise ? [at(promise, `"${promise.text}" is promised, but on-call is "${coverage}".`)] : [];
    }
    if (coverage === '24-7') {
      // The same statement may cover nights another way: a pager, out-of-hours or 24/7 for P1s.
      const limited = phrases(ctx, WORKING_HOURS).find(
        (p) => !SAYS_ROUND_THE_CLOCK.test(p.value) && !NOT_SUPPORT.test(p.text) && !/\b(?:out[- ]of|after)[- ]hours|\bpag(?:ed|er|ing)\b|\bP1\b|\bSev(?:erity)? ?1\b/i.test(p.value),
      );
      return limited ? [at(limited, `"${limited.text}", but on-call is answered as 24/7.`)] : [];
    }
    return [];
  },
};

const HIGH_AVAILABILITY = 99.95;

const recoveryObjectives: Rule = {
  id: 'PWAF-OPS-023',
  title: 'High availability SLA without recovery objectives',
  pillar: 'operations',
  area: 'operations',
  severity: 'warning',
  trigger: `The availability SLA is ${HIGH_AVAILABILITY}% or more and the document states no recovery point or recovery time objective (RPO, RTO) outside the out-of-scope list.`,
  rationale:
    'Databricks high availability is zone redundancy inside one region; it does not protect against a region outage, which alone can exceed the ~22 minutes a month a 99.95% commitment allows. Reviewers ask what the SLA means then: the RPO and RTO, and the disaster-recovery approach (another region, or restore from code and replicated data) that meets them, or a lower SLA.',
  remedy: 'State the RPO and RTO and the disaster-recovery design that meets them (secondary region, replication, tested failover), or lower the availability commitment to what one region supports.',
  source: fact('disaster-recovery.ha-is-regional').source,
  inputs: [SLAS],
  check(ctx) {
    const sla = rowOfKind(ctx, SLAS, 'availability');
    const target = sla ? numberIn(sla.row.target) : undefined;
    if (!sla || target === undefined || target < HIGH_AVAILABILITY || target > 100) return [];
    if (said(ctx, 'claim', 'rpo-rto').length) return [];
    return [{ message: `The availability SLA is ${String(sla.row.target)}, but no recovery point or recovery time objective (RPO/RTO) is stated for a region outage.`, path: pathAt(SLAS, sla.index, 'target') }];
  },
};

const TELEMETRY = 'cost_telemetry.telemetry.collection';
const NO_VISIBILITY = phrasePattern(/\bno (?:visibility|insight|way to (?:see|know|measure))\b|\b(?:cannot|can't|could not) (?:see|measure|track|know)\b/gi);

const recipientUsage: Rule = {
  id: 'PWAF-OPS-024',
  title: 'Recipient usage self-reported though audit logs record it',
  pillar: 'measurement',
  area: 'operations',
  severity: 'warning',
  trigger:
    'Delta Sharing is used and usage is measured only by what customers report (telemetry is customer-reported, without Databricks APIs or an embedded agent), or the SOW says sharing gives no visibility of recipients\' use.',
  rationale:
    'The provider\'s audit logs record what recipients do with shared data (a deltaSharingQueriedTable event after each query, temporary credentials for tables with history and volumes), in system.access.audit. Usage-based billing, adoption and partner attribution can be measured from them instead of from customers\' reports.',
  remedy: 'Measure recipient usage from the provider audit logs (system.access.audit, Delta Sharing events) and say how it feeds billing and attribution.',
  source: fact('delta-sharing.provider-audit').source,
  inputs: [`${PRODUCTS}.delta_sharing.status`],
  optionalInputs: [TELEMETRY],
  check(ctx) {
    if (!using(ctx, 'delta_sharing')) return [];
    const sharing = said(ctx, 'product', 'delta-sharing').map((m) => m.path.join('.'));
    const claim = phrases(ctx, NO_VISIBILITY).find((p) => sharing.includes(p.path.join('.')) && /\brecipients?|\bshar(?:e|es|ed|ing)\b/i.test(sentenceAround(p.value, p.match.index)));
    if (claim) return [at(claim, `"${claim.text}": the provider's audit logs record recipients' queries on shared data (system.access.audit).`)];
    const collection = ctx.list(TELEMETRY);
    const hits: RuleHit[] = [];
    if (collection.includes('customer-reported') && !collection.includes('databricks-apis') && !collection.includes('embedded-agent')) {
      hits.push({ message: 'Usage is only customer-reported, but recipients\' queries on shared data are recorded in the provider\'s audit logs (system.access.audit).', path: pathAt(TELEMETRY) });
    }
    return hits;
  },
};

/** A stated recovery point objective: "RPO 15 minutes", "RPO ≤ 24 h". */
const RPO = /\b(?:RPO|recovery point objective)\b\s*(?:of|is|:|=|<|≤|<=|under|below|within)?\s*(\d+(?:\.\d+)?)\s*(minutes?|mins?|m|hours?|hrs?|h|days?|d)\b/i;
/** How often data reaches the recovery site: "weekly DEEP CLONE", "replicated nightly", "daily backups". */
const COPY_CADENCE = phrasePattern(
  /\b(hourly|daily|nightly|weekly|monthly)\b[^.;]{0,40}?\b(?:deep clones?|clones?|replicat\w*|backups?|snapshots?|cop(?:y|ies))\b|\b(?:deep clones?|clones?|replicat\w*|backups?|snapshots?|cop(?:y|ies))\b[^.;]{0,40}?\b(hourly|daily|nightly|weekly|monthly)\b/gi,
);
/** Copies that run continuously (no cadence bounds the data loss). */
const CONTINUOUS = phrasePattern(/\b(?:continuous(?:ly)? (?:replicat\w*|sync\w*|cop\w*|clon\w*)|replicat\w* continuously|real[- ]time replication|streaming replication|cross-region replication|CRR|geo-redundant|GRS|managed disaster recovery|point-in-time (?:restore|recovery)|PITR)\b/gi);
const CADENCE_SECONDS: Record<string, number> = { hourly: 3600, daily: 86400, nightly: 86400, weekly: 604800, monthly: 2592000 };
const UNIT_SECONDS: Record<string, number> = { m: 60, min: 60, minute: 60, h: 3600, hr: 3600, hour: 3600, d: 86400, day: 86400 };

const rpoVsCopies: Rule = {
  id: 'PWAF-OPS-026',
  title: 'Recovery point objective shorter than the copies that serve it',
  pillar: 'operations',
  area: 'operations',
  severity: 'warning',
  trigger:
    'An SLA states a recovery point objective (RPO) and the only copies to the recovery site the SOW describes run on a cadence (hourly, daily, nightly, weekly, monthly) longer than it, with no continuous replication named.',
  rationale:
    'The recovery point is bounded by how often data reaches the recovery site: with a weekly deep clone, a region outage loses up to a week of data whatever the SLA says. Databricks disaster recovery is planned around the RPO and RTO, and the replication design has to meet them.',
  remedy: 'Replicate at least as often as the RPO (continuous or incremental deep clone, storage replication, managed disaster recovery), or state the RPO the cadence gives.',
  source: fact('disaster-recovery.ha-is-regional').source,
  inputs: [SLAS],
  check(ctx) {
    const rows = ctx.rows(SLAS);
    const index = rows.findIndex((r) => RPO.test(`${String(r.metric ?? '')} ${String(r.target ?? '')}`));
    if (index < 0 || phrases(ctx, CONTINUOUS).some((p) => !negated(p))) return [];
    const m = RPO.exec(`${String(rows[index].metric ?? '')} ${String(rows[index].target ?? '')}`)!;
    const rpo = Number(m[1]) * UNIT_SECONDS[m[2].toLowerCase().replace(/s$/, '').replace(/^mins?$/, 'min').replace(/^hrs?$/, 'hr')];
    const cadences = phrases(ctx, COPY_CADENCE).map((p) => ({ p, seconds: CADENCE_SECONDS[(p.match[1] ?? p.match[2]).toLowerCase()] }));
    if (cadences.length === 0 || !Number.isFinite(rpo) || cadences.some((c) => c.seconds <= rpo)) return [];
    const slowest = cadences.reduce((a, b) => (b.seconds > a.seconds ? b : a));
    return [{ message: `The RPO is ${m[1]} ${m[2]}, but the copies to the recovery site run "${slowest.p.text}": up to that much data is lost in a region outage.`, path: pathAt(SLAS, index, 'target') }];
  },
};

export const operationsRealityRules: Rule[] = [onCallVsPromises, recoveryObjectives, recipientUsage, rpoVsCopies];

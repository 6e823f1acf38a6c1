// Privacy: what the SOW promises about deletion and retention against what the platform keeps
// (Delta table history, system-table retention), the data classes against the data described, and
// region residency against cross-Geo processing.
import { describeLimit, fact, limitOf } from '../../knowledge/index';
import { Rule, RuleHit } from '../types';
import { at, negated, onePerValue, phrasePattern, phrases, PROSE_INPUTS, sentenceAround } from './common';

const RC = 'business_requirements.regulatory_compliance';

/** A promise to delete a person's (or a customer's) data. */
const ERASURE = phrasePattern(
  /\b(?:right to (?:be forgotten|erasure|deletion)|RTBF|(?:GDPR|CCPA|data subject|erasure|deletion) requests?|erasure (?:job|process|workflow)s?|(?:permanently|irreversibly|hard[- ])delet\w+|(?:deleted|erased|purged) within \d+ (?:hours|days|weeks))\b/gi,
);
/** Words that show deletion reaches the table history. */
const HISTORY_PURGE = phrasePattern(/\bVACUUM\b|\bREORG TABLE\b|\bAPPLY \(PURGE\)|\bpurg\w+ (?:the )?(?:deletion vectors|history|old versions|table history)\b|\bpredictive optimi[sz]ation\b|\bdeletedFileRetentionDuration\b/gi);

/** A deletion deadline: "erasure is complete within 30 days", "deleted within 72 hours". */
const DEADLINE = phrasePattern(/\b(?:delet\w*|eras\w*|purg\w*|forgotten|remov\w*)\b[^.;]{0,80}?\bwithin (\d+) (hours?|days?|weeks?|months?)\b/gi);
/** How long the table history keeps deleted files: "deletedFileRetentionDuration = 180 days", "VACUUM … retain 90 days". */
const HISTORY_RETENTION = phrasePattern(/\b(?:deletedFileRetentionDuration|logRetentionDuration|time[- ]travel|VACUUM(?: retention)?|RETAIN)\b[^.;]{0,40}?\b(\d+)[- ]?(hours?|days?|weeks?|months?)\b/gi);
const HOURS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30 };
const inDays = (n: string, unit: string) => Number(n) * HOURS[unit.toLowerCase().replace(/s$/, '')];

const erasureHistory: Rule = {
  id: 'PWAF-SEC-030',
  title: 'Deletion promised, but table history keeps the data',
  pillar: 'standards',
  area: 'security',
  severity: 'warning',
  trigger:
    'The SOW promises erasure or deletion (GDPR/CCPA requests, right to be forgotten, deleted within N days) and either nowhere says how deleted records leave the Delta table history (VACUUM, REORG … APPLY (PURGE), predictive optimization), or keeps that history (deleted-file retention, time travel) longer than the deletion deadline it promises.',
  rationale:
    'A DELETE on a Delta table removes records from the current version only: earlier versions keep them (time travel) until VACUUM removes files older than the retention threshold, which Databricks does not run automatically, and tables with deletion vectors also need REORG … APPLY (PURGE). A history kept longer than the promised deadline keeps the erased data past it. Erasure must also reach every layer (bronze to gold, feature tables, shares) and upstream sources.',
  remedy: 'Describe the erasure path: delete in every layer, purge deletion vectors, VACUUM with a retention shorter than the promised deadline (or rely on predictive optimization), and delete in upstream sources.',
  source: fact('delta-lake.erasure').source,
  inputs: PROSE_INPUTS,
  assessedWhen: 'any',
  check(ctx) {
    const deadlines = phrases(ctx, DEADLINE).filter((p) => !negated(p));
    const promise = Math.max(0, ...deadlines.map((p) => inDays(p.match[1], p.match[2])));
    if (promise > 0) {
      const longer = phrases(ctx, HISTORY_RETENTION).find((p) => inDays(p.match[1], p.match[2]) > promise);
      if (longer) return [at(longer, `"${longer.text}" keeps deleted records in the table history past the ${promise}-day deletion the document promises.`)];
    }
    if (phrases(ctx, HISTORY_PURGE).length) return [];
    const said = phrases(ctx, ERASURE).find((p) => !negated(p));
    return said ? [at(said, `"${said.text}": deleted records stay in the Delta table history until VACUUM (and REORG … PURGE with deletion vectors); the document never says how deletion reaches it.`)] : [];
  },
};

const DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
/** A retention period of audit or access logs: "audit logs retained for 7 years", "6 years of access logs". */
const AUDIT_RETENTION = phrasePattern(
  /\b(?:audit|access)(?: logs?| trails?| events?| records?| history)\b[^.;]{0,80}?\b(\d+)[- ](day|week|month|year)s?\b|\b(\d+)[- ](day|week|month|year)s?\b(?: of)? (?:audit|access)(?: logs?| trails?| events?| records?| history)\b/gi,
);
const SYSTEM_TABLES = /\bsystem tables?\b|\bsystem\.access\.audit\b/i;
/** Words that, said of logs, show they are kept outside the system tables. */
const ARCHIVED = phrasePattern(/\b(?:export\w*|archiv\w*|cop(?:y|ied|ies) (?:to|into)|deliver\w* (?:to|into)|log delivery|stream\w* (?:to|into)|ship\w* (?:to|into)|forward\w* (?:to|into)|SIEM|Splunk|Sentinel|Log Analytics|Chronicle|immutable storage|WORM)\b/gi);
const ABOUT_LOGS = /\b(?:audit|logs?|system tables?|system\.access)\b/i;

const auditRetention: Rule = {
  id: 'PWAF-SEC-031',
  title: 'Audit retention longer than system tables keep it',
  pillar: 'standards',
  area: 'security',
  severity: 'warning',
  trigger:
    'The SOW keeps audit or access logs for more than 365 days, relies on system tables for them (the audit answer or the same sentence), has no external SIEM, and never says the logs are exported, archived or delivered elsewhere.',
  rationale:
    'System tables such as system.access.audit have a free retention period of 365 days. Audit evidence promised for longer (six or seven years is common under HIPAA, SOX or public-sector rules) must be copied out of the system tables, or delivered by audit log delivery, to storage the partner or customer keeps.',
  remedy: 'Export the audit tables on a schedule (or configure audit log delivery) to immutable storage kept for the promised period, and say so.',
  source: fact('system-tables.free-retention').source,
  inputs: PROSE_INPUTS,
  assessedWhen: 'any',
  optionalInputs: ['governance_security.data_security.audit'],
  check(ctx) {
    if (ctx.has('governance_security.data_security.audit', 'external-siem')) return [];
    if (phrases(ctx, ARCHIVED).some((p) => ABOUT_LOGS.test(sentenceAround(p.value, p.match.index)))) return [];
    const free = limitOf('system-tables.free-retention');
    const viaSystemTables = ctx.has('governance_security.data_security.audit', 'system-tables');
    const over = phrases(ctx, AUDIT_RETENTION).find((p) => {
      const [n, unit] = p.match[1] ? [p.match[1], p.match[2]] : [p.match[3], p.match[4]];
      return Number(n) * DAYS[unit.toLowerCase()] > free && (viaSystemTables || SYSTEM_TABLES.test(p.value));
    });
    return over ? [at(over, `"${over.text}" kept in system tables: they retain ${describeLimit(fact('system-tables.free-retention'))}; export or deliver the logs for the longer period.`)] : [];
  },
};

/** Data the SOW describes that belongs to a regulated class, by class. */
const DESCRIBED: Array<{ cls: string; name: string; pattern: RegExp }> = [
  { cls: 'pci', name: 'PCI', pattern: phrasePattern(/\b(?:(?:full |primary )?card(?:holder)? numbers?|primary account numbers?|cardholder data|CVV2?|card verification (?:values?|codes?))\b|\bPANs?\b/g) },
  { cls: 'phi', name: 'PHI', pattern: phrasePattern(/\b(?:(?:medical|clinical|patients?'?) diagnos[ie]s|diagnosis codes?|ICD-?10(?: codes?)?|medical (?:records?|histor(?:y|ies))|clinical notes?|patient records?|health records?|protected health information)\b/gi) },
  { cls: 'pii', name: 'PII', pattern: phrasePattern(/\b(?:social security numbers?|SSNs?|dates? of birth|passport numbers?|driver'?s licen[cs]e numbers?|national (?:ID|identity|insurance) numbers?)\b/gi) },
];
/** Words that say the data is absent or no longer identifying. */
const NOT_PRESENT = /\b(?:no|not|never|without|exclud\w*|strip\w*|remov\w*|drop\w*|tokeni[sz]\w*|hash\w*|pseudonymi[sz]\w*|anonymi[sz]\w*|de-?identif\w*|redact\w*|mask\w*|truncat\w*|synthetic|reduc\w*|generali[sz]\w*|bucket\w*|coarsen\w*|aggregat\w*)\b/i;

const classesDescribed: Rule = {
  id: 'PWAF-SEC-032',
  title: 'Data described is more sensitive than its classification',
  pillar: 'standards',
  area: 'security',
  severity: 'warning',
  trigger:
    'The data classification is filled and lacks PCI, PHI or PII while the text describes such data as present (card numbers, diagnoses or medical records, social security numbers, dates of birth), not as removed, tokenised or de-identified.',
  rationale:
    'The classification decides the controls: the compliance security profile and its standard, keys, network, compute and which services may see the data. Data the design describes but does not classify gets none of them.',
  remedy: 'Add the class to the data classification (and the controls it demands), or say that the data is removed, tokenised or de-identified before it reaches Databricks.',
  source: fact('csp.required-and-add-on').source,
  inputs: [`${RC}.data_classification`],
  optionalInputs: PROSE_INPUTS,
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { cls, name, pattern } of DESCRIBED) {
      if (ctx.has(`${RC}.data_classification`, cls)) continue;
      const found = phrases(ctx, pattern).find((p) => !NOT_PRESENT.test(sentenceAround(p.value, p.match.index)));
      if (found) hits.push(at(found, `"${found.text}" is ${name}, but the data classification does not list ${name}.`));
    }
    return onePerValue(hits);
  },
};

const CROSS_GEO = phrasePattern(/\bcross[- ]Geo (?:data )?processing\b|\bprocess\w* (?:data |content )?(?:in|outside) (?:another|other|a different) Geos?\b/gi);

const crossGeo: Rule = {
  id: 'PWAF-SEC-033',
  title: 'Cross-Geo processing with region residency',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger: 'Data must remain in the customer\'s region and the SOW enables (does not rule out) cross-Geo processing for Designated Services.',
  rationale:
    'With cross-Geo processing enabled, Designated Services such as pay-per-token Foundation Model APIs and Genie may process the workspace\'s content in other Geos (it is not stored there). Content sent to them leaves the residency boundary the SOW promises.',
  remedy: 'Keep cross-Geo processing off and use models served in the workspace\'s Geo (or provisioned throughput), or keep region-bound data out of prompts.',
  source: fact('designated-services.cross-geo').source,
  // Enabling cross-Geo processing is the specific cause of "these services process data by geography".
  subsumes: ['PWAF-SEC-024'],
  inputs: [`${RC}.data_residency`],
  optionalInputs: PROSE_INPUTS,
  check(ctx) {
    if (!ctx.has(`${RC}.data_residency`, 'customer-region')) return [];
    const enabled = phrases(ctx, CROSS_GEO).find((p) => !negated(p));
    return enabled ? [at(enabled, `"${enabled.text}": Designated Services may then process content outside the Geo, but data must remain in the customer's region.`)] : [];
  },
};

export const privacyRules: Rule[] = [erasureHistory, auditRetention, classesDescribed, crossGeo];

// PWAF-DOC-008: material changes since the approved version with no new version. The PWAF's
// review page says a partner "must notify Databricks and obtain revalidation before deploying
// material changes"; a SOW that changes what was validated but still carries the approved
// version number and history hides that from the reviewer. The approved version is an optional
// input of the review (`ReviewOptions.baseline`): without one the rule is not assessed.
import { MaterialField, materialFieldOf, REVALIDATION_SOURCE } from '../diff/material';
import { diffValues } from '../diff/values';
import { titleAt } from '../schema/navigate';
import { RuleContext } from './context';
import { Rule, RuleHit } from './types';

const VERSION = 'header.document_version';
const HISTORY = 'version_history';
/** How many of the material changes the message names before "and N more". */
const NAMED = 3;

export const materialChangeUnversioned: Rule = {
  id: 'PWAF-DOC-008',
  title: 'Material change since the approved version without a new version',
  pillar: 'operations',
  area: 'document',
  severity: 'warning',
  trigger: 'Compared with the approved version (the baseline), a material field changed (docs/material-changes.md) but header.document_version is unchanged or version_history has no new entry.',
  rationale: 'A validation reflects the integration as reviewed; partners must notify Databricks and obtain revalidation before deploying material changes. A new version number and history entry is how the SOW tells the reviewer that what they approved has changed.',
  remedy: 'Raise header.document_version and add a version_history row describing the material changes, then ask Databricks for revalidation.',
  source: REVALIDATION_SOURCE,
  inputs: [],
  needsBaseline: true,
  check(ctx) {
    const before = ctx.baseline;
    if (!before) return [];
    // Named as the template does, a product by its own name ("Zerobus"), each once.
    const material = new Set<string>();
    for (const change of diffValues(before.root, ctx.root)) {
      const field = materialFieldOf(change.path);
      if (field) material.add(titleAt(change.path.slice(0, fieldDepth(field))));
    }
    if (material.size === 0) return [];
    const rowsBefore = new Set(before.list(HISTORY).map((r) => JSON.stringify(r)));
    const newRows = ctx.list(HISTORY).filter((r) => !rowsBefore.has(JSON.stringify(r)));
    const missing = [
      ...(versionOf(ctx) && versionOf(ctx) !== versionOf(before) ? [] : [`${VERSION} is still "${versionOf(before)}"`]),
      ...(newRows.length ? [] : [`${HISTORY} has no new entry`]),
    ];
    if (!missing.length) return [];
    const names = [...material];
    const named = names.slice(0, NAMED).join(', ') + (names.length > NAMED ? ` and ${names.length - NAMED} more` : '');
    const hasVersion = ctx.get(VERSION) !== undefined;
    const hit: RuleHit = {
      message: `Material change since the approved version (${named}), but ${missing.join(' and ')}: Databricks revalidation is needed before deploying it.`,
      path: hasVersion ? VERSION.split('.') : ['header'],
      part: hasVersion ? 'value' : 'key',
    };
    return [hit];
  },
};

/** How much of a change's path names it: the field, or the item a `*` stands for. */
function fieldDepth(field: MaterialField): number {
  const parts = field.path.split('.');
  const star = parts.indexOf('*');
  return star >= 0 ? star + 1 : parts.length;
}

/** header.document_version as written ("2.0", or 2 when unquoted). */
function versionOf(ctx: RuleContext): string {
  const v = ctx.get(VERSION);
  return v === undefined || v === null ? '' : String(v).trim();
}

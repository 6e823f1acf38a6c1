// The rule catalog: every rule of every area, in id order, with its documentation link.
import { architectureRules } from './architecture';
import { costRules } from './cost';
import { documentRules } from './document';
import { glossaryConsistency } from './glossaryConsistency';
import { governanceRules } from './governance';
import { knowledgeRules } from './knowledge/index';
import { operationsRules } from './operations';
import { performanceRules } from './performance';
import { materialChangeUnversioned } from './revalidation';
import { securityRules } from './security';
import { Rule } from './types';

export const RULES: readonly Rule[] = [
  ...securityRules,
  ...governanceRules,
  ...costRules,
  ...architectureRules,
  ...operationsRules,
  ...performanceRules,
  ...documentRules,
  ...knowledgeRules,
  glossaryConsistency,
  materialChangeUnversioned,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)); // ids are ASCII: no locale needed

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** Where the rules' documentation lives (generated into docs/rules.md by scripts/gen-rule-docs.ts). */
export const DOCS_BASE_URL = 'https://github.com/sow-architect/sow-architect/blob/main/docs';

export function ruleDocUrl(code: string): string {
  if (byId.has(code)) return `${DOCS_BASE_URL}/rules.md#${code.toLowerCase()}`;
  return `${DOCS_BASE_URL}/diagnostics.md#${code.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

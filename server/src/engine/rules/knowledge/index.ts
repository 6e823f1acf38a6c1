// Rules that read the knowledge base and the document's prose, by class.
import { checklistRules } from './checklist';
import { complianceRules } from './compliance';
import { consistencyRules } from './consistency';
import { economicsRules } from './economics';
import { identityRules } from './identity';
import { limitRules } from './limits';
import { networkRules } from './network';
import { operationsRealityRules } from './operationsReality';
import { privacyRules } from './privacy';
import { productFitRules } from './productFit';
import { residencyRules } from './residency';
import { Rule } from '../types';

export const knowledgeRules: Rule[] = [
  ...limitRules,
  ...productFitRules,
  ...consistencyRules,
  ...complianceRules,
  ...residencyRules,
  ...networkRules,
  ...identityRules,
  ...checklistRules,
  ...economicsRules,
  ...privacyRules,
  ...operationsRealityRules,
];

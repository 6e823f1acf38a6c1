// PWAF rules of the security area.
import { Rule } from './types';

export const securityRules: Rule[] = [];

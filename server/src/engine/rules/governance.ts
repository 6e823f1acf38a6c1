// PWAF rules of the governance area.
import { Rule } from './types';

export const governanceRules: Rule[] = [];

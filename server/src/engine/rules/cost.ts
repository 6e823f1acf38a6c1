// PWAF rules of the cost area.
import { Rule } from './types';

export const costRules: Rule[] = [];

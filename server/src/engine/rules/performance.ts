// PWAF rules of the performance area.
import { Rule } from './types';

export const performanceRules: Rule[] = [];

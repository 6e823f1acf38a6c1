// PWAF rules of the operations area.
import { Rule } from './types';

export const operationsRules: Rule[] = [];

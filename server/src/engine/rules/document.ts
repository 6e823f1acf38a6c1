// PWAF rules of the document area.
import { Rule } from './types';

export const documentRules: Rule[] = [];

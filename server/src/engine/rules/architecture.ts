// PWAF rules of the architecture area.
import { Rule } from './types';

export const architectureRules: Rule[] = [];

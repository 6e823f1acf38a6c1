// What a PWAF rule is: metadata a reviewer can read, and a check over one parsed document.
import { Fix, Path, Range, Severity } from '../types';
import { RuleContext } from './context';

/** The four pillars of the Partner Well-Architected Framework. */
export type Pillar = 'architecture' | 'standards' | 'measurement' | 'operations';

export const PILLAR_NAMES: Record<Pillar, string> = {
  architecture: 'Architectural Best Practices',
  standards: 'Defined Technical Standards',
  measurement: 'Measurement & Attribution',
  operations: 'Operations & Lifecycle Management',
};

export type Area = 'security' | 'governance' | 'cost' | 'architecture' | 'operations' | 'performance' | 'document';

export interface RuleHit {
  /** One line naming the concrete problem in this document. */
  message: string;
  /** Node the finding is about; the range is taken from it. */
  path?: Path;
  /** Point at the key rather than the value (e.g. for a missing child). */
  part?: 'key' | 'value';
  /** An explicit range, for text-level findings (placeholders, renamed products). */
  range?: Range;
  fixes?: Fix[];
  /** Overrides the rule's default severity for this hit (e.g. warn before a hard limit). */
  severity?: Severity;
}

export interface Rule {
  /** Stable id, e.g. PWAF-SEC-001. Never reused or renumbered. */
  id: string;
  /** Short title, e.g. "Backend uses personal access tokens". */
  title: string;
  pillar: Pillar;
  area: Area;
  severity: Severity;
  /** What in the document triggers it (for the rule docs). */
  trigger: string;
  /** Why a reviewer cares. */
  rationale: string;
  /** How to fix it, in a sentence. */
  remedy: string;
  /** Public source URL backing the rationale. */
  source: string;
  /** The recommended replacement the quick fixes apply, when there is one. */
  recommendation?: string;
  /**
   * Dotted paths the rule needs. The rule is assessed (can pass) only when every one is filled
   * (or, with `assessedWhen: 'any'`, when one is); otherwise it is "not assessed", never "passed".
   */
  inputs: string[];
  /** Paths the rule also reads when present but does not need (e.g. an "Other" list). */
  optionalInputs?: string[];
  /** 'any' for rules over alternative inputs (e.g. every free-text section); default 'all'. */
  assessedWhen?: 'all' | 'any';
  /** Reads the approved version (ReviewOptions.baseline): not assessed when the review has none. */
  needsBaseline?: boolean;
  /**
   * Rules this one is a more specific statement of. When this rule reports a problem, their
   * findings are folded into its finding as related information instead of standing alone
   * (one problem, one finding); readiness still counts each rule.
   */
  subsumes?: string[];
  /** Extra tags for its diagnostics (renamed products are `deprecated`). */
  tags?: Array<'deprecated' | 'unnecessary'>;
  check(ctx: RuleContext): RuleHit[];
}

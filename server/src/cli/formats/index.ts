// The output formats of `sow lint`, by name.
import { formatJson } from './json';
import { formatJunit } from './junit';
import { LintReport } from './lintReport';
import { formatMarkdown } from './markdown';
import { toSarif } from './sarif';
import { formatGithub, formatText } from './text';

export const LINT_FORMATS = {
  text: formatText,
  json: formatJson,
  sarif: (reports: LintReport[]) => `${JSON.stringify(toSarif(reports), null, 2)}\n`,
  github: formatGithub,
  junit: formatJunit,
  markdown: formatMarkdown,
} as const;

export type LintFormat = keyof typeof LINT_FORMATS;
export type { LintReport } from './lintReport';

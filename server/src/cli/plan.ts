// `sow plan <file>`: the open findings as a prioritised action list (engine/plan).
import * as path from 'path';
import { todayIso } from '../engine';
import { buildPlan } from '../engine/plan/plan';
import { planCsv, planMarkdown, planText } from '../engine/plan/report';
import { Command, Io, oneOf, parseCommandArgs, stringOption, UsageError } from './args';
import { printable } from './formats/escape';
import { baselineWarning, displayPath, loadSow } from './load';

const FORMATS = { text: planText, markdown: planMarkdown, csv: planCsv } as const;

export const planCommand: Command = {
  synopsis: 'plan <file>',
  summary: 'The open findings as a prioritised action list (errors first, by pillar and area), waivers apart',
  options: {
    format: { type: 'string', short: 'f', value: 'format', help: `Output format: ${Object.keys(FORMATS).join(', ')} (default: text)` },
    config: { type: 'string', short: 'c', value: 'file', help: 'Rule configuration (default: nearest .sowrc.yaml)' },
  },
  notes: ['Exit codes: 0 the plan was written (whatever it holds), 2 usage or I/O error.'],
  run: runPlan,
};

export async function runPlan(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(planCommand, argv);
  const format = oneOf(parsed, 'format', Object.keys(FORMATS) as Array<keyof typeof FORMATS>, 'text');
  if (parsed.positionals.length !== 1) throw new UsageError('plan needs exactly one file');
  const file = path.resolve(parsed.positionals[0]);
  const loaded = loadSow(file, stringOption(parsed, 'config'));
  if (loaded instanceof Error) {
    io.err.write(`sow: ${printable(loaded.message)}\n`);
    return 2;
  }
  if (loaded.baselineProblem) io.err.write(baselineWarning(loaded.baselineProblem));
  const plan = buildPlan(loaded.doc, loaded.review, todayIso());
  io.out.write(FORMATS[format](plan, displayPath(file)));
  return 0;
}

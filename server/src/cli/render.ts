// `sow render <file> --format html|md|docx [-o out]`: the preview as a file, the same as the
// editor's "Export as HTML" / "Export as Markdown" / "Export as Word". Exit 0 on success, 2 on usage or I/O errors.
import * as fs from 'fs';
import * as path from 'path';
import { renderSowHtml, renderSowMarkdown } from '../engine';
import { renderStandalonePage } from '../engine/render/page';
import { Command, Io, oneOf, parseCommandArgs, stringOption, UsageError } from './args';
import { printable } from './formats/escape';
import { baselineWarning, displayPath, LoadedSow, loadSow, notReviewedReason } from './load';
import { renderDocxForCli } from './docx';
import { writeOutputFile } from './output';

type Rendered = string | Uint8Array | Error;

/** Render formats by name; each turns a reviewed document into the file's content (text or bytes). */
const RENDERERS: Record<string, (loaded: LoadedSow, context: { withReview: boolean; err: Io['err'] }) => Rendered | Promise<Rendered>> = {
  html: ({ doc, review }) => {
    const assets = readAssets();
    return assets instanceof Error ? assets : renderStandalonePage(renderSowHtml(doc, review), assets);
  },
  md: ({ doc, review }) => renderSowMarkdown(doc, review),
  docx: ({ doc, review }, { withReview, err }) => {
    const assets = readAssets();
    return assets instanceof Error ? assets : renderDocxForCli(doc, review, assets, withReview, err);
  },
};

export const renderCommand: Command = {
  synopsis: 'render <file>',
  summary: 'Write the SOW as a document (the preview as standalone HTML, Markdown, or Word)',
  options: {
    format: { type: 'string', short: 'f', value: Object.keys(RENDERERS).join('|'), help: 'Output format (default: html)' },
    output: { type: 'string', short: 'o', value: 'file', help: 'Write to a file instead of standard output (never over the input or through a symlink)' },
    force: { type: 'boolean', help: 'Overwrite the output file if it exists' },
    'with-review': { type: 'boolean', help: 'Word only: add the review summary and every finding as an appendix' },
    config: { type: 'string', short: 'c', value: 'file', help: 'Rule configuration (default: nearest .sowrc.yaml)' },
  },
  run: (argv, io) => runRender(argv, io.out, io.err),
};

export async function runRender(argv: string[], out: Io['out'], err: Io['err']): Promise<number> {
  const parsed = parseCommandArgs(renderCommand, argv);
  const format = oneOf(parsed, 'format', Object.keys(RENDERERS), 'html');
  if (parsed.positionals.length !== 1) throw new UsageError('render needs exactly one file');
  const file = path.resolve(parsed.positionals[0]);
  const loaded = loadSow(file, stringOption(parsed, 'config'));
  if (loaded instanceof Error) {
    err.write(`sow: ${printable(loaded.message)}\n`);
    return 2;
  }
  if (loaded.baselineProblem) err.write(baselineWarning(loaded.baselineProblem));
  const unreviewed = notReviewedReason(loaded);
  if (unreviewed) err.write(`sow: warning: ${printable(`${displayPath(file)}: not reviewed (${unreviewed}); the output has no findings`)}\n`);
  const output = await RENDERERS[format](loaded, { withReview: !!parsed.values['with-review'], err });
  if (output instanceof Error) {
    err.write(`sow: ${output.message}\n`);
    return 2;
  }
  const target = stringOption(parsed, 'output');
  if (!target) {
    out.write(output);
    return 0;
  }
  const failure = writeOutputFile(target, output, { force: !!parsed.values.force, inputs: [file] });
  if (failure) {
    err.write(`sow: ${printable(failure.message)}\n`);
    return 2;
  }
  err.write(`sow: wrote ${printable(displayPath(path.resolve(target)))}\n`);
  return 0;
}

/** The bundled webview script and stylesheet: next to dist/cli.js when installed, or in the repository when run from source. */
function readAssets(): { script: string; css: string } | Error {
  for (const root of [path.resolve(__dirname, '..'), path.resolve(__dirname, '../../..')]) {
    const script = path.join(root, 'dist', 'preview.js');
    const css = path.join(root, 'media', 'preview.css');
    if (fs.existsSync(script) && fs.existsSync(css)) return { script: fs.readFileSync(script, 'utf8'), css: fs.readFileSync(css, 'utf8') };
  }
  return new Error('the bundled preview script (dist/preview.js) is missing; run `npm run build`');
}

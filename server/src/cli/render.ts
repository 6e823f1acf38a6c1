// `sow render <file> --format html|md [-o out]`: the preview as a file, the same as the editor's
// "Export as HTML" / "Export as Markdown". Exit 0 on success, 2 on usage or I/O errors.
import * as fs from 'fs';
import * as path from 'path';
import { renderSowHtml, renderSowMarkdown, reviewDocument, SowDocument } from '../engine';
import { renderStandalonePage } from '../engine/render/page';
import { parseArgs, UsageError } from './args';
import { renderDocxForCli } from './docx';
import { fileUri, loadConfig, nearestConfig } from './lint';

type Writable = { write(text: string | Uint8Array): unknown };

const FORMATS = ['html', 'md', 'docx'] as const;

export async function runRender(argv: string[], out: Writable, err: Writable): Promise<number> {
  const withReview = argv.includes('--with-review');
  const { positionals, options } = parseArgs(
    argv.filter((a) => a !== '--with-review').map((a) => (a === '-o' ? '--output' : a)),
    ['format', 'output', 'config'],
  );
  const format = (options.format ?? 'html') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (positionals.length !== 1) throw new UsageError('render needs exactly one file');
  const file = path.resolve(positionals[0]);

  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    err.write(`sow: ${positionals[0]}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 2;
  }
  const config = options.config ? loadConfig(path.resolve(options.config)) : nearestConfig(path.dirname(file));
  if (config instanceof Error) {
    err.write(`sow: ${config.message}\n`);
    return 2;
  }
  const doc = new SowDocument(fileUri(file), 1, text, config.maxDocumentSize);
  const review = reviewDocument(doc, { config });

  let output: string | Uint8Array;
  if (format === 'md') {
    output = renderSowMarkdown(doc, review);
  } else {
    const assets = readAssets();
    if (assets instanceof Error) {
      err.write(`sow: ${assets.message}\n`);
      return 2;
    }
    output = format === 'docx' ? await renderDocxForCli(doc, review, assets, withReview, err) : renderStandalonePage(renderSowHtml(doc, review), assets);
  }

  if (!options.output) {
    out.write(output);
    return 0;
  }
  try {
    fs.writeFileSync(options.output, output);
  } catch (e) {
    err.write(`sow: ${options.output}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 2;
  }
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

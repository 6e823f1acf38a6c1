// `npm run bench`: our language server and yaml-language-server (with our JSON Schema), driven
// over stdio by the same client code, on the same documents, in the same run. Prints a table of
// both servers' figures with the ratio per metric, and how much of our change → diagnostics the
// YAML parse itself takes (measured in-process), and writes it all to bench/results.md.
//   --quick           skip the ~20,000-line document and do not write bench/results.md
//   --iterations N    edits and request positions per document (default 20 edits, 30 positions)
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../test/support/lspClient';
import { DocumentCache, SowDocument } from '../server/src/engine/document';
import { readProse } from '../server/src/engine/prose/index';
import { reviewDocument } from '../server/src/engine/review';
import { SERVER_NODE_FLAGS } from '../server/src/nodeFlags';
import { generateSow } from './generate';
import { previewSection } from './preview';
import { roundTripSection } from './roundtrip';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_URI = pathToFileURL(path.join(ROOT, 'schemas/sow.schema.json')).href;

interface ServerSpec {
  name: string;
  command: string[];
  languageId: string;
  settings?: Record<string, unknown>;
  /** Sent after initialize so a pull-configuration server reads its settings. */
  pushConfiguration?: boolean;
}

const SERVERS: ServerSpec[] = [
  // Started as the VS Code client starts it (client/src/languageClient.ts).
  { name: 'sow-architect', command: [process.execPath, ...SERVER_NODE_FLAGS, path.join(ROOT, 'dist/server.js'), '--stdio'], languageId: 'sow', settings: { sow: {} } },
  {
    name: 'yaml-language-server',
    command: [process.execPath, path.join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'],
    languageId: 'yaml',
    pushConfiguration: true,
    settings: {
      yaml: { schemas: { [SCHEMA_URI]: ['*.sow.yaml'] }, validate: true, hover: true, completion: true, schemaStore: { enable: false, url: '' } },
      http: {},
      '[yaml]': {},
      editor: {},
      files: {},
    },
  },
];

export interface BenchDocument {
  label: string;
  text: string;
}

export interface BenchOptions {
  documents: BenchDocument[];
  /** Edits per kind (typing, and typing that breaks the YAML). */
  edits: number;
  /** Completion and hover requests per document. */
  positions: number;
  /** How long each server sits idle before its second memory reading. */
  idleMs: number;
  /** Progress lines go here (stderr by default). */
  log?: (line: string) => void;
}

type Metrics = Record<MetricKey, number>;
type MetricKey =
  | 'initialize'
  | 'open'
  | 'changeMedian'
  | 'changeP95'
  | 'brokenMedian'
  | 'brokenP95'
  | 'completionMedian'
  | 'completionP95'
  | 'hoverMedian'
  | 'hoverP95'
  | 'rssMb'
  | 'rssIdleMb';

/** Every row of a document's table, in order: key, label, unit. */
export function metricRows(options: Pick<BenchOptions, 'edits' | 'positions' | 'idleMs'>): Array<[MetricKey, string, string]> {
  const { edits, positions, idleMs } = options;
  return [
    ['initialize', 'initialize', 'ms'],
    ['open', 'didOpen → diagnostics', 'ms'],
    ['changeMedian', `didChange → diagnostics, typing, median of ${edits}`, 'ms'],
    ['changeP95', `didChange → diagnostics, typing, p95 of ${edits}`, 'ms'],
    ['brokenMedian', `didChange → diagnostics, typing that breaks the YAML, median of ${edits}`, 'ms'],
    ['brokenP95', `didChange → diagnostics, typing that breaks the YAML, p95 of ${edits}`, 'ms'],
    ['completionMedian', `completion, median of ${positions}`, 'ms'],
    ['completionP95', `completion, p95 of ${positions}`, 'ms'],
    ['hoverMedian', `hover, median of ${positions}`, 'ms'],
    ['hoverP95', `hover, p95 of ${positions}`, 'ms'],
    ['rssMb', 'server RSS right after the run', 'MB'],
    ['rssIdleMb', `server RSS after ${(idleMs / 1000).toFixed(0)} s idle`, 'MB'],
  ];
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Positions spread over the document: on keys (hover) and just after `key: ` (completion). */
function positions(text: string, count: number): { hover: Array<{ line: number; character: number }>; completion: Array<{ line: number; character: number }> } {
  const lines = text.split('\n');
  const candidates = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^\s*(- )?[a-z_0-9]+:\s*\S/.test(l) && !l.trim().startsWith('#'));
  const pick = Array.from({ length: count }, (_, k) => candidates[Math.floor((k * candidates.length) / count)]);
  return {
    hover: pick.map(({ l, i }) => ({ line: i, character: l.search(/[a-z_]/) + 1 })),
    completion: pick.map(({ l, i }) => ({ line: i, character: l.indexOf(':') + 2 })),
  };
}

/**
 * Where the benchmark types: the end of the first line of the problem statement's prose (the
 * YAML stays valid) and the end of its `problem_statement: >` line (each keystroke there makes
 * the block scalar header invalid: a document with a syntax error).
 */
export function editLines(text: string): { typing: number; breaking: number } {
  const lines = text.split('\n');
  const key = Math.max(0, lines.findIndex((l) => /^\s*problem_statement:/.test(l)));
  const isBlockHeader = /[|>][-+0-9]*\s*$/.test(lines[key]);
  return { typing: isBlockHeader ? key + 1 : key, breaking: key };
}

async function measure(spec: ServerSpec, uri: string, text: string, options: BenchOptions): Promise<Metrics> {
  const client = new LspClient({ command: spec.command, cwd: ROOT, settings: spec.settings, rootUri: pathToFileURL(ROOT).href });
  try {
    const t0 = now();
    await client.initialize();
    const initialize = now() - t0;
    if (spec.pushConfiguration) await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // Let the server settle (configuration pull, schema load) before timing the open.
    await sleep(300);

    const t1 = now();
    await client.openAndWait(uri, text, spec.languageId);
    const open = now() - t1;

    // User-perceived change → diagnostics, including any debounce the server applies.
    const lines = text.split('\n');
    const typeAt = async (line: number, typed: string): Promise<number> => {
      const next = client.nextDiagnostics(uri);
      const end = { line, character: lines[line].length };
      const t = now();
      await client.change(uri, typed, { start: end, end });
      await next;
      lines[line] += typed;
      return now() - t;
    };
    const { typing, breaking } = editLines(text);
    const changes: number[] = [];
    for (let k = 0; k < options.edits; k++) changes.push(await typeAt(typing, ` w${k}`));

    const pos = positions(lines.join('\n'), options.positions);
    const completions: number[] = [];
    for (const position of pos.completion) {
      const t = now();
      await client.request('textDocument/completion', { textDocument: { uri }, position });
      completions.push(now() - t);
    }
    const hovers: number[] = [];
    for (const position of pos.hover) {
      const t = now();
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      hovers.push(now() - t);
    }

    const headerLength = lines[breaking].length;
    const broken: number[] = [];
    for (let k = 0; k < options.edits; k++) broken.push(await typeAt(breaking, `x`));
    // Mend the header again: the document stays open, valid, for the memory readings.
    const mended = client.nextDiagnostics(uri);
    await client.change(uri, '', { start: { line: breaking, character: headerLength }, end: { line: breaking, character: lines[breaking].length } });
    await mended;

    const rssAfterRun = rssMb(client.process.pid);
    await sleep(options.idleMs);
    return {
      initialize,
      open,
      changeMedian: median(changes),
      changeP95: quantile(changes, 0.95),
      brokenMedian: median(broken),
      brokenP95: quantile(broken, 0.95),
      completionMedian: median(completions),
      completionP95: quantile(completions, 0.95),
      hoverMedian: median(hovers),
      hoverP95: quantile(hovers, 0.95),
      rssMb: rssAfterRun,
      rssIdleMb: rssMb(client.process.pid),
    };
  } finally {
    await client.shutdown();
  }
}

export interface ParseShare {
  /** Whole-text parse and full review (parse included) of the opened document, ms. */
  openParse: number;
  openTotal: number;
  /** Parse of one typing edit (incremental, as the server does) and its full review, ms. */
  changeParse: number;
  changeTotal: number;
  /** Prose reading (server/src/engine/prose) of the opened document and of one typing edit, ms (part of the review). */
  openProse: number;
  changeProse: number;
}

/**
 * How much of our work per version is the YAML parse, measured in this process on the same text
 * and the same typing edit as the servers get (CPU work only: no debounce, no transport).
 */
export function parseShare(text: string, edits: number): ParseShare {
  const { typing } = editLines(text);
  const lines = text.split('\n');
  const time = (run: () => void) => {
    const t = now();
    run();
    return now() - t;
  };
  // The first review loads and compiles what every later one reuses.
  reviewDocument(new SowDocument('file:///warm.sow.yaml', 0, text));
  const openParse: number[] = [];
  const openTotal: number[] = [];
  const openProse: number[] = [];
  for (let k = 0; k < 3; k++) {
    let doc: SowDocument | undefined;
    const parse = time(() => (doc = new SowDocument('file:///open.sow.yaml', k, text)));
    openParse.push(parse);
    // Read first so its time is its own; the review then reuses the reading.
    const prose = time(() => readProse(doc!));
    openProse.push(prose);
    openTotal.push(parse + prose + time(() => reviewDocument(doc!)));
  }
  const cache = new DocumentCache();
  reviewDocument(cache.get('file:///change.sow.yaml', 0, text));
  const changeParse: number[] = [];
  const changeTotal: number[] = [];
  const changeProse: number[] = [];
  for (let k = 1; k <= edits; k++) {
    lines[typing] += ` w${k}`;
    const next = lines.join('\n');
    let doc: SowDocument | undefined;
    const parse = time(() => (doc = cache.get('file:///change.sow.yaml', k, next)));
    changeParse.push(parse);
    const prose = time(() => readProse(doc!));
    changeProse.push(prose);
    changeTotal.push(parse + prose + time(() => reviewDocument(doc!)));
  }
  return {
    openParse: median(openParse),
    openTotal: median(openTotal),
    changeParse: median(changeParse),
    changeTotal: median(changeTotal),
    openProse: median(openProse),
    changeProse: median(changeProse),
  };
}

function shareTable(share: ParseShare): string[] {
  const row = (what: string, parse: number, total: number) => `| ${what} | ${parse.toFixed(1)} ms | ${total.toFixed(1)} ms | ${((100 * parse) / total).toFixed(0)} % |`;
  return [
    '| our work per version (in-process, median) | YAML parse | parse + full review | parse share |',
    '|---|---:|---:|---:|',
    row('opening: whole-text parse', share.openParse, share.openTotal),
    row('typing: incremental parse', share.changeParse, share.changeTotal),
    '',
    '| prose reading per version (in-process, median, part of the review) | ms |',
    '|---|---:|',
    `| opening | ${share.openProse.toFixed(2)} ms |`,
    `| typing | ${share.changeProse.toFixed(2)} ms |`,
  ];
}

export async function runBenchmark(options: BenchOptions): Promise<string> {
  if (!fs.existsSync(path.join(ROOT, 'dist/server.js'))) throw new Error('dist/server.js is missing: run `npm run build` first');
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const rows = metricRows(options);
  const sections: string[] = [];
  for (const { label, text } of options.documents) {
    const lineCount = text.split('\n').length;
    const uri = pathToFileURL(path.join(ROOT, 'bench', `doc-${lineCount}.sow.yaml`)).href;
    const results: Metrics[] = [];
    for (const spec of SERVERS) {
      log(`bench: ${spec.name} on ${label} (${lineCount} lines)…`);
      results.push(await measure(spec, uri, text, options));
    }
    const [ours, peer] = results;
    const table = rows.map(([key, name, unit]) => {
      const ratio = peer[key] / ours[key];
      return `| ${name} | ${ours[key].toFixed(1)} ${unit} | ${peer[key].toFixed(1)} ${unit} | ${Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : '–'} |`;
    });
    log(`bench: YAML parse share on ${label}…`);
    sections.push(
      [
        `### ${label} (${lineCount.toLocaleString('en-US')} lines)`,
        '',
        '| metric | sow-architect | yaml-language-server | ratio (peer ÷ ours) |',
        '|---|---:|---:|---:|',
        ...table,
        '',
        ...shareTable(parseShare(text, options.edits)),
        '',
      ].join('\n'),
    );
  }

  sections.push(await roundTripSection(options.documents.slice(0, 2), 5, log));
  sections.push(await previewSection(options.documents[0].text, options.documents[0].label, options.edits, log));

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
  return [
    '# Benchmark: sow-architect vs yaml-language-server',
    '',
    `Run on ${new Date().toISOString().slice(0, 10)} — ${machine}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end.`,
    '',
    'Both servers run as separate processes over stdio, driven by the same client code',
    '(`test/support/lspClient.ts`) on the same documents in the same run. yaml-language-server is',
    'configured over `workspace/configuration` with `schemas/sow.schema.json` and its schema store',
    `turned off. Our server is started as the VS Code client starts it (\`node ${SERVER_NODE_FLAGS.join(' ')}\`,`,
    '`server/src/nodeFlags.ts`). Ratios above 1× mean our server is faster (or smaller).',
    '',
    '**Edits.** "Typing" appends a word to the first line of the problem statement\'s text, one',
    'keystroke batch per change, waiting for the diagnostics each time. "Typing that breaks the',
    'YAML" appends to the `problem_statement: >` header instead, so every version has a syntax',
    'error (our incremental parse then re-parses the broken section with the one after it). The',
    '`didChange → diagnostics` figures are what a user waits for, so they include each server\'s',
    'debounce: yaml-language-server waits 200 ms, ours 40 ms (`sow.validation.delay`). Our server',
    'does more per change: schema validation plus every PWAF rule, waivers and the readiness score.',
    '',
    '**Memory** is the resident set of the server process (`VmRSS`), which includes the pages of',
    'the `node` binary it touched (about 30 MB for a bare `node`), read right after the run and',
    `again after ${(options.idleMs / 1000).toFixed(0)} s without requests (our server collects garbage once idle).`,
    '',
    '**Parse share** is measured in the benchmark process on the same text and the same typing',
    'edit: the YAML parse against parse plus the full review, without debounce or transport.',
    '',
    ...sections,
  ].join('\n');
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const iterationsAt = process.argv.indexOf('--iterations');
  const iterations = iterationsAt >= 0 ? Number(process.argv[iterationsAt + 1]) : undefined;
  if (iterations !== undefined && !(Number.isInteger(iterations) && iterations > 0)) throw new Error('--iterations needs a positive whole number');
  const base = fs.readFileSync(path.join(ROOT, 'examples/well-architected.sow.yaml'), 'utf8');
  const documents: BenchDocument[] = [
    { label: 'well-architected example', text: base },
    { label: 'generated, ~5,000 lines', text: generateSow(base, 5000) },
    ...(quick ? [] : [{ label: 'generated, ~20,000 lines', text: generateSow(base, 20000) }]),
  ];
  const report = await runBenchmark({ documents, edits: iterations ?? 20, positions: iterations ?? 30, idleMs: 3000 });
  process.stdout.write(`${report}\n`);
  if (!quick) fs.writeFileSync(path.join(ROOT, 'bench/results.md'), `${report}\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`bench failed: ${err.stack ?? err}\n`);
    process.exit(1);
  });
}

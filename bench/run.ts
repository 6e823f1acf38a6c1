// `npm run bench`: our language server and yaml-language-server (with our JSON Schema), driven
// over stdio by the same client code, on the same documents, in the same run. Prints a table of
// both servers' figures with the ratio per metric and writes it to bench/results.md.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../test/support/lspClient';
import { generateSow } from './generate';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_URI = pathToFileURL(path.join(ROOT, 'schemas/sow.schema.json')).href;
const POSITIONS = 30;
const EDITS = 20;

interface ServerSpec {
  name: string;
  command: string[];
  languageId: string;
  settings?: Record<string, unknown>;
  /** Sent after initialize so a pull-configuration server reads its settings. */
  pushConfiguration?: boolean;
}

const SERVERS: ServerSpec[] = [
  { name: 'sow-architect', command: [process.execPath, path.join(ROOT, 'dist/server.js'), '--stdio'], languageId: 'sow', settings: { sow: {} } },
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

interface Metrics {
  initialize: number;
  open: number;
  changeMedian: number;
  changeP95: number;
  completionMedian: number;
  completionP95: number;
  hoverMedian: number;
  hoverP95: number;
  rssMb: number;
}

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}

function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** Positions spread over the document: on keys (hover) and just after `key: ` (completion). */
function positions(text: string): { hover: Array<{ line: number; character: number }>; completion: Array<{ line: number; character: number }> } {
  const lines = text.split('\n');
  const candidates = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^\s*(- )?[a-z_0-9]+:\s*\S/.test(l) && !l.trim().startsWith('#'));
  const pick = Array.from({ length: POSITIONS }, (_, k) => candidates[Math.floor((k * candidates.length) / POSITIONS)]);
  return {
    hover: pick.map(({ l, i }) => ({ line: i, character: l.search(/[a-z_]/) + 1 })),
    completion: pick.map(({ l, i }) => ({ line: i, character: l.indexOf(':') + 2 })),
  };
}

async function measure(spec: ServerSpec, uri: string, text: string): Promise<Metrics> {
  const client = new LspClient({ command: spec.command, cwd: ROOT, settings: spec.settings, rootUri: pathToFileURL(ROOT).href });
  try {
    const t0 = now();
    await client.initialize();
    const initialize = now() - t0;
    if (spec.pushConfiguration) await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // Let the server settle (configuration pull, schema load) before timing the open.
    await new Promise((r) => setTimeout(r, 300));

    const t1 = now();
    await client.openAndWait(uri, text, spec.languageId);
    const open = now() - t1;

    // User-perceived change → diagnostics, including any debounce the server applies.
    const lines = text.split('\n');
    const editLine = lines.findIndex((l) => /^\s*problem_statement:/.test(l));
    const changes: number[] = [];
    for (let k = 0; k < EDITS; k++) {
      const line = editLine >= 0 ? editLine : 0;
      const next = client.nextDiagnostics(uri);
      const t = now();
      await client.change(uri, `x${k}`, { start: { line, character: lines[line].length }, end: { line, character: lines[line].length } });
      await next;
      changes.push(now() - t);
      lines[line] += `x${k}`;
    }

    const pos = positions(lines.join('\n'));
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
    return {
      initialize,
      open,
      changeMedian: median(changes),
      changeP95: quantile(changes, 0.95),
      completionMedian: median(completions),
      completionP95: quantile(completions, 0.95),
      hoverMedian: median(hovers),
      hoverP95: quantile(hovers, 0.95),
      rssMb: rssMb(client.process.pid),
    };
  } finally {
    await client.shutdown();
  }
}

const METRICS: Array<[keyof Metrics, string, string]> = [
  ['initialize', 'initialize', 'ms'],
  ['open', 'didOpen → diagnostics', 'ms'],
  ['changeMedian', `didChange → diagnostics, median of ${EDITS}`, 'ms'],
  ['changeP95', `didChange → diagnostics, p95 of ${EDITS}`, 'ms'],
  ['completionMedian', `completion, median of ${POSITIONS}`, 'ms'],
  ['completionP95', `completion, p95 of ${POSITIONS}`, 'ms'],
  ['hoverMedian', `hover, median of ${POSITIONS}`, 'ms'],
  ['hoverP95', `hover, p95 of ${POSITIONS}`, 'ms'],
  ['rssMb', 'server RSS after the run', 'MB'],
];

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist/server.js'))) throw new Error('dist/server.js is missing: run `npm run build` first');
  const base = fs.readFileSync(path.join(ROOT, 'examples/well-architected.sow.yaml'), 'utf8');
  const quick = process.argv.includes('--quick');
  const documents: Array<[string, string]> = [
    ['well-architected example', base],
    ['generated, ~5,000 lines', generateSow(base, 5000)],
    ...(quick ? [] : ([['generated, ~20,000 lines', generateSow(base, 20000)]] as Array<[string, string]>)),
  ];

  const sections: string[] = [];
  for (const [label, text] of documents) {
    const lineCount = text.split('\n').length;
    const uri = pathToFileURL(path.join(ROOT, 'bench', `doc-${lineCount}.sow.yaml`)).href;
    const results: Metrics[] = [];
    for (const spec of SERVERS) {
      process.stderr.write(`bench: ${spec.name} on ${label} (${lineCount} lines)…\n`);
      results.push(await measure(spec, uri, text));
    }
    const [ours, peer] = results;
    const rows = METRICS.map(([key, name, unit]) => {
      const ratio = peer[key] / ours[key];
      return `| ${name} | ${ours[key].toFixed(1)} ${unit} | ${peer[key].toFixed(1)} ${unit} | ${Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : '–'} |`;
    });
    sections.push([`### ${label} (${lineCount.toLocaleString('en-US')} lines)`, '', '| metric | sow-architect | yaml-language-server | ratio (peer ÷ ours) |', '|---|---:|---:|---:|', ...rows, ''].join('\n'));
  }

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
  const report = [
    '# Benchmark: sow-architect vs yaml-language-server',
    '',
    `Run on ${new Date().toISOString().slice(0, 10)} — ${machine}.`,
    '',
    'Both servers run as separate processes over stdio, driven by the same client code',
    '(`test/support/lspClient.ts`) on the same documents in the same run. yaml-language-server is',
    'configured over `workspace/configuration` with `schemas/sow.schema.json` and its schema store',
    'turned off. Ratios above 1× mean our server is faster (or smaller).',
    '',
    '**Note:** yaml-language-server waits a fixed 200 ms after a change before it validates; the',
    '`didChange → diagnostics` figures are what a user waits for, so they include that wait (and our',
    "own debounce, `sow.validation.delay`, 40 ms by default). Our server does more work per change:",
    'schema validation plus every PWAF rule, waivers and the readiness score.',
    '',
    ...sections,
  ].join('\n');
  process.stdout.write(`${report}\n`);
  if (!quick) fs.writeFileSync(path.join(ROOT, 'bench/results.md'), `${report}\n`);
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err.stack ?? err}\n`);
  process.exit(1);
});

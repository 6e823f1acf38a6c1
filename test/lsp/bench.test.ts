// The benchmark (bench/run.ts) in a cheap mode: both servers over stdio on the example with two
// edits and two positions, and two keystrokes into the preview page in headless Chromium. Checks
// that it measures what it reports (every metric row for both servers, the parse share, the
// preview rows), never how fast anything is.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { editLines, metricRows, runBenchmark } from '../../bench/run';

const root = path.resolve(__dirname, '../..');
const example = fs.readFileSync(path.join(root, 'examples/well-architected.sow.yaml'), 'utf8');

describe('benchmark (smoke, no timings asserted)', function () {
  this.timeout(120_000);
  const options = { documents: [{ label: 'example', text: example }], edits: 2, positions: 2, idleMs: 0, log: () => undefined };
  let report: string;

  before(async function () {
    assert.ok(fs.existsSync(path.join(root, 'dist/server.js')), 'dist/server.js is missing: run `npm run build` first');
    report = await runBenchmark(options);
  });

  it('types where the YAML stays valid and where it breaks', () => {
    const { typing, breaking } = editLines(example);
    const lines = example.split('\n');
    assert.match(lines[breaking], /problem_statement: >\s*$/);
    assert.strictEqual(typing, breaking + 1, 'typing goes into the block scalar text');
  });

  it('reports both servers with a figure and a ratio for every metric', () => {
    assert.match(report, /\| metric \| sow-architect \| yaml-language-server \| ratio \(peer ÷ ours\) \|/);
    for (const [, name, unit] of metricRows(options)) {
      const row = report.split('\n').find((l) => l.startsWith(`| ${name} |`));
      assert.ok(row, `row "${name}" is missing`);
      const cells = row.split('|').slice(2, 5).map((c) => c.trim());
      assert.match(cells[0], new RegExp(`^\\d+\\.\\d ${unit}$`), `our figure in "${row}"`);
      assert.match(cells[1], new RegExp(`^\\d+\\.\\d ${unit}$`), `the peer's figure in "${row}"`);
      assert.match(cells[2], /^\d+\.\d×$/, `the ratio in "${row}"`);
    }
  });

  it('reports how much of our work the YAML parse is, on opening and on typing', () => {
    for (const what of ['opening: whole-text parse', 'typing: incremental parse']) {
      const row = report.split('\n').find((l) => l.startsWith(`| ${what} |`));
      assert.ok(row, `parse share row "${what}" is missing`);
      assert.match(row, /\| \d+\.\d ms \| \d+\.\d ms \| \d+ % \|$/);
    }
  });

  it('reports keystroke → updated preview in headless Chromium, with and without a diagram redraw', () => {
    assert.match(report, /### Keystroke → updated preview \(example, headless Chromium\)/);
    for (const what of ['in prose (the diagram is unchanged, not redrawn)', "in a data source's name (Mermaid redraws the diagram)"]) {
      const row = report.split('\n').find((l) => l.startsWith(`| ${what} |`));
      assert.ok(row, `preview row "${what}" is missing`);
      assert.match(row, /\| \d+ ms \| \d+ ms \| \d+ ms \| \d+ ms \|$/);
    }
  });

  it('describes the machine it ran on', () => {
    assert.match(report, /Run on \d{4}-\d{2}-\d{2} — \d+ × .+ GiB RAM, Node v\d+/);
  });
});

// `sow render`: the standalone HTML and the Markdown export from the command line, exit codes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../server/src/cli/args';
import { runRender } from '../../server/src/cli/render';

function sink() {
  const chunks: string[] = [];
  return { write: (s: string) => chunks.push(s), text: () => chunks.join('') };
}

const dir = mkdtempSync(join(tmpdir(), 'sow-render-'));
const input = join(dir, 'plan.sow.yaml');
writeFileSync(input, ['header:', '  partner_name: "Acme <b>Analytics</b>"', 'architecture:', '  external_dependencies:', '    - { service: PostgreSQL, purpose: OLTP }', ''].join('\n'));

describe('sow render', () => {
  it('writes standalone HTML with the strict CSP, inline script and the diagram source', async () => {
    const out = sink();
    const err = sink();
    assert.equal(await runRender([input, '--format', 'html'], out, err), 0, err.text());
    const html = out.text();
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;`), 'strict CSP');
    assert.ok(/<script nonce="[^"]+">/.test(html), 'the bundled script, inline with a nonce');
    assert.ok(html.includes('<body class="vscode-light sow-standalone">'), 'light theme');
    assert.ok(html.includes(`class="sow-diagram-source">flowchart LR`), 'the diagram source is in the page');
    assert.ok(html.includes('Acme &lt;b&gt;Analytics&lt;/b&gt;'), 'document text escaped');
    assert.ok(!html.includes('<b>Analytics'));
  });

  it('writes Markdown with a mermaid fence to -o', async () => {
    const target = join(dir, 'plan.md');
    assert.equal(await runRender([input, '--format=md', '-o', target], sink(), sink()), 0);
    assert.match(readFileSync(target, 'utf8'), /```+mermaid\nflowchart LR\n/);
  });

  it('exit 2 on I/O errors; usage errors for bad arguments', async () => {
    const err = sink();
    assert.equal(await runRender([join(dir, 'missing.sow.yaml')], sink(), err), 2);
    assert.match(err.text(), /missing\.sow\.yaml: no such file or directory/);
    assert.equal(await runRender([input, '-o', join(dir, 'no/such/dir/x.html')], sink(), sink()), 2);
    await assert.rejects(runRender([input, '--format', 'pdf'], sink(), sink()), UsageError);
    await assert.rejects(runRender([], sink(), sink()), UsageError);
    await assert.rejects(runRender([input, input], sink(), sink()), UsageError);
  });
});

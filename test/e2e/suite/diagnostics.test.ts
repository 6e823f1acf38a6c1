import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, openExample, recordDiagnostics, settledDiagnostics, waitForDiagnostics } from '../support';

const RULE_CODE = /^PWAF-[A-Z]+-\d{3}$/;

describe('diagnostics', () => {
  after(closeAllEditors);

  it('reports PWAF findings on the anti-patterns example with rule codes and doc links', async () => {
    const { document } = await openExample('anti-patterns');
    const ds = await waitForDiagnostics(document.uri, 'the PAT finding PWAF-SEC-001', (all) => all.some((d) => codeOf(d) === 'PWAF-SEC-001'));
    const rules = ds.filter((d) => RULE_CODE.test(codeOf(d) ?? ''));
    assert.ok(rules.length >= 3, `several PWAF findings, got ${rules.map(codeOf).join(', ')}`);
    for (const d of rules) {
      // A code object (not a bare string) is what makes VS Code render the code as a link.
      assert.equal(typeof d.code, 'object', `${codeOf(d)} has a code object`);
      const { value, target } = d.code as { value: string; target: vscode.Uri };
      assert.ok(target instanceof vscode.Uri, `${value} links to its documentation`);
      assert.match(target.toString(), new RegExp(`#${value.toLowerCase()}$`), `${value}'s link points at its own entry`);
    }
    const pat = rules.find((d) => codeOf(d) === 'PWAF-SEC-001')!;
    assert.equal(pat.severity, vscode.DiagnosticSeverity.Error);
  });

  it('finds no errors in the well-architected example', async () => {
    const recorder = recordDiagnostics();
    try {
      const { document } = await openExample('well-architected');
      const errors = (await settledDiagnostics(recorder, document.uri, 3_000)).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      assert.deepEqual(errors.map((d) => `${codeOf(d)}: ${d.message}`), []);
    } finally {
      recorder.dispose();
    }
  });
});

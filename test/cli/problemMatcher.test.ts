// The `$sow` problem matcher (package.json) against real `sow lint` output: every finding line of
// the text format is matched, with the file, position, severity, code and message the JSON
// format gives for the same run. Hints are editor-only, so the matcher knows error/warning/info.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support/rules';
import { copyExample, scratch, sow } from './support';

interface Matcher {
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number };
}

const matcher = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { problemMatchers: Array<Matcher & { name: string }> } }).contributes.problemMatchers.find((m) => m.name === 'sow')!;

describe('the $sow problem matcher on `sow lint` output', function () {
  this.timeout(60_000);
  it('matches every finding of the text format, as the JSON format reports them', () => {
    const dir = scratch('matcher');
    copyExample('anti-patterns', path.join(dir, 'plans', 'legacy.sow.yaml'));
    copyExample('anti-patterns', path.join(dir, 'new plan.sow.yml'));
    const text = sow(['lint', '--format', 'text', '.'], dir);
    const json = JSON.parse(sow(['lint', '--format', 'json', '.'], dir).out) as Array<{ file: string; findings: Array<{ line: number; column: number; severity: string; code: string; message: string }> }>;
    fs.rmSync(dir, { recursive: true, force: true });

    const re = new RegExp(matcher.pattern.regexp);
    const p = matcher.pattern;
    const matched = text.out.split('\n').flatMap((line) => {
      const m = re.exec(line);
      return m ? [`${m[p.file]}|${m[p.line]}|${m[p.column]}|${m[p.severity]}|${m[p.code]}|${m[p.message]}`] : [];
    });
    const expected = json.flatMap((r) => r.findings.map((f) => `${r.file}|${f.line}|${f.column}|${f.severity}|${f.code}|${f.message}`));
    assert.ok(expected.length > 10, `${expected.length} findings`);
    assert.ok(expected.some((e) => e.startsWith('new plan.sow.yml|')), 'a file name with a space');
    assert.deepStrictEqual(matched.sort(), expected.sort());
    // The summary and the "also" lines are not taken for findings.
    assert.ok(!matched.some((m) => m.includes('checked')));
  });
});

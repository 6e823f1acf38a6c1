// JUnit XML, which most CI systems render as a test report: one test suite per file, one test
// case per error or warning (errors fail, as they fail `sow lint`; warnings pass with their
// text in system-out), one failing case for a file that was not reviewed, one passing case for
// a clean file.
import { ruleDocUrl } from '../../engine';
import { xmlText } from './escape';
import { LintReport, oneBased } from './lintReport';

interface Case {
  name: string;
  line?: number;
  failure?: { type: string; message: string; body: string };
  output?: string;
}

function casesOf(r: LintReport): Case[] {
  const cases: Case[] = [];
  if (r.unreviewed) cases.push({ name: 'review', failure: { type: 'not-reviewed', message: r.unreviewed, body: r.unreviewed } });
  for (const f of r.findings) {
    if (f.severity !== 'error' && f.severity !== 'warning') continue;
    const { line, column } = oneBased(f);
    const body = `${r.file}:${line}:${column} ${f.severity} ${f.message}\n${ruleDocUrl(f.code)}`;
    cases.push({ name: `${f.code} (line ${line})`, line, ...(f.severity === 'error' ? { failure: { type: f.code, message: f.message, body } } : { output: body }) });
  }
  return cases.length ? cases : [{ name: 'PWAF review' }];
}

function caseXml(file: string, c: Case): string {
  const attrs = `classname="${xmlText(file)}" name="${xmlText(c.name)}" file="${xmlText(file)}"${c.line ? ` line="${c.line}"` : ''}`;
  if (c.failure) return `    <testcase ${attrs}>\n      <failure type="${xmlText(c.failure.type)}" message="${xmlText(c.failure.message)}">${xmlText(c.failure.body)}</failure>\n    </testcase>`;
  if (c.output) return `    <testcase ${attrs}>\n      <system-out>${xmlText(c.output)}</system-out>\n    </testcase>`;
  return `    <testcase ${attrs}/>`;
}

export function formatJunit(reports: LintReport[]): string {
  let tests = 0;
  let failures = 0;
  const suites = reports.map((r) => {
    const cases = casesOf(r);
    const failed = cases.filter((c) => c.failure).length;
    tests += cases.length;
    failures += failed;
    return `  <testsuite name="${xmlText(r.file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">\n${cases.map((c) => caseXml(r.file, c)).join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="sow lint" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}

// SARIF 2.1.0 output, so code-scanning tools can show SOW findings on pull requests.
import type { Log, PhysicalLocation, ReportingConfiguration } from 'sarif';
import { Finding, Range, RULES, ruleDocUrl } from '../../engine';
import { VERSION } from '../version';

// Typed against the SARIF 2.1.0 object model (@types/sarif), so a malformed log does not compile.
const LEVEL: Record<Finding['severity'], NonNullable<ReportingConfiguration['level']>> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function toSarif(reports: Array<{ file: string; findings: Finding[]; unreviewed?: string }>): Log {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sow-architect',
            version: VERSION,
            informationUri: 'https://github.com/sow-architect/sow-architect',
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.title.replace(/[^A-Za-z0-9]+/g, ' ').trim().replace(/ (\w)/g, (_, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.rationale },
              help: { text: `${r.remedy} Source: ${r.source}` },
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { pillar: r.pillar, area: r.area, tags: [r.area, r.pillar] },
            })),
          },
        },
        // A document too large to review is not a pass: say so where code scanning shows tool problems.
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: reports
              .filter((r) => r.unreviewed)
              .map((r) => ({
                level: 'warning' as const,
                message: { text: `Not reviewed: ${r.unreviewed}` },
                locations: [{ physicalLocation: { artifactLocation: { uri: r.file.split('\\').join('/') } } }],
              })),
          },
        ],
        results: reports.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.code,
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [{ physicalLocation: physicalLocation(r.file, f.range) }],
            // Other rules' statements of the same problem (one problem, one finding).
            ...(f.related?.length
              ? { relatedLocations: f.related.map((rel, id) => ({ id, message: { text: `${rel.code}: ${rel.message}` }, physicalLocation: physicalLocation(r.file, rel.range) })) }
              : {}),
          })),
        ),
      },
    ],
  };
}

function physicalLocation(file: string, range: Range): PhysicalLocation {
  return {
    artifactLocation: { uri: file.split('\\').join('/') },
    region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
  };
}

// `sow diff`: two versions of a SOW compared in the template's terms — value changes section by
// section (each flagged material or not), findings introduced / resolved / still open, and the
// readiness of each pillar before and after.
import { SowDocument } from '../document';
import { ReviewResult } from '../review';
import { sectionLabel } from '../schema/sections';
import { titleAt } from '../schema/navigate';
import { Path } from '../types';
import { compareFindings, FindingChanges } from './findings';
import { MaterialField, materialFieldOf } from './material';
import { diffValues, ValueChange } from './values';

export interface ReviewedVersion {
  doc: SowDocument;
  review: ReviewResult;
}

export interface ReportedChange extends ValueChange {
  /** The field in the template's words, below its section ("Usage status › Lakebase"). */
  field: string;
  material?: MaterialField;
}

export interface SectionChanges {
  /** "2.1 Selected Deployment Model" */
  section: string;
  changes: ReportedChange[];
}

export interface PillarChange {
  pillar: string;
  name: string;
  /** Readiness score 0–100, undefined when nothing was assessed. */
  before?: number;
  after?: number;
}

export interface ChangeReport {
  sections: SectionChanges[];
  material: ReportedChange[];
  findings: FindingChanges;
  readiness: PillarChange[];
  /** header.document_version before and after. */
  version: { before?: string; after?: string };
}

export function compareVersions(before: ReviewedVersion, after: ReviewedVersion): ChangeReport {
  const sections = new Map<string, ReportedChange[]>();
  for (const change of diffValues(before.doc.value, after.doc.value)) {
    const { section, depth } = sectionOf(change.path);
    const material = materialFieldOf(change.path);
    const reported: ReportedChange = { ...change, field: fieldLabel(change.path, depth), ...(material ? { material } : {}) };
    sections.set(section, [...(sections.get(section) ?? []), reported]);
  }
  const list = [...sections].map(([section, changes]) => ({ section, changes }));
  const readiness = after.review.readiness.pillars.map((p) => ({
    pillar: p.pillar,
    name: p.name,
    before: before.review.readiness.pillars.find((q) => q.pillar === p.pillar)?.score,
    after: p.score,
  }));
  return {
    sections: list,
    material: list.flatMap((s) => s.changes.filter((c) => c.material)),
    findings: compareFindings(before.review.findings, after.review.findings),
    readiness,
    version: { before: versionOf(before.doc), after: versionOf(after.doc) },
  };
}

function sectionOf(path: Path): { section: string; depth: number } {
  for (const depth of [2, 1]) {
    const label = path.length >= depth ? sectionLabel(path.slice(0, depth)) : undefined;
    if (label) return { section: label, depth };
  }
  return { section: path.length ? titleAt(path.slice(0, 1)) : 'Document', depth: Math.min(1, path.length) };
}

function fieldLabel(path: Path, depth: number): string {
  const parts = path.slice(depth).map((seg, i) => (typeof seg === 'number' ? `row ${seg + 1}` : titleAt(path.slice(0, depth + i + 1))));
  return parts.length ? parts.join(' › ') : titleAt(path);
}

function versionOf(doc: SowDocument): string | undefined {
  const header = (doc.value as { header?: { document_version?: unknown } } | undefined)?.header;
  const v = header?.document_version;
  return v === undefined || v === null ? undefined : String(v);
}

// The reviewer corpus: complete SOWs written independently of the rules, each with the problems
// its author planted (`<name>.planted.yaml`, the author's own words) and the findings the engine
// must report (`<name>.expect.yaml`). Scoring runs the built CLI as CI does and compares.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Log } from 'sarif';
import { parse } from 'yaml';

export const CORPUS = __dirname;
const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist/cli.js');

export interface Planted {
  line: number;
  class: string;
  severity: string;
  problem: string;
}

export interface Expected {
  rule: string;
  line: number;
  severity: string;
  /** 1-based index of the planted problem this finding addresses. */
  catches?: number;
}

export interface CorpusDocument {
  name: string;
  clean: boolean;
  planted: Planted[];
  expected: Expected[];
  /** Planted problems (1-based) the engine does not catch yet, with the reason. */
  knownMisses: Array<{ planted: number; why: string }>;
}

export interface Actual {
  rule: string;
  line: number;
  severity: string;
}

export function loadCorpus(): CorpusDocument[] {
  return fs
    .readdirSync(CORPUS)
    .filter((f) => f.endsWith('.sow.yaml'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.sow\.yaml$/, '');
      const planted = parse(fs.readFileSync(path.join(CORPUS, `${name}.planted.yaml`), 'utf8'));
      const expect = parse(fs.readFileSync(path.join(CORPUS, `${name}.expect.yaml`), 'utf8'));
      return {
        name,
        clean: planted.clean === true,
        planted: planted.planted ?? [],
        expected: expect.findings ?? [],
        knownMisses: expect.known_misses ?? [],
      };
    });
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', note: 'info', none: 'hint' };

/** Every finding the built CLI reports per corpus document, read from its SARIF output. */
export function lintCorpus(): Map<string, Actual[]> {
  const r = spawnSync('node', [CLI, 'lint', CORPUS, '--format', 'sarif'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`sow lint exited ${r.status}: ${r.stderr}`);
  const log = JSON.parse(r.stdout) as Log;
  const byDoc = new Map<string, Actual[]>();
  for (const result of log.runs[0].results ?? []) {
    const location = result.locations?.[0]?.physicalLocation;
    const name = path.basename(location?.artifactLocation?.uri ?? '').replace(/\.sow\.yaml$/, '');
    const list = byDoc.get(name) ?? [];
    list.push({ rule: result.ruleId ?? '', line: location?.region?.startLine ?? 0, severity: SARIF_LEVEL[result.level ?? 'warning'] });
    byDoc.set(name, list);
  }
  return byDoc;
}

export const key = (f: { rule: string; line: number }) => `${f.rule}@${f.line}`;

export interface ClassScore {
  planted: number;
  caught: number;
}

/** Recall per class of planted problem: caught when an expected finding names it. */
export function recallByClass(docs: CorpusDocument[]): Map<string, ClassScore> {
  const scores = new Map<string, ClassScore>();
  for (const doc of docs) {
    doc.planted.forEach((p, i) => {
      const s = scores.get(p.class) ?? { planted: 0, caught: 0 };
      s.planted++;
      if (doc.expected.some((e) => e.catches === i + 1)) s.caught++;
      scores.set(p.class, s);
    });
  }
  return new Map([...scores].sort(([a], [b]) => (a < b ? -1 : 1)));
}

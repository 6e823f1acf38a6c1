// Reads and reviews one SOW document for a command: regular files only (a FIFO or a device
// would block), the nearest .sowrc.yaml unless --config names one.
import * as fs from 'fs';
import * as path from 'path';
import { reviewDocument, ReviewResult, SowConfig, SowDocument } from '../engine';
import { readBaseline } from '../baseline';
import { notRegular } from './files';
import { printable } from './formats/escape';
import { fileUri, loadConfig, nearestConfig } from './lint';

export interface LoadedSow {
  /** Absolute path. */
  file: string;
  doc: SowDocument;
  review: ReviewResult;
  config: SowConfig;
  /** The approved version the review compared with (PWAF-DOC-008), when one was set and read. */
  baseline?: SowDocument;
  /** Why the baseline set for this document could not be read (the review ran without it). */
  baselineProblem?: string;
}

/** As printed: relative to the current folder when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
}

export function configFor(file: string, explicit: string | undefined): SowConfig | Error {
  return explicit ? loadConfig(path.resolve(explicit)) : nearestConfig(path.dirname(file));
}

/**
 * `text` is given when the content does not come from the file (a git revision). `baseline` is
 * `--baseline` (a file or git:<ref>), else the config's; false for a version that is itself the
 * old side of a comparison.
 */
export function loadSow(file: string, configFile: string | undefined, text?: string, baseline?: string | false): LoadedSow | Error {
  if (text === undefined) {
    const problem = notRegular(file);
    if (problem) return new Error(`${displayPath(file)}: ${problem}`);
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      return new Error(`${displayPath(file)}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  const config = configFor(file, configFile);
  if (config instanceof Error) return config;
  const doc = new SowDocument(fileUri(file), 1, text, config.maxDocumentSize);
  const spec = baseline === false ? undefined : (baseline ?? config.baseline);
  const base = spec === undefined ? undefined : readBaseline(file, spec);
  if (base instanceof Error) return { file, doc, config, review: reviewDocument(doc, { config }), baselineProblem: base.message };
  const baselineDoc = base === undefined ? undefined : new SowDocument(`${fileUri(file)}#baseline`, 1, base, config.maxDocumentSize);
  return { file, doc, config, review: reviewDocument(doc, { config, baseline: baselineDoc }), ...(baselineDoc ? { baseline: baselineDoc } : {}) };
}

/** What a command prints when the document's baseline could not be read (the review ran without it). */
export function baselineWarning(problem: string): string {
  return `sow: warning: ${printable(problem)}; reviewed without it (PWAF-DOC-008 not assessed)\n`;
}

/** Why a loaded document was not reviewed (it passes nothing), or undefined when it was. */
export function notReviewedReason(loaded: LoadedSow): string | undefined {
  if (!loaded.doc.oversized) return undefined;
  return `${loaded.doc.text.length} characters, over maxDocumentSize ${loaded.config.maxDocumentSize}: no schema or PWAF rule was checked`;
}

// Rule configuration shared by the editor and the CLI (`.sowrc.yaml` plus `sow.*` settings).
// It is data only: nothing in it is executed, so it is safe in untrusted workspaces.
import { parseDocument } from 'yaml';
import { DEFAULT_MAX_DOCUMENT_SIZE, duplicateKeys, PARSE_OPTIONS } from './document';
import { Severity } from './types';

export type RuleSetting = Severity | 'off';

export interface SowConfig {
  /** Per-rule severity override or `off`. */
  rules: Record<string, RuleSetting>;
  /** Documents larger than this many characters get a notice instead of a full review. */
  maxDocumentSize: number;
  /**
   * The approved version each document is compared with (PWAF-DOC-008): `git:<ref>` (the document
   * at that revision of its repository) or a file. Read by the Node surfaces, which resolve a
   * relative path against the config file's folder.
   */
  baseline?: string;
}

/** `baseline: git:<ref>` — the document itself at a git revision. */
export const GIT_BASELINE_PREFIX = 'git:';

export const CONFIG_FILE_NAMES = ['.sowrc.yaml', '.sowrc.yml'];

/**
 * A real config is a few hundred bytes (87 rules, two settings); anything near this is not one.
 * It also bounds the parse: yaml reads 64 KB of keys in about 0.1 s, 20,000 keys in about 1 s.
 */
export const MAX_CONFIG_SIZE = 64 * 1024;

export function defaultConfig(): SowConfig {
  return { rules: {}, maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE };
}

/** What a rule may be set to (schemas/sowrc.schema.json is generated from it). */
export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export class ConfigError extends Error {}

/**
 * Reads a config file's text. Unknown keys, unknown rule ids and bad severities are errors: a
 * typo in a config must not silently re-enable a rule.
 */
export function parseConfig(text: string, isKnownRule: (id: string) => boolean): SowConfig {
  if (text.length > MAX_CONFIG_SIZE) throw new ConfigError(`too large (${text.length} characters; a config has at most ${MAX_CONFIG_SIZE})`);
  // Parsed as documents are: problems collected, not printed (no YAMLWarning on stderr for a
  // tag), and duplicate keys found in one pass rather than yaml's quadratic check.
  const doc = parseDocument(text, PARSE_OPTIONS);
  const problem = doc.errors[0];
  if (problem) throw new ConfigError(`not valid YAML: ${problem.message.split('\n')[0]}`);
  const duplicate = duplicateKeys(doc.contents)[0];
  if (duplicate) throw new ConfigError(`the key "${String(duplicate.value)}" appears twice (line ${lineOf(text, duplicate.range![0])})`);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 10 }) ?? {};
  } catch (err) {
    throw new ConfigError(`not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) throw new ConfigError('the top level must be a mapping');
  return mergeConfig(defaultConfig(), raw as Record<string, unknown>, isKnownRule);
}

/** Applies a raw mapping (file or editor settings) on top of `base`. */
export function mergeConfig(base: SowConfig, raw: Record<string, unknown>, isKnownRule: (id: string) => boolean): SowConfig {
  const result: SowConfig = { rules: { ...base.rules }, maxDocumentSize: base.maxDocumentSize, ...(base.baseline ? { baseline: base.baseline } : {}) };
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'rules') {
      if (value === null || value === undefined) continue;
      if (typeof value !== 'object' || Array.isArray(value)) throw new ConfigError('"rules" must map rule ids to a severity or off');
      for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
        if (!isKnownRule(id)) throw new ConfigError(`unknown rule id "${id}"`);
        if (!RULE_SETTINGS.includes(setting as RuleSetting)) throw new ConfigError(`rule ${id}: "${String(setting)}" is not one of ${RULE_SETTINGS.join(', ')}`);
        result.rules[id] = setting as RuleSetting;
      }
    } else if (key === 'maxDocumentSize') {
      if (typeof value !== 'number' || !(value > 0)) throw new ConfigError('"maxDocumentSize" must be a positive number of characters');
      result.maxDocumentSize = value;
    } else if (key === 'baseline') {
      if (value === null || value === undefined) continue;
      if (typeof value !== 'string' || !value.trim() || value.trim() === GIT_BASELINE_PREFIX) throw new ConfigError('"baseline" must be a file path or git:<ref>');
      result.baseline = value.trim();
    } else {
      throw new ConfigError(`unknown setting "${key}" (expected rules, maxDocumentSize, baseline)`);
    }
  }
  return result;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

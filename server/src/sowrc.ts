// `.sowrc.yaml` on disk, for the language server and the CLI alike: which file applies to a
// document (the nearest one in its folder or above), read safely, parsed by the engine, cached
// per folder until a config file changes. One module, so the editor and CI agree.
import * as fs from 'fs';
import * as path from 'path';
import { resolveBaselinePath } from './baseline';
import { CONFIG_FILE_NAMES, ConfigError, defaultConfig, MAX_CONFIG_SIZE, parseConfig, SowConfig } from './engine/config';

/**
 * The text of a config file, or a ConfigError saying why not. Only a regular file under the size
 * limit is read: a FIFO would block for ever, `/dev/zero` (or a symlink to it) never ends, and a
 * huge file is no config. The file is opened without blocking and checked through its own
 * handle, so what is checked is what is read.
 */
export function readConfigText(file: string): string {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new ConfigError(`cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new ConfigError(`not a regular file (${kindOf(stat)}); a config must be a plain YAML file`);
    if (stat.size > MAX_CONFIG_SIZE) throw new ConfigError(`too large (${stat.size} bytes; a config has at most ${MAX_CONFIG_SIZE})`);
    // Read at most one byte past the limit, in case the file grew since fstat.
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_CONFIG_SIZE) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_CONFIG_SIZE) throw new ConfigError(`too large (over ${MAX_CONFIG_SIZE} bytes)`);
    return buffer.toString('utf8', 0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/** A config file's text as readConfigText reads it, or undefined when there is no such entry. */
export function readConfigFileIfAny(file: string): string | undefined {
  return exists(file) ? readConfigText(file) : undefined;
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

/** A config, or what is wrong with the file that should have given it. */
export type LoadedConfig = SowConfig | ConfigProblem;

export class ConfigProblem extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** The config file `file` as the engine reads it. */
export function loadConfigFile(file: string, isKnownRule: (id: string) => boolean): LoadedConfig {
  try {
    const config = parseConfig(readConfigText(file), isKnownRule);
    if (config.baseline) config.baseline = resolveBaselinePath(config.baseline, path.dirname(file));
    return config;
  } catch (err) {
    return new ConfigProblem(file, err instanceof ConfigError ? err.message : `cannot read (${(err as Error).message})`);
  }
}

/**
 * Which config applies in a folder: the nearest `.sowrc.yaml` (or `.sowrc.yml`) in it or above
 * it, else the defaults. Cached per folder; `clear()` when any config file changes.
 */
export class ConfigLookup {
  private readonly byDir = new Map<string, LoadedConfig>();

  constructor(private readonly isKnownRule: (id: string) => boolean) {}

  /** The config for a document at `file`. */
  forFile(file: string): LoadedConfig {
    return this.forDir(path.dirname(path.resolve(file)));
  }

  forDir(dir: string): LoadedConfig {
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const file = CONFIG_FILE_NAMES.map((n) => path.join(dir, n)).find((f) => exists(f));
    const parent = path.dirname(dir);
    const config = file ? loadConfigFile(file, this.isKnownRule) : parent === dir ? defaultConfig() : this.forDir(parent);
    this.byDir.set(dir, config);
    return config;
  }

  clear(): void {
    this.byDir.clear();
  }
}

/** Present as any kind of entry (lstat: a dangling or hostile symlink is still "the config"). */
function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

// The approved version each open document is reviewed against (PWAF-DOC-008), in the language
// server: the one chosen in "SOW: Compare with…" (remembered for that document while the server
// runs) wins over the `.sowrc.yaml` `baseline:`, which only a host that reads files and git
// (the desktop server) can load. A baseline that cannot be read is said once and left out: the
// review never fails for it.
import { GIT_BASELINE_PREFIX, SowConfig } from './engine/config';
import { SowDocument } from './engine/document';

export interface BaselineHost {
  /** The text of `spec` (git:<ref> or a file URI) for the document `uri`, or why not; absent on the web. */
  readBaseline?(uri: string, spec: string): string | Error;
  /** Shows a problem once. */
  warn(message: string): void;
}

export class Baselines {
  private readonly chosen = new Map<string, SowDocument>();
  private readonly fromConfig = new Map<string, { spec: string; doc?: SowDocument }>();

  constructor(private readonly host: BaselineHost) {}

  /** The baseline of a document, if it has one. */
  of(uri: string): SowDocument | undefined {
    return this.chosen.get(uri) ?? this.fromConfig.get(uri)?.doc;
  }

  /** Remembers the version chosen in SOW: Compare with… for the document. */
  choose(uri: string, text: string, maxDocumentSize: number): void {
    this.chosen.set(uri, new SowDocument(`${uri}#baseline`, 0, text, maxDocumentSize));
  }

  /** Loads the config's baseline for the document; true when what the review compares with changed. */
  applyConfig(uri: string, config: SowConfig): boolean {
    const spec = config.baseline;
    const known = this.fromConfig.get(uri);
    if (known?.spec === spec) return false;
    if (!spec) return this.fromConfig.delete(uri);
    let doc: SowDocument | undefined;
    const text = this.host.readBaseline ? this.host.readBaseline(uri, spec) : new Error(`baseline ${spec}: read by the desktop editor and the CLI only; here choose one with SOW: Compare with…`);
    if (text instanceof Error) this.host.warn(`${text.message}; PWAF-DOC-008 not assessed`);
    else doc = new SowDocument(`${uri}#baseline`, 0, text, config.maxDocumentSize);
    this.fromConfig.set(uri, { spec, doc });
    return true;
  }

  /** Config changed: read the config baselines again (the chosen ones stay). */
  clearConfig(): void {
    this.fromConfig.clear();
  }
}

/** A config file's relative `baseline:` resolved against the config file's URI. */
export function baselineFromConfigFile(baseline: string, configUri: string): string {
  if (baseline.startsWith(GIT_BASELINE_PREFIX)) return baseline;
  try {
    return new URL(baseline, configUri).href;
  } catch {
    return baseline;
  }
}

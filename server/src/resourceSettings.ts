// The resource-scoped `sow.*` settings (`sow.rules`, `sow.maxDocumentSize`) for each document, as
// the client resolves them for that resource (`workspace/configuration` with `scopeUri`: a
// folder's own `.vscode/settings.json` in a multi-root workspace). Asked once per document and
// kept until the settings change.
import type { Connection } from 'vscode-languageserver';

/** The raw values; mergeConfig checks them (a wrong one is reported once by the server). */
export interface SowSettings {
  rules: unknown;
  maxDocumentSize?: unknown;
}

export const NO_SETTINGS: SowSettings = { rules: {} };

export class ResourceSettings {
  private byDocument = new Map<string, Promise<SowSettings>>();
  /** Equal settings share one object, so that configs merged per settings object are shared too. */
  private interned = new Map<string, SowSettings>();

  /** `enabled`: the client answers `workspace/configuration`; otherwise every document has none. */
  constructor(
    private readonly connection: Connection,
    private readonly enabled: () => boolean,
  ) {}

  for(uri: string): Promise<SowSettings> {
    if (!this.enabled()) return Promise.resolve(NO_SETTINGS);
    let found = this.byDocument.get(uri);
    if (!found) {
      found = this.ask(uri);
      this.byDocument.set(uri, found);
    }
    return found;
  }

  forget(uri: string): void {
    this.byDocument.delete(uri);
  }

  /** Settings changed: ask again. */
  clear(): void {
    this.byDocument = new Map();
    this.interned = new Map();
  }

  private async ask(uri: string): Promise<SowSettings> {
    let current: { rules?: unknown; maxDocumentSize?: unknown } | null;
    try {
      current = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'sow' });
    } catch (err) {
      this.connection.console.warn(`Reading the sow settings for ${uri} failed: ${(err as Error).message}`);
      current = null;
    }
    const settings: SowSettings = { rules: current?.rules ?? {}, ...(current?.maxDocumentSize ? { maxDocumentSize: current.maxDocumentSize } : {}) };
    const key = JSON.stringify(settings);
    const shared = this.interned.get(key) ?? settings;
    this.interned.set(key, shared);
    return shared;
  }
}

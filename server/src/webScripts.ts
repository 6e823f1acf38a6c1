// The web worker server's large modules that are not needed at startup (the schema validator, the
// render code, the Word export) are files of their own in dist/web/, loaded at first use with
// importScripts, which is synchronous in a worker: the same lazy loading as the Node server's
// require() of dist/validator.js, dist/render.js and dist/docx.js. scripts/build.mjs routes
// those imports here.

/** A classic worker's loader (not in the DOM typings). */
declare function importScripts(...urls: string[]): void;

/** What each script in dist/web/ assigns on the worker's global object (esbuild `globalName`). */
export const WEB_SCRIPTS_GLOBAL = 'sowWebScripts';
export type WebScript = 'validator' | 'render' | 'docx';
export type WebScriptUrls = Partial<Record<WebScript, string>>;

let scriptUrls: WebScriptUrls = {};

/**
 * Where the scripts are. The VS Code client passes blob: URLs at `initialize` (the extension's
 * own URL may be one a worker cannot load, such as vscode-remote:); without them, the scripts
 * are the worker's siblings.
 */
export function setWebScriptUrls(urls: WebScriptUrls | undefined): void {
  scriptUrls = urls ?? {};
}

export function loadWebScript(name: WebScript): unknown {
  const loaded = () => (globalThis as unknown as Record<string, Partial<Record<WebScript, unknown>> | undefined>)[WEB_SCRIPTS_GLOBAL]?.[name];
  if (!loaded()) importScripts(scriptUrls[name] ?? new URL(`${name}.js`, globalThis.location.href).href);
  const module = loaded();
  if (!module) throw new Error(`dist/web/${name}.js did not load`);
  return module;
}

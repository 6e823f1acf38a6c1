// The full HTML page around a rendered SOW, shared by the preview webview, "Export as HTML" and
// `sow render --format html`. Scripts run only by nonce (a fresh one per render); styles may be
// inline because Mermaid writes <style> into its SVGs. No data ever goes into an inline script:
// the diagrams travel as escaped text inside the body.
import { escapeHtml } from './escape';
import { RenderedSow } from './html';

export type PageTheme = 'light' | 'dark' | 'high-contrast' | 'auto';

export interface PageOptions {
  /** The webview's `cspSource`; absent for a standalone file. */
  cspSource?: string;
  nonce: string;
  /** The bundled webview script (dist/preview.js) as a URL, or its text in `inlineScript`. */
  scriptUri?: string;
  inlineScript?: string;
  /** media/preview.css as a URL, or its text in `inlineStyle`. */
  styleUri?: string;
  inlineStyle?: string;
  /** `auto` leaves the body classes to VS Code; the others set them (export, tests). */
  theme: PageTheme;
  /** In the editor: the document shown and whether the preview is locked (kept for a reload). */
  documentState?: { uri: string; locked: boolean };
}

/** Web Crypto (global in Node 20 and browsers), so the web extension host can render too. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, '');
}

export function contentSecurityPolicy(nonce: string, cspSource?: string): string {
  const src = cspSource ? `${cspSource} ` : '';
  return `default-src 'none'; img-src ${src}data:; style-src ${src}'unsafe-inline'; script-src 'nonce-${nonce}'; font-src ${cspSource ?? "'none'"}; base-uri 'none'; form-action 'none';`;
}

const THEME_CLASSES: Record<PageTheme, string> = {
  light: 'vscode-light',
  dark: 'vscode-dark',
  'high-contrast': 'vscode-high-contrast',
  auto: '',
};

export function renderPage(rendered: Pick<RenderedSow, 'title' | 'bodyHtml'>, options: PageOptions): string {
  const nonce = escapeHtml(options.nonce);
  const standalone = options.cspSource === undefined;
  const bodyClass = [THEME_CLASSES[options.theme], standalone ? 'sow-standalone' : ''].filter(Boolean).join(' ');
  const style = options.styleUri
    ? `<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">`
    : options.inlineStyle !== undefined
      ? `<style>${options.inlineStyle.replace(/<\/style/gi, '<\\/style')}</style>`
      : '';
  const script = options.scriptUri
    ? `<script nonce="${nonce}" src="${escapeHtml(options.scriptUri)}"></script>`
    : options.inlineScript !== undefined
      ? `<script nonce="${nonce}">${inlineScriptText(options.inlineScript)}</script>`
      : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options.nonce, options.cspSource))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(rendered.title)}</title>`,
    style,
    '</head>',
    `<body${bodyClass ? ` class="${bodyClass}"` : ''}>`,
    `<main id="sow-body" class="sow-document"${documentAttributes(options.documentState)}>\n${rendered.bodyHtml}\n</main>`,
    script,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function documentAttributes(state: PageOptions['documentState']): string {
  return state ? ` data-uri="${escapeHtml(state.uri)}" data-locked="${state.locked}"` : '';
}

/** A standalone, print-friendly file: light theme, script and CSS inline, nothing fetched. */
export function renderStandalonePage(rendered: Pick<RenderedSow, 'title' | 'bodyHtml'>, assets: { script: string; css: string }): string {
  return renderPage(rendered, { nonce: newNonce(), inlineScript: assets.script, inlineStyle: assets.css, theme: 'light' });
}

/**
 * A script's text made safe inside <script>…</script>: `</script` would end the element and
 * `<!--` would switch the HTML parser into its escaped-script state. Both only occur inside JS
 * strings, regexes or comments, where `<\/` and `\x3C!--` mean the same thing.
 */
function inlineScriptText(script: string): string {
  return script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}

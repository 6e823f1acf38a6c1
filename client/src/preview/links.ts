// Which links from the preview the editor may open: absolute http(s) and mailto URLs, nothing
// else (no command:, file:, javascript:, vscode: or relative links).
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function safeExternalUrl(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

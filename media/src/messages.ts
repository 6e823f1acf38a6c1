// The message contract between the preview panel (extension host) and its webview script.

export type ToWebview =
  /** New content for the same page: patched in place, so the scroll position stays. */
  | { type: 'update'; bodyHtml: string }
  /** The editor scrolled: show the element of this (0-based) source line at the top. */
  | { type: 'scrollTo'; line: number };

export type FromWebview =
  /** A click on a block or a finding badge: reveal that source position in the editor. */
  | { type: 'revealLine'; line: number; character: number }
  /** A click on a link: the extension validates it and opens http(s)/mailto only. */
  | { type: 'openLink'; href: string };

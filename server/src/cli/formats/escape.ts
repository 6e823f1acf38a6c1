// Text the CLI prints comes from file names and documents: a newline or another control
// character in it could start a line of its own (a forged finding, or a `::error` workflow
// command that GitHub Actions would execute). Every text format passes it through here.

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One printable line: control characters (C0, DEL, C1, line/paragraph separators) as escapes. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A GitHub workflow command's message (`::error ...::<data>`): line breaks escaped as the runner
 * decodes them, other control characters made visible.
 */
export function workflowData(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A workflow command property value (`file=...,title=...`). */
export function workflowProperty(text: string): string {
  return workflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML content or a quoted attribute; control characters XML 1.0 forbids are escaped first. */
export function xmlText(text: string): string {
  return printable(text).replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch]);
}

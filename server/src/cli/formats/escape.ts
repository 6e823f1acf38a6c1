// Escaping for the CLI's line formats: every text that comes from a file name or a document
// goes through printable() (engine/text/printable.ts) or the format's own escaping here.
import { printable } from '../../engine/text/printable';

export { printable };

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

// Reading a template line: a `Label:` with its answer, and the answer written after an option.
import { isPlaceholder } from './values';

/** Template notes after an option that are not answers ("— RECOMMENDED", "(if applicable)"). */
const ANNOTATION = /_?\(?\s*(?:⚠️\s*)?(?:not\s+)?recommended\s*\)?_?|\(if applicable\)|⚠️/gi;

/** `**Label:** answer`, `Label: answer`, `A question? [answer]`. */
export function parseLabel(text: string): { label: string; value: string; bold: boolean } | undefined {
  let m = /^\*\*(.+?)\*\*\s*(.*)$/.exec(text);
  if (m) {
    const inner = m[1].trim();
    if (inner.endsWith(':')) return { label: inner.slice(0, -1), value: m[2], bold: true };
    if (m[2].startsWith(':')) return { label: inner, value: m[2].slice(1).trim(), bold: true };
    if (!m[2]) return { label: inner, value: '', bold: true };
    return undefined;
  }
  m = /^([^:?[\]*]{2,80}?)\s*:\s*(.*)$/.exec(text);
  if (m && !/^https?$/i.test(m[1])) return { label: m[1], value: m[2], bold: false };
  m = /^([^?[\]]{5,160}\?)\s*(.*)$/.exec(text);
  if (m) return { label: m[1], value: m[2], bold: false };
  return undefined;
}

/** The answer written after an option: no separators, template notes or "for"/"SLA:" lead-ins. */
export function cleanDetail(rest: string): string {
  let t = rest.replace(ANNOTATION, ' ').trim();
  t = t.replace(/^[\s:—–-]+/, '').replace(/^for\s+/i, '');
  t = t.replace(/^\(([^)]*)\)\s*:\s*(?=\S)/, '').replace(/^\((.*)\)\??$/, '$1');
  t = t.replace(/^[A-Za-z][A-Za-z ]{0,20}:\s*/, '');
  return isPlaceholder(t) ? '' : t.trim();
}

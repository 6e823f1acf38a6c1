// Text from file names and documents placed in line-based output: a newline or another control
// character could start a line of its own (a forged finding, or a `::error` workflow command
// that GitHub Actions would execute). Every text report passes such text through here.

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One printable line: control characters (C0, DEL, C1, line/paragraph separators) as escapes. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

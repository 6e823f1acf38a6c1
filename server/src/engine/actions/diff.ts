// Text diff → minimal edits: a Myers line diff, then each changed hunk trimmed to the characters
// that differ. "Fix all" and multi-step fixes end as one small edit per changed region against
// the original text, however many rounds produced the final text.
import type { OffsetEdit } from './edits';

/** Above this many differing lines, fall back to one edit spanning the changed middle. */
const MAX_DIFF = 4000;

export function diffEdits(before: string, after: string): OffsetEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  const hunks = lineHunks(a.lines, b.lines);
  if (!hunks) return [trimmed(before, after, 0, before.length, 0, after.length)];
  return hunks.map(([a0, a1, b0, b1]) => trimmed(before, after, a.starts[a0], a.starts[a1], b.starts[b0], b.starts[b1]));
}

/** Lines with their line breaks (\r\n, \r or \n), and the offset where each starts (plus one past the end). */
function splitLines(text: string): { lines: string[]; starts: number[] } {
  const lines = text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
  const starts = [0];
  for (const l of lines) starts.push(starts[starts.length - 1] + l.length);
  return { lines, starts };
}

/** The replaced region with its common prefix and suffix cut off. */
function trimmed(before: string, after: string, s0: number, e0: number, s1: number, e1: number): OffsetEdit {
  while (s0 < e0 && s1 < e1 && before[s0] === after[s1]) {
    s0++;
    s1++;
  }
  while (e0 > s0 && e1 > s1 && before[e0 - 1] === after[e1 - 1]) {
    e0--;
    e1--;
  }
  return { start: s0, end: e0, text: after.slice(s1, e1) };
}

/** Changed line ranges [aStart, aEnd, bStart, bEnd), or undefined when the diff is too large. */
function lineHunks(a: string[], b: string[]): Array<[number, number, number, number]> | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_DIFF);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) return undefined;
  // Walk the trace back into a list of matched (equal) line pairs.
  const equal: Array<[number, number]> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      equal.push([--x, --y]);
    }
    if (d > 0) {
      x = prevX;
      y = prevY;
    }
  }
  equal.reverse();
  const hunks: Array<[number, number, number, number]> = [];
  let ai = 0;
  let bi = 0;
  for (const [ea, eb] of [...equal, [n, m] as [number, number]]) {
    if (ea > ai || eb > bi) hunks.push([ai, ea, bi, eb]);
    ai = ea + 1;
    bi = eb + 1;
  }
  return hunks;
}

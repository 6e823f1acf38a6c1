// Which findings two versions of a document share. Lines move between versions, so a finding
// is identified by its code, the YAML path it is about and its message, not by its position.
import { Finding } from '../types';

export interface FindingChanges {
  introduced: Finding[];
  resolved: Finding[];
  /** Present in both versions (as they are in the new one). */
  open: Finding[];
}

function identity(f: Finding): string {
  return `${f.code}\u0000${JSON.stringify(f.data?.path ?? null)}\u0000${f.message}`;
}

export function compareFindings(before: readonly Finding[], after: readonly Finding[]): FindingChanges {
  // Counted, so two identical findings before and one after leave one resolved.
  const remaining = new Map<string, number>();
  for (const f of before) remaining.set(identity(f), (remaining.get(identity(f)) ?? 0) + 1);
  const introduced: Finding[] = [];
  const open: Finding[] = [];
  for (const f of after) {
    const n = remaining.get(identity(f)) ?? 0;
    if (n > 0) {
      remaining.set(identity(f), n - 1);
      open.push(f);
    } else introduced.push(f);
  }
  const resolved: Finding[] = [];
  for (const f of before) {
    const n = remaining.get(identity(f)) ?? 0;
    if (n > 0) {
      remaining.set(identity(f), n - 1);
      resolved.push(f);
    }
  }
  return { introduced, resolved, open };
}

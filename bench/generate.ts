// Grows the well-architected example into large SOWs for the benchmark by repeating its table
// rows (data sources, connectors, risks, …) until the document reaches a target line count.
// Usage: npx tsx bench/generate.ts <lines> > out.sow.yaml
import * as fs from 'fs';
import * as path from 'path';
import { isMap, isSeq, parseDocument, YAMLSeq } from 'yaml';

/** Every sequence of mappings in the document: the tables that can grow. */
function tables(node: unknown, out: YAMLSeq[] = []): YAMLSeq[] {
  if (isMap(node)) for (const pair of node.items) tables(pair.value, out);
  else if (isSeq(node)) {
    if (node.items.length > 0 && node.items.every((i) => isMap(i))) out.push(node);
    for (const item of node.items) tables(item, out);
  }
  return out;
}

export function generateSow(baseText: string, targetLines: number): string {
  const doc = parseDocument(baseText);
  const growable = tables(doc.contents);
  if (growable.length === 0) throw new Error('the base document has no table to grow');
  let text = doc.toString();
  for (let round = 1; text.split('\n').length < targetLines; round++) {
    for (const seq of growable) {
      const template = seq.items[round % seq.items.length];
      const copy = doc.createNode((template as { toJSON(): unknown }).toJSON());
      // Vary the text so the document is not one repeated block.
      for (const pair of (copy as { items: Array<{ value: { value?: unknown } }> }).items) {
        if (typeof pair.value?.value === 'string' && !/^[a-z0-9-]+$/.test(pair.value.value)) pair.value.value = `${pair.value.value} (${round})`;
      }
      seq.items.push(copy);
    }
    text = doc.toString();
  }
  return text;
}

if (require.main === module) {
  const lines = Number(process.argv[2] ?? 5000);
  const base = fs.readFileSync(path.resolve(__dirname, '../examples/well-architected.sow.yaml'), 'utf8');
  process.stdout.write(generateSow(base, lines));
}

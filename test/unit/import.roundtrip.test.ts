// Round trip over every example and every document of the reviewer corpus: Markdown export →
// import and Word export → import give back the same values (comments aside). Compared after a
// normalisation that only removes what the format itself treats as equal: empty values, whitespace
// inside text (Word has no line breaks inside a paragraph), the order of checkbox lists (sets), and
// template placeholders, which the importer turns into empty answers by design.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { renderSowMarkdown, reviewDocument, SowDocument } from '../../server/src/engine';
import { importSow } from '../../server/src/engine/import';
import { fieldAt } from '../../server/src/engine/import/fields';
import { isPlaceholder } from '../../server/src/engine/import/values';
import { renderSowDocx } from '../../server/src/engine/render/docx';
import { ROOT } from '../support/rules';

const FILES = ['examples', 'test/corpus'].flatMap((dir) =>
  fs
    .readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.sow.yaml'))
    .map((f) => path.join(dir, f)),
);

function normalise(value: unknown, keyPath: string[] = []): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' || isPlaceholder(value) ? undefined : value.replace(/\s+/g, ' ').trim();
  if (Array.isArray(value)) {
    const items = value.map((v) => normalise(v, [...keyPath, '[]'])).filter((v) => v !== undefined);
    if (fieldAt(keyPath)?.kind === 'multi') items.sort();
    return items.length ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, normalise(v, [...keyPath, k])] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

function noSchemaFindings(yaml: string): void {
  const doc = new SowDocument('file:///roundtrip.sow.yaml', 1, yaml);
  const bad = reviewDocument(doc).findings.filter((f) => /^(yaml|schema)\//.test(f.code));
  assert.deepStrictEqual(bad.map((f) => `${f.code} ${f.message}`), []);
}

describe('import: round trip over the examples and the reviewer corpus', function () {
  this.timeout(60_000);
  assert.ok(FILES.length >= 3, `found only ${FILES.length} documents`);

  for (const file of FILES) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const original = normalise(parse(text));

    it(`${file}: Markdown export → import gives back the same values`, async () => {
      const doc = new SowDocument(`file:///${file}`, 1, text);
      const markdown = renderSowMarkdown(doc, reviewDocument(doc));
      const result = await importSow('export.md', new TextEncoder().encode(markdown));
      assert.deepStrictEqual(normalise(parse(result.yaml)), original);
      assert.deepStrictEqual(result.report.ambiguous, []);
      noSchemaFindings(result.yaml);
    });

    it(`${file}: Word export → import gives back the same values`, async () => {
      const doc = new SowDocument(`file:///${file}`, 1, text);
      const bytes = await renderSowDocx(doc, reviewDocument(doc), { withReview: true });
      const result = await importSow('export.docx', bytes);
      assert.deepStrictEqual(normalise(parse(result.yaml)), original);
      assert.deepStrictEqual(result.report.ambiguous, []);
      noSchemaFindings(result.yaml);
    });
  }
});

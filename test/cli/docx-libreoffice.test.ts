// The Word export opened by a second, independent office suite: `sow render --format docx` as a
// process, the file converted to PDF by headless LibreOffice (Debian's libreoffice-writer-nogui)
// and read back with poppler (pdftotext, pdfimages). Plus the checks of the package's XML that
// Word is strict about and LibreOffice forgives.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import { scratch, sow } from './support';

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 180_000 });
  if (r.error) throw new Error(`${cmd} is needed (apt-get install libreoffice-writer-nogui poppler-utils): ${r.error.message}`);
  assert.strictEqual(r.status, 0, `${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

describe('Word export read by LibreOffice', function () {
  this.timeout(240_000);
  let tmp: string;
  let pdfText: string;
  let docx: Buffer;
  before(() => {
    tmp = scratch('docx-lo');
    const file = path.join(tmp, 'wa.docx');
    const r = sow(['render', 'examples/well-architected.sow.yaml', '--format', 'docx', '--with-review', '-o', file]);
    assert.strictEqual(r.code, 0, r.err);
    docx = fs.readFileSync(file);
    // A profile of its own, so a LibreOffice running elsewhere on the machine does not swallow the call.
    run('soffice', [`-env:UserInstallation=file://${path.join(tmp, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, file], tmp);
    pdfText = run('pdftotext', ['-layout', 'wa.pdf', '-'], tmp);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('lays out pages with the template headings in order', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', ['wa.pdf'], tmp))?.[1]);
    assert.ok(pages >= 8 && pages <= 40, `${pages} pages`);
    const headings = ['Document Purpose', '1. Business Requirements', '2.1 Selected Deployment Model', '3.1 Reference Architecture Diagram', '3.3 Databricks Product Usage', '12. Appendices', 'Document Approval', 'Version History', 'Review Summary'];
    let at = 0;
    for (const h of headings) {
      const i = pdfText.indexOf(h, at);
      assert.ok(i >= 0, `heading "${h}" after offset ${at}`);
      at = i;
    }
  });

  it('shows option lists with ☒/☐ and the Using / Roadmapped / Not Using status', () => {
    assert.match(pdfText, /☒ Partner Hosted SaaS\n\s*☐ Hybrid\n/);
    assert.match(pdfText, /Unity Catalog\n\s*☒ Using\n\s*☐ Roadmapped\n\s*☐ Not Using/);
  });

  it('places the diagram image in 3.1, and the table rows', () => {
    const images = run('pdfimages', ['-list', 'wa.pdf'], tmp).split('\n').slice(2).filter((l) => l.trim());
    assert.strictEqual(images.length, 1, images.join('\n'));
    const imagePage = Number(images[0].trim().split(/\s+/)[0]);
    const pageOf = (text: string) => pdfText.slice(0, pdfText.indexOf(text)).split('\f').length;
    assert.strictEqual(imagePage, pageOf('3.1 Reference Architecture Diagram'), 'the image on the page of 3.1');
    // Header cells side by side (a cell may wrap its last words onto the next line, not break one).
    assert.match(pdfText, /Source type +Description +Volume +Frequency +Ingestion/);
  });

  it('writes the XML Word requires: a paragraph in every cell, unique drawing ids, resolvable references, outline levels on headings', async () => {
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    const cells = xml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    assert.ok(cells.length > 50);
    assert.deepStrictEqual(cells.filter((c) => !c.includes('<w:p>') && !c.includes('<w:p ')), []);
    const ids = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    assert.ok(ids.length >= 1);
    assert.strictEqual(new Set(ids).size, ids.length, `docPr ids ${ids}`);
    // Every reference resolves: list numbering to numbering.xml, images to the package's relationships.
    const numbering = await zip.file('word/numbering.xml')!.async('string');
    for (const id of new Set([...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]))) assert.match(numbering, new RegExp(`<w:num w:numId="${id}"`), `numId ${id}`);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    for (const m of xml.matchAll(/r:embed="([^"]+)"/g)) assert.match(rels, new RegExp(`Id="${m[1]}"[^>]*Target="media/[^"]+\.png"`), `relationship ${m[1]}`);
    assert.match(await zip.file('[Content_Types].xml')!.async('string'), /Extension="png"/);
    const styles = await zip.file('word/styles.xml')!.async('string');
    for (let level = 1; level <= 3; level++) {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      assert.match(style, new RegExp(`<w:outlineLvl w:val="${level - 1}"/>`), `Heading${level} has an outline level`);
      assert.match(style, /<w:keepNext\/>/);
    }
  });
});

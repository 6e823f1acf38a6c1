// Where the language server looks for `.sowrc.yaml` (any host, over URIs): the document's folder,
// then each folder above it, as the CLI does with paths.
import * as assert from 'assert';
import { parentFolder } from '../../server/src/engine/configLookup';

describe('config lookup: folders above a document', () => {
  it('walks file:, virtual-workspace and path locations up to their root', () => {
    const chain = (start: string) => {
      const out: string[] = [];
      for (let f = parentFolder(start); f; f = parentFolder(f)) out.push(f);
      return out;
    };
    assert.deepStrictEqual(chain('file:///w/a/doc.sow.yaml'), ['file:///w/a', 'file:///w', 'file:///']);
    assert.deepStrictEqual(chain('vscode-vfs://github/o/r/x.sow.yaml'), ['vscode-vfs://github/o/r', 'vscode-vfs://github/o', 'vscode-vfs://github/']);
    assert.deepStrictEqual(chain('/tmp/t/doc.sow.yaml'), ['/tmp/t', '/tmp', '/']);
    assert.deepStrictEqual(chain('file:///w/a/'), ['file:///w', 'file:///']);
  });

  it('has no folder for a document without a path', () => {
    assert.strictEqual(parentFolder('untitled:Untitled-1'), undefined);
    assert.strictEqual(parentFolder('file:///'), undefined);
  });
});

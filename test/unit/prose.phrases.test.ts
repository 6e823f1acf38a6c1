// The phrase index rules share: every registered pattern is matched once per document version, and a
// value's matches are remembered by its text, so a new version finds the same words at their new place.
import * as assert from 'assert';
import { SowDocument } from '../../server/src/engine/document';
import { phraseHits, phrasePattern } from '../../server/src/engine/prose/phrases';
import { textAt } from '../support/rules';

const TOKENS = phrasePattern(/\btokens? (?:are )?stored in (\w+ \w+)/gi);

function doc(text: string, version = 1, previous?: SowDocument): SowDocument {
  return new SowDocument('file:///phrases.sow.yaml', version, text, undefined, { previous });
}

describe('prose: phrase index', () => {
  const text = ['risks:', '  - mitigation: Tokens are stored in environment variables.', '  - mitigation: >', '      Keys and tokens stored in config files', '      of each pod.', ''].join('\n');

  it('finds every match in document order, at the exact words, with the whole value and its groups', () => {
    const hits = phraseHits(doc(text), TOKENS);
    assert.deepStrictEqual(
      hits.map((h) => [h.path.join('.'), textAt(text, h.range), h.exact, h.match[1]]),
      [
        ['risks.0.mitigation', 'Tokens are stored in environment variables', true, 'environment variables'],
        ['risks.1.mitigation', 'tokens stored in config files', true, 'config files'],
      ],
    );
    assert.strictEqual(hits[0].value, 'Tokens are stored in environment variables.');
  });

  it('a new version finds the remembered matches at their new place, and the edited value\'s new ones', () => {
    const first = doc(text);
    phraseHits(first, TOKENS);
    const edited = text.replace('risks:', 'risks:\n  - mitigation: Secrets stay in Key Vault; no tokens stored in plain text.');
    const hits = phraseHits(doc(edited, 2, first), TOKENS);
    assert.deepStrictEqual(
      hits.map((h) => textAt(edited, h.range)),
      ['tokens stored in plain text', 'Tokens are stored in environment variables', 'tokens stored in config files'],
    );
  });

  it('a pattern first asked for after a version was indexed is still found in it', () => {
    const d = doc(text);
    phraseHits(d, TOKENS);
    const late = /\bpod\b/g;
    assert.deepStrictEqual(phraseHits(d, late).map((h) => textAt(text, h.range)), ['pod']);
  });

  it('refuses a pattern that is not global (it would find one match per value)', () => {
    assert.throws(() => phrasePattern(/tokens/), /must be global/);
  });
});

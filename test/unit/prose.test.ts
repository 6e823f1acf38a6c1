// Prose reading on real text: each quantity and mention with its value and the exact words it covers,
// in plain, quoted, folded and literal scalars; escapes fall back to the whole scalar.
import * as assert from 'assert';
import { SowDocument } from '../../server/src/engine/document';
import { mentionsOf, readProse } from '../../server/src/engine/prose/index';
import { example, textAt } from '../support/rules';

function read(text: string) {
  const doc = new SowDocument('file:///p.sow.yaml', 1, text);
  return { reading: readProse(doc), doc };
}

describe('prose reading', () => {
  it('reads quantities with units and points at the words', () => {
    const text = [
      'architecture:',
      '  products:',
      '    zerobus:',
      '      details: >',
      '        Store gateways push about 40k events/s (peak 120,000 events per second)',
      '        into 3 streams; we keep 2.5 TB per month and 15 GB/day of images.',
      '    delta_sharing:',
      '      details: "Shared with 6,000 recipients at $1.2M a year, 99.9% of the time"',
      'appendices:',
      '  assumptions:',
      '    - Queries answer in 500 ms for 250 concurrent users.',
      '',
    ].join('\n');
    const { reading } = read(text);
    const got = reading.quantities.map((q) => [q.dimension, q.value, q.unit, q.per ?? '', textAt(text, q.range), q.exact]);
    assert.deepStrictEqual(got, [
      ['rate', 40_000, 'event', 'second', '40k events/s', true],
      ['rate', 120_000, 'event', 'second', '120,000 events per second', true],
      ['count', 3, 'stream', '', '3 streams', true],
      ['data-rate', 2500, 'GB', 'month', '2.5 TB per month', true],
      ['data-rate', 15, 'GB', 'day', '15 GB/day', true],
      ['count', 6000, 'recipient', '', '6,000 recipients', true],
      ['money', 1_200_000, 'USD', '', '$1.2M', true],
      ['percent', 99.9, '%', '', '99.9%', true],
      ['duration', 0.5, 'seconds', '', '500 ms', true],
      ['count', 250, 'user', '', '250 concurrent users', true],
    ]);
  });

  it('reads products, services, clouds, regions, government clouds and claims', () => {
    const text = [
      'architecture:',
      '  products:',
      '    agent_bricks:',
      '      details: |',
      '        Summaries call Azure OpenAI in eastus2; embeddings stay in Vector Search.',
      '        Tokens never expire. Delivery is exactly-once via Zerobus.',
      'deployment:',
      '  cloud:',
      '    gov_sovereign_for: Agencies in AWS GovCloud (us-gov-west-1)',
      '',
    ].join('\n');
    const { reading } = read(text);
    const got = reading.mentions.map((m) => [m.kind, m.id, textAt(text, m.range)]);
    for (const expected of [
      ['service', 'openai', 'Azure OpenAI'],
      ['product', 'vector-search', 'Vector Search'],
      ['product', 'zerobus', 'Zerobus'],
      ['region', 'eastus2', 'eastus2'],
      ['claim', 'non-expiring-credential', 'never expire'],
      ['claim', 'exactly-once', 'exactly-once'],
      ['cloud', 'aws', 'AWS'],
      ['gov-cloud', 'gov-cloud', 'GovCloud'],
      ['gov-cloud', 'us-gov-west-1', 'us-gov-west-1'],
    ]) {
      assert.ok(got.some((g) => JSON.stringify(g) === JSON.stringify(expected)), `missing ${JSON.stringify(expected)} in ${JSON.stringify(got)}`);
    }
    assert.strictEqual(mentionsOf(reading, 'claim', 'exactly-once', 'architecture.products.agent_bricks').length, 1);
    assert.strictEqual(mentionsOf(reading, 'claim', 'exactly-once', 'deployment').length, 0);
  });

  it('an escape the source spells differently falls back to the whole scalar', () => {
    const text = 'appendices:\n  assumptions:\n    - "Up to \\"5,000 recipients\\" in year one"\n';
    const { reading } = read(text);
    const q = reading.quantities.find((x) => x.unit === 'recipient');
    assert.ok(q);
    assert.strictEqual(q.exact, false);
    assert.strictEqual(textAt(text, q.range), '"Up to \\"5,000 recipients\\" in year one"');
  });

  it('reads the well-architected example once per version, and the same text the same way', () => {
    const text = example('well-architected');
    const a = read(text).reading;
    const b = read(text).reading;
    assert.deepStrictEqual(b, a);
    assert.ok(a.quantities.length > 20 && a.mentions.length > 20);
  });
});

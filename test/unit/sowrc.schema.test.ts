// The JSON Schema of `.sowrc.yaml` (issue 15): generated from the rule catalogue, associated with
// the config file names in package.json, and in agreement with the engine's config reader on
// what is a valid config.
import * as assert from 'assert';
import Ajv from 'ajv';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { renderSowrcSchema, SOWRC_SCHEMA, sowrcSchema } from '../../scripts/gen-sowrc-schema';
import { CONFIG_FILE_NAMES, parseConfig } from '../../server/src/engine/config';
import { ruleById } from '../../server/src/engine/rules/index';
import { ROOT } from '../support/rules';

const CONFIGS: Array<[string, boolean]> = [
  ['', true],
  ['rules:\n  PWAF-SEC-001: off\n  PWAF-COST-001: hint\nmaxDocumentSize: 500000\n', true],
  ['rules:\n', true],
  ['rules:\n  PWAF-NOPE-999: off\n', false],
  ['rules:\n  PWAF-SEC-001: loud\n', false],
  ['rules: [PWAF-SEC-001]\n', false],
  ['rulez: {}\n', false],
  ['maxDocumentSize: 0\n', false],
  ['maxDocumentSize: "big"\n', false],
];

describe('.sowrc.yaml JSON Schema', () => {
  it('schemas/sowrc.schema.json is up to date (run `npm run docs:rules`)', () => {
    assert.strictEqual(fs.readFileSync(SOWRC_SCHEMA, 'utf8'), renderSowrcSchema());
  });

  it('is associated with both config file names in package.json and shipped in the package', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { yamlValidation: Array<{ fileMatch: string[]; url: string }> } };
    const entry = manifest.contributes.yamlValidation.find((v) => v.url === './schemas/sowrc.schema.json');
    assert.ok(entry);
    assert.deepStrictEqual(entry.fileMatch, CONFIG_FILE_NAMES);
    // package.json's `files` is what both the VSIX and the npm package ship.
    assert.ok((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { files: string[] }).files.includes('schemas/sowrc.schema.json'));
  });

  it('accepts and rejects the same configs as the engine', () => {
    const validate = new Ajv({ strict: false }).compile(sowrcSchema());
    for (const [text, valid] of CONFIGS) {
      let engine = true;
      try {
        parseConfig(text, (id) => ruleById(id) !== undefined);
      } catch {
        engine = false;
      }
      assert.strictEqual(engine, valid, `engine on ${JSON.stringify(text)}`);
      assert.strictEqual(validate(parse(text) ?? {}), valid, `schema on ${JSON.stringify(text)}: ${JSON.stringify(validate.errors)}`);
    }
  });
});

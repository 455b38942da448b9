/** The committed JSON Schemas (docs/schemas/) are what `npm run schemas` generates from the zod schemas. */
import { expect } from '@open-wc/testing';
import { jsonSchemaFiles } from '../../src/cli/json-schemas.js';

describe('JSON Schemas for editor autocomplete', () => {
  for (const [file, text] of Object.entries(jsonSchemaFiles())) {
    it(`${file} is up to date (run npm run schemas if this fails)`, async () => {
      const response = await fetch(`/${file}`);
      expect(response.ok, `${file} is committed`).to.equal(true);
      expect(await response.text()).to.equal(text);
    });
  }

  it('the shipped rubric and metadata files point their editors at the schemas', async () => {
    for (const file of ['stories/rubrics/example.yaml', 'stories/example/scenario.yaml']) {
      const text = await (await fetch(`/${file}`)).text();
      expect(text).to.match(/^# yaml-language-server: \$schema=\.\.\/\.\.\/docs\/schemas\/(rubric|scenario)\.schema\.json/);
    }
  });
});

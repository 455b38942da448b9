/**
 * docs/validation.md's worked example on the command line: `npm run agreement` over the five
 * ratings files the review page made (test/e2e/panel-validation.test.ts) prints the figures and
 * contested items the doc quotes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runAgreement } from '../../src/cli/agreement.js';
import type { PanelAgreement } from '../../src/panel/agreement.js';
import { contestedMarkdown, measureMarkdown } from '../../src/panel/report.js';

const doc = readFileSync('docs/validation.md', 'utf8');
const block = (name: string) => new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(doc)?.[1];

describe('docs/validation.md worked example', () => {
  it('npm run agreement over docs/validation-example/ gives the doc\'s figures and contested items', () => {
    const files = readdirSync('docs/validation-example').filter((f) => f.endsWith('.json')).map((f) => join('docs/validation-example', f));
    assert.equal(files.length, 5);
    let printed = '';
    const code = runAgreement(['example', ...files, '--json', '--out', mkdtempSync(join(tmpdir(), 'attune-validation-'))], (text) => (printed += text));
    assert.equal(code, 0);
    const agreement = JSON.parse(printed) as PanelAgreement;
    assert.deepEqual(agreement.problems, []);
    assert.deepEqual(agreement.raters.map((r) => r.reviewer), ['AB', 'CD', 'EF', 'GH', 'JK']);
    assert.equal(block('example-figures'), measureMarkdown(agreement));
    assert.equal(block('example-contested'), contestedMarkdown(agreement));
  });
});

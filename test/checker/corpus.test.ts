/**
 * The broken-file corpus: every case produces exactly the diagnostics written next to its mistake
 * (rule, severity, file, line or field path, and a fragment of the message where given). See
 * `corpus-cases.ts` for the expectation syntax.
 */
import { expect } from '@open-wc/testing';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { RULES } from '../../src/analysis/rules.js';
import { CORPUS, runCase, type CaseResult, type CorpusIndex } from './corpus-cases.js';

const fetchText = async (path: string) => {
  const response = await fetch(`/${path}`);
  if (!response.ok) throw new Error(`cannot fetch /${path}: ${response.status}`);
  return response.text();
};

const index = (await (await fetch(`/${CORPUS}/index.json`)).json()) as CorpusIndex;
const shared = Object.fromEntries(await Promise.all(index.shared.map(async (p) => [p, await fetchText(`${CORPUS}/shared/${p}`)] as const)));
const results = new Map<string, CaseResult>();

describe('checker corpus: broken scenarios, rubrics and metadata', () => {
  it('has at least 25 cases', () => {
    expect(Object.keys(index.cases).length).to.be.at.least(25);
  });

  for (const [name, c] of Object.entries(index.cases)) {
    it(`${name}: ${c.description}`, async () => {
      const files = Object.fromEntries(await Promise.all(c.files.map(async (p) => [p, await fetchText(`${CORPUS}/${name}/${p}`)] as const)));
      const result = runCase(name, files, shared, c.options ?? {});
      results.set(name, result);
      const problems = [
        ...result.missing.map((e) => `missing: ${e.severity} ${e.rule} at ${e.file}:${e.line ?? '-'}${e.path ? ` @${e.path}` : ''}${e.fragment ? ` "${e.fragment}"` : ''}`),
        ...result.unexpected.map((d) => `unexpected: ${formatDiagnostic(d)}`),
      ];
      expect(problems, problems.join('\n')).to.deep.equal([]);
      // Cases named clean… are correct scenarios (the plain and the lighter tag forms): no diagnostics at all.
      if (!name.startsWith('clean')) expect(result.expected.length, 'a broken case expects at least one diagnostic').to.be.greaterThan(0);
    });
  }

  it('exercises every rule the checker has', () => {
    const seen = new Set([...results.values()].flatMap((r) => r.expected.map((e) => e.rule)));
    const untested = RULES.map((r) => r.id).filter((id) => !seen.has(id));
    expect(untested, `rules with no corpus case: ${untested.join(', ')}`).to.deep.equal([]);
  });
});

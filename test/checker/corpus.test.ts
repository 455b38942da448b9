/**
 * The broken-file corpus: every case produces exactly the diagnostics written next to its mistake
 * (rule, severity, file, line or field path, and a fragment of the message where given). See
 * `corpus-cases.ts` for the expectation syntax.
 */
import { expect } from '@open-wc/testing';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { enumeratePaths } from '../../src/analysis/naive.js';
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

  it('known answers: on every case explored completely, the checker’s figures are naive enumeration’s, ending by ending', () => {
    let compared = 0;
    for (const [name, result] of results) {
      for (const s of result.report.scenarios) {
        const loaded = result.stories.scenarios.find((l) => l.id === s.id);
        const json = loaded?.compiled?.story?.json;
        // Naive enumeration cannot finish on a loop: those cases are compared in analysis.test.ts where it can.
        if (!json || !s.complete || typeof s.paths !== 'number' || s.loops.length > 0) continue;
        const rubric = loaded.rubric?.rubric;
        const naive = enumeratePaths(json, { seed: s.seed, ...(rubric ? { rubric } : {}) });
        expect(naive.complete, `${name}: naive enumeration finished`).to.equal(true);
        const ours: Record<string, { paths: number; shortest: number | null; longest: number | null }> = {};
        for (const e of s.endings) {
          const o = (ours[e.id] ??= { paths: 0, shortest: e.shortestPath, longest: e.longestPath });
          o.paths += Number(e.paths);
          o.shortest = Math.min(o.shortest ?? Infinity, e.shortestPath ?? Infinity);
          o.longest = Math.max(o.longest ?? 0, e.longestPath ?? 0);
        }
        const theirs = Object.fromEntries(Object.entries(naive.endings).map(([id, e]) => [id, { paths: e.paths, shortest: e.shortest, longest: e.longest }]));
        expect(ours, name).to.deep.equal(theirs);
        for (const e of s.endings.filter((x) => x.kind === 'ending' && x.overall)) {
          expect(e.overall!.min, `${name} ${e.id} overall min`).to.be.closeTo(naive.endings[e.id]!.overall!.min, 1e-9);
          expect(e.overall!.max, `${name} ${e.id} overall max`).to.be.closeTo(naive.endings[e.id]!.overall!.max, 1e-9);
        }
        compared++;
      }
    }
    expect(compared).to.be.at.least(50);
  });
});

/**
 * The checker over the shipped example scenario, as `npm run check --json` reports it: the
 * figures are small enough to verify by hand (see stories/example/story.ink).
 */
import { expect } from '@open-wc/testing';
import { checkStories } from '../../src/analysis/check.js';
import { loadStoryTree, memoryFiles } from '../../src/analysis/files.js';
import { formatReport, jsonReport } from '../../src/analysis/report.js';

const FILES = ['stories/example/scenario.yaml', 'stories/example/story.ink', 'stories/example/endings.ink', 'stories/rubrics/example.yaml'];

async function check() {
  const files = Object.fromEntries(await Promise.all(FILES.map(async (f) => [f, await (await fetch(`/${f}`)).text()] as const)));
  return checkStories(loadStoryTree(memoryFiles(files), 'stories'));
}

describe('checker on the example scenario', () => {
  it('reports the figures an author can verify by hand', async () => {
    const report = await check();
    expect(report.errors).to.equal(0);
    expect(report.warnings).to.equal(0);
    const s = report.scenarios[0]!;
    expect(s).to.include({ id: 'example', decisions: 2, states: 4, paths: 7, shortestPath: 2, longestPath: 2, complete: true });
    // "notice" raises openness to 3, which offers the third option at the second decision: 3 + 2 + 2 paths.
    expect(Object.fromEntries(s.endings.map((e) => [e.id, e.paths]))).to.deep.equal({ 'frame-lost': 1, held: 3, 'shut-down': 3 });
    const held = s.endings.find((e) => e.id === 'held')!;
    // notice + hold-warmly is 100%; challenge + hold-warmly: attunement (0 + 1)/2, safety 0, frame 1 → (2·0.5 + 0 + 1)/4.
    expect(held.overall).to.deep.equal({ min: 0.5, max: 1 });
    expect(held).to.include({ harmFree: true, harmPossible: false, passPossible: true });
    const lost = s.endings.find((e) => e.id === 'frame-lost')!;
    expect(lost).to.include({ harmFree: false, harmPossible: true, passPossible: false });
    expect(lost.route).to.deep.equal(['late-disclosure.notice', 'time.extend']);
    expect(s.harmFlags).to.deep.equal([{ risk: 'boundary-confusion', decision: 'time', option: 'extend', file: 'stories/example/story.ink', line: 54 }]);
    expect(s.bestPlay).to.deep.equal(['held']);
    expect(s.concepts).to.deep.equal(['attunement-countertransference', 'consistency-boundaries', 'finding-the-client']);
    expect(s.guessability).to.deep.equal({
      decisions: 2,
      lengthRanks: [
        { decision: 'late-disclosure', option: 'notice', rank: 1, options: 3 },
        { decision: 'time', option: 'hold-warmly', rank: 1, options: 3 },
      ],
      ranked: 2,
      longestOrSecond: 2,
      share: 1,
      tradeOffs: [],
      leaks: [],
    });
  });

  it('prints one JSON document with the documented fields', async () => {
    const json = JSON.parse(JSON.stringify(jsonReport(await check()))) as { scenarios: Record<string, unknown>[] };
    const keys = ['id', 'decisions', 'states', 'paths', 'endings', 'shortestPath', 'longestPath', 'criteria', 'harmFlags', 'concepts', 'guessability', 'diagnostics'];
    expect(Object.keys(json.scenarios[0]!)).to.include.members(keys);
    expect(json.scenarios[0]!.criteria).to.deep.equal({
      attunement: { min: 0, max: 1 },
      'safety-pacing': { min: 0, max: 1 },
      'boundaries-frame': { min: 0, max: 1 },
    });
  });

  it('prints a readable report with a table per scenario', async () => {
    const text = formatReport(await check());
    expect(text).to.contain('━━ example — Example: the last five minutes');
    expect(text).to.match(/held\s+3\s+2\s+50–100%\s+never\s+possible/);
    expect(text).to.contain('✓ no errors');
  });
});

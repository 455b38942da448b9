/**
 * The shipped scenarios score exactly as recorded in `score-lock.json`: for every scenario, the
 * checker's exact figures over all paths (per ending: path count, decisions, score range per
 * criterion and overall, harm and pass possibilities) and 400 seeded random walks played in a
 * `Session` (the choices, the ending, the overall score, pass, the number of elevated risks and every harm flag).
 *
 * It guards rewrites of a story's form that must not change what it scores, such as moving to the
 * lighter tag grammar (tags on lines under a choice, risks left out when low). A deliberate change
 * to ratings or structure regenerates the lock after review:
 *
 *     ATTUNE_WRITE_SCORE_LOCK=1 node --import tsx --test test/node/score-lock.test.ts
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkStories } from '../../src/analysis/check.js';
import { jsonReport } from '../../src/analysis/report.js';
import { loadStoryTree } from '../../src/analysis/files.js';
import { diskFiles } from '../../src/node/story-files.js';
import { Session } from '../../src/session.js';
import { prng } from '../helpers/prng.js';

const LOCK = 'test/node/score-lock.json';
const WALKS = 400;

const fixed = (n: number | null | undefined) => (n === null || n === undefined ? null : Number(n.toFixed(9)));

function figures() {
  const tree = loadStoryTree(diskFiles, 'stories');
  const report = jsonReport(checkStories(tree));
  const out: Record<string, unknown> = {};
  for (const loaded of tree.scenarios) {
    const s = report.scenarios.find((r) => r.id === loaded.id)!;
    const range = (r: { min: number; max: number } | null) => (r ? [fixed(r.min), fixed(r.max)] : null);
    const endings = s.endings.map((e) => ({
      id: e.id,
      paths: e.paths,
      decisions: [e.shortestPath, e.longestPath],
      overall: range(e.overall),
      criteria: Object.fromEntries(Object.entries(e.criteria).map(([c, r]) => [c, range(r)])),
      harm: [e.harmFree, e.harmPossible],
      passPossible: e.passPossible,
    }));
    const story = loaded.compiled!.story!;
    const rubric = loaded.rubric!.rubric!;
    const mastery = loaded.scenario!.mastery;
    const walks: string[] = [];
    for (let walk = 0; walk < WALKS; walk++) {
      const random = prng(walk);
      const session = new Session(story, { seed: Math.floor(random() * 2 ** 31), rubric, ...(mastery !== undefined ? { mastery } : {}), endings: loaded.scenario!.endings });
      const steps: number[] = [];
      while (!session.ended) {
        const pick = Math.floor(random() * session.currentChoices!.options.length);
        steps.push(pick);
        session.choose(pick);
      }
      const score = session.score();
      const harm = score.harmFlags.map((f) => `${f.decision}.${f.option}:${f.risk}`).join(',');
      walks.push([steps.join(''), session.ending ?? '-', fixed(score.overall), score.passed ? 'pass' : 'fail', `elevated:${score.elevated.length}`, harm].join(' ').trim());
    }
    out[loaded.id] = { paths: s.paths, overall: range(s.overall), endings, walks };
  }
  return out;
}

describe('shipped scenarios score as locked in score-lock.json', () => {
  const now = figures();
  if (process.env.ATTUNE_WRITE_SCORE_LOCK) {
    writeFileSync(LOCK, JSON.stringify(now, null, 1) + '\n');
    return;
  }
  const locked = JSON.parse(readFileSync(LOCK, 'utf8')) as Record<string, unknown>;
  it('covers the same scenarios', () => {
    assert.deepEqual(Object.keys(now).sort(), Object.keys(locked).sort());
  });
  for (const id of Object.keys(locked)) {
    it(`${id}: every ending's exact figures and ${WALKS} random walks' scores are unchanged`, () => {
      assert.deepEqual(now[id], locked[id], `${id} scores differently from test/node/score-lock.json. If the story's ratings or structure were changed on purpose, review the difference and regenerate the lock: ATTUNE_WRITE_SCORE_LOCK=1 node --import tsx --test test/node/score-lock.test.ts`);
    });
  }
});

/**
 * Seeded random-walk fuzzing of every shipped scenario (10,000 walks each) and of inkle's The
 * Intercept (1,000 walks) through the session engine: no runtime error, every walk ends, every score
 * is well-formed, and at a random point of each walk the replay code rebuilds an identical session.
 * Reproducible: walk i of a story uses PRNG seed i. Set ATTUNE_FUZZ_WALKS to change the count.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileInk, type CompiledStory } from '../../src/ink/compile.js';
import { loadStories } from '../../src/node/story-files.js';
import type { Rubric } from '../../src/schemas/rubric.js';
import type { Scenario } from '../../src/schemas/scenario.js';
import { sessionOptions } from '../../src/player-contract.js';
import { Session } from '../../src/session.js';
import { prng } from '../helpers/prng.js';

const WALKS = Number(process.env.ATTUNE_FUZZ_WALKS ?? 10_000);
const INTERCEPT_WALKS = Math.max(1, Math.round(WALKS / 10));
const MAX_STEPS = 5_000;

const transcript = (s: Session) => JSON.stringify(s.beats);

interface Figures {
  walks: number;
  steps: number;
  endings: Map<string, number>;
  harm: number;
  passed: number;
}

function fuzz(name: string, story: CompiledStory, walks: number, rubric?: Rubric, scenario?: Scenario): Figures {
  // The scenario's own options (mastery, ending rules), as the player plays it.
  const options = rubric && scenario ? sessionOptions({ scenario, rubric }) : {};
  const mastery = scenario?.mastery ?? rubric?.pass.mastery;
  const figures: Figures = { walks, steps: 0, endings: new Map(), harm: 0, passed: 0 };
  for (let walk = 0; walk < walks; walk++) {
    const random = prng(walk);
    const where = `${name} walk ${walk}`;
    const session = new Session(story, { seed: Math.floor(random() * 2 ** 31), ...options });
    const choices: number[] = [];
    let checkpoint: { code: string; at: number } | undefined;
    const replayAt = Math.floor(random() * 30);
    while (!session.ended && choices.length < MAX_STEPS) {
      if (choices.length === replayAt) checkpoint = { code: session.replayCode(), at: choices.length };
      const n = session.currentChoices!.options.length;
      const pick = Math.floor(random() * n);
      choices.push(pick);
      session.choose(pick);
    }
    assert.equal(session.error, undefined, `${where}: ink error`);
    assert.ok(session.ended, `${where}: did not end within ${MAX_STEPS} choices`);
    figures.steps += choices.length;
    checkpoint ??= { code: session.replayCode(), at: choices.length };

    const rebuilt = Session.fromReplayCode(story, checkpoint.code, options);
    for (const pick of choices.slice(checkpoint.at)) rebuilt.choose(pick);
    assert.equal(transcript(rebuilt), transcript(session), `${where}: replay from choice ${checkpoint.at} differs`);

    if (rubric) {
      const ending = session.ending;
      assert.ok(ending, `${where}: ended without an #ending tag`);
      figures.endings.set(ending, (figures.endings.get(ending) ?? 0) + 1);
      const score = session.score();
      for (const c of score.criteria) if (c.score !== null) assert.ok(c.score >= 0 && c.score <= 1, `${where}: ${c.id} = ${c.score}`);
      assert.ok(score.overall !== null && score.overall >= 0 && score.overall <= 1, `${where}: overall ${score.overall}`);
      const highTaken = session.facedDecisions().some((d) => Object.values(d.options[d.chosen]!.risks).includes('high'));
      assert.equal(score.harmFlags.length > 0, highTaken, `${where}: harm flags disagree with the risks taken`);
      // The pass rule worked out here from the choices, independently of scoring.ts: no high risk, at
      // most pass.maxElevated elevated ones, a passable ending, every tested criterion at its minimum,
      // and the overall score at the mastery mark.
      const elevatedTaken = session.facedDecisions().reduce((n, d) => n + Object.values(d.options[d.chosen]!.risks).filter((l) => l === 'elevated').length, 0);
      const maxElevated = rubric.pass.maxElevated;
      const endingPassable = scenario?.endings?.[ending]?.passable !== false;
      const minimumMet = score.criteria.every((c) => {
        const criterion = rubric.criteria.find((r) => r.id === c.id);
        const minimum = (criterion?.kind === 'quality' ? criterion.minimum : undefined) ?? rubric.pass.criterionMinimum;
        return c.score === null || minimum === undefined || c.score + 1e-9 >= minimum;
      });
      const expected = score.overall! + 1e-9 >= mastery! && !highTaken && (maxElevated === undefined || elevatedTaken <= maxElevated) && endingPassable && minimumMet;
      assert.equal(score.passed, expected, `${where}: pass rule`);
      assert.deepEqual(rebuilt.score(), score, `${where}: replayed score differs`);
      if (highTaken) figures.harm++;
      if (score.passed) figures.passed++;
    }
  }
  return figures;
}

const report = (name: string, f: Figures) =>
  console.log(
    `fuzz ${name}: ${f.walks} walks, ${f.steps} choices, mean ${(f.steps / f.walks).toFixed(1)} per walk` +
      (f.endings.size ? `, endings ${[...f.endings].map(([e, n]) => `${e}×${n}`).join(' ')}, harm flags in ${f.harm}, passed ${f.passed}` : ''),
  );

describe('random-walk fuzzing', () => {
  const { scenarios } = loadStories('stories');
  for (const folder of scenarios) {
    it(`${folder.id}: ${WALKS} random walks end cleanly, score sanely and replay identically`, () => {
      assert.ok(folder.compiled?.story && folder.rubric, `${folder.id} does not load: ${JSON.stringify(folder.diagnostics)}`);
      report(folder.id, fuzz(folder.id, folder.compiled.story, WALKS, folder.rubric, folder.scenario));
    });
  }

  it(`The Intercept: ${INTERCEPT_WALKS} random walks end cleanly and replay identically`, () => {
    const compiled = compileInk('test/corpus/the-intercept/TheIntercept.ink', (p) => readFileSync(p, 'utf8'));
    assert.ok(compiled.story, JSON.stringify(compiled.diagnostics));
    report('the-intercept', fuzz('the-intercept', compiled.story, INTERCEPT_WALKS));
  });
});

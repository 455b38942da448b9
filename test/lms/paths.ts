/**
 * The paths the LMS invariant tests play, found in each scenario by the session engine and the
 * scoring model (never hard-coded option numbers, so they follow the scenarios as their text and
 * ratings change): the best path, a low-score path, a harm path and a mid-attempt exit. Pure: runs
 * in Node and in the browser.
 *
 * - best: at every decision the option worth most (of those carrying no high risk);
 * - low: at every decision the option worth least (of those carrying no high risk): fails on score;
 * - harm: the best path with one high-risk option taken where it costs the least, so the attempt
 *   keeps as high a score as a harm-flagged attempt can (the case an LMS is most tempted to pass);
 * - midExit: the first half of the best path (the trainee leaves there).
 */
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import { scoreDecision, type Score } from '../../src/scoring.js';
import { sessionOptions } from '../../src/player-contract.js';
import { Session } from '../../src/session.js';

export type PathName = 'best' | 'low' | 'harm' | 'midExit';

export interface ScenarioPath {
  name: PathName;
  /** Option index at each choice, in order (what `player.choose` takes). */
  steps: number[];
  /** The engine's score of the path when played to its end (for midExit: of the part played). */
  score: Score;
  ended: boolean;
}

const isHigh = (session: Session, i: number) => Object.values(session.currentChoices!.options[i]!.rating.risks).includes('high');

function values(session: Session, bundle: ScenarioBundle): number[] {
  const c = session.currentChoices!;
  if (c.decision === undefined) return c.options.map(() => 0);
  const rated = c.options.map((o) => ({ option: o.rating.option ?? `#${o.index}`, ratings: o.rating.ratings, risks: o.rating.risks }));
  return scoreDecision({ options: rated, chosen: 0 }, bundle.rubric).values;
}

/** The option worth most (`sign` 1) or least (`sign` -1) among those without a high risk (else the first). */
function pick(session: Session, bundle: ScenarioBundle, sign: 1 | -1): number {
  const v = values(session, bundle);
  let chosen = -1;
  v.forEach((x, i) => {
    if (isHigh(session, i)) return;
    if (chosen < 0 || sign * (x - v[chosen]!) > 1e-9) chosen = i;
  });
  return chosen < 0 ? 0 : chosen;
}

function play(bundle: ScenarioBundle, seed: number, prefix: readonly number[], then: 1 | -1 | 'stop', mastery?: number): Session {
  const session = new Session(bundle.story, { ...sessionOptions(bundle, mastery), seed });
  for (const i of prefix) session.choose(i);
  if (then !== 'stop') while (session.currentChoices) session.choose(pick(session, bundle, then));
  return session;
}

const steps = (s: Session) => s.path.map((p) => p.index);
const asPath = (name: PathName, s: Session): ScenarioPath => ({ name, steps: steps(s), score: s.score(), ended: s.ended });

/**
 * The four paths of a scenario for a given seed (the seed fixes any randomness in the story, so the
 * player must be given the same seed). `harm` is undefined only if no high-risk option can be
 * reached by leaving the best path once (the test then says so).
 */
export function scenarioPaths(bundle: ScenarioBundle, seed: number, mastery?: number): Record<PathName, ScenarioPath | undefined> {
  const best = play(bundle, seed, [], 1, mastery);
  const low = play(bundle, seed, [], -1, mastery);
  const bestSteps = steps(best);
  let harm: Session | undefined;
  for (let k = 0; k < bestSteps.length; k++) {
    const at = play(bundle, seed, bestSteps.slice(0, k), 'stop', mastery);
    at.currentChoices!.options.forEach((_, i) => {
      if (!isHigh(at, i)) return;
      const run = play(bundle, seed, [...bestSteps.slice(0, k), i], 1, mastery);
      if (!harm || (run.score().overall ?? 0) > (harm.score().overall ?? 0)) harm = run;
    });
  }
  const mid = play(bundle, seed, bestSteps.slice(0, Math.max(1, Math.floor(bestSteps.length / 2))), 'stop', mastery);
  return { best: asPath('best', best), low: asPath('low', low), harm: harm ? asPath('harm', harm) : undefined, midExit: asPath('midExit', mid) };
}

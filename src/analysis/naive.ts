/**
 * Naive path-by-path enumeration: plays every distinct sequence of choices to its end, one after
 * another, without merging equal states. It is what the explorer avoids; it exists as the
 * benchmark's baseline and as an independent check of the explorer's figures in tests (on small
 * stories the two must agree exactly).
 */
import { ratedOptions, scoreAttempt, type FacedDecision } from '../scoring.js';
import type { Rubric } from '../schemas/rubric.js';
import { StoryRunner, withRatings, type Outcome } from './runner.js';
import type { Range } from './scores.js';

export interface NaiveOptions {
  seed?: number;
  /** Give up after this many paths (default unlimited). */
  maxPaths?: number;
  /** Give up after this long (default unlimited). */
  maxMillis?: number;
  /** Score every path against this rubric. */
  rubric?: Rubric;
  /** Give up on a path longer than this many choices (a loop). Default 1000. */
  maxDepth?: number;
}

export interface NaiveEnding {
  paths: number;
  shortest: number;
  longest: number;
  overall: Range | null;
  criteria: Record<string, Range | null>;
  harmFree: boolean;
  harmPossible: boolean;
  /** Some path to this ending passes on its scores (the scenario's ending rules are not applied). */
  passPossible: boolean;
}

export interface NaiveResult {
  paths: number;
  complete: boolean;
  millis: number;
  /** Per ending id ("dead-end" / "error" for the others). */
  endings: Record<string, NaiveEnding>;
}

export function enumeratePaths(json: string, options: NaiveOptions = {}): NaiveResult {
  const began = performance.now();
  const runner = new StoryRunner(json, options.seed ?? 1);
  const maxPaths = options.maxPaths ?? Infinity;
  const maxMillis = options.maxMillis ?? Infinity;
  const maxDepth = options.maxDepth ?? 1000;
  const endings: Record<string, NaiveEnding> = {};
  let paths = 0;
  let complete = true;
  const faced: FacedDecision[] = [];
  const widen = (r: Range | null | undefined, x: number): Range => (r ? { min: Math.min(r.min, x), max: Math.max(r.max, x) } : { min: x, max: x });

  const finish = (outcome: Extract<Outcome, { kind: 'end' }>, depth: number) => {
    paths++;
    const id = outcome.error ? 'error' : (outcome.ending ?? 'dead-end');
    const e = (endings[id] ??= { paths: 0, shortest: Infinity, longest: 0, overall: null, criteria: {}, harmFree: false, harmPossible: false, passPossible: false });
    e.paths++;
    e.shortest = Math.min(e.shortest, depth);
    e.longest = Math.max(e.longest, depth);
    if (options.rubric) {
      const score = scoreAttempt(faced, options.rubric);
      if (score.overall !== null) e.overall = widen(e.overall, score.overall);
      for (const c of score.criteria) {
        if (!(c.id in e.criteria)) e.criteria[c.id] = null;
        if (c.score !== null) e.criteria[c.id] = widen(e.criteria[c.id], c.score);
      }
      if (score.harmFlags.length > 0) e.harmPossible = true;
      else e.harmFree = true;
      if (score.passed) e.passPossible = true;
    }
  };

  // Depth-first, with an explicit stack of saved states.
  const walk = (outcome: Outcome, depth: number) => {
    if (!complete) return;
    if (outcome.kind === 'end') return finish(outcome, depth);
    if (paths >= maxPaths || performance.now() - began > maxMillis || faced.length > maxDepth) {
      complete = false;
      return;
    }
    const saved = runner.save();
    const options_ = withRatings(outcome.options);
    const decision = options_.find((o) => o.rating.decision !== undefined)?.rating.decision;
    const rated = decision !== undefined ? ratedOptions(options_) : undefined;
    for (let i = 0; i < options_.length && complete; i++) {
      if (rated) faced.push({ decision: decision!, options: rated, chosen: i });
      walk(runner.choose(saved, i), depth + (rated ? 1 : 0));
      if (rated) faced.pop();
    }
  };
  walk(runner.start(), 0);
  return { paths, complete, millis: performance.now() - began, endings };
}

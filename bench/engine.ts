/** Engine figures: compile time (cold and warm) and replay-code length. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { compileInk } from '../src/ink/compile.js';
import { loadStories } from '../src/node/story-files.js';
import { encodeReplayCode } from '../src/replay-code.js';
import { Session } from '../src/session.js';
import { summarise, time, type Timing } from './stats.js';

/** inkle's The Intercept, vendored in test/corpus (see its README for origin and licence). */
export const INTERCEPT = 'test/corpus/the-intercept/TheIntercept.ink';

const read = (p: string) => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
};

export interface CompileFigure {
  story: string;
  file: string;
  lines: number;
  cold: Timing;
  warm: Timing;
}

/** The shipped stories' main ink files, plus The Intercept. */
export function benchStories(): { story: string; file: string }[] {
  const { scenarios } = loadStories('stories');
  return [
    ...scenarios.filter((s) => s.compiled?.story).map((s) => ({ story: s.id, file: s.compiled!.files[0]! })),
    { story: 'the-intercept', file: INTERCEPT },
  ];
}

export function compileFigures(coldRuns: number, warmRuns: number): CompileFigure[] {
  return benchStories().map(({ story, file }) => {
    const cold = summarise(
      Array.from({ length: coldRuns }, () => JSON.parse(execFileSync('node', ['--import', 'tsx', 'bench/compile-once.ts', file], { encoding: 'utf8' })).ms as number),
    );
    const warm = time(() => compileInk(file, read), warmRuns, 2);
    const compiled = compileInk(file, read);
    const lines = compiled.files.reduce((n, f) => n + (read(f)?.split('\n').length ?? 0), 0);
    return { story, file, lines, cold, warm };
  });
}

export interface ReplayFigure {
  story: string;
  decisions: number;
  length: number;
  perDecision: number;
}

/** Replay-code length at the end of a best-effort full playthrough of each story, and for 200 decisions. */
export function replayFigures(): { stories: ReplayFigure[]; twoHundred: number; empty: number } {
  const stories = loadStories('stories')
    .scenarios.filter((s) => s.compiled?.story)
    .map((s) => {
      const session = new Session(s.compiled!.story!, { seed: 1 });
      let i = 0;
      while (!session.ended) session.choose(i++ % session.currentChoices!.options.length, 0.75);
      const length = session.replayCode().length;
      return { story: s.id, decisions: session.path.length, length, perDecision: length / Math.max(1, session.path.length) };
    });
  const hash = '0123456789abcdef';
  const empty = encodeReplayCode({ storyHash: hash, seed: 2 ** 31 - 1, steps: [] }).length;
  const twoHundred = encodeReplayCode({ storyHash: hash, seed: 2 ** 31 - 1, steps: Array.from({ length: 200 }, (_, i) => ({ index: i % 4, confidence: 0.5 })) }).length;
  return { stories, twoHundred, empty };
}

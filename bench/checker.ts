/**
 * Checker benchmark (`npm run bench:checker`; callable from the main benchmark via
 * `checkerFigures()`): the exhaustive explorer against naive path-by-path enumeration on generated
 * diamond chains, then the explorer alone on long chains, on every shipped scenario, on The
 * Intercept and on The Keeper's Week (`bench/game/`, a game-sized story with a day clock, counters and
 * repeatable hubs, which must explore completely). Times are wall-clock milliseconds on this machine; "explorer" is the whole analysis
 * (exploration, path counts, score ranges), "naive" plays every path to its end.
 */
import { readFileSync } from 'node:fs';
import { checkScenario } from '../src/analysis/check.js';
import { diamondChain, diamondRubric } from '../src/analysis/diamond.js';
import { exploreStory } from '../src/analysis/explore.js';
import { loadStoryTree } from '../src/analysis/files.js';
import { analyseGraph } from '../src/analysis/graph.js';
import { enumeratePaths } from '../src/analysis/naive.js';
import { formatPaths, table } from '../src/analysis/report.js';
import { analyseScores } from '../src/analysis/scores.js';
import { diskFiles } from '../src/node/story-files.js';
import { compileInk } from '../src/ink/compile.js';
import { INTERCEPT } from './engine.js';

/** The game-sized story of the checker's benchmark and completeness test (see bench/game/README.md). */
export const KEEPER = 'bench/game/keeper.ink';

export interface CheckerFigure {
  story: string;
  /** Distinct states explored and options followed. */
  states: number;
  transitions: number;
  /** Exact number of paths (decimal string; "infinite" with loops). */
  paths: string;
  /** Explorer: exploration + path counts + score ranges, median of the runs. */
  explorerMs: number;
  /** Naive enumeration, when run. */
  naiveMs?: number;
  naivePaths?: number;
  complete: boolean;
}

const read = (path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function analyse(json: string, rubric = diamondRubric()) {
  const graph = exploreStory(json);
  const figures = analyseGraph(graph);
  analyseScores(graph, figures, rubric);
  return { graph, figures };
}

function diamond(n: number, naive: boolean, runs: number): CheckerFigure {
  const compiled = compileInk(`diamond-${n}.ink`, () => diamondChain(n));
  const json = compiled.story!.json;
  const times: number[] = [];
  let last: ReturnType<typeof analyse> | undefined = analyse(json); // warm-up, not measured
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = analyse(json);
    times.push(performance.now() - start);
  }
  const figure: CheckerFigure = {
    story: `diamond chain n=${n}`,
    states: last!.graph.nodes.filter((s) => s.kind === 'choice').length,
    transitions: last!.graph.transitions,
    paths: String(last!.figures.paths),
    explorerMs: median(times),
    complete: last!.graph.complete,
  };
  if (naive) {
    const result = enumeratePaths(json);
    figure.naiveMs = result.millis;
    figure.naivePaths = result.paths;
  }
  return figure;
}

export interface CheckerBenchOptions {
  /** Chain lengths to compare with naive enumeration (default 8, 10, 12). */
  naive?: number[];
  /** Chain lengths for the explorer alone (default 60, 200). */
  explorerOnly?: number[];
  runs?: number;
  log?: (line: string) => void;
}

export function checkerFigures(options: CheckerBenchOptions = {}): CheckerFigure[] {
  const log = options.log ?? (() => {});
  const runs = options.runs ?? 3;
  const figures: CheckerFigure[] = [];
  for (const n of options.naive ?? [8, 10, 12]) {
    log(`diamond n=${n} (explorer and naive)…`);
    figures.push(diamond(n, true, runs));
  }
  for (const n of options.explorerOnly ?? [60, 200]) {
    log(`diamond n=${n} (explorer)…`);
    figures.push(diamond(n, false, runs));
  }
  for (const scenario of loadStoryTree(diskFiles, 'stories').scenarios) {
    if (!scenario.compiled?.story) continue;
    log(`${scenario.id}…`);
    const times: number[] = [];
    let report: ReturnType<typeof checkScenario> | undefined;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      report = checkScenario(scenario);
      times.push(performance.now() - start);
    }
    figures.push({
      story: scenario.id,
      states: report!.states,
      transitions: report!.transitions,
      paths: String(report!.paths),
      explorerMs: median(times),
      complete: report!.complete,
    });
  }
  for (const [story, file] of [
    ['The Intercept (inkle)', INTERCEPT],
    ["The Keeper's Week (bench/game)", KEEPER],
  ] as const) {
    log(`${story}…`);
    const compiled = compileInk(file, read);
    if (!compiled.story) continue;
    const start = performance.now();
    const { graph, figures: f } = analyse(compiled.story.json);
    figures.push({
      story,
      states: graph.nodes.filter((s) => s.kind === 'choice').length,
      transitions: graph.transitions,
      paths: String(f.paths),
      explorerMs: performance.now() - start,
      complete: graph.complete,
    });
  }
  return figures;
}

export function formatCheckerFigures(figures: readonly CheckerFigure[]): string {
  const rows = [['story', 'states', 'choices followed', 'paths', 'explorer', 'naive enumeration']];
  for (const f of figures) {
    const paths = /^\d+$/.test(f.paths) ? formatPaths(BigInt(f.paths) <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(f.paths) : f.paths) : f.paths;
    rows.push([
      f.story + (f.complete ? '' : ' (incomplete)'),
      f.states.toLocaleString('en-GB'),
      f.transitions.toLocaleString('en-GB'),
      paths,
      `${f.explorerMs.toFixed(f.explorerMs < 100 ? 1 : 0)} ms`,
      f.naiveMs === undefined ? '-' : `${f.naiveMs.toFixed(0)} ms (${f.naivePaths!.toLocaleString('en-GB')} paths)`,
    ]);
  }
  return table(rows, '');
}

if (process.argv[1]?.endsWith('bench/checker.ts')) {
  const quick = process.argv.includes('--quick');
  const figures = checkerFigures({
    ...(quick ? { naive: [8, 10], runs: 1 } : {}),
    log: (line) => console.error(line),
  });
  console.log(formatCheckerFigures(figures));
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures, null, 2));
}

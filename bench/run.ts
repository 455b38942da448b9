/**
 * `npm run bench`: builds the app, measures it against the speed goals (issue 17; `GOALS` in
 * bench/report.ts) and writes `bench/results.json`, prints
 * the table and regenerates the README's Performance section from it. Nothing here is a test:
 * figures are reported, never asserted.
 *
 *   npm run bench                      everything (a few minutes on 2 cores)
 *   npm run bench -- --quick           fewer runs, for trying the script
 *   npm run bench -- --wait-quiet=10   first wait up to 10 minutes for the load average to drop
 *   npm run bench -- --no-build        measure the existing dist/ instead of building
 *   npm run bench -- --only=bundle,browser   sections: bundle, compile, replay, analysis, browser, low-end, memory
 *   npm run bench -- --readme-only     regenerate the README section from bench/results.json
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'vite';
import { firstScreenFigures, latencyFigures, launchBrowser, memoryFigures, THIS_MACHINE, type FirstScreenFigure } from './browser.js';
import { compilerCheck, librarySizes, pageBundle, sizeOf } from './bundle.js';
import { checkerFigures } from './checker.js';
import { compileFigures, replayFigures } from './engine.js';
import { GOALS, renderReport, RESULTS_FORMAT, type AnalysisFigures, type FirstScreenCode, type Results } from './report.js';
import { serveStatic } from './server.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = flag('quick');
const only = option('only')?.split(',');
const wants = (section: string) => !only || only.includes(section);

const RESULTS = 'bench/results.json';
const README = 'README.md';
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
// The app is built with the project's own Vite config (what `npm run build` writes to dist/), but
// into a folder of the benchmark's own, so that another process building dist/ meanwhile (tests,
// packaging) cannot change the files under measurement, nor the benchmark theirs. The baseline
// page is built next to it. Both are caches, outside the source tree (and so outside lint and git).
const CACHE = 'node_modules/.cache/attune-bench';
const BASELINE_OUT = `${CACHE}/baseline`;

const settings = {
  ...(quick
    ? { firstScreenRuns: 3, latencyRuns: 2, lowEndRuns: 2, memoryRuns: 1, inARow: 20, coldCompileRuns: 2, warmCompileRuns: 3, analysisRuns: 1 }
    : { firstScreenRuns: 9, latencyRuns: 5, lowEndRuns: 3, memoryRuns: 3, inARow: 20, coldCompileRuns: 5, warmCompileRuns: 10, analysisRuns: 3 }),
  /** Between a screen painted and the next click (Begin or a choice): a trainee reads first (and it outlasts the player's 420 ms fade-in). */
  readingPauseMs: 500,
};
/** Diamond chains compared with naive enumeration (n = 12 alone would take minutes). */
const NAIVE_CHAINS = [8, 10];

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const load = () => loadavg().map((l) => Math.round(l * 100) / 100);

/** The baseline page (bench/baseline/), built with Vite like the app (same target, minified). */
async function buildBaseline() {
  await build({ configFile: false, root: 'bench/baseline', base: './', logLevel: 'warn', build: { outDir: resolve(BASELINE_OUT), emptyOutDir: true, target: 'es2022' } });
}

function writeReadme(results: Results) {
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    log(`README.md has no ${START} … ${END} markers: not updated`);
    return;
  }
  writeFileSync(README, `${readme.slice(0, start + START.length)}\n${renderReport(results)}\n${readme.slice(end)}`);
  log('README.md Performance section regenerated');
}

async function waitQuiet(minutes: number) {
  const cores = cpus().length;
  const until = Date.now() + minutes * 60_000;
  while (loadavg()[0]! > cores * 0.5 && Date.now() < until) {
    log(`load average ${load().join(' ')} on ${cores} cores: waiting for it to drop…`);
    await new Promise((r) => setTimeout(r, 30_000));
  }
}

/** Runs one section (`--only` picks by `group`); a failure is recorded and reported, and the others still run. */
async function section<T>(name: string, errors: Record<string, string>, fn: () => Promise<T> | T, group = name, label = name): Promise<T | undefined> {
  if (!wants(group)) return undefined;
  const started = performance.now();
  log(`${label}…`);
  try {
    const value = await fn();
    log(`${name} done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return value;
  } catch (error) {
    errors[name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`${label} FAILED: ${errors[name]}`);
    return undefined;
  }
}

/** Sizes (from the build) of the code the player page started downloading before its first screen, in any run of any scenario. */
function firstScreenCode(dist: string, figures: readonly FirstScreenFigure[]): FirstScreenCode {
  const paths = [...new Set(figures.flatMap((f) => f.playerFiles))].sort();
  const files = paths.map((path) => ({ file: path.replace(/^\//, ''), gzip: sizeOf(readFileSync(`${dist}${path}`)).gzip }));
  return {
    files,
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
    // The playing code's chunk is the one that brings the inkjs runtime (its Story class).
    inkRuntime: paths.some((path) => /\.m?js$/.test(path) && readFileSync(`${dist}${path}`, 'utf8').includes('storySeed')),
  };
}

/** The checker's benchmark (bench/checker.ts): analysis of every story, explorer vs naive enumeration. */
function analysisFigures(runs: number): AnalysisFigures {
  return { figures: checkerFigures({ runs, naive: NAIVE_CHAINS, log: (l) => log(`  ${l}`) }) };
}

async function main() {
  if (flag('readme-only')) {
    writeReadme(JSON.parse(readFileSync(RESULTS, 'utf8')) as Results);
    return;
  }
  const quiet = option('wait-quiet');
  if (quiet !== undefined) await waitQuiet(Number(quiet) || 10);

  const started = new Date();
  const errors: Record<string, string> = {};
  // With --only, the other sections come from the last run, if it measured the same goals.
  const last = existsSync(RESULTS) && only ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Partial<Results>) : {};
  const previous: Partial<Results> = last.format === RESULTS_FORMAT ? last : {};
  const git = (...a: string[]) => {
    try {
      return execFileSync('git', a, { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const results: Results = {
    ...previous,
    format: RESULTS_FORMAT,
    generatedAt: started.toISOString(),
    commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? '+dirty' : ''}`,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 1e9),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    load: { start: load(), end: [] },
    settings: { ...settings, naiveChains: NAIVE_CHAINS.join(' '), quick },
    goals: GOALS,
    errors,
  };

  const dist = flag('no-build') ? 'dist' : `${CACHE}/dist`;
  if (!flag('no-build') && ['bundle', 'browser', 'low-end', 'memory'].some(wants)) {
    log(`vite build (the project's config) → ${dist}/ …`);
    await build({ logLevel: 'warn', build: { outDir: resolve(dist), emptyOutDir: true } });
  }

  const bundle = await section('bundle', errors, async () => {
    await buildBaseline();
    return {
      embed: pageBundle(dist, 'player.html'),
      library: pageBundle(dist, 'index.html'),
      baseline: pageBundle(BASELINE_OUT, 'index.html'),
      libraries: await librarySizes(),
      compiler: compilerCheck(dist),
    };
  });
  if (bundle) results.bundle = bundle;

  const compile = await section('compile', errors, () => compileFigures(settings.coldCompileRuns, settings.warmCompileRuns));
  if (compile) results.compile = compile;

  const replay = await section('replay', errors, () => replayFigures());
  if (replay) results.replay = replay;

  const analysis = await section('analysis', errors, () => analysisFigures(settings.analysisRuns));
  if (analysis) results.analysis = analysis;

  if (wants('browser') || wants('low-end') || wants('memory')) {
    if (!existsSync(`${BASELINE_OUT}/index.html`)) await buildBaseline();
    const catalogue = JSON.parse(readFileSync(`${dist}/scenarios/index.json`, 'utf8')) as { scenarios: { scenario: { id: string } }[] };
    const scenarios = catalogue.scenarios.map((s) => s.scenario.id);
    const server = await serveStatic({ '/': dist, '/baseline/': BASELINE_OUT });
    const browser = await launchBrowser();
    const pause = settings.readingPauseMs;
    try {
      results.browser = { chromium: await browser.version(), scenarios };
      const first = await section(
        'first-screen',
        errors,
        () => firstScreenFigures(browser, server.origin, scenarios, settings.firstScreenRuns, pause),
        'browser',
        `first screen and Begin (${scenarios.length} scenarios × ${settings.firstScreenRuns} runs × 2 pages)`,
      );
      if (first) {
        results.firstScreen = first;
        results.firstScreenCode = firstScreenCode(dist, first);
      }
      const latency = await section(
        'latency',
        errors,
        () => latencyFigures(browser, server.origin, scenarios, settings.latencyRuns, pause),
        'browser',
        `choice latency and CPU (${settings.latencyRuns} playthroughs per scenario: player, player with reduced motion, plain page)`,
      );
      if (latency) results.latency = latency;
      const slow = { ...THIS_MACHINE, cpuSlowdown: GOALS.lowEnd.cpuSlowdown };
      const lowFirst = await section(
        'low-end-first-screen',
        errors,
        () => firstScreenFigures(browser, server.origin, scenarios, settings.lowEndRuns, pause, slow),
        'low-end',
        `low-end device (CPU ×${slow.cpuSlowdown}): first screen (${settings.lowEndRuns} runs × 2 pages)`,
      );
      const lowLatency = await section(
        'low-end-latency',
        errors,
        () => latencyFigures(browser, server.origin, scenarios, settings.lowEndRuns, pause, slow, false),
        'low-end',
        `low-end device (CPU ×${slow.cpuSlowdown}): choice latency (${settings.lowEndRuns} playthroughs per scenario and page)`,
      );
      if (lowFirst || lowLatency) results.lowEnd = { cpuSlowdown: slow.cpuSlowdown, ...(lowFirst ? { firstScreen: lowFirst } : {}), ...(lowLatency ? { latency: lowLatency } : {}) };
      const memory = await section(
        'memory',
        errors,
        () => memoryFigures(browser, server.origin, scenarios, settings.memoryRuns, settings.inARow),
        'memory',
        `memory (${settings.inARow} scenarios in a row)`,
      );
      if (memory) results.memory = memory;
    } finally {
      await browser.close();
      await server.close();
    }
  }

  results.load.end = load();
  results.durationSeconds = Math.round((Date.now() - started.getTime()) / 1000);
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  log(`${RESULTS} written (${results.durationSeconds} s)`);
  process.stdout.write(`${renderReport(results)}\n`);
  if (!flag('no-readme')) writeReadme(results);
  if (Object.keys(errors).length > 0) {
    log(`sections that failed: ${Object.keys(errors).join(', ')}`);
    process.exitCode = 1;
  }
}

await main();

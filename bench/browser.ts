/**
 * Browser figures, in headless Chromium driven by puppeteer-core (never downloads a browser),
 * each against the plain-inkjs baseline page in the same run: the first interactive screen (and,
 * on the player, Begin → first choices), choice latency and main-thread CPU per choice over full
 * playthroughs (with and without reduced motion), the same on a low-end device (CPU throttling),
 * and the JS heap after one scenario and after 20 in a row in one page.
 */
import { readFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { percentile, summarise, type Timing } from './stats.js';

export const CHROME_PATH = chromiumPath;

export const CHROME_ARGS = ['--headless=new', ...chromiumArgs, '--disable-extensions', '--enable-precise-memory-info'];

const HARNESS = readFileSync(new URL('./page-harness.js', import.meta.url), 'utf8');

export type PageKind = 'player' | 'baseline';

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_ARGS, defaultViewport: { width: 1024, height: 768 } });
}

export interface Urls {
  player(scenario: string | undefined, mode: 'practice' | 'assessment'): string;
  baseline(scenario: string): string;
}

export function urls(origin: string): Urls {
  return {
    player: (scenario, mode) => `${origin}/player.html?${scenario ? `scenario=${scenario}&` : ''}mode=${mode}&seed=1`,
    baseline: (scenario) => `${origin}/baseline/index.html?scenario=${scenario}&seed=1`,
  };
}

/** The device a page is measured on: this machine, or a slower one by Chromium's CPU throttling; motion as the trainee's settings ask. */
export interface Device {
  /** Chromium's CPU throttling rate (`Emulation.setCPUThrottlingRate`): 1 = this machine, 4 = a low-end device. */
  cpuSlowdown: number;
  /** `prefers-reduced-motion: reduce` (the player's transcript then shows new lines without the fade-in). */
  reducedMotion: boolean;
}

export const THIS_MACHINE: Device = { cpuSlowdown: 1, reducedMotion: false };

/** A new page in a fresh browser context (empty cache and storage), with the harness injected and the page's main-thread CPU clock on. */
async function freshPage(browser: Browser, kind: PageKind, device: Device = THIS_MACHINE, watchFirstScreen = true) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (device.cpuSlowdown !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.cpuSlowdown });
  if (device.reducedMotion) await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.evaluateOnNewDocument(`${HARNESS}\n;window.__benchInit(${JSON.stringify(kind)}, ${JSON.stringify({ watchFirstScreen })});`);
  return { page, cdp, problems, close: () => context.close() };
}

/** The page's main-thread CPU time so far (ms), with `Performance.enable({ timeDomain: 'threadTicks' })`. */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000;
}

/** Evaluates `expression` in the page, giving up after `ms` (a broken page must not hang the benchmark). */
async function run<T>(page: Page, expression: string, ms = 60_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return (await Promise.race([
      page.evaluate(expression),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${expression}: timed out after ${ms / 1000} s`)), ms))),
    ])) as T;
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface ScreenMarks {
  /** Navigation start → the first interactive screen painted (ms). */
  firstScreen: number;
  /** What it was: the player's content note (with Begin) or a choice set. */
  firstScreenIs: 'note' | 'choices';
  /** Player: navigation start → `attune-ready` (the story built and checked). */
  ready?: number;
  scenarioFetched?: number;
  /** Paths of the page's own scripts and style sheets whose download started before the first screen was painted. */
  files: string[];
}

/** Navigates and waits for the first interactive screen, painted. */
async function firstScreen(page: Page, url: string, problems: string[]): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  try {
    await run(page, 'window.__bench.firstScreen.then(() => true)', 30_000);
  } catch (error) {
    throw new Error(`${url}: no first screen (${String(error)}; ${problems.join('; ') || 'no page errors'})`);
  }
}

interface Step {
  painted: number;
  rendered: number;
  work: number;
  ended: boolean;
}

export interface FirstScreenFigure {
  scenario: string;
  /** Navigation start → the first interactive screen painted: the player's content note (Begin), the baseline's first choices. */
  player: Timing;
  baseline: Timing;
  /** What the player showed first (`note`, or `choices` for a scenario without a content note). */
  playerScreen: string;
  /** median(player) / median(baseline), measured in the same run. */
  ratio: number;
  /** Per-pair ratios (player run i / baseline run i, loaded alternately). */
  pairRatios: Timing;
  /** Main-thread CPU time up to the first screen (robust to a busy machine), and player ÷ baseline. */
  playerCpu: Timing;
  baselineCpu: Timing;
  cpuRatio: number;
  /** Player: navigation start → the scenario bundle fetched; the story ready (`attune-ready`) measured from the note painted (negative: before it). */
  playerFetched: Timing;
  readyAfterScreen: Timing;
  baselineFetched: Timing;
  /** Player: Begin pressed (a reading pause after the note was painted) → first choices painted, less the idle wait for frames; every run, and p95. */
  beginToChoice: { samples: number[]; p95: number; paintedP95: number };
  /** The player page's scripts and style sheets whose download started before its first screen was painted (any run). */
  playerFiles: string[];
}

/**
 * Navigation start → first interactive screen painted, for both pages, `runs` times each,
 * alternately, each in a fresh context; then, on the player, Begin after `pauseMs` (a trainee
 * reads the note) → first choices painted.
 */
export async function firstScreenFigures(
  browser: Browser,
  origin: string,
  scenarios: readonly string[],
  runs: number,
  pauseMs: number,
  device: Device = THIS_MACHINE,
): Promise<FirstScreenFigure[]> {
  const u = urls(origin);
  const load = async (kind: PageKind, scenario: string) => {
    const { page, cdp, problems, close } = await freshPage(browser, kind, device);
    try {
      await firstScreen(page, kind === 'player' ? u.player(scenario, 'practice') : u.baseline(scenario), problems);
      const cpu = await threadTime(cdp);
      await sleep(pauseMs);
      const marks = await run<ScreenMarks>(page, 'window.__bench.firstScreenDetails()');
      const begin = kind === 'player' ? await run<Step>(page, 'window.__bench.begin()') : undefined;
      if (problems.length > 0) throw new Error(`${scenario} (${kind}): ${problems.join('; ')}`);
      return { ...marks, cpu, begin };
    } finally {
      await close();
    }
  };
  // Warm-up: the first page loads of a browser are slower for reasons of its own.
  for (const kind of ['player', 'baseline'] as const) for (let i = 0; i < 2; i++) await load(kind, scenarios[0]!);
  const figures: FirstScreenFigure[] = [];
  for (const scenario of scenarios) {
    const player: Awaited<ReturnType<typeof load>>[] = [];
    const baseline: Awaited<ReturnType<typeof load>>[] = [];
    for (let r = 0; r < runs; r++) {
      // Alternate which page goes first, so a slow moment does not always hit the same one.
      const order: PageKind[] = r % 2 ? ['baseline', 'player'] : ['player', 'baseline'];
      for (const kind of order) (kind === 'player' ? player : baseline).push(await load(kind, scenario));
    }
    const p = summarise(player.map((m) => m.firstScreen));
    const b = summarise(baseline.map((m) => m.firstScreen));
    const playerCpu = summarise(player.map((m) => m.cpu));
    const baselineCpu = summarise(baseline.map((m) => m.cpu));
    const begins = player.map((m) => m.begin!);
    figures.push({
      scenario,
      player: p,
      baseline: b,
      playerScreen: [...new Set(player.map((m) => m.firstScreenIs))].join(', '),
      ratio: p.median / b.median,
      pairRatios: summarise(player.map((m, i) => m.firstScreen / baseline[i]!.firstScreen)),
      playerCpu,
      baselineCpu,
      cpuRatio: playerCpu.median / baselineCpu.median,
      playerFetched: summarise(player.map((m) => m.scenarioFetched ?? Number.NaN)),
      readyAfterScreen: summarise(player.map((m) => (m.ready ?? Number.NaN) - m.firstScreen)),
      baselineFetched: summarise(baseline.map((m) => m.scenarioFetched ?? Number.NaN)),
      beginToChoice: { samples: begins.map((s) => s.work), p95: percentile(begins.map((s) => s.work), 95), paintedP95: percentile(begins.map((s) => s.painted), 95) },
      playerFiles: [...new Set(player.flatMap((m) => m.files))].sort(),
    });
  }
  return figures;
}

interface Playthrough {
  painted: number[];
  rendered: number[];
  work: number[];
  /** Main-thread CPU time of each choice (ms): what the page itself spent, whatever else the machine is doing. */
  cpu: number[];
  decisions: number;
  ended: boolean;
}

export interface Latency {
  /** Click → next choice set painted, less the idle wait for frames to start; every click of every playthrough pooled. */
  p50: number;
  p95: number;
  max: number;
  samples: number;
  /** Click → painted including the wait for the display's next frame (0–16.7 ms at 60 Hz), pooled. */
  paintedP50: number;
  paintedP95: number;
  /** Click → the DOM updated (before style, layout and paint), pooled. */
  renderedP50: number;
  renderedP95: number;
  /** Main-thread CPU time per choice (click → end of the reading pause), pooled: mean (= total ÷ choices), p50, p95. Robust to a busy machine, unlike the wall-clock figures. */
  cpuMean: number;
  cpuP50: number;
  cpuP95: number;
}

export interface LatencyFigure {
  scenario: string;
  decisions: number;
  player: Latency;
  /** The player with `prefers-reduced-motion: reduce` (no fade-in), when measured. */
  playerReducedMotion?: Latency;
  baseline: Latency & { decisions: number };
  /** pooled p95 player ÷ baseline. */
  p95Ratio: number;
  /** mean CPU per choice player ÷ baseline. */
  cpuRatio: number;
  /** The fade-in's share of the player's CPU per choice: (with motion − reduced motion) ÷ with motion. */
  fadeInShare?: number;
}

function latency(runs: readonly Playthrough[]): Latency {
  const work = runs.flatMap((p) => p.work);
  const painted = runs.flatMap((p) => p.painted);
  const rendered = runs.flatMap((p) => p.rendered);
  const cpu = runs.flatMap((p) => p.cpu);
  return {
    p50: percentile(work, 50),
    p95: percentile(work, 95),
    max: Math.max(...work),
    samples: work.length,
    paintedP50: percentile(painted, 50),
    paintedP95: percentile(painted, 95),
    renderedP50: percentile(rendered, 50),
    renderedP95: percentile(rendered, 95),
    cpuMean: cpu.reduce((a, b) => a + b, 0) / cpu.length,
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
  };
}

/**
 * Plays a scenario to its end one choice at a time, reading the page's main-thread CPU time around
 * each. The player's content note is read for `pauseMs`, then Begin pressed (not timed here).
 */
async function playthrough(browser: Browser, kind: PageKind, url: string, pauseMs: number, device: Device): Promise<Playthrough> {
  const { page, cdp, problems, close } = await freshPage(browser, kind, device);
  try {
    await firstScreen(page, url, problems);
    if (kind === 'player') {
      await sleep(pauseMs);
      await run(page, 'window.__bench.begin()');
    }
    await sleep(pauseMs);
    const result: Playthrough = { painted: [], rendered: [], work: [], cpu: [], decisions: 0, ended: false };
    for (let step = 0; step < 1000; step++) {
      const before = await threadTime(cdp);
      const s = await run<Step | null>(page, `window.__bench.${kind === 'player' ? 'stepPlayer' : 'stepBaseline'}(${step})`);
      if (!s) break;
      // A trainee reads before choosing again: the next click meets a settled page, and this
      // choice's CPU time includes all it set off after the paint (announcements, focus, fade-in).
      await sleep(pauseMs);
      const after = await threadTime(cdp);
      result.painted.push(s.painted);
      result.rendered.push(s.rendered);
      result.work.push(s.work);
      result.cpu.push(after - before);
      result.decisions++;
      result.ended = s.ended;
    }
    if (problems.length > 0) throw new Error(`${url}: ${problems.join('; ')}`);
    if (!result.ended) throw new Error(`${url}: the playthrough did not reach an ending`);
    return result;
  } finally {
    await close();
  }
}

/**
 * Full playthroughs (assessment mode: no feedback between choices) of each scenario, `runs` times,
 * player and baseline alternately; with `reducedMotionToo`, the player again with reduced motion
 * (the fade-in's share of CPU per choice).
 */
export async function latencyFigures(
  browser: Browser,
  origin: string,
  scenarios: readonly string[],
  runs: number,
  pauseMs: number,
  device: Device = THIS_MACHINE,
  reducedMotionToo = true,
): Promise<LatencyFigure[]> {
  const u = urls(origin);
  const reduced: Device = { ...device, reducedMotion: true };
  await playthrough(browser, 'player', u.player(scenarios[0]!, 'assessment'), pauseMs, device);
  const figures: LatencyFigure[] = [];
  for (const scenario of scenarios) {
    const player: Playthrough[] = [];
    const playerReduced: Playthrough[] = [];
    const baseline: Playthrough[] = [];
    for (let r = 0; r < runs; r++) {
      player.push(await playthrough(browser, 'player', u.player(scenario, 'assessment'), pauseMs, device));
      if (reducedMotionToo) playerReduced.push(await playthrough(browser, 'player', u.player(scenario, 'assessment'), pauseMs, reduced));
      baseline.push(await playthrough(browser, 'baseline', u.baseline(scenario), pauseMs, device));
    }
    const p = latency(player);
    const b = latency(baseline);
    const pr = reducedMotionToo ? latency(playerReduced) : undefined;
    figures.push({
      scenario,
      decisions: player[0]!.decisions,
      player: p,
      ...(pr ? { playerReducedMotion: pr, fadeInShare: (p.cpuMean - pr.cpuMean) / p.cpuMean } : {}),
      baseline: { ...b, decisions: baseline[0]!.decisions },
      p95Ratio: p.p95 / b.p95,
      cpuRatio: p.cpuMean / b.cpuMean,
    });
  }
  return figures;
}

interface HeapSample {
  usedKB: number;
  nodes: number;
  listeners: number;
}

async function heap(cdp: CDPSession): Promise<HeapSample> {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { usedKB: usedSize / 1024, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

/** Objects of a kind alive in the page (after GC), found by their prototype, given as a page expression. */
async function countLive(cdp: CDPSession, prototype: string): Promise<number> {
  const { result } = await cdp.send('Runtime.evaluate', { expression: prototype });
  if (!result.objectId) return 0;
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
  const { result: count } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId!, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
  await cdp.send('Runtime.releaseObject', { objectId: objects.objectId! });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return count.value as number;
}

/** What a leak would keep: every session (and its ink story) and every screen element ever shown. */
const LIVE = {
  sessions: `Object.getPrototypeOf(document.querySelector('attune-player').session)`,
  inkStories: `Object.getPrototypeOf(document.querySelector('attune-player').session.ink)`,
  debriefElements: `customElements.get('attune-debrief').prototype`,
  transcriptElements: `customElements.get('attune-transcript').prototype`,
  choicesElements: `customElements.get('attune-choices').prototype`,
};

export interface MemoryFigure {
  /** Heap after GC with the player loaded but not yet playing, per scenario page; median over runs. */
  single: { scenario: string; loadedKB: Timing; afterKB: Timing; baselineAfterKB: Timing }[];
  /** One page, scenarios played one after another (cycling through the shipped ones), debrief opened each time. */
  series: { scenario: string; usedKB: number; nodes: number; listeners: number }[];
  growthKBPerScenario: number;
  nodesGrowthPerScenario: number;
  listenersGrowthPerScenario: number;
  /** Instances alive (after GC) once the series is over: a leak keeps one per scenario played. */
  live: Record<keyof typeof LIVE, number>;
}

/**
 * Growth per scenario played, comparing like with like: the heap after scenario i against after
 * scenario i − k (the same scenario one cycle earlier), over the second half of the series (the
 * first rounds fill caches: JIT code, the attempt store).
 */
function growthPerScenario(ys: readonly number[], k: number): number {
  const diffs: number[] = [];
  for (let i = Math.max(k, Math.floor(ys.length / 2)); i < ys.length; i++) diffs.push((ys[i]! - ys[i - k]!) / k);
  return diffs.length ? diffs.reduce((a, b) => a + b, 0) / diffs.length : 0;
}

export async function memoryFigures(browser: Browser, origin: string, scenarios: readonly string[], runs: number, inARow: number): Promise<MemoryFigure> {
  const u = urls(origin);
  const single: MemoryFigure['single'] = [];
  for (const scenario of scenarios) {
    const loaded: number[] = [];
    const after: number[] = [];
    const baselineAfter: number[] = [];
    for (let r = 0; r < runs; r++) {
      {
        const { page, cdp, problems, close } = await freshPage(browser, 'player', THIS_MACHINE, false);
        try {
          await page.goto(u.player(undefined, 'assessment'), { waitUntil: 'load' });
          await run(page, 'window.__bench.afterPaint()');
          loaded.push((await heap(cdp)).usedKB);
          await run(page, `window.__bench.playScenario(${JSON.stringify(scenario)})`);
          if (problems.length > 0) throw new Error(problems.join('; '));
          after.push((await heap(cdp)).usedKB);
        } finally {
          await close();
        }
      }
      {
        const { page, cdp, problems, close } = await freshPage(browser, 'baseline');
        try {
          await firstScreen(page, u.baseline(scenario), problems);
          await run(page, 'window.__bench.playBaseline()');
          baselineAfter.push((await heap(cdp)).usedKB);
        } finally {
          await close();
        }
      }
    }
    single.push({ scenario, loadedKB: summarise(loaded), afterKB: summarise(after), baselineAfterKB: summarise(baselineAfter) });
  }

  const { page, cdp, problems, close } = await freshPage(browser, 'player', THIS_MACHINE, false);
  const series: MemoryFigure['series'] = [];
  const live = {} as MemoryFigure['live'];
  try {
    await page.goto(u.player(undefined, 'assessment'), { waitUntil: 'load' });
    for (let i = 0; i < inARow; i++) {
      const scenario = scenarios[i % scenarios.length]!;
      await run(page, `window.__bench.playScenario(${JSON.stringify(scenario)})`);
      if (problems.length > 0) throw new Error(problems.join('; '));
      series.push({ scenario, ...(await heap(cdp)) });
    }
    for (const [name, prototype] of Object.entries(LIVE)) live[name as keyof typeof LIVE] = await countLive(cdp, prototype);
  } finally {
    await close();
  }
  const k = scenarios.length;
  return {
    single,
    series,
    growthKBPerScenario: growthPerScenario(series.map((s) => s.usedKB), k),
    nodesGrowthPerScenario: growthPerScenario(series.map((s) => s.nodes), k),
    listenersGrowthPerScenario: growthPerScenario(series.map((s) => s.listeners), k),
    live,
  };
}

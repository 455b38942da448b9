/**
 * Browser figures, in headless Chromium driven by puppeteer-core (never downloads a browser):
 * time to first choice against the plain-inkjs baseline page, choice latency over full
 * playthroughs, and the JS heap after one scenario and after 20 in a row in one page.
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

/** A new page in a fresh browser context (empty cache and storage), with the harness injected. */
async function freshPage(browser: Browser, kind: PageKind, autoBegin = true) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.evaluateOnNewDocument(`${HARNESS}\n;window.__benchInit(${JSON.stringify(kind)}, ${JSON.stringify({ autoBegin })});`);
  return { page, problems, close: () => context.close() };
}

interface Marks {
  firstChoice: number;
  /** Main-thread CPU time of the page's renderer up to the first choice (ms). */
  cpu?: number;
  choicesInDom: number;
  ready?: number;
  scenarioFetched?: number;
  /** Paths of the page's own scripts and style sheets fetched before the first choice was painted. */
  files?: string[];
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

async function firstChoice(page: Page, url: string, problems: string[]): Promise<Marks> {
  await page.goto(url, { waitUntil: 'load' });
  try {
    return await run<Marks>(page, 'window.__bench.firstChoice', 20_000);
  } catch (error) {
    throw new Error(`${url}: no first choice (${String(error)}; ${problems.join('; ') || 'no page errors'})`);
  }
}

export interface FirstChoiceFigure {
  scenario: string;
  player: Timing;
  baseline: Timing;
  /** median(player) / median(baseline), measured in the same run. */
  ratio: number;
  /** Per-pair ratios (player run i / baseline run i, loaded alternately). */
  pairRatios: Timing;
  /** Main-thread CPU time up to the first choice (robust to a busy machine), and player ÷ baseline. */
  playerCpu: Timing;
  baselineCpu: Timing;
  cpuRatio: number;
  /** Player: navigation start → the scenario bundle fetched, and → the content note rendered (`attune-ready`). */
  playerFetched: Timing;
  playerReady: Timing;
  baselineFetched: Timing;
  /** The player page's scripts and style sheets fetched before its first choice was painted (every run). */
  playerFiles: string[];
}

/** Navigation start → first choice painted, for both pages, `runs` times each, alternately, each in a fresh context. */
export async function firstChoiceFigures(browser: Browser, origin: string, scenarios: readonly string[], runs: number): Promise<FirstChoiceFigure[]> {
  const u = urls(origin);
  const load = async (kind: PageKind, scenario: string) => {
    const { page, problems, close } = await freshPage(browser, kind);
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const marks = await firstChoice(page, kind === 'player' ? u.player(scenario, 'practice') : u.baseline(scenario), problems);
      return { ...marks, cpu: await threadTime(cdp) };
    } finally {
      await close();
    }
  };
  // Warm-up: the first page loads of a browser are slower for reasons of its own.
  for (const kind of ['player', 'baseline'] as const) for (let i = 0; i < 2; i++) await load(kind, scenarios[0]!);
  const figures: FirstChoiceFigure[] = [];
  for (const scenario of scenarios) {
    const player: Marks[] = [];
    const baseline: Marks[] = [];
    for (let r = 0; r < runs; r++) {
      // Alternate which page goes first, so a slow moment does not always hit the same one.
      const order: PageKind[] = r % 2 ? ['baseline', 'player'] : ['player', 'baseline'];
      for (const kind of order) (kind === 'player' ? player : baseline).push(await load(kind, scenario));
    }
    const p = summarise(player.map((m) => m.firstChoice));
    const b = summarise(baseline.map((m) => m.firstChoice));
    figures.push({
      scenario,
      player: p,
      baseline: b,
      ratio: p.median / b.median,
      pairRatios: summarise(player.map((m, i) => m.firstChoice / baseline[i]!.firstChoice)),
      playerCpu: summarise(player.map((m) => m.cpu ?? Number.NaN)),
      baselineCpu: summarise(baseline.map((m) => m.cpu ?? Number.NaN)),
      cpuRatio: summarise(player.map((m) => m.cpu ?? Number.NaN)).median / summarise(baseline.map((m) => m.cpu ?? Number.NaN)).median,
      playerFetched: summarise(player.map((m) => m.scenarioFetched ?? Number.NaN)),
      playerReady: summarise(player.map((m) => m.ready ?? Number.NaN)),
      baselineFetched: summarise(baseline.map((m) => m.scenarioFetched ?? Number.NaN)),
      playerFiles: [...new Set(player.flatMap((m) => m.files ?? []))].sort(),
    });
  }
  return figures;
}

interface Step {
  painted: number;
  rendered: number;
  work: number;
  ended: boolean;
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

interface Latency {
  /** Per playthrough p50 / p95 of click → next choice set painted, less the idle wait for the next frame; median (min–max) over playthroughs. */
  p50: Timing;
  p95: Timing;
  /** Every click of every playthrough pooled (same measure). */
  pooled: { p50: number; p95: number; max: number; samples: number };
  /** Click → painted including the wait for the display's next frame (0–16.7 ms at 60 Hz), pooled. */
  paintedP50: number;
  paintedP95: number;
  /** Click → the DOM updated (before style, layout and paint), pooled. */
  renderedP50: number;
  renderedP95: number;
  /** Main-thread CPU time per choice, pooled: robust to a busy machine, unlike the wall-clock figures. */
  cpuP50: number;
  cpuP95: number;
}

export interface LatencyFigure {
  scenario: string;
  decisions: number;
  player: Latency;
  baseline: Latency & { decisions: number };
  /** median p95 player / median p95 baseline. */
  p95Ratio: number;
  /** pooled CPU p95 player / baseline. */
  cpuP95Ratio: number;
}

function latency(runs: readonly Playthrough[]): Latency {
  const pooled = runs.flatMap((p) => p.work);
  const painted = runs.flatMap((p) => p.painted);
  const rendered = runs.flatMap((p) => p.rendered);
  const cpu = runs.flatMap((p) => p.cpu);
  return {
    p50: summarise(runs.map((p) => percentile(p.work, 50))),
    p95: summarise(runs.map((p) => percentile(p.work, 95))),
    pooled: { p50: percentile(pooled, 50), p95: percentile(pooled, 95), max: Math.max(...pooled), samples: pooled.length },
    paintedP50: percentile(painted, 50),
    paintedP95: percentile(painted, 95),
    renderedP50: percentile(rendered, 50),
    renderedP95: percentile(rendered, 95),
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
  };
}

/** Plays a scenario to its end one choice at a time, reading the page's main-thread CPU time around each. */
async function playthrough(browser: Browser, kind: PageKind, url: string, pauseMs: number): Promise<Playthrough> {
  const { page, problems, close } = await freshPage(browser, kind);
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await firstChoice(page, url, problems);
    const result: Playthrough = { painted: [], rendered: [], work: [], cpu: [], decisions: 0, ended: false };
    for (let step = 0; step < 1000; step++) {
      const before = await threadTime(cdp);
      const s = await run<Step | null>(page, `window.__bench.${kind === 'player' ? 'stepPlayer' : 'stepBaseline'}(${step})`);
      if (!s) break;
      // A trainee reads before choosing again: the next click meets a settled page, and this
      // choice's CPU time includes all it set off after the paint (announcements, focus, fade-in).
      await new Promise((r) => setTimeout(r, pauseMs));
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

/** Full playthroughs (assessment mode: no feedback between choices) of each scenario, `runs` times, player and baseline alternately. */
export async function latencyFigures(browser: Browser, origin: string, scenarios: readonly string[], runs: number, pauseMs: number): Promise<LatencyFigure[]> {
  const u = urls(origin);
  await playthrough(browser, 'player', u.player(scenarios[0]!, 'assessment'), pauseMs);
  const figures: LatencyFigure[] = [];
  for (const scenario of scenarios) {
    const player: Playthrough[] = [];
    const baseline: Playthrough[] = [];
    for (let r = 0; r < runs; r++) {
      player.push(await playthrough(browser, 'player', u.player(scenario, 'assessment'), pauseMs));
      baseline.push(await playthrough(browser, 'baseline', u.baseline(scenario), pauseMs));
    }
    const p = latency(player);
    const b = latency(baseline);
    figures.push({
      scenario,
      decisions: player[0]!.decisions,
      player: p,
      baseline: { ...b, decisions: baseline[0]!.decisions },
      p95Ratio: p.p95.median / b.p95.median,
      cpuP95Ratio: p.cpuP95 / b.cpuP95,
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
        const { page, problems, close } = await freshPage(browser, 'player', false);
        try {
          const cdp = await page.createCDPSession();
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
        const { page, problems, close } = await freshPage(browser, 'baseline');
        try {
          const cdp = await page.createCDPSession();
          await firstChoice(page, u.baseline(scenario), problems);
          await run(page, 'window.__bench.playBaseline()');
          baselineAfter.push((await heap(cdp)).usedKB);
        } finally {
          await close();
        }
      }
    }
    single.push({ scenario, loadedKB: summarise(loaded), afterKB: summarise(after), baselineAfterKB: summarise(baselineAfter) });
  }

  const { page, problems, close } = await freshPage(browser, 'player', false);
  const series: MemoryFigure['series'] = [];
  const live = {} as MemoryFigure['live'];
  try {
    const cdp = await page.createCDPSession();
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

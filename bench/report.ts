/** The shape of `bench/results.json`, the speed goals of issue 17, and the Markdown table made from them. */
import type { FirstScreenFigure, LatencyFigure, MemoryFigure } from './browser.js';
import type { CompilerCheck, PageBundle, Size } from './bundle.js';
import type { CheckerFigure } from './checker.js';
import type { CompileFigure, ReplayFigure } from './engine.js';
import type { Timing } from './stats.js';

/**
 * What a trainee feels, as ratios to the plain-inkjs page playing the same story in the same run
 * (a player that validates, persists and announces cannot do less work than a page that only
 * prints ink, and absolute milliseconds on a shared machine are noise), plus absolute limits on a
 * low-end device (Chromium's CPU throttling).
 */
export const GOALS = {
  /** Navigation → first interactive screen painted (the content note's Begin), ÷ the plain page's time to its first choice. */
  firstScreenRatio: 1,
  /** Begin → first choices painted p95, ÷ the plain page's click → next choices p95. */
  beginRatio: 1,
  /** Click → next choices painted p95, ÷ the plain page's. */
  choiceP95Ratio: 1.5,
  /** Main-thread CPU per choice, ÷ the plain page's. */
  cpuPerChoiceRatio: 2,
  lowEnd: {
    /** Chromium CPU throttling rate. */
    cpuSlowdown: 4,
    firstScreenMs: 1000,
    choiceP95Ms: 100,
  },
  /** JS + CSS whose download starts before the first screen is painted, gzip, kB (1 kB = 1000 bytes). */
  firstScreenCodeGzipKB: 64,
  /** SCORM 1.2 `cmi.suspend_data`. */
  replayCodeChars: 4096,
  /**
   * Heap growth per scenario played, like for like (kB), late in the series. Above this the player
   * is taken to leak: above what warming up (JIT code, type feedback) and the attempt history (a
   * record per attempt, by design) add, well below what keeping a played scenario would cost (its
   * ink story, session and transcript: hundreds of kB). The count of live sessions, ink stories
   * and screen elements after the series is the direct evidence.
   */
  heapGrowthKBPerScenario: 50,
};

/** The code the player page fetched before its first screen (paths measured in Chromium, sized from the build). */
export interface FirstScreenCode {
  files: { file: string; gzip: number }[];
  gzip: number;
  /** Whether the inkjs runtime's chunk (the playing code) was among them. */
  inkRuntime: boolean;
}

export interface AnalysisFigures {
  /** From the checker's benchmark (bench/checker.ts). */
  figures: CheckerFigure[];
}

/** 2: the goals of issue 17 (1: issue 8's). */
export const RESULTS_FORMAT = 2;

export interface Results {
  format: typeof RESULTS_FORMAT;
  generatedAt: string;
  commit: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; platform: string };
  /** os.loadavg() (1, 5, 15 minutes) when the run started and ended: a busy machine means noisy figures. */
  load: { start: number[]; end: number[] };
  settings: Record<string, number | boolean | string>;
  goals: typeof GOALS;
  /** Sections that failed, with the error. */
  errors: Record<string, string>;
  durationSeconds?: number;
  bundle?: {
    embed: PageBundle;
    library: PageBundle;
    baseline: PageBundle;
    libraries: Record<'inkjs' | 'lit' | 'zod', Size>;
    compiler: CompilerCheck;
  };
  compile?: CompileFigure[];
  replay?: { stories: ReplayFigure[]; twoHundred: number; empty: number };
  analysis?: AnalysisFigures;
  browser?: { chromium: string; scenarios: string[] };
  firstScreen?: FirstScreenFigure[];
  firstScreenCode?: FirstScreenCode;
  latency?: LatencyFigure[];
  lowEnd?: { cpuSlowdown: number; firstScreen?: FirstScreenFigure[]; latency?: LatencyFigure[] };
  memory?: MemoryFigure;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (kb: number) => `${(kb / 1024).toFixed(2)} MB`;
const num = (n: number, digits = 1) => n.toFixed(digits);
const t = (x: Timing, digits = 0) => `${num(x.median, digits)} ms (${num(x.min, digits)}–${num(x.max, digits)})`;
const ratio = (r: number) => `${num(r, 2)}×`;
const met = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? '✓' : '✗');
const pct = (share: number) => `${Math.round(100 * share)} %`;

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], align?: string): string {
  return [row(head), align ?? row(head.map(() => '---')), ...rows.map(row)].join('\n');
}

const isIntercept = (story: string) => /intercept/i.test(story);

/** The scenario with the largest `of`. */
function worstOf<T>(items: readonly T[], of: (item: T) => number): T {
  return items.reduce((a, x) => (of(x) > of(a) ? x : a));
}

export function renderReport(r: Results): string {
  const out: string[] = [];
  const when = r.generatedAt.slice(0, 10);
  const chromium = r.browser ? `, ${r.browser.chromium.replace(/^(Headless)?Chrome\//, 'Chromium ')}` : '';
  const g = r.goals;
  out.push(
    `_Measured by \`npm run bench\` on ${when} (commit ${r.commit}; ${r.machine.cpus} × ${r.machine.cpuModel.trim()}, Node ${r.machine.node}${chromium}; ` +
      `**load average at the start of the run ${r.load.start.join(' / ')}** (1 / 5 / 15 min; at the end ${r.load.end.join(' / ')})${r.settings['quick'] ? '; quick run' : ''}). ` +
      `Times are medians of repeated runs, with (min–max), or percentiles of every sample pooled; every ratio compares the player with the plain-inkjs page (\`bench/baseline/\`) playing the same story in the same run. Full figures: \`bench/results.json\`._`,
  );
  out.push('');

  const summary: string[][] = [];
  const plainP95 = (scenario: string) => r.latency?.find((l) => l.scenario === scenario)?.baseline.p95;
  const fs = r.firstScreen ?? [];
  if (fs.length) {
    const worst = worstOf(fs, (f) => f.ratio);
    const best = worstOf(fs, (f) => -f.ratio);
    summary.push([
      'First screen: navigation → the first interactive screen painted (the content note with Begin) ÷ the plain page’s navigation → first choice painted',
      `${ratio(best.ratio)} (${best.scenario}) to **${ratio(worst.ratio)}** (${worst.scenario}: ${num(worst.player.median, 0)} ms vs ${num(worst.baseline.median, 0)} ms). ` +
        `Main-thread CPU to it ${ratio(Math.min(...fs.map((f) => f.cpuRatio)))}–${ratio(Math.max(...fs.map((f) => f.cpuRatio)))} the plain page’s`,
      `≤ ${num(g.firstScreenRatio, 1)} ×`,
      met(worst.ratio <= g.firstScreenRatio),
    ]);
    const begins = fs.map((f) => ({ f, plain: plainP95(f.scenario) })).filter((x) => x.plain !== undefined);
    if (begins.length) {
      const w = worstOf(begins, (x) => x.f.beginToChoice.p95 / x.plain!);
      const ready = worstOf(fs, (f) => f.readyAfterScreen.median);
      summary.push([
        `Begin (pressed ${String(r.settings['readingPauseMs'])} ms after the note was painted) → first choice painted, p95 ÷ the plain page’s click → next choices p95`,
        `**${ratio(w.f.beginToChoice.p95 / w.plain!)}** (${w.f.scenario}: ${num(w.f.beginToChoice.p95)} ms vs ${num(w.plain!)} ms). ` +
          `The story was ready ${num(ready.readyAfterScreen.median, 0)} ms after the note was painted at most (${ready.scenario}; median)`,
        `≤ ${num(g.beginRatio, 1)} ×`,
        met(w.f.beginToChoice.p95 / w.plain! <= g.beginRatio),
      ]);
    }
  }
  const lat = r.latency ?? [];
  if (lat.length) {
    const w = worstOf(lat, (l) => l.p95Ratio);
    summary.push([
      'Choice: click → next choices painted, p95 (every click of every playthrough) ÷ the plain page’s',
      `**${ratio(w.p95Ratio)}** (${w.scenario}: ${num(w.player.p95)} ms vs ${num(w.baseline.p95)} ms); best ${ratio(Math.min(...lat.map((l) => l.p95Ratio)))}`,
      `≤ ${num(g.choiceP95Ratio, 1)} ×`,
      met(w.p95Ratio <= g.choiceP95Ratio),
    ]);
    const c = worstOf(lat, (l) => l.cpuRatio);
    const shares = lat.filter((l) => l.fadeInShare !== undefined);
    summary.push([
      'Main-thread CPU per choice (click → the next click, a reading pause later; mean) ÷ the plain page’s',
      `**${ratio(c.cpuRatio)}** (${c.scenario}: ${num(c.player.cpuMean)} ms vs ${num(c.baseline.cpuMean)} ms)` +
        (shares.length
          ? `. The fade-in’s share of it: ${pct(Math.min(...shares.map((l) => l.fadeInShare!)))}–${pct(Math.max(...shares.map((l) => l.fadeInShare!)))} ` +
            `(with reduced motion ${num(Math.min(...shares.map((l) => l.playerReducedMotion!.cpuMean)))}–${num(Math.max(...shares.map((l) => l.playerReducedMotion!.cpuMean)))} ms per choice, ` +
            `${ratio(Math.max(...shares.map((l) => l.playerReducedMotion!.cpuMean / l.baseline.cpuMean)))} the plain page’s at most)`
          : ''),
      `≤ ${num(g.cpuPerChoiceRatio, 1)} ×`,
      met(c.cpuRatio <= g.cpuPerChoiceRatio),
    ]);
  }
  const low = r.lowEnd;
  if (low?.firstScreen?.length) {
    const w = worstOf(low.firstScreen, (f) => f.player.median);
    summary.push([
      `Low-end device (CPU throttled ×${low.cpuSlowdown}): first screen`,
      `**${num(w.player.median, 0)} ms** (${w.scenario}; ${num(w.player.min, 0)}–${num(w.player.max, 0)}); the plain page’s first choice ${num(w.baseline.median, 0)} ms`,
      `< ${g.lowEnd.firstScreenMs} ms`,
      met(w.player.median < g.lowEnd.firstScreenMs),
    ]);
  }
  if (low?.latency?.length) {
    const w = worstOf(low.latency, (l) => l.player.paintedP95);
    summary.push([
      `Low-end device (CPU throttled ×${low.cpuSlowdown}): click → next choices painted, p95 (with the wait for the frame)`,
      `**${num(w.player.paintedP95)} ms** (${w.scenario}); the plain page’s ${num(w.baseline.paintedP95)} ms`,
      `< ${g.lowEnd.choiceP95Ms} ms`,
      met(w.player.paintedP95 < g.lowEnd.choiceP95Ms),
    ]);
  }
  const code = r.firstScreenCode;
  const b = r.bundle;
  if (code) {
    summary.push([
      'JS + CSS fetched before the first screen (downloads started before it was painted, measured in Chromium)',
      `**${kB(code.gzip)} gzip** in ${code.files.length} files; ${code.inkRuntime ? 'the inkjs runtime among them' : 'the inkjs runtime and the playing code load after it'}` +
        (b ? ` (the whole embed page can load ${kB(b.embed.total.gzip)} gzip; the inkjs runtime alone is ${kB(b.libraries.inkjs.gzip)}, lit ${kB(b.libraries.lit.gzip)}, zod/mini ≥ ${kB(b.libraries.zod.gzip)})` : ''),
      `≤ ${g.firstScreenCodeGzipKB} kB gzip`,
      met(code.gzip <= g.firstScreenCodeGzipKB * 1000),
    ]);
  }
  if (b) {
    summary.push([
      'Ink compiler (`inkjs/full`) in any shipped file',
      b.compiler.found.length === 0
        ? `no (none of its ${b.compiler.markers} compiler-only strings found)`
        : `${b.compiler.inBundle ? 'YES' : 'no'}: ${b.compiler.found.map((f) => `${f.file} has ${f.markers} of ${b.compiler.markers} compiler-only strings`).join('; ')}`,
      'never',
      met(!b.compiler.inBundle),
    ]);
  }
  if (r.memory) {
    const m = r.memory;
    const live = m.live ?? {};
    const leaking = Object.values(live).some((n) => n > 1);
    const first = m.series[0];
    const last = m.series[m.series.length - 1];
    const singles = m.single.map((s) => s.afterKB.median);
    summary.push([
      `Memory: JS heap after GC after one whole scenario; after ${m.series.length} played in a row in one page`,
      `${MB(Math.min(...singles))}–${MB(Math.max(...singles))}; ${first ? MB(first.usedKB) : '?'} after the first → **${last ? MB(last.usedKB) : '?'}** after the ${m.series.length}th, ` +
        `late growth ${num(m.growthKBPerScenario)} kB per scenario (like for like); alive at the end: ${Object.entries(live)
          .map(([k, n]) => `${k.replace(/([A-Z])/g, ' $1').toLowerCase()} ${n}`)
          .join(', ')}`,
      `no growth beyond noise (< ${g.heapGrowthKBPerScenario} kB per scenario, nothing kept per scenario)`,
      met(m.growthKBPerScenario < g.heapGrowthKBPerScenario && !leaking),
    ]);
  }
  if (r.replay) {
    const per = (r.replay.twoHundred - r.replay.empty) / 200;
    summary.push([
      'Replay code length',
      `${r.replay.empty} characters + ${num(per, per % 1 ? 2 : 0)} per decision; **${r.replay.twoHundred}** for a 200-decision story`,
      `≤ ${g.replayCodeChars.toLocaleString('en-GB')} (SCORM 1.2)`,
      met(r.replay.twoHundred <= g.replayCodeChars),
    ]);
  }
  if (b) {
    summary.push([
      'Bundles (JS + CSS, everything each page can load)',
      `embed page (\`player.html\`) ${kB(b.embed.total.gzip)} gzip · ${kB(b.embed.total.brotli)} brotli · ${kB(b.embed.total.bytes)} minified; library page (\`index.html\`) ${kB(b.library.total.gzip)} gzip; plain page ${kB(b.baseline.total.gzip)} gzip`,
      '',
      '',
    ]);
  }
  if (r.compile?.length) {
    const stories = r.compile.filter((c) => !isIntercept(c.story));
    const intercept = r.compile.find((c) => isIntercept(c.story));
    summary.push([
      'Compile time (Node): every shipped story cold (fresh process) / warm',
      `${num(Math.min(...stories.map((c) => c.cold.median)), 0)}–${num(Math.max(...stories.map((c) => c.cold.median)), 0)} ms / ${num(Math.min(...stories.map((c) => c.warm.median)), 1)}–${num(Math.max(...stories.map((c) => c.warm.median)), 1)} ms` +
        (intercept ? `; The Intercept (${intercept.lines.toLocaleString('en-GB')} lines) ${num(intercept.cold.median, 0)} / ${num(intercept.warm.median, 0)} ms` : ''),
      '',
      '',
    ]);
  }
  if (r.analysis?.figures.length) {
    const diamonds = r.analysis.figures.filter((f) => f.naiveMs !== undefined);
    const biggest = diamonds[diamonds.length - 1];
    summary.push([
      'Analysis (the checker): explorer vs naive path enumeration',
      biggest ? `naive ÷ explorer = **${ratio(biggest.naiveMs! / biggest.explorerMs)}** on the ${biggest.story} (${Number(biggest.paths).toLocaleString('en-GB')} paths)` : 'no naive comparison',
      '',
      '',
    ]);
  }
  if (summary.length > 0) {
    out.push(table(['', 'Result', 'Goal', ''], summary, '|---|---|---|:-:|'));
    out.push('');
  }

  const ids = r.browser?.scenarios ?? [];
  if (fs.length || lat.length) {
    out.push('**Per scenario, in headless Chromium, on this machine** (player ÷ plain page in brackets):');
    out.push('');
    const rows = ids.map((id) => {
      const f = fs.find((x) => x.scenario === id);
      const l = lat.find((x) => x.scenario === id);
      const plain = l?.baseline.p95;
      return [
        id,
        f ? `${t(f.player)} / ${t(f.baseline)} (${ratio(f.ratio)})` : '',
        f ? `${num(f.playerCpu.median, 0)} / ${num(f.baselineCpu.median, 0)} ms (${ratio(f.cpuRatio)})` : '',
        f ? `${num(f.beginToChoice.p95)} ms${plain !== undefined ? ` (${ratio(f.beginToChoice.p95 / plain)})` : ''}; ready ${num(f.readyAfterScreen.median, 0)} ms after the note` : '',
        l ? String(l.decisions) : '',
        l ? `${num(l.player.p50)} / ${num(l.player.p95)} ms vs ${num(l.baseline.p50)} / ${num(l.baseline.p95)} ms (${ratio(l.p95Ratio)})` : '',
        l ? `${num(l.player.cpuMean)} vs ${num(l.baseline.cpuMean)} ms (${ratio(l.cpuRatio)})` : '',
        l?.playerReducedMotion ? `${num(l.playerReducedMotion.cpuMean)} ms; fade-in ${pct(l.fadeInShare!)}` : '',
      ];
    });
    out.push(
      table(
        ['Scenario', 'First screen: player / plain', 'CPU to it', 'Begin → first choice p95', 'Decisions', 'Choice p50 / p95: player vs plain', 'CPU per choice', 'CPU per choice, reduced motion'],
        rows,
      ),
    );
    out.push('');
  }
  if (low?.firstScreen?.length || low?.latency?.length) {
    out.push(`**Per scenario, low-end device** (Chromium CPU throttling ×${low.cpuSlowdown}; latency with the wait for the frame):`);
    out.push('');
    const rows = ids.map((id) => {
      const f = low.firstScreen?.find((x) => x.scenario === id);
      const l = low.latency?.find((x) => x.scenario === id);
      return [
        id,
        f ? `${t(f.player)} / ${t(f.baseline)} (${ratio(f.ratio)})` : '',
        f ? `${num(f.beginToChoice.paintedP95)} ms; ready ${num(f.readyAfterScreen.median, 0)} ms after the note` : '',
        l ? `${num(l.player.paintedP50)} / ${num(l.player.paintedP95)} ms vs ${num(l.baseline.paintedP50)} / ${num(l.baseline.paintedP95)} ms` : '',
        l ? `${num(l.player.cpuMean)} vs ${num(l.baseline.cpuMean)} ms (${ratio(l.cpuRatio)})` : '',
      ];
    });
    out.push(table(['Scenario', 'First screen: player / plain', 'Begin → first choice p95', 'Choice p50 / p95: player vs plain', 'CPU per choice'], rows));
    out.push('');
  }
  if (code) {
    out.push(`**Fetched before the first screen** (gzip): ${code.files.map((f) => `\`${f.file}\` ${kB(f.gzip)}`).join(', ')}.`);
    out.push('');
  }
  if (fs.length || lat.length) {
    out.push(
      'How it is measured: each page load in a fresh browser context (empty cache and storage). The first screen is the frame that first paints the content note’s Begin button (the plain page: its first choices). ' +
        `A trainee reads before acting: Begin is pressed ${String(r.settings['readingPauseMs'])} ms after the note was painted, and each choice ${String(r.settings['readingPauseMs'])} ms after the previous choices were painted, on both pages. ` +
        'Latency playthroughs are in assessment mode (no feedback between choices), choosing option *step mod n*, the same path on both pages. ' +
        'Click → painted runs to the end of the frame that paints the next choices, less the idle wait for that frame to start (the display’s 60 Hz clock adds 0–16.7 ms whatever a page does); the low-end figures keep that wait. ' +
        '“CPU per choice” is the page’s main-thread CPU time (Chromium’s thread ticks) from the click to the next click, so it includes what the choice set off after the paint (announcements, focus, the fade-in); a busy machine barely changes it, unlike the wall-clock figures. ' +
        'The reduced-motion column is the same playthroughs with `prefers-reduced-motion: reduce`, which drops the transcript’s fade-in: the difference is the fade-in’s share. ' +
        '“CPU to it” (the first screen) is read just after the first screen is reported, so the player’s figure can include the start of what it does next (asking for its playing code).',
    );
    out.push('');
  }

  if (r.compile?.length || r.analysis?.figures.length) {
    out.push('**Compile and analysis** (Node; compile cold = a fresh process per run):');
    out.push('');
    const names = new Set<string>([...(r.compile ?? []).map((c) => c.story), ...(r.analysis?.figures ?? []).filter((f) => f.naiveMs === undefined && !/^diamond/.test(f.story)).map((f) => f.story)]);
    const rows = [...names]
      .filter((name) => !(isIntercept(name) && r.compile?.some((c) => isIntercept(c.story)) && !r.compile.some((c) => c.story === name)))
      .map((name) => {
        const c = r.compile?.find((x) => x.story === name);
        const a = r.analysis?.figures.find((x) => x.story === name || (isIntercept(name) && isIntercept(x.story)));
        return [
          isIntercept(name) ? 'The Intercept (inkle)' : name,
          c ? c.lines.toLocaleString('en-GB') : '',
          c ? t(c.cold) : '',
          c ? t(c.warm, 1) : '',
          a ? `${num(a.explorerMs, a.explorerMs < 100 ? 1 : 0)} ms${a.complete ? '' : ' (incomplete)'}` : '',
          a ? a.states.toLocaleString('en-GB') : '',
          a ? a.paths : '',
        ];
      });
    out.push(table(['Story', 'Lines', 'Compile cold', 'Compile warm', 'Analysis', 'States', 'Paths'], rows));
    out.push('');
  }

  const diamonds = r.analysis?.figures.filter((f) => /^diamond/.test(f.story)) ?? [];
  if (diamonds.length > 0) {
    out.push('**Checker on generated diamond chains** (n successive choices whose options rejoin: the paths grow exponentially with n, the states linearly):');
    out.push('');
    out.push(
      table(
        ['Chain', 'Paths', 'Explorer', 'Naive enumeration', 'naive ÷ explorer'],
        diamonds.map((d) => [
          d.story.replace('diamond chain ', ''),
          /^\d+$/.test(d.paths) && d.paths.length < 16 ? Number(d.paths).toLocaleString('en-GB') : d.paths.length > 12 ? `${d.paths.slice(0, 3)}… (${d.paths.length} digits)` : d.paths,
          `${num(d.explorerMs, d.explorerMs < 100 ? 1 : 0)} ms`,
          d.naiveMs !== undefined ? `${num(d.naiveMs, 0)} ms` : '—',
          d.naiveMs !== undefined ? ratio(d.naiveMs / d.explorerMs) : '—',
        ]),
      ),
    );
    out.push('');
  }

  const failed = Object.keys(r.errors ?? {});
  if (failed.length > 0) {
    out.push(`Sections that failed in this run: ${failed.join(', ')} (see \`errors\` in \`bench/results.json\`).`);
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** The shape of `bench/results.json`, the goals of issue 8, and the Markdown table made from them. */
import type { FirstChoiceFigure, LatencyFigure, MemoryFigure } from './browser.js';
import type { CompilerCheck, PageBundle, Size } from './bundle.js';
import type { CheckerFigure } from './checker.js';
import type { CompileFigure, ReplayFigure } from './engine.js';
import type { Timing } from './stats.js';

export const GOALS = {
  /** Embed bundle, gzip, kB (1 kB = 1000 bytes). */
  embedGzipKB: 60,
  /** Time to first choice, player ÷ baseline. */
  firstChoiceRatio: 1,
  /** Choice latency p95, ms. */
  choiceLatencyP95Ms: 8,
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

export interface AnalysisFigures {
  /** From the checker's benchmark (bench/checker.ts). */
  figures: CheckerFigure[];
}

export interface Results {
  format: 1;
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
  firstChoice?: FirstChoiceFigure[];
  latency?: LatencyFigure[];
  memory?: MemoryFigure;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (kb: number) => `${(kb / 1024).toFixed(2)} MB`;
const num = (n: number, digits = 1) => n.toFixed(digits);
const t = (x: Timing, digits = 0) => `${num(x.median, digits)} ms (${num(x.min, digits)}–${num(x.max, digits)})`;
const ratio = (r: number) => `${num(r, 2)}×`;
const met = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? '✓' : '✗');
const pct = (part: number, whole: number) => `${Math.round((100 * part) / whole)} %`;

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], align?: string): string {
  return [row(head), align ?? row(head.map(() => '---')), ...rows.map(row)].join('\n');
}

const isIntercept = (story: string) => /intercept/i.test(story);

export function renderReport(r: Results): string {
  const out: string[] = [];
  const when = r.generatedAt.slice(0, 10);
  const chromium = r.browser ? `, ${r.browser.chromium.replace(/^(Headless)?Chrome\//, 'Chromium ')}` : '';
  out.push(
    `_Measured by \`npm run bench\` on ${when} (commit ${r.commit}; ${r.machine.cpus} × ${r.machine.cpuModel.trim()}, Node ${r.machine.node}${chromium}; ` +
      `load average at start ${r.load.start.join(' / ')}${r.settings['quick'] ? '; quick run' : ''}). ` +
      `Every time is the median of repeated runs, with (min–max); every ratio compares figures from the same run. Full figures: \`bench/results.json\`._`,
  );
  out.push('');

  const summary: string[][] = [];
  const b = r.bundle;
  if (b) {
    const e = b.embed.total;
    // What the page really fetched before its first choice (measured in Chromium), else the static
    // view (the page's scripts and their static imports), which counts the embed page's immediate
    // import() of the player as "later".
    const measured = r.firstChoice?.[0]?.playerFiles;
    const upFront = measured
      ? b.embed.files.filter((f) => measured.includes(`/${f.file}`)).reduce((sum, f) => sum + f.gzip, 0)
      : b.embed.initial.gzip;
    const later = e.gzip - upFront;
    summary.push([
      'Embed bundle (what `player.html` loads: player, engine, inkjs runtime; JS + CSS)',
      `**${kB(e.gzip)} gzip** · ${kB(e.brotli)} brotli · ${kB(e.bytes)} minified` +
        (later > 0 ? ` (${kB(upFront)} gzip ${measured ? 'fetched before the first choice, in Chromium' : 'loaded up front'}; ${kB(later)} after it)` : '') +
        '; ' +
        `the inkjs runtime alone is ${kB(b.libraries.inkjs.gzip)} gzip (${pct(b.libraries.inkjs.gzip, e.gzip)}); zod/mini ≥ ${kB(b.libraries.zod.gzip)}, lit ${kB(b.libraries.lit.gzip)}`,
      `≤ ${r.goals.embedGzipKB} kB gzip`,
      met(e.gzip <= r.goals.embedGzipKB * 1000),
    ]);
    summary.push([
      'Library page (`index.html`)',
      `${kB(b.library.total.gzip)} gzip · ${kB(b.library.total.brotli)} brotli · ${kB(b.library.total.bytes)} minified`,
      '',
      '',
    ]);
    summary.push([
      'Ink compiler (`inkjs/full`) in any shipped file',
      b.compiler.found.length === 0
        ? `no (none of its ${b.compiler.markers} compiler-only strings found)`
        : `${b.compiler.inBundle ? 'YES' : 'no'}: ${b.compiler.found.map((f) => `${f.file} has ${f.markers} of ${b.compiler.markers} compiler-only strings`).join('; ')}`,
      'never',
      met(!b.compiler.inBundle),
    ]);
  }
  if (r.firstChoice?.length) {
    const worst = r.firstChoice.reduce((a, f) => (f.ratio > a.ratio ? f : a));
    const best = r.firstChoice.reduce((a, f) => (f.ratio < a.ratio ? f : a));
    summary.push([
      'Time to first choice, player ÷ plain-inkjs baseline (navigation start → first choice painted)',
      `${ratio(best.ratio)} (${best.scenario}) to **${ratio(worst.ratio)}** (${worst.scenario}); player ${num(worst.player.median, 0)} ms vs ${num(worst.baseline.median, 0)} ms` +
        (worst.playerCpu ? `. Main-thread CPU to the first choice: ${ratio(Math.min(...r.firstChoice.map((f) => f.cpuRatio)))}–${ratio(Math.max(...r.firstChoice.map((f) => f.cpuRatio)))} the baseline's` : ''),
      `ratio ≤ ${num(r.goals.firstChoiceRatio, 1)}`,
      met(worst.ratio <= r.goals.firstChoiceRatio),
    ]);
  }
  if (r.latency?.length) {
    const worst = r.latency.reduce((a, f) => (f.player.p95.median > a.player.p95.median ? f : a));
    const p50 = Math.max(...r.latency.map((f) => f.player.p50.median));
    summary.push([
      'Choice latency, click → next choice set painted (p95 over a playthrough; worst scenario)',
      `p95 **${num(worst.player.p95.median)} ms** (${worst.scenario}), p50 ≤ ${num(p50)} ms; baseline p95 ${num(worst.baseline.p95.median)} ms. ` +
        (worst.player.cpuP95 !== undefined
          ? `Main-thread CPU per choice p95 ${num(Math.max(...r.latency.map((f) => f.player.cpuP95)))} ms (baseline ${num(Math.max(...r.latency.map((f) => f.baseline.cpuP95)))} ms)`
          : ''),
      `p95 < ${r.goals.choiceLatencyP95Ms} ms`,
      met(worst.player.p95.median < r.goals.choiceLatencyP95Ms),
    ]);
  }
  if (r.replay) {
    const per = (r.replay.twoHundred - r.replay.empty) / 200;
    summary.push([
      'Replay code length',
      `${r.replay.empty} characters + ${num(per, per % 1 ? 2 : 0)} per decision; **${r.replay.twoHundred}** for a 200-decision story`,
      `≤ ${r.goals.replayCodeChars.toLocaleString('en-GB')} (SCORM 1.2)`,
      met(r.replay.twoHundred <= r.goals.replayCodeChars),
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
      `JS heap after GC: after one whole scenario; after ${m.series.length} played in a row in one page`,
      `${MB(Math.min(...singles))}–${MB(Math.max(...singles))}; ${first ? MB(first.usedKB) : '?'} after the first → **${last ? MB(last.usedKB) : '?'}** after the ${m.series.length}th, ` +
        `late growth ${num(m.growthKBPerScenario)} kB per scenario (like for like); alive at the end: ${Object.entries(live)
          .map(([k, n]) => `${k.replace(/([A-Z])/g, ' $1').toLowerCase()} ${n}`)
          .join(', ')}`,
      `no growth beyond noise (< ${r.goals.heapGrowthKBPerScenario} kB per scenario, nothing kept per scenario)`,
      met(m.growthKBPerScenario < r.goals.heapGrowthKBPerScenario && !leaking),
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

  if (r.firstChoice?.length || r.latency?.length || r.memory) {
    out.push('**Per scenario, in headless Chromium** (time to first choice: a fresh browser context per load; latency: full playthroughs in assessment mode, choosing option *step mod n*, the same path on both pages):');
    out.push('');
    const ids = r.browser?.scenarios ?? [];
    const firstRows = ids.map((id) => {
      const f = r.firstChoice?.find((x) => x.scenario === id);
      return [
        id,
        f ? t(f.player) : '',
        f ? t(f.baseline) : '',
        f ? ratio(f.ratio) : '',
        f?.playerCpu ? `${num(f.playerCpu.median, 0)} ms / ${num(f.baselineCpu.median, 0)} ms = ${ratio(f.cpuRatio)}` : '',
      ];
    });
    out.push(table(['Scenario', 'First choice: player', 'baseline', 'ratio', 'main-thread CPU to it: player / baseline'], firstRows));
    out.push('');
    const rows = ids.map((id) => {
      const l = r.latency?.find((x) => x.scenario === id);
      const m = r.memory?.single.find((x) => x.scenario === id);
      return [
        id,
        l ? String(l.decisions) : '',
        l ? `${num(l.player.p50.median)} / ${num(l.player.p95.median)} ms` : '',
        l ? `${num(l.baseline.p50.median)} / ${num(l.baseline.p95.median)} ms` : '',
        l?.player.cpuP50 !== undefined ? `${num(l.player.cpuP50)} / ${num(l.player.cpuP95)} ms (${num(l.baseline.cpuP50)} / ${num(l.baseline.cpuP95)})` : '',
        m ? `${MB(m.afterKB.median)} (${MB(m.baselineAfterKB.median)})` : '',
      ];
    });
    out.push(table(['Scenario', 'Decisions', 'Choice latency p50 / p95', 'baseline', 'CPU per choice p50 / p95 (baseline)', 'Heap after playing (baseline)'], rows));
    out.push('');
    out.push(
      'The player’s content note is dismissed by script as soon as it is rendered. Latency runs from the click to the end of the frame that paints the next choices, less the idle wait for that frame to start ' +
        '(the display’s 60 Hz clock adds 0–16.7 ms whatever a page does; with it, `results.json` has `paintedP95`). Latency and first-choice times are wall-clock and suffer on a busy machine. ' +
        `Choices are made ${String(r.settings['readingPauseMs'] ?? 0)} ms after the previous ones were painted, on both pages (a trainee reads before choosing): each click meets a settled page. ` +
        '“CPU per choice” is the page’s main-thread CPU time from the click until that pause ends (Chromium’s thread ticks), so it includes what the choice set off after the paint (announcements, focus, the fade-in); a busy machine barely changes it.',
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

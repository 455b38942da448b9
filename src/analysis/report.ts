/**
 * The checker's outputs: a readable report (a table per scenario, diagnostics grouped by file) and
 * one machine-readable JSON document. Both are pure functions of a `CheckReport`.
 */
import type { Diagnostic } from '../diagnostics.js';
import { PANEL_BAR } from '../panel/agreement.js';
import { formatFigure } from '../panel/report.js';
import { allDiagnostics, type CheckReport, type EndingReport, type JsonPathCount, type PanelCheck, type ScenarioReport } from './check.js';
import type { Range } from './scores.js';

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(rows: readonly (readonly string[])[], indent = '  '): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const numeric = widths.map((_, i) => rows.slice(1).every((r) => /^[\d.,–%-]*$|^∞$|^-$/.test(r[i] ?? '')));
  const line = (row: readonly string[]) =>
    indent + row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [line(rows[0]!), indent + widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const row of rows.slice(1)) out.push(line(row));
  return out.join('\n');
}

const percent = (x: number) => `${Math.round(x * 100)}%`;
export function formatRange(range: Range | null | undefined): string {
  if (!range) return '-';
  const a = percent(range.min);
  const b = percent(range.max);
  return a === b ? a : `${a.slice(0, -1)}–${b}`;
}

export function formatPaths(paths: JsonPathCount): string {
  if (paths === null) return '?';
  if (paths === 'infinite') return '∞';
  if (typeof paths === 'number') return paths.toLocaleString('en-GB');
  // A huge exact count: show its order of magnitude.
  return `${paths.slice(0, 1)}.${paths.slice(1, 3)}e${paths.length - 1}`;
}

const span = (a: number | null, b: number | null) => (a === null ? '?' : b === null ? `${a}–∞` : a === b ? `${a}` : `${a}–${b}`);

/** The "pass" column: can an attempt that ends here be passed? */
function passText(e: EndingReport): string {
  if (!e.passable) return e.passPossibleByScores ? 'never: not passable (scores alone could pass)' : 'never: not passable';
  return e.passPossible === null ? '-' : e.passPossible ? 'possible' : 'never';
}

function scenarioSection(s: ScenarioReport): string {
  const out: string[] = [];
  const title = `━━ ${s.id}${s.title ? ` — ${s.title}` : ''} `;
  out.push(title + '━'.repeat(Math.max(4, 78 - title.length)));
  out.push([s.file, s.ink, s.rubric ? `rubric ${s.rubric}` : undefined].filter(Boolean).join(' · '));
  if (!s.explored) {
    out.push('not explored: fix the errors below first');
    return out.join('\n');
  }
  const status = s.complete ? 'complete' : `INCOMPLETE: stopped at the ${s.stoppedBy} limit`;
  out.push(`explored ${s.states.toLocaleString('en-GB')} states (${s.transitions.toLocaleString('en-GB')} choices followed) in ${s.millis.toLocaleString('en-GB')} ms, seed ${s.seed}${s.usesRandomness ? ' (the story uses randomness: other seeds may differ)' : ''} — ${status}`);
  const loops = s.loops.length === 0 ? 'no loops' : `${s.loops.length} loop${s.loops.length === 1 ? '' : 's'}${s.loops.some((l) => l.rated) ? ' (through rated decisions)' : ''}`;
  out.push(`${s.decisions} rated decisions · ${formatPaths(s.paths)} paths · ${span(s.shortestPath, s.longestPath)} decisions per path · ${loops}`);
  out.push('');

  const endings = s.endings;
  if (endings.length > 0) {
    const rows: string[][] = [['ending', 'paths', 'decisions', 'overall', 'harm flag', 'pass', 'shortest route']];
    for (const e of endings) {
      rows.push([
        e.kind === 'ending' ? e.id : `${e.id.toUpperCase()}${e.location ? ` ${e.location.file.split('/').pop()}:${e.location.line}` : ''}`,
        formatPaths(e.paths),
        span(e.shortestPath, e.longestPath),
        formatRange(e.overall),
        e.harmPossible === null ? '-' : !e.harmPossible ? 'never' : e.harmFree ? 'possible' : 'always',
        passText(e),
        e.route.length > 4 ? `${e.route.slice(0, 4).join(' → ')} → … (${e.route.length})` : e.route.join(' → ') || '(none)',
      ]);
    }
    rows.push(['all', formatPaths(s.paths), span(s.shortestPath, s.longestPath), formatRange(s.overall), '', '', '']);
    out.push(table(rows));
    out.push('');
  }
  const criteria = Object.keys(s.criteria);
  if (criteria.length > 0) {
    const named = endings.filter((e) => e.kind === 'ending');
    const rows: string[][] = [['criterion', 'all endings', ...named.map((e) => e.id)]];
    for (const c of criteria) rows.push([c, formatRange(s.criteria[c]), ...named.map((e) => formatRange(e.criteria[c]))]);
    out.push(table(rows));
    out.push('');
  }
  if (s.scoresNote) out.push(`  ${s.scoresNote}`);
  out.push(`  harm flags reachable: ${s.harmFlags.length === 0 ? 'none' : s.harmFlags.map((h) => `${h.risk} at ${h.decision}.${h.option} (${h.file}:${h.line})`).join('; ')}`);
  if (s.bestPlay.length > 0) out.push(`  best option everywhere reaches: ${s.bestPlay.join(', ')}`);
  if (s.guessability && s.guessability.decisions > 0) {
    const g = s.guessability;
    const positions = s.bestPositions.map((n, i) => `${i + 1}${['st', 'nd', 'rd'][i] ?? 'th'} ×${n}`).join(', ');
    out.push(`  best option's length rank: ${g.lengthRanks.map((r) => `${r.decision} ${r.rank}/${r.options}`).join(', ')}`);
    out.push(`  best option longest or second-longest in ${g.longestOrSecond} of ${g.ranked} decisions of 3+ options (${percent(g.share)}) · best option position: ${positions}`);
    out.push(`  trade-off decisions: ${g.tradeOffs.length}${g.tradeOffs.length > 0 ? ` (${g.tradeOffs.join(', ')})` : ''}`);
    out.push(`  briefing leaks: ${g.leaks.length === 0 ? 'none' : g.leaks.map((l) => `${l.decision}.${l.option} "${l.words}" (${l.field})`).join('; ')}`);
  }
  out.push(`  concepts: ${s.concepts.length === 0 ? 'none' : s.concepts.join(', ')}`);
  if (s.panel) out.push(...panelLines(s.id, s.panel));
  return out.join('\n');
}

/** The expert panel's figures and contested items, for information (the warnings name each contested option). */
function panelLines(id: string, p: PanelCheck): string[] {
  const figure = (v: number | null) => (v === null ? 'undefined' : formatFigure(v));
  const out = [`  expert panel: ${p.raters} rater${p.raters === 1 ? '' : 's'} (${p.files} file${p.files === 1 ? '' : 's'} in panel/) · all criteria: alpha ${figure(p.overall.alpha)}, ICC(2,k) ${figure(p.overall.icc)}${p.overall.meetsBar === null ? '' : p.overall.meetsBar ? ' (meets the bar)' : p.raters < PANEL_BAR.raters ? ` (not yet: ${p.raters} of ${PANEL_BAR.raters} raters)` : ' (below the bar)'}`];
  out.push(`    per measure: ${p.measures.map((m) => `${m.id} alpha ${figure(m.alpha)}, ICC(2,k) ${figure(m.icc)}`).join('; ')}`);
  out.push(`    contested: ${p.contested.length === 0 ? 'none' : p.contested.map((c) => `${c.decision}.${c.option} ${c.measure} (${c.reasons.join(', ')})`).join('; ')}`);
  for (const problem of p.problems) out.push(`    ${problem}`);
  out.push(`    full report: npm run agreement -- ${id}`);
  return out;
}

export function diagnosticsByFile(diagnostics: readonly Diagnostic[]): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(file);
    for (const d of list) {
      const where = d.line !== undefined ? String(d.line).padStart(5) : '    -';
      out.push(`${where}  ${d.severity === 'error' ? 'error  ' : 'warning'}  [${d.rule}] ${d.message}${d.path ? ` (at ${d.path})` : ''}`);
    }
  }
  return out.join('\n');
}

export function formatReport(report: CheckReport, options: { coverage?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`Attune scenario check — ${report.scenarios.length} scenario${report.scenarios.length === 1 ? '' : 's'}, ${report.rubrics.length} rubric${report.rubrics.length === 1 ? '' : 's'}`);
  out.push('');
  for (const s of report.scenarios) {
    out.push(scenarioSection(s));
    out.push('');
  }
  if (options.coverage ?? true) {
    const covered = Object.entries(report.coverage.concepts).filter(([, by]) => by.length > 0);
    out.push(`Concept coverage: ${covered.length} of ${Object.keys(report.coverage.concepts).length} source-article concepts`);
    if (report.coverage.missing.length > 0) out.push(`  not covered by any scenario: ${report.coverage.missing.join(', ')}`);
    out.push('');
  }
  const diagnostics = allDiagnostics(report);
  if (diagnostics.length > 0) {
    out.push(diagnosticsByFile(diagnostics));
    out.push('');
  }
  out.push(
    report.errors === 0
      ? `✓ no errors${report.warnings > 0 ? `, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}` : ''}`
      : `✗ ${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`,
  );
  return out.join('\n');
}

/** The `--json` document. */
export function jsonReport(report: CheckReport) {
  return {
    format: 1,
    errors: report.errors,
    warnings: report.warnings,
    scenarios: report.scenarios.map((s) => ({
      id: s.id,
      title: s.title,
      file: s.file,
      ink: s.ink,
      rubric: s.rubric,
      explored: s.explored,
      complete: s.complete,
      ...(s.stoppedBy ? { stoppedBy: s.stoppedBy } : {}),
      seed: s.seed,
      usesRandomness: s.usesRandomness,
      decisions: s.decisions,
      states: s.states,
      transitions: s.transitions,
      paths: s.paths,
      endings: s.endings,
      shortestPath: s.shortestPath,
      longestPath: s.longestPath,
      criteria: s.criteria,
      overall: s.overall,
      ...(s.scoresNote ? { scoresNote: s.scoresNote } : {}),
      harmFlags: s.harmFlags,
      concepts: s.concepts,
      guessability: s.guessability && { ...s.guessability, leaks: s.guessability.leaks.map(({ sourcePath: _, ...leak }) => leak) },
      bestPositions: s.bestPositions,
      bestPlay: s.bestPlay,
      loops: s.loops,
      ...(s.panel ? { panel: s.panel } : {}),
      diagnostics: s.diagnostics,
    })),
    rubrics: report.rubrics,
    other: report.other,
    coverage: report.coverage,
  };
}


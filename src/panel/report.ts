/**
 * A panel's agreement as people read it: Markdown (for a repository or an email) and a standalone
 * HTML page with the tables and a bar chart. Pure functions of a `PanelAgreement`; every text from
 * a file (option wording, comments, reviewer ids) is escaped. Never prints NaN: an undefined
 * figure is named as undefined, with the reason.
 */
import type { UndefinedReason } from './alpha.js';
import { PANEL_BAR, riskName, type Cell, type Figure, type MeasureAgreement, type PanelAgreement } from './agreement.js';

/** ".82", "−.05", "1.00" — two decimals, no leading zero, as agreement figures are usually written. */
export function formatFigure(value: number): string {
  const text = Math.abs(value).toFixed(2).replace(/^0\./, '.');
  return value < 0 && text !== '.00' ? `−${text}` : text;
}

const SHORT: Record<UndefinedReason, string> = {
  'no-pairs': 'undefined (fewer than two raters)',
  'no-variation': 'undefined (all ratings the same)',
  'too-few-units': 'undefined (too few options rated by all)',
  'units-alike': 'undefined (every option rated alike on average)',
};

/** What each reason for an undefined figure means, for the notes under the table. */
export const UNDEFINED_EXPLAINED: Record<UndefinedReason, string> = {
  'no-pairs': 'needs at least two raters rating the same option; with a single rater there is nothing to agree with.',
  'no-variation': 'every rater gave every option the same level. They agree completely, but alpha and ICC measure agreement against the spread of the ratings, and there is none, so the figure is undefined rather than 1.',
  'too-few-units': 'ICC needs at least two options rated by every rater; options a rater skipped are left out of it.',
  'units-alike': "the panel's average is the same for every option, so there are no differences between options for the raters to agree on. ICC compares those differences with the raters' disagreement, so it is undefined here (the formula would give a meaningless number, even one above 1).",
};

export const figureText = (f: Figure) => (f.value === null ? SHORT[f.undefinedBecause ?? 'no-pairs'] : formatFigure(f.value));

/** A level as written on the scale: a number for criteria, low/elevated/high for risks (halves for medians). */
export function levelText(kind: 'quality' | 'risk', value: number | null): string {
  if (value === null) return '–';
  if (kind === 'quality') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  return Number.isInteger(value) ? riskName(value) : `${riskName(Math.floor(value))}–${riskName(Math.ceil(value))}`;
}

export function barText(m: Pick<MeasureAgreement, 'meetsBar' | 'raters' | 'icc'>, bar: PanelAgreement['bar']): string {
  if (m.icc.k.value === null) return '–';
  if (m.icc.k.value < bar.icc) return `no: ICC(2,k) below ${formatFigure(bar.icc)}`;
  if (m.raters < bar.raters) return `not yet: ${m.raters} of ${bar.raters} raters`;
  return 'yes';
}

const spread = (c: Cell) => (c.min === null ? '–' : c.min === c.max ? levelText(c.kind, c.min) : `${levelText(c.kind, c.min)}–${levelText(c.kind, c.max)}`);
const reasonsText = (c: { reasons?: string[]; contested?: string[] }) =>
  (c.reasons ?? c.contested ?? []).map((r) => (r === 'authors-differ' ? 'authors differ from the panel' : 'the panel splits')).join('; ');

export function summaryLine(a: PanelAgreement): string {
  const options = a.options.length;
  const decisions = new Set(a.options.map((o) => o.decision)).size;
  const raters = a.raters.length === 0 ? 'no raters yet' : `${a.raters.length} rater${a.raters.length === 1 ? '' : 's'} (${a.raters.map((r) => r.reviewer).join(', ')})`;
  return `rubric ${a.rubric.id} ${a.rubric.version} · story ${a.scenario.storyHash} · ${raters} · ${options} options in ${decisions} decisions`;
}

/** A table of the report, as text cells: the Markdown, the HTML page and the agreement page render the same ones. */
export interface ReportTable {
  caption: string;
  head: string[];
  rows: string[][];
  /** Per row: it shows a contested item. */
  contested?: boolean[];
}

export function measureTable(a: PanelAgreement): ReportTable {
  const rows = a.measures.map((m) => [m.label, m.kind === 'quality' ? 'criterion' : 'risk', String(m.raters), String(m.units), figureText(m.alpha), figureText(m.icc.k), figureText(m.icc.single), barText(m, a.bar)]);
  const o = a.overall;
  const qualityRaters = Math.max(0, ...a.measures.filter((m) => m.kind === 'quality').map((m) => m.raters));
  rows.push(['All criteria together', 'criteria', String(qualityRaters), String(o.alpha.units), figureText(o.alpha), figureText(o.icc.k), figureText(o.icc.single), barText({ meetsBar: o.meetsBar, raters: qualityRaters, icc: o.icc }, a.bar)]);
  return {
    caption: 'Krippendorff’s alpha (ordinal) and ICC(2,k) over the options',
    head: ['measure', 'kind', 'raters', 'options', 'α (ordinal)', 'ICC(2,k)', 'ICC(2,1)', `meets the bar (ICC(2,k) ≥ ${formatFigure(PANEL_BAR.icc)}, ${PANEL_BAR.raters}+ raters)`],
    rows,
  };
}

/** What the figures under the measure table need said: why one is undefined, what ICC left out. */
export function agreementNotes(a: PanelAgreement): string[] {
  const reasons = new Set<UndefinedReason>();
  for (const m of [...a.measures, a.overall]) for (const f of [m.alpha, m.icc.k]) if (f.undefinedBecause) reasons.add(f.undefinedBecause);
  const notes = [...reasons].map((r) => `${SHORT[r][0]!.toUpperCase()}${SHORT[r].slice(1)}: ${UNDEFINED_EXPLAINED[r]}`);
  const skipped = Math.max(0, ...a.measures.map((m) => m.icc.unitsWithMissing));
  if (skipped > 0) notes.push(`ICC uses only the options every rater rated (up to ${skipped} option${skipped === 1 ? '' : 's'} left out per row); alpha uses every rating.`);
  return notes;
}

/** Each contested item: the option's key and what is said of it. */
export function contestedLines(a: PanelAgreement): { key: string; text: string }[] {
  return a.contested.map((c) => ({
    key: `${c.decision}.${c.option}`,
    text: `, ${c.label}: authors ${levelText(c.kind, c.authored)}, panel median ${levelText(c.kind, c.median)} (${levelText(c.kind, c.min)}–${levelText(c.kind, c.max)}): ${reasonsText(c)}.`,
  }));
}

/** Said instead of the contested items when there are none. */
export const noneContested = (a: PanelAgreement) =>
  a.raters.length < 2 ? 'None can be named with fewer than two raters.' : 'None: on every option the panel is within a level of the authors and spans at most one level.';

/** Per decision: every option's cells beside the authors, and the raters' comments. */
export function optionTables(a: PanelAgreement): (ReportTable & { decision: string; comments: { option: string; reviewer: string; text: string }[] })[] {
  const names = a.raters.map((r) => r.reviewer);
  return [...new Set(a.options.map((o) => o.decision))].map((decision) => {
    const options = a.options.filter((x) => x.decision === decision);
    const rows: string[][] = [];
    const contested: boolean[] = [];
    for (const o of options) {
      for (const c of o.cells) {
        rows.push([`${o.option}: ${o.text}`, labelOf(a, c.measure), levelText(c.kind, c.authored), levelText(c.kind, c.median), spread(c), c.values.map((v) => levelText(c.kind, v)).join(' '), c.contested.length > 0 ? `contested: ${reasonsText(c)}` : '']);
        contested.push(c.contested.length > 0);
      }
    }
    return {
      decision,
      caption: `Decision ${decision}`,
      head: ['option', 'rated on', 'authors', 'panel median', 'panel range', `ratings (${names.join(', ') || 'none'})`, 'note'],
      rows,
      contested,
      comments: options.flatMap((o) => o.comments.map((c) => ({ option: o.option, reviewer: c.reviewer, text: c.text }))),
    };
  });
}

export function raterTable(a: PanelAgreement): ReportTable {
  return {
    caption: 'The ratings files',
    head: ['reviewer', 'file', 'saved', 'ratings given', 'finished'],
    rows: a.raters.map((r) => [r.reviewer, r.file, r.date, `${r.given} of ${r.expected}`, r.complete ? 'yes' : 'no (stopped part-way)']),
  };
}

export const problemLines = (a: PanelAgreement) => a.problems.map((p) => `${p.severity}: ${p.file}${p.path ? ` (at ${p.path})` : ''}: ${p.message}`);

// ── Markdown ─────────────────────────────────────────────────────────────────────────────────────

const mdText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
const mdCell = (text: string) => mdText(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
const mdTable = (head: string[], rows: string[][]) =>
  [`| ${head.map(mdCell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n');

/** The measure table with its notes, in Markdown (also quoted by docs/validation.md's worked example). */
export function measureMarkdown(a: PanelAgreement): string {
  const measures = measureTable(a);
  const notes = agreementNotes(a);
  return [mdTable(measures.head, measures.rows), ...(notes.length > 0 ? ['', ...notes.map((n) => `- ${n}`)] : [])].join('\n');
}

/** The contested items, in Markdown. */
export function contestedMarkdown(a: PanelAgreement): string {
  return a.contested.length === 0 ? noneContested(a) : contestedLines(a).map((c) => `- **${c.key}**${c.text}`).join('\n');
}

export function agreementMarkdown(a: PanelAgreement): string {
  const out: string[] = [];
  out.push(`# Panel agreement: ${mdText(a.scenario.title)} (${a.scenario.id})`, '', mdText(summaryLine(a)), '');
  out.push('## Agreement per criterion and risk', '', measureMarkdown(a), '');
  out.push('## Contested items', '', contestedMarkdown(a));
  out.push('', '## Per option', '');
  for (const t of optionTables(a)) {
    out.push(`### ${t.decision}`, '');
    // The option's words once, on its first row.
    const rows = t.rows.map((r, i) => (i > 0 && t.rows[i - 1]![0] === r[0] ? ['', ...r.slice(1)] : r));
    out.push(mdTable(t.head, rows), '');
    if (t.comments.length > 0) out.push('Comments:', '', ...t.comments.map((c) => `- ${c.option}, ${mdText(c.reviewer)}: ${mdText(c.text)}`), '');
  }
  const raters = raterTable(a);
  out.push('## Raters', '', mdTable(raters.head, raters.rows), '');
  if (a.problems.length > 0) {
    out.push('## Problems with the files', '');
    for (const p of problemLines(a)) out.push(`- ${mdText(p)}`);
    out.push('');
  }
  return out.join('\n');
}

const labelOf = (a: PanelAgreement, measure: string) => a.measures.find((m) => m.id === measure)?.label ?? measure;

// ── HTML ─────────────────────────────────────────────────────────────────────────────────────────

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const htmlTable = (caption: string, head: string[], rows: string[][], rowClass: (i: number) => string = () => '') =>
  `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r, i) => `<tr${rowClass(i) ? ` class="${rowClass(i)}"` : ''}>${r.map((c, j) => (j === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table>`;

/** The chart's geometry (bars of ICC(2,k) and alpha per measure on a 0–1 axis, the bar at .70 marked), drawn by the HTML report and the agreement page alike. */
export interface AgreementChart {
  width: number;
  height: number;
  title: string;
  ticks: { x: number; text: string }[];
  rows: { label: string; labelX: number; labelY: number; bars: { kind: 'icc' | 'alpha'; x: number; y: number; width: number; height: number; text: string; textX: number; textY: number; defined: boolean }[] }[];
  barLine: { x: number; y1: number; y2: number; text: string; textY: number };
}

export function agreementChart(a: PanelAgreement): AgreementChart {
  const rows = [...a.measures.map((m) => ({ label: m.label, icc: m.icc.k, alpha: m.alpha })), { label: 'All criteria together', icc: a.overall.icc.k, alpha: a.overall.alpha }];
  const left = 190;
  const width = 360;
  const rowHeight = 34;
  const top = 24;
  const height = top + rows.length * rowHeight + 24;
  const x = (v: number) => left + Math.max(0, Math.min(1, v)) * width;
  return {
    width: left + width + 90,
    height,
    title: `ICC(2,k) and Krippendorff's alpha per criterion and risk, on a scale from 0 to 1, with the bar at ${formatFigure(a.bar.icc)} marked`,
    ticks: [0, 0.5, 1].map((t) => ({ x: x(t), text: t === 0 ? '0' : formatFigure(t) })),
    rows: rows.map((r, i) => {
      const y = top + i * rowHeight;
      return {
        label: r.label,
        labelX: left - 8,
        labelY: y + 17,
        bars: ([['icc', r.icc], ['alpha', r.alpha]] as const).map(([kind, f], j) => {
          const barY = y + 4 + j * 13;
          const name = kind === 'icc' ? 'ICC' : 'α';
          return f.value === null
            ? { kind, x: left, y: barY, width: 0, height: 11, text: `${name} ${figureText(f)}`, textX: left + 4, textY: barY + 10, defined: false }
            : { kind, x: left, y: barY, width: x(f.value) - left, height: 11, text: `${name} ${formatFigure(f.value)}`, textX: x(f.value) + 4, textY: barY + 10, defined: true };
        }),
      };
    }),
    barLine: { x: x(a.bar.icc), y1: 18, y2: height - 20, text: `bar ${formatFigure(a.bar.icc)}`, textY: height - 6 },
  };
}

export function agreementChartSvg(a: PanelAgreement): string {
  const c = agreementChart(a);
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${c.width} ${c.height}" role="img" aria-labelledby="chart-title"><title id="chart-title">${escapeHtml(c.title)}</title>`);
  for (const t of c.ticks) parts.push(`<text x="${t.x}" y="14" text-anchor="middle" class="axis">${t.text}</text>`);
  for (const r of c.rows) {
    parts.push(`<text x="${r.labelX}" y="${r.labelY}" text-anchor="end">${escapeHtml(r.label)}</text>`);
    for (const b of r.bars) {
      if (!b.defined) {
        parts.push(`<text x="${b.textX}" y="${b.textY}" class="undefined">${escapeHtml(b.text)}</text>`);
        continue;
      }
      parts.push(`<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" class="${b.kind}"/>`);
      parts.push(`<text x="${b.textX}" y="${b.textY}" class="value">${escapeHtml(b.text)}</text>`);
    }
  }
  parts.push(`<line x1="${c.barLine.x}" x2="${c.barLine.x}" y1="${c.barLine.y1}" y2="${c.barLine.y2}" class="bar-line"/>`);
  parts.push(`<text x="${c.barLine.x}" y="${c.barLine.textY}" text-anchor="middle" class="axis">${c.barLine.text}</text>`);
  parts.push('</svg>');
  return parts.join('');
}

export const CHART_CAPTION = (a: PanelAgreement) => `Dark bars ICC(2,k), light bars alpha; the dashed line is the bar of ${formatFigure(a.bar.icc)}.`;

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}
table{border-collapse:collapse;margin:1rem 0;width:100%}caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #c8c8cc;padding:.3rem .5rem;text-align:left;vertical-align:top}thead th{background:#f2f2f5}
tr.contested{background:#fff4d6}svg{max-width:44rem;width:100%;height:auto;font-size:12px}
rect.icc{fill:#2f5d8a}rect.alpha{fill:#8fb3d9}.bar-line{stroke:#b3261e;stroke-dasharray:4 3}.axis,.undefined{fill:#5a5a60}
@media (prefers-color-scheme:dark){body{background:#161618;color:#ececf0}thead th{background:#26262a}tr.contested{background:#3d3316}th,td{border-color:#48484c}text{fill:#ececf0}}`;

export function agreementHtml(a: PanelAgreement): string {
  const body: string[] = [];
  const table = (t: ReportTable) => htmlTable(t.caption, t.head, t.rows, (i) => (t.contested?.[i] ? 'contested' : ''));
  body.push(`<h1>Panel agreement: ${escapeHtml(a.scenario.title)}</h1><p>${escapeHtml(summaryLine(a))}</p>`);
  body.push(`<h2>Agreement per criterion and risk</h2>`);
  body.push(table(measureTable(a)));
  const notes = agreementNotes(a);
  if (notes.length > 0) body.push(`<ul>${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`);
  body.push(`<figure>${agreementChartSvg(a)}<figcaption>${escapeHtml(CHART_CAPTION(a))}</figcaption></figure>`);
  body.push(`<h2>Contested items</h2>`);
  body.push(a.contested.length === 0 ? `<p>${escapeHtml(noneContested(a))}</p>` : `<ul>${contestedLines(a).map((c) => `<li><strong>${escapeHtml(c.key)}</strong>${escapeHtml(c.text)}</li>`).join('')}</ul>`);
  body.push(`<h2>Per option</h2>`);
  for (const t of optionTables(a)) {
    body.push(table(t));
    if (t.comments.length > 0) body.push(`<p>Comments:</p><ul>${t.comments.map((c) => `<li>${escapeHtml(`${c.option}, ${c.reviewer}: ${c.text}`)}</li>`).join('')}</ul>`);
  }
  body.push(`<h2>Raters</h2>`);
  body.push(table(raterTable(a)));
  if (a.problems.length > 0) body.push(`<h2>Problems with the files</h2><ul>${problemLines(a).map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`);
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(`Panel agreement: ${a.scenario.title}`)}</title><style>${STYLE}</style></head><body><main>${body.join('\n')}</main></body></html>\n`;
}

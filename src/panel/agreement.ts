/**
 * The agreement of an expert panel on one scenario: raters' ratings files checked against the
 * scenario's decisions, then per criterion and per risk Krippendorff's alpha (ordinal) and
 * ICC(2,k), per option the panel's median and spread beside the authors' rating, and the contested
 * items. The one computation behind `npm run agreement`, the agreement page, the checker and the
 * panel summary in scenario bundles. Pure; Node and browser.
 *
 * Contested (docs/validation.md): at least two raters rated the item, and the authors' rating is a
 * level or more from the panel's median ("authors-differ"), or the panel's ratings span two levels
 * or more ("panel-split").
 */
import { qualityCriteria, riskCriteria, type Rubric } from '../schemas/rubric.js';
import { RATINGS_FORMAT, RatingsFileSchema, type PanelSummary, type RatingsFile } from '../schemas/ratings.js';
import { RISK_LEVELS, type RiskLevel } from '../tags.js';
import { krippendorffAlpha, type UndefinedReason } from './alpha.js';
import { intraclassCorrelations } from './icc.js';
import type { PanelDecision } from './review-task.js';

export const AGREEMENT_FORMAT = 'attune-panel-agreement';
/** The bar a panel is held to (after ENACT and the 3RS: see docs/validation.md). */
export const PANEL_BAR = { raters: 5, icc: 0.7 } as const;

export interface PanelProblem {
  file: string;
  /** Field path in the file, e.g. `entries.3.ratings.attunement`. */
  path?: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface LoadedRatings {
  file: string;
  text?: string;
  ratings?: RatingsFile;
  problems: PanelProblem[];
}

/** Reads one ratings file: JSON, then the schema; every problem names the file and the field. */
export function parseRatingsFile(file: string, text: string): LoadedRatings {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { file, text, problems: [{ file, severity: 'error', message: `not valid JSON (${(error as Error).message})` }] };
  }
  if (typeof json === 'object' && json !== null && (json as { format?: unknown }).format !== RATINGS_FORMAT) {
    return { file, text, problems: [{ file, path: 'format', severity: 'error', message: `not an Attune ratings file (format is not "${RATINGS_FORMAT}"): make one on the review page` }] };
  }
  const parsed = RatingsFileSchema.safeParse(json);
  if (parsed.success) return { file, text, ratings: parsed.data, problems: [] };
  return {
    file,
    text,
    problems: parsed.error.issues.map((issue) => {
      const at = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
      const message = issue.code === 'unrecognized_keys' ? `unknown field "${issue.keys[0]}"` : issue.code === 'invalid_type' && issue.input === undefined ? 'required field is missing' : issue.message;
      return { file, path: at.map(String).join('.') || '(top level)', severity: 'error' as const, message };
    }),
  };
}

export type ContestReason = 'authors-differ' | 'panel-split';

export interface Figure {
  value: number | null;
  undefinedBecause?: UndefinedReason;
}

export interface MeasureAgreement {
  id: string;
  label: string;
  kind: 'quality' | 'risk';
  /** Options rated on this measure (units). */
  units: number;
  /** Raters who rated at least one of them. */
  raters: number;
  /** Ratings given. */
  ratings: number;
  alpha: Figure & { units: number };
  /** ICC(2,k) and ICC(2,1) over the options every rater rated. */
  icc: { k: Figure; single: Figure; units: number; unitsWithMissing: number };
  /** ICC(2,k) ≥ .70 with at least five raters; null when ICC is undefined. */
  meetsBar: boolean | null;
}

export interface Cell {
  measure: string;
  kind: 'quality' | 'risk';
  /** The authors' level (risks as 1 low, 2 elevated, 3 high; a risk not given is low). */
  authored: number | null;
  /** One per rater (in `raters` order); null where the rater gave none. */
  values: (number | null)[];
  n: number;
  median: number | null;
  min: number | null;
  max: number | null;
  contested: ContestReason[];
}

export interface OptionAgreement {
  decision: string;
  option: string;
  text: string;
  cells: Cell[];
  contested: boolean;
  comments: { reviewer: string; text: string }[];
}

export interface ContestedItem {
  decision: string;
  option: string;
  measure: string;
  label: string;
  kind: 'quality' | 'risk';
  authored: number | null;
  median: number;
  min: number;
  max: number;
  reasons: ContestReason[];
}

export interface RaterSummary {
  reviewer: string;
  file: string;
  date: string;
  complete: boolean;
  /** Ratings given and expected (every measure of every option). */
  given: number;
  expected: number;
  storyHash: string;
}

export interface PanelAgreement {
  format: typeof AGREEMENT_FORMAT;
  version: 1;
  scenario: { id: string; title: string; storyHash: string };
  rubric: { id: string; version: string; title: string; scale: { min: number; max: number } };
  raters: RaterSummary[];
  problems: PanelProblem[];
  measures: MeasureAgreement[];
  /** Every quality rating pooled (each option × criterion a unit). */
  overall: { alpha: Figure & { units: number }; icc: { k: Figure; single: Figure; units: number; unitsWithMissing: number }; meetsBar: boolean | null };
  options: OptionAgreement[];
  contested: ContestedItem[];
  bar: typeof PANEL_BAR;
}

export const riskValue = (level: RiskLevel) => RISK_LEVELS.indexOf(level) + 1;
export const riskName = (value: number) => RISK_LEVELS[Math.round(value) - 1] ?? String(value);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const figure = (value: number | null, undefinedBecause: UndefinedReason | undefined): Figure => (value === null && undefinedBecause ? { value, undefinedBecause } : { value });

export interface AgreementInput {
  scenario: { id: string; title: string };
  storyHash: string;
  rubric: Rubric;
  decisions: readonly PanelDecision[];
}

/** The panel's agreement on a scenario, from its decisions and the raters' files. */
export function analysePanel(input: AgreementInput, files: readonly LoadedRatings[]): PanelAgreement {
  const { rubric, decisions } = input;
  const problems: PanelProblem[] = files.flatMap((f) => f.problems);
  const labels = new Map(rubric.criteria.map((c) => [c.id, c.label]));
  const quality = new Set(qualityCriteria(rubric).map((c) => c.id));
  const risks = new Set(riskCriteria(rubric).map((c) => c.id));
  const options = new Map<string, { decision: PanelDecision; option: PanelDecision['options'][number] }>(decisions.flatMap((d) => d.options.map((o) => [`${d.id}.${o.option}`, { decision: d, option: o }] as const)));

  // One file per reviewer: a second file from the same reviewer would count them twice.
  const usable = new Map<string, LoadedRatings & { ratings: RatingsFile }>();
  for (const f of files) {
    const r = f.ratings;
    if (!r) continue;
    if (r.scenario !== input.scenario.id) {
      problems.push({ file: f.file, path: 'scenario', severity: 'error', message: `rates scenario "${r.scenario}", not "${input.scenario.id}": left out` });
      continue;
    }
    if (r.rubric.id !== rubric.id) {
      problems.push({ file: f.file, path: 'rubric.id', severity: 'error', message: `was rated against rubric "${r.rubric.id}", but the scenario uses "${rubric.id}": left out` });
      continue;
    }
    if (r.rubric.version !== rubric.version) {
      problems.push({ file: f.file, path: 'rubric.version', severity: 'warning', message: `was rated against version ${r.rubric.version} of rubric "${rubric.id}"; the scenario now uses ${rubric.version}` });
    }
    const key = r.reviewer.toLowerCase();
    const prior = usable.get(key);
    if (prior) {
      const [keep, drop] = prior.ratings.date >= r.date ? [prior, f] : [f as typeof prior, prior];
      problems.push({ file: drop.file, path: 'reviewer', severity: 'warning', message: `reviewer "${r.reviewer}" also made ${keep.file}: only the later file (${keep.ratings.date}) is used` });
      usable.set(key, keep);
    } else usable.set(key, f as typeof prior & object);
  }
  const raters = [...usable.values()].sort((a, b) => a.ratings.reviewer.localeCompare(b.ratings.reviewer) || a.file.localeCompare(b.file));

  // values[option key][measure] = per rater value
  const values = new Map<string, Map<string, (number | null)[]>>();
  const comments = new Map<string, { reviewer: string; text: string }[]>();
  const measuresOf = (d: PanelDecision) => [...d.criteria, ...d.risks];
  for (const [key, { decision }] of options) values.set(key, new Map(measuresOf(decision).map((m) => [m, raters.map(() => null)])));
  const summaries: RaterSummary[] = raters.map((f, r) => {
    const file = f.ratings;
    let given = 0;
    if (file.storyHash !== input.storyHash) {
      problems.push({ file: f.file, path: 'storyHash', severity: 'warning', message: 'was made on another version of the story: ratings of options whose words have changed are left out' });
    }
    file.entries.forEach((entry, i) => {
      const key = `${entry.decision}.${entry.option}`;
      const known = options.get(key);
      if (!known) {
        problems.push({ file: f.file, path: `entries.${i}`, severity: 'warning', message: `option "${key}" is not in the scenario (any more): left out` });
        return;
      }
      if (entry.text !== known.option.text) {
        problems.push({ file: f.file, path: `entries.${i}.text`, severity: 'warning', message: `option "${key}" has been reworded since it was rated: its ratings are left out` });
        return;
      }
      const cells = values.get(key)!;
      for (const [measure, level] of Object.entries(entry.ratings)) {
        if (level === null) continue;
        const row = cells.get(measure);
        if (!row || !quality.has(measure)) {
          problems.push({ file: f.file, path: `entries.${i}.ratings.${measure}`, severity: 'warning', message: `decision "${entry.decision}" does not test "${measure}": left out` });
          continue;
        }
        if (level < rubric.scale.min || level > rubric.scale.max) {
          problems.push({ file: f.file, path: `entries.${i}.ratings.${measure}`, severity: 'error', message: `${level} is outside the scale ${rubric.scale.min}–${rubric.scale.max}: left out` });
          continue;
        }
        row[r] = level;
        given++;
      }
      for (const [measure, level] of Object.entries(entry.risks)) {
        if (level === null) continue;
        const row = cells.get(measure);
        if (!row || !risks.has(measure)) {
          problems.push({ file: f.file, path: `entries.${i}.risks.${measure}`, severity: 'warning', message: `rubric "${rubric.id}" has no risk "${measure}": left out` });
          continue;
        }
        row[r] = riskValue(level);
        given++;
      }
      if (entry.comment?.trim()) comments.set(key, [...(comments.get(key) ?? []), { reviewer: file.reviewer, text: entry.comment.trim() }]);
    });
    const expected = [...options.values()].reduce((sum, { decision }) => sum + measuresOf(decision).length, 0);
    return { reviewer: file.reviewer, file: f.file, date: file.date, complete: file.complete, given, expected, storyHash: file.storyHash };
  });

  // Per option: the panel beside the authors.
  const optionRows: OptionAgreement[] = [];
  const contested: ContestedItem[] = [];
  for (const [key, { decision, option }] of options) {
    const cells: Cell[] = measuresOf(decision).map((measure) => {
      const kind = quality.has(measure) ? 'quality' : 'risk';
      const row = values.get(key)!.get(measure)!;
      const given = row.filter((v): v is number => v !== null);
      const authored = kind === 'quality' ? (option.ratings[measure] ?? null) : riskValue(option.risks[measure] ?? 'low');
      const cell: Cell = { measure, kind, authored, values: row, n: given.length, median: null, min: null, max: null, contested: [] };
      if (given.length > 0) {
        cell.median = median(given);
        cell.min = Math.min(...given);
        cell.max = Math.max(...given);
      }
      if (given.length >= 2) {
        if (authored !== null && Math.abs(authored - cell.median!) >= 1) cell.contested.push('authors-differ');
        if (cell.max! - cell.min! >= 2) cell.contested.push('panel-split');
      }
      if (cell.contested.length > 0) {
        contested.push({ decision: decision.id, option: option.option, measure, label: labels.get(measure) ?? measure, kind, authored, median: cell.median!, min: cell.min!, max: cell.max!, reasons: cell.contested });
      }
      return cell;
    });
    optionRows.push({ decision: decision.id, option: option.option, text: option.text, cells, contested: cells.some((c) => c.contested.length > 0), comments: comments.get(key) ?? [] });
  }

  // Per measure, and pooled over the quality criteria: options are the units.
  const agreementOver = (units: (number | null)[][]) => {
    const alpha = krippendorffAlpha(units, 'ordinal');
    const icc = intraclassCorrelations(units);
    const k = figure(icc.forms['ICC(2,k)'], icc.undefinedBecause);
    const raterCount = units.length === 0 ? 0 : raters.filter((_, r) => units.some((u) => u[r] !== null)).length;
    return {
      alpha: { ...figure(alpha.value, alpha.undefinedBecause), units: alpha.units },
      icc: { k, single: figure(icc.forms['ICC(2,1)'], icc.undefinedBecause), units: icc.units, unitsWithMissing: icc.unitsWithMissing },
      meetsBar: k.value === null ? null : k.value >= PANEL_BAR.icc && raterCount >= PANEL_BAR.raters,
      raterCount,
    };
  };
  const measures: MeasureAgreement[] = rubric.criteria.flatMap((c) => {
    const units = optionRows.flatMap((o) => o.cells.filter((cell) => cell.measure === c.id).map((cell) => cell.values));
    if (units.length === 0) return [];
    const a = agreementOver(units);
    return [{ id: c.id, label: c.label, kind: c.kind, units: units.length, raters: a.raterCount, ratings: units.flat().filter((v) => v !== null).length, alpha: a.alpha, icc: a.icc, meetsBar: a.meetsBar }];
  });
  const pooled = agreementOver(optionRows.flatMap((o) => o.cells.filter((c) => c.kind === 'quality').map((c) => c.values)));

  return {
    format: AGREEMENT_FORMAT,
    version: 1,
    scenario: { id: input.scenario.id, title: input.scenario.title, storyHash: input.storyHash },
    rubric: { id: rubric.id, version: rubric.version, title: rubric.title, scale: rubric.scale },
    raters: summaries,
    problems,
    measures,
    overall: { alpha: pooled.alpha, icc: pooled.icc, meetsBar: pooled.meetsBar },
    options: optionRows,
    contested,
    bar: PANEL_BAR,
  };
}

/** What travels in a scenario bundle and the library's catalogue: enough to say "panel-rated" and mark contested options. */
export function panelSummary(agreement: PanelAgreement): PanelSummary {
  const byOption = new Map<string, PanelSummary['contested'][number]>();
  for (const c of agreement.contested) {
    const key = `${c.decision}.${c.option}`;
    const entry = byOption.get(key) ?? { decision: c.decision, option: c.option, measures: [], reasons: [] };
    entry.measures.push(c.measure);
    for (const r of c.reasons) if (!entry.reasons.includes(r)) entry.reasons.push(r);
    byOption.set(key, entry);
  }
  return {
    raters: agreement.raters.length,
    alpha: agreement.overall.alpha.value,
    icc: agreement.overall.icc.k.value,
    meetsBar: agreement.overall.meetsBar,
    contested: [...byOption.values()],
  };
}

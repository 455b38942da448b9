/**
 * The scoring model (explained in docs/scoring.md). Pure functions of the decisions a trainee faced; no ink, no
 * browser. Quality criteria are normalised per decision against the best option that was actually
 * available, so the best choice everywhere is 100% on every path and options never shown cannot
 * change the denominator. Risk is non-compensatory: any "high" is a harm flag that fails the attempt.
 * The verdict (passed or not, and why) is decided here and nowhere else.
 */
import { criterionMinimum, qualityCriteria, riskCriteria, type Rubric } from './schemas/rubric.js';
import type { OptionTags, RiskLevel } from './tags.js';

export interface RatedOption {
  option: string;
  ratings: Readonly<Record<string, number>>;
  risks: Readonly<Record<string, RiskLevel>>;
}

/** One rated judgement call as the trainee met it: the options shown and the one taken. */
export interface FacedDecision {
  decision: string;
  options: readonly RatedOption[];
  /** Index into `options`. */
  chosen: number;
  /** The trainee's confidence (0–1) that the choice was the best available, if asked. */
  confidence?: number;
}

export interface CriterionScore {
  id: string;
  label: string;
  weight: number;
  /** Mean of the per-decision fractions, 0–1; null when no decision faced tested it. */
  score: number | null;
  /** Decisions faced that tested this criterion (and offered a real difference between options). */
  decisions: number;
  /** Sum of per-decision fractions (`score × decisions`). */
  earned: number;
  /** The rubric's minimum for this criterion, when it sets one. */
  minimum?: number;
}

export interface RiskEvent {
  decision: string;
  option: string;
  risk: string;
  label: string;
  level: RiskLevel;
}

export interface Calibration {
  /** Mean squared difference between confidence and being right (0 best, 1 worst). */
  brier: number;
  decisions: number;
  meanConfidence: number;
  /** Share of rated decisions where the choice was a best option. */
  accuracy: number;
}

/**
 * One reason an attempt is not passed. The debrief lists them in this order: harm flags, an ending
 * that cannot be passed, too many elevated risks, criteria below their minimum, the overall score.
 */
export type NotPassedReason =
  | { kind: 'harm'; count: number }
  | { kind: 'ending'; ending: string; reason: string }
  | { kind: 'elevated'; count: number; max: number }
  | { kind: 'minimum'; criterion: string; label: string; score: number; minimum: number }
  | { kind: 'overall'; overall: number | null; mastery: number };

/** How the scenario rates the ending an attempt reached (its `endings:` entry in scenario.yaml). */
export interface ReachedEnding {
  id: string;
  passable: boolean;
  reason?: string;
}

export interface Score {
  criteria: CriterionScore[];
  /** Weighted mean of the criteria that were tested; null when none were. */
  overall: number | null;
  mastery: number;
  /** The most elevated risks a passing attempt may take, when the rubric sets a limit. */
  maxElevated?: number;
  /** True exactly when `notPassed` is empty. */
  passed: boolean;
  /** Every reason the attempt is not passed (empty when it passes). */
  notPassed: NotPassedReason[];
  /** "High" risks taken: each one fails the attempt. Listed first in every debrief. */
  harmFlags: RiskEvent[];
  elevated: RiskEvent[];
  /** Criteria below the minimum the rubric sets for them. */
  belowMinimum: string[];
  /** The ending reached, when the attempt has ended on one the scenario marks as not passable. */
  notPassableEnding?: ReachedEnding;
  calibration?: Calibration;
}

export interface DecisionScore {
  /** Fraction earned per quality criterion this decision tests (best available = 1). */
  criteria: Record<string, number>;
  /** Indices of the options with the highest weighted value: "the best option". */
  best: number[];
  /** Weighted value 0–1 of each option, in the order shown. */
  values: number[];
}

/** An option as ink offered it: its index among the options shown and its parsed tags. */
export interface TaggedOption {
  index: number;
  rating: Pick<OptionTags, 'option' | 'ratings' | 'risks'>;
}

/** The id an option is scored and reported under: its `#option:` id, or `#<index>` for an untagged one. */
export function optionId(option: TaggedOption): string {
  return option.rating.option ?? `#${option.index}`;
}

/** The options of a choice set in the form the scoring model takes (the one adapter from ink's options). */
export function ratedOptions(options: readonly TaggedOption[]): RatedOption[] {
  return options.map((o) => ({ option: optionId(o), ratings: o.rating.ratings, risks: o.rating.risks }));
}

/** Scores one decision: how each option compares with the best that was on offer. */
export function scoreDecision(decision: Pick<FacedDecision, 'options' | 'chosen'>, rubric: Rubric): DecisionScore {
  const { min, max } = rubric.scale;
  const clamp = (n: number) => Math.min(max, Math.max(min, n));
  const tested = qualityCriteria(rubric).filter((c) => decision.options.some((o) => c.id in o.ratings));

  const fractions = decision.options.map(() => ({}) as Record<string, number>);
  const contributing: typeof tested = [];
  for (const c of tested) {
    const levels = decision.options.map((o) => clamp(o.ratings[c.id] ?? min));
    const best = Math.max(...levels);
    // A criterion on which every option is rated the scale minimum cannot be earned here.
    if (best === min) continue;
    contributing.push(c);
    levels.forEach((level, i) => (fractions[i]![c.id] = (level - min) / (best - min)));
  }

  const totalWeight = contributing.reduce((sum, c) => sum + c.weight, 0);
  const values = fractions.map((f) =>
    totalWeight === 0 ? 1 : contributing.reduce((sum, c) => sum + c.weight * (f[c.id] ?? 0), 0) / totalWeight,
  );
  const top = Math.max(...values);
  const best = values.flatMap((v, i) => (Math.abs(v - top) < 1e-9 ? [i] : []));
  return { criteria: fractions[decision.chosen] ?? {}, best, values };
}

/**
 * Scores a whole attempt: per criterion, overall, the verdict with its reasons, harm flags and
 * calibration. `ending` is the ending reached (for an attempt that has ended), as the scenario rates it.
 */
export function scoreAttempt(
  decisions: readonly FacedDecision[],
  rubric: Rubric,
  options: { mastery?: number; ending?: ReachedEnding } = {},
): Score {
  const mastery = options.mastery ?? rubric.pass.mastery;
  const maxElevated = rubric.pass.maxElevated;
  const quality = qualityCriteria(rubric);
  const minimumOf = (c: (typeof quality)[number]) => criterionMinimum(rubric, c);
  const totals = new Map(quality.map((c) => [c.id, { earned: 0, decisions: 0 }]));
  const harmFlags: RiskEvent[] = [];
  const elevated: RiskEvent[] = [];
  const confidences: { confidence: number; correct: boolean }[] = [];
  const riskLabels = new Map(riskCriteria(rubric).map((r) => [r.id, r.label]));

  for (const d of decisions) {
    const scored = scoreDecision(d, rubric);
    for (const [id, fraction] of Object.entries(scored.criteria)) {
      const t = totals.get(id);
      if (!t) continue;
      t.earned += fraction;
      t.decisions += 1;
    }
    const chosen = d.options[d.chosen];
    for (const [risk, level] of Object.entries(chosen?.risks ?? {})) {
      if (level === 'low') continue;
      const event = { decision: d.decision, option: chosen!.option, risk, label: riskLabels.get(risk) ?? risk, level };
      (level === 'high' ? harmFlags : elevated).push(event);
    }
    if (d.confidence !== undefined) confidences.push({ confidence: d.confidence, correct: scored.best.includes(d.chosen) });
  }

  const criteria: CriterionScore[] = quality.map((c) => {
    const t = totals.get(c.id)!;
    return {
      id: c.id,
      label: c.label,
      weight: c.weight,
      score: t.decisions === 0 ? null : t.earned / t.decisions,
      decisions: t.decisions,
      earned: t.earned,
      ...(minimumOf(c) !== undefined ? { minimum: minimumOf(c)! } : {}),
    };
  });

  const tested = criteria.filter((c) => c.score !== null);
  const weight = tested.reduce((sum, c) => sum + c.weight, 0);
  const overall = weight === 0 ? null : tested.reduce((sum, c) => sum + c.weight * c.score!, 0) / weight;
  // Floating-point sums of fractions can land a hair under a threshold they meet exactly.
  const below = tested.filter((c) => c.minimum !== undefined && c.score! + 1e-9 < c.minimum);
  const notPassableEnding = options.ending && !options.ending.passable ? options.ending : undefined;

  const notPassed: NotPassedReason[] = [];
  if (harmFlags.length > 0) notPassed.push({ kind: 'harm', count: harmFlags.length });
  if (notPassableEnding) notPassed.push({ kind: 'ending', ending: notPassableEnding.id, reason: notPassableEnding.reason ?? 'this ending cannot be passed' });
  if (maxElevated !== undefined && elevated.length > maxElevated) notPassed.push({ kind: 'elevated', count: elevated.length, max: maxElevated });
  for (const c of below) notPassed.push({ kind: 'minimum', criterion: c.id, label: c.label, score: c.score!, minimum: c.minimum! });
  if (overall === null || overall + 1e-9 < mastery) notPassed.push({ kind: 'overall', overall, mastery });

  return {
    criteria,
    overall,
    mastery,
    ...(maxElevated !== undefined ? { maxElevated } : {}),
    passed: notPassed.length === 0,
    notPassed,
    harmFlags,
    elevated,
    belowMinimum: below.map((c) => c.id),
    ...(notPassableEnding ? { notPassableEnding } : {}),
    ...(confidences.length > 0 ? { calibration: calibrate(confidences) } : {}),
  };
}

/** Brier score of confidence against being right. */
export function calibrate(points: readonly { confidence: number; correct: boolean }[]): Calibration {
  const n = points.length;
  const brier = points.reduce((sum, p) => sum + (p.confidence - (p.correct ? 1 : 0)) ** 2, 0) / n;
  return {
    brier,
    decisions: n,
    meanConfidence: points.reduce((sum, p) => sum + p.confidence, 0) / n,
    accuracy: points.filter((p) => p.correct).length / n,
  };
}

/**
 * Intraclass correlations in the six forms of Shrout & Fleiss (1979), "Intraclass correlations:
 * uses in assessing rater reliability", from the mean squares of a targets × raters table:
 * ICC(1,1) and ICC(1,k) (one-way: each target rated by different raters), ICC(2,1) and ICC(2,k)
 * (two-way random: raters a sample of all raters; absolute agreement), ICC(3,1) and ICC(3,k)
 * (two-way mixed: these raters only; consistency). The ",k" forms are the reliability of the mean
 * of the k raters. Pure; Node and browser; proved against the paper's 6 × 4 example in
 * `test/node/agreement-statistics.test.ts`.
 */
import type { UndefinedReason, Unit } from './alpha.js';

export type IccForm = 'ICC(1,1)' | 'ICC(2,1)' | 'ICC(3,1)' | 'ICC(1,k)' | 'ICC(2,k)' | 'ICC(3,k)';
export const ICC_FORMS: readonly IccForm[] = ['ICC(1,1)', 'ICC(2,1)', 'ICC(3,1)', 'ICC(1,k)', 'ICC(2,k)', 'ICC(3,k)'];

export interface IccResult {
  /** Each form, or null when undefined (see `undefinedBecause`). */
  forms: Record<IccForm, number | null>;
  undefinedBecause?: UndefinedReason;
  /** Targets (units) used: those every rater rated. */
  units: number;
  /** Units left out because a rater gave no value. */
  unitsWithMissing: number;
  raters: number;
  meanSquares?: { between: number; within: number; raters: number; error: number };
}

const none = (): Record<IccForm, number | null> => Object.fromEntries(ICC_FORMS.map((f) => [f, null])) as Record<IccForm, number | null>;

/**
 * ICCs of a table given unit by unit (one value per rater, in the same rater order). A unit with a
 * missing value is left out (the two-way model needs every rater on every unit): `unitsWithMissing`.
 */
export function intraclassCorrelations(units: readonly Unit[]): IccResult {
  const complete = units.filter((u) => u.every((v) => typeof v === 'number' && Number.isFinite(v))) as number[][];
  const k = units.reduce((most, u) => Math.max(most, u.length), 0);
  const n = complete.length;
  const base = { units: n, unitsWithMissing: units.length - n, raters: k };
  if (k < 2) return { ...base, forms: none(), undefinedBecause: 'no-pairs' };
  if (n < 2) return { ...base, forms: none(), undefinedBecause: 'too-few-units' };

  const grand = complete.flat().reduce((a, b) => a + b, 0) / (n * k);
  const rowMeans = complete.map((row) => row.reduce((a, b) => a + b, 0) / k);
  const colMeans = Array.from({ length: k }, (_, j) => complete.reduce((a, row) => a + row[j]!, 0) / n);
  let total = 0;
  for (const row of complete) for (const v of row) total += (v - grand) ** 2;
  const rows = k * rowMeans.reduce((a, m) => a + (m - grand) ** 2, 0);
  const cols = n * colMeans.reduce((a, m) => a + (m - grand) ** 2, 0);
  const error = total - rows - cols;

  const BMS = rows / (n - 1);
  const WMS = (total - rows) / (n * (k - 1));
  const JMS = cols / (k - 1);
  const EMS = error / ((n - 1) * (k - 1));
  const meanSquares = { between: BMS, within: WMS, raters: JMS, error: EMS };
  // Every value the same: each form is 0 / 0.
  if (total === 0) return { ...base, forms: none(), undefinedBecause: 'no-variation', meanSquares };

  // No differences between units (every unit's mean the same, up to rounding): reliability is
  // undefined, and the formulas would divide by a denominator near zero or below it (values like 6 or −3).
  if (BMS <= 1e-12 * Math.max(1, total)) return { ...base, forms: none(), undefinedBecause: 'units-alike', meanSquares };
  // A denominator at or below zero makes no coefficient (a value above 1 is never a reliability).
  const ratio = (num: number, den: number) => (den <= 0 ? null : num / den);
  return {
    ...base,
    meanSquares,
    forms: {
      'ICC(1,1)': ratio(BMS - WMS, BMS + (k - 1) * WMS),
      'ICC(2,1)': ratio(BMS - EMS, BMS + (k - 1) * EMS + (k * (JMS - EMS)) / n),
      'ICC(3,1)': ratio(BMS - EMS, BMS + (k - 1) * EMS),
      'ICC(1,k)': ratio(BMS - WMS, BMS),
      'ICC(2,k)': ratio(BMS - EMS, BMS + (JMS - EMS) / n),
      'ICC(3,k)': ratio(BMS - EMS, BMS),
    },
  };
}

/**
 * Krippendorff's alpha, computed as in Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability": values that share a unit are paired in a coincidence matrix, observed
 * disagreement is set against the disagreement expected by chance, and units with a single value
 * (the other raters' values missing) pair with nothing and drop out. Pure; Node and browser.
 *
 * No npm package computes it with the care a validation report needs (the one package there is has
 * a single release), so it is written here and proved against the paper's worked example in
 * `test/node/agreement-statistics.test.ts`.
 */

export type AlphaLevel = 'nominal' | 'ordinal' | 'interval';

/** One unit's values, one per rater; null or undefined where a rater gave none. */
export type Unit = readonly (number | null | undefined)[];

/** Why a figure could not be computed: it is then null, never NaN. */
export type UndefinedReason =
  /** Fewer than two values share any unit: nothing to compare (a single rater, or no overlap). */
  | 'no-pairs'
  /** Every value is the same: raters agree perfectly but there is no variation to measure against. */
  | 'no-variation'
  /** Too few units (ICC needs two or more units rated by every rater). */
  | 'too-few-units'
  /** ICC only: every unit has the same mean rating, so there are no differences between units to be reliable about. */
  | 'units-alike';

export interface AlphaResult {
  level: AlphaLevel;
  /** alpha, or null when undefined (see `undefinedBecause`). */
  value: number | null;
  undefinedBecause?: UndefinedReason;
  /** Units with at least two values (the pairable units). */
  units: number;
  /** Values in pairable units (n in the paper). */
  values: number;
  /** Observed and expected disagreement (D_o, D_e), when there were pairs. */
  observed?: number;
  expected?: number;
}

/** Krippendorff's alpha for reliability data given unit by unit. */
export function krippendorffAlpha(units: readonly Unit[], level: AlphaLevel): AlphaResult {
  const pairable = units
    .map((u) => u.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)))
    .filter((u) => u.length >= 2);
  const categories = [...new Set(pairable.flat())].sort((a, b) => a - b);
  const index = new Map(categories.map((c, i) => [c, i]));
  const size = categories.length;
  // Coincidence matrix: each ordered pair of values in a unit counts 1 / (m_u - 1).
  const o = Array.from({ length: size }, () => new Float64Array(size));
  for (const unit of pairable) {
    const weight = 1 / (unit.length - 1);
    for (let i = 0; i < unit.length; i++) {
      for (let j = 0; j < unit.length; j++) {
        if (i !== j) o[index.get(unit[i]!)!]![index.get(unit[j]!)!]! += weight;
      }
    }
  }
  const marginals = o.map((row) => row.reduce((a, b) => a + b, 0));
  const n = marginals.reduce((a, b) => a + b, 0);
  const base = { level, units: pairable.length, values: Math.round(n) };
  if (pairable.length === 0) return { ...base, value: null, undefinedBecause: 'no-pairs' };

  const delta = differenceFunction(level, categories, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const d = delta(c, k);
      observed += o[c]![k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  const Do = observed / n;
  const De = expected / (n * (n - 1));
  if (De === 0) return { ...base, value: null, undefinedBecause: 'no-variation', observed: Do, expected: De };
  return { ...base, value: 1 - Do / De, observed: Do, expected: De };
}

/** The squared difference between the c-th and k-th values (indices into the sorted categories). */
function differenceFunction(level: AlphaLevel, categories: readonly number[], marginals: readonly number[]): (c: number, k: number) => number {
  if (level === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (level === 'interval') return (c, k) => (categories[c]! - categories[k]!) ** 2;
  // Ordinal: how many values lie between the two ranks, counting each end as half.
  const cumulative = [0];
  for (const m of marginals) cumulative.push(cumulative[cumulative.length - 1]! + m);
  return (c, k) => {
    const [lo, hi] = c <= k ? [c, k] : [k, c];
    const between = cumulative[hi + 1]! - cumulative[lo]! - (marginals[lo]! + marginals[hi]!) / 2;
    return between ** 2;
  };
}

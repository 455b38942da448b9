/**
 * The agreement statistics reproduce the published worked examples they are defined by:
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability" (its reliability data with
 * four observers, twelve units and missing values), and Shrout & Fleiss (1979), Table 2 (six
 * targets rated by four judges). Plus the cases a panel meets: one rater, perfect agreement,
 * missing ratings.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { krippendorffAlpha, type Unit } from '../../src/panel/alpha.js';
import { intraclassCorrelations } from '../../src/panel/icc.js';

const round = (x: number | null, places: number) => (x === null ? null : Number(x.toFixed(places)));

// Krippendorff (2011), reliability data: observers A–D (rows) by units 1–12; null = not coded.
const OBSERVERS: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
];
const KRIPPENDORFF_UNITS: Unit[] = OBSERVERS[0]!.map((_, u) => OBSERVERS.map((row) => row[u]));

// Shrout & Fleiss (1979), Table 2: six targets (rows) by four judges.
const SHROUT_FLEISS: number[][] = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe("Krippendorff's alpha (Krippendorff 2011 worked example)", () => {
  it('nominal: .743', () => {
    const r = krippendorffAlpha(KRIPPENDORFF_UNITS, 'nominal');
    assert.equal(round(r.value, 3), 0.743);
    // Unit 12 has one value only: it pairs with nothing. 11 pairable units, 40 pairable values.
    assert.equal(r.units, 11);
    assert.equal(r.values, 40);
  });
  it('ordinal: .815', () => assert.equal(round(krippendorffAlpha(KRIPPENDORFF_UNITS, 'ordinal').value, 3), 0.815));
  it('interval: .849', () => assert.equal(round(krippendorffAlpha(KRIPPENDORFF_UNITS, 'interval').value, 3), 0.849));

  it('is undefined (null, with the reason) when every value is the same', () => {
    const r = krippendorffAlpha([[2, 2, 2], [2, 2, null], [2, 2, 2]], 'ordinal');
    assert.equal(r.value, null);
    assert.equal(r.undefinedBecause, 'no-variation');
  });
  it('is undefined when only one rater gave values (nothing pairs)', () => {
    const r = krippendorffAlpha([[1], [2], [3]], 'ordinal');
    assert.deepEqual([r.value, r.undefinedBecause, r.units], [null, 'no-pairs', 0]);
    const sparse = krippendorffAlpha([[1, null], [null, 3]], 'interval');
    assert.deepEqual([sparse.value, sparse.undefinedBecause], [null, 'no-pairs']);
  });
  it('is 1 for perfect agreement with variation, and never NaN', () => {
    assert.equal(krippendorffAlpha([[1, 1], [3, 3], [2, 2]], 'ordinal').value, 1);
    for (const level of ['nominal', 'ordinal', 'interval'] as const) {
      for (const units of [[], [[null, null]], [[1, 1]], [[1, 2]]] as Unit[][]) {
        const v = krippendorffAlpha(units, level).value;
        assert.ok(v === null || Number.isFinite(v), `${level} ${JSON.stringify(units)} gave ${v}`);
      }
    }
  });
  it('ordinal weighs a one-level disagreement less than a two-level one', () => {
    const near = krippendorffAlpha([[1, 1], [2, 2], [3, 3], [1, 2]], 'ordinal').value!;
    const far = krippendorffAlpha([[1, 1], [2, 2], [3, 3], [1, 3]], 'ordinal').value!;
    assert.ok(near > far, `${near} > ${far}`);
  });
});

describe('intraclass correlations (Shrout & Fleiss 1979, Table 2)', () => {
  const r = intraclassCorrelations(SHROUT_FLEISS);
  it('reproduces the published values to two places', () => {
    assert.deepEqual(
      Object.fromEntries(Object.entries(r.forms).map(([form, v]) => [form, round(v, 2)])),
      { 'ICC(1,1)': 0.17, 'ICC(2,1)': 0.29, 'ICC(3,1)': 0.71, 'ICC(1,k)': 0.44, 'ICC(2,k)': 0.62, 'ICC(3,k)': 0.91 },
    );
    assert.deepEqual([r.units, r.raters, r.unitsWithMissing], [6, 4, 0]);
  });
  it('reproduces the mean squares of their Table 2 ANOVA', () => {
    // Between targets 11.24, within targets 6.26, between judges 32.49, residual 1.02.
    const ms = r.meanSquares!;
    assert.deepEqual([ms.between, ms.within, ms.raters, ms.error].map((x) => round(x, 2)), [11.24, 6.26, 32.49, 1.02]);
  });
  it('leaves out units a rater did not rate, and says how many', () => {
    const withGap = intraclassCorrelations([...SHROUT_FLEISS, [5, null, 4, 6]]);
    assert.deepEqual([withGap.units, withGap.unitsWithMissing], [6, 1]);
    assert.equal(withGap.forms['ICC(2,k)'], r.forms['ICC(2,k)']);
  });
  it('is undefined for a single rater, a single unit, or no variation at all', () => {
    assert.equal(intraclassCorrelations([[1], [2], [3]]).undefinedBecause, 'no-pairs');
    assert.equal(intraclassCorrelations([[1, 2, 3]]).undefinedBecause, 'too-few-units');
    const same = intraclassCorrelations([[2, 2], [2, 2], [2, 2]]);
    assert.equal(same.undefinedBecause, 'no-variation');
    assert.ok(Object.values(same.forms).every((v) => v === null));
  });
  it('is undefined, never above 1, when every unit has the same mean rating', () => {
    // Two raters disagree in opposite directions on every unit: each unit's mean is 2. The formulas
    // alone give ICC(2,k) = −EMS / ((JMS − EMS) / n) with JMS < EMS: a "reliability" of 3.
    const alike = intraclassCorrelations([[1, 3], [3, 1], [1, 3], [3, 1]]);
    assert.equal(alike.undefinedBecause, 'units-alike');
    assert.ok(Object.values(alike.forms).every((v) => v === null));
    // Units that differ a little: no form is above 1 (below 0 is possible: disagreement beyond chance).
    const near = intraclassCorrelations([[1, 3], [3, 1], [1, 3], [3, 2]]);
    for (const [form, v] of Object.entries(near.forms)) assert.ok(v === null || v <= 1, `${form} = ${v}`);
  });
  it('is 1 when raters agree exactly and targets differ', () => {
    const exact = intraclassCorrelations([[1, 1, 1], [2, 2, 2], [3, 3, 3]]);
    assert.deepEqual(Object.values(exact.forms), [1, 1, 1, 1, 1, 1]);
  });
});

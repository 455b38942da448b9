/**
 * The lowest and highest score attainable, per quality criterion and overall, per ending, under
 * Attune's scoring model (`scoring.ts`, docs/scoring.md), computed exactly over the state graph.
 *
 * A criterion's score on a path is a mean: (sum of the fractions earned at the decisions that
 * test it) / (number of those decisions). Means do not decompose along a path, so the analysis
 * tracks, for every state, the vector K of how many decisions so far tested each criterion
 * ("augmented states" (state, K); reconverging paths with equal K merge). Working backwards from
 * the ends, each augmented state keeps, per reachable (ending, final K, harm flag), the largest and
 * smallest sum still to be earned on each criterion and on the overall score, whose per-criterion
 * coefficients w_c / (K_c · Σ weights of tested criteria) are fixed once the final K is known. At
 * the start, dividing by the final K gives exact minima and maxima. The cost grows with the number
 * of distinct K vectors, not with the number of paths.
 *
 * Not computed (reported as such) when a rated decision lies on a loop (the same decision can be
 * faced any number of times) or when the combinations exceed a budget.
 *
 * "Pass possible" applies the pass rule of `scoring.ts`: no harm flag, at most the rubric's
 * `maxElevated` elevated risks (the count, capped just above the limit, is part of each entry's
 * key, so this part is exact), the mastery threshold, and each criterion's minimum. Minimums are
 * checked against the highest score each criterion can reach on the same (ending, K, harm,
 * elevated) entries, which may come from different paths: a "possible" may be optimistic, a
 * "never" is certain. Endings the scenario marks as not passable are settled by the checker.
 */
import { ratedOptions, scoreDecision } from '../scoring.js';
import { criterionMinimum, qualityCriteria, type Rubric } from '../schemas/rubric.js';
import type { ChoiceState, StoryGraph } from './explore.js';
import type { GraphFigures } from './graph.js';

export interface Range {
  min: number;
  max: number;
}

export interface EndScores {
  /** Score range per quality criterion (null: no path to this end tests it). */
  criteria: Record<string, Range | null>;
  overall: Range | null;
  /** Some path to this end carries no harm flag / some path carries one. */
  harmFree: boolean;
  harmPossible: boolean;
  /** Some path to this end may pass (see the note above on minimums). */
  passPossible: boolean;
}

export interface ScoreFigures {
  available: boolean;
  /** Why the ranges were not computed. */
  reason?: string;
  ends: Map<number, EndScores>;
  criteria: Record<string, Range | null>;
  overall: Range | null;
  /** Distinct (state, K) combinations examined. */
  combinations: number;
}

interface Entry {
  end: number;
  k: number[];
  harm: boolean;
  /** Elevated risks taken, capped at maxElevated + 1 (0 when the rubric sets no limit). */
  elevated: number;
  maxO: number;
  minO: number;
  maxE: number[];
  minE: number[];
}

/** How each option of a rated decision scores: fractions per criterion index and harm. */
export interface EdgeScore {
  k: number[];
  fractions: number[];
  harm: boolean;
  /** Elevated risks the option carries. */
  elevated: number;
}

/** Per option of a rated decision: which criteria it counts towards, the fraction earned, harm. */
export function edgeScores(node: ChoiceState, rubric: Rubric): EdgeScore[] {
  const quality = qualityCriteria(rubric);
  const options = ratedOptions(node.options);
  return options.map((o, chosen) => {
    const scored = scoreDecision({ options, chosen }, rubric);
    return {
      k: quality.map((c) => (c.id in scored.criteria ? 1 : 0)),
      fractions: quality.map((c) => scored.criteria[c.id] ?? 0),
      harm: Object.values(o.risks).includes('high'),
      elevated: Object.values(o.risks).filter((level) => level === 'elevated').length,
    };
  });
}

const NO_SCORES = (reason: string, combinations = 0): ScoreFigures => ({ available: false, reason, ends: new Map(), criteria: {}, overall: null, combinations });

export function analyseScores(
  graph: StoryGraph,
  figures: GraphFigures,
  rubric: Rubric,
  options: { mastery?: number; budget?: number } = {},
): ScoreFigures {
  if (!graph.complete) return NO_SCORES('the story was not fully explored');
  const quality = qualityCriteria(rubric);
  const q = quality.length;
  const mastery = options.mastery ?? rubric.pass.mastery;
  const budget = options.budget ?? 2_000_000;
  const maxElevated = rubric.pass.maxElevated;
  const minimums = quality.map((c) => criterionMinimum(rubric, c));
  const countElevated = (sofar: number, more: number) => (maxElevated === undefined ? 0 : Math.min(maxElevated + 1, sofar + more));
  const { nodes } = graph;
  const { comp, components, cyclic } = figures;

  const edges = new Map<number, EdgeScore[]>();
  for (const node of nodes) {
    if (node.kind !== 'choice' || node.decision === undefined) continue;
    if (cyclic[comp[node.id]!]) return NO_SCORES(`decision "${node.decision}" lies on a loop, so it can be faced any number of times`);
    edges.set(node.id, edgeScores(node, rubric));
  }
  const zero = new Array<number>(q).fill(0);
  const keyOf = (k: readonly number[]) => k.join(',');
  const add = (a: readonly number[], b: readonly number[]) => a.map((x, i) => x + b[i]!);

  // Coefficients of the overall score for a final K: w_c / (K_c · Σ_{tested} w).
  const coefficients = new Map<string, number[] | null>();
  const coeff = (k: readonly number[]) => {
    const key = keyOf(k);
    if (!coefficients.has(key)) {
      const total = quality.reduce((sum, c, i) => sum + (k[i]! > 0 ? c.weight : 0), 0);
      coefficients.set(key, total === 0 ? null : quality.map((c, i) => (k[i]! > 0 ? c.weight / (k[i]! * total) : 0)));
    }
    return coefficients.get(key)!;
  };

  // Forward: which K vectors reach each component (components are sinks first, so go backwards).
  const kset: Map<string, number[]>[] = components.map(() => new Map());
  kset[comp[graph.start]!]!.set(keyOf(zero), zero);
  let combinations = 0;
  for (let c = components.length - 1; c >= 0; c--) {
    for (const k of kset[c]!.values()) {
      for (const u of components[c]!) {
        const node = nodes[u]!;
        if (node.kind !== 'choice') continue;
        const scored = edges.get(u);
        node.next.forEach((w, i) => {
          if (w < 0 || comp[w] === c) return;
          const k2 = scored ? add(k, scored[i]!.k) : k;
          const target = kset[comp[w]!]!;
          if (!target.has(keyOf(k2))) {
            target.set(keyOf(k2), k2);
            combinations++;
          }
        });
      }
    }
    if (combinations > budget) return NO_SCORES(`more than ${budget} score combinations`, combinations);
  }

  // Backward: per component and K, the entries still reachable.
  const values: Map<string, Map<string, Entry>>[] = components.map(() => new Map());
  let stored = 0;
  for (let c = 0; c < components.length; c++) {
    for (const [kKey, k] of kset[c]!) {
      const out = new Map<string, Entry>();
      const merge = (e: Entry) => {
        const key = `${e.end}|${keyOf(e.k)}|${e.harm ? 1 : 0}|${e.elevated}`;
        const prior = out.get(key);
        if (!prior) {
          out.set(key, e);
          return;
        }
        prior.maxO = Math.max(prior.maxO, e.maxO);
        prior.minO = Math.min(prior.minO, e.minO);
        for (let i = 0; i < q; i++) {
          prior.maxE[i] = Math.max(prior.maxE[i]!, e.maxE[i]!);
          prior.minE[i] = Math.min(prior.minE[i]!, e.minE[i]!);
        }
      };
      for (const u of components[c]!) {
        const node = nodes[u]!;
        if (node.kind === 'end') {
          merge({ end: u, k, harm: false, elevated: 0, maxO: 0, minO: 0, maxE: [...zero], minE: [...zero] });
          continue;
        }
        const scored = edges.get(u);
        node.next.forEach((w, i) => {
          if (w < 0 || comp[w] === c) return;
          const s = scored?.[i];
          const k2 = s ? add(k, s.k) : k;
          const child = values[comp[w]!]!.get(keyOf(k2));
          for (const e of child?.values() ?? []) {
            const a = coeff(e.k);
            const gain = s && a ? s.fractions.reduce((sum, f, j) => sum + f * a[j]!, 0) : 0;
            merge({
              end: e.end,
              k: e.k,
              harm: e.harm || (s?.harm ?? false),
              elevated: countElevated(e.elevated, s?.elevated ?? 0),
              maxO: e.maxO + gain,
              minO: e.minO + gain,
              maxE: e.maxE.map((x, j) => x + (s?.fractions[j] ?? 0)),
              minE: e.minE.map((x, j) => x + (s?.fractions[j] ?? 0)),
            });
          }
        });
      }
      values[c]!.set(kKey, out);
      stored += out.size;
      if (stored > budget) return NO_SCORES(`more than ${budget} score combinations`, combinations + stored);
    }
    // Everything upstream of a component has been computed once its predecessors are done;
    // values are kept because several components may lead here.
  }

  const root = values[comp[graph.start]!]!.get(keyOf(zero)) ?? new Map<string, Entry>();
  const ends = new Map<number, EndScores>();
  // Sums of fractions drift in the last bits (1.0000000000000007): round to 9 decimals.
  const round = (x: number) => Math.round(x * 1e9) / 1e9;
  const widen = (range: Range | null, min: number, max: number): Range =>
    range ? { min: Math.min(range.min, round(min)), max: Math.max(range.max, round(max)) } : { min: round(min), max: round(max) };
  for (const e of root.values()) {
    const s =
      ends.get(e.end) ??
      ({ criteria: Object.fromEntries(quality.map((c) => [c.id, null])), overall: null, harmFree: false, harmPossible: false, passPossible: false } as EndScores);
    quality.forEach((c, i) => {
      if (e.k[i]! > 0) s.criteria[c.id] = widen(s.criteria[c.id] ?? null, e.minE[i]! / e.k[i]!, e.maxE[i]! / e.k[i]!);
    });
    if (coeff(e.k)) s.overall = widen(s.overall, e.minO, e.maxO);
    if (e.harm) s.harmPossible = true;
    else {
      s.harmFree = true;
      const withinElevated = maxElevated === undefined || e.elevated <= maxElevated;
      const minimumsMet = minimums.every((m, i) => m === undefined || e.k[i] === 0 || e.maxE[i]! / e.k[i]! + 1e-9 >= m);
      if (coeff(e.k) && e.maxO + 1e-9 >= mastery && withinElevated && minimumsMet) s.passPossible = true;
    }
    ends.set(e.end, s);
  }

  const criteria: Record<string, Range | null> = Object.fromEntries(quality.map((c) => [c.id, null]));
  let overall: Range | null = null;
  for (const s of ends.values()) {
    for (const c of quality) {
      const r = s.criteria[c.id];
      if (r) criteria[c.id] = widen(criteria[c.id] ?? null, r.min, r.max);
    }
    if (s.overall) overall = widen(overall, s.overall.min, s.overall.max);
  }
  return { available: true, ends, criteria, overall, combinations: combinations + 1 };
}

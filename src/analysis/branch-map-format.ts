/**
 * The shape of a branch map (`maps/<id>.json`) and following a route through it: what the authors'
 * map page needs, without the checker that builds the map (`branch-map.ts`), so the page stays small.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { RiskLevel } from '../tags.js';

export const BRANCH_MAP_FORMAT = 1;

export interface MapOption {
  /** The choice point (runtime path): the same option wherever it is offered. */
  key: string;
  text: string;
  /** `decision.option`, for rated options. */
  id?: string;
  action: boolean;
  ratings: Record<string, number>;
  risks: Record<string, RiskLevel>;
  feedback?: string;
  concepts: string[];
  /** The tags as written. */
  tags: string[];
  file: string;
  line: number;
  /** Weighted rating on the rubric's scale, 0 (lowest on every criterion) to 1 (highest); null when unrated. */
  value: number | null;
  /** A best option of its decision (as offered in its fullest presentation). */
  best: boolean;
  /** Rated high on some risk: a harm flag. */
  harm: boolean;
  /** The nodes this option leads to. */
  targets: string[];
}

export type MapNodeKind = 'decision' | 'choice' | 'ending' | 'dead-end' | 'error' | 'unreachable';

export interface MapNode {
  id: string;
  kind: MapNodeKind;
  label: string;
  file?: string;
  line?: number;
  options: MapOption[];
  /** For endings: the checker's figures. */
  ending?: {
    paths: number | string | null;
    overall: { min: number; max: number } | null;
    harm: 'never' | 'possible' | 'always' | null;
    passPossible: boolean | null;
    /** Why the scenario marks this ending as not passable (absent when it can be passed). */
    notPassable?: string;
  };
  /** For problems: what is wrong. */
  message?: string;
}

/** A state of the story: its node, and for each option offered (in order) its key and the next state (-1: not followed). */
export type MapState = { node: string; options: string[]; next: number[] } | { node: string; end: true };

export interface MapRoute {
  /** The ending (or "dead-end"/"error") this route reaches. */
  ending: string;
  /** The option chosen at each state on the way, by its position among the options offered. */
  steps: number[];
}

export interface BranchMap {
  format: typeof BRANCH_MAP_FORMAT;
  id: string;
  title: string;
  /** The compiled story's fingerprint and the seed the checker explored with: a route's replay code needs both. */
  storyHash: string;
  seed: number;
  complete: boolean;
  start: number;
  nodes: MapNode[];
  states: MapState[];
  /** One shortest route to each ending, as the checker reports it. */
  routes: MapRoute[];
  /** The checker's errors and warnings for this scenario. */
  diagnostics: Diagnostic[];
}

/**
 * Follows a route (option positions, state by state) from the start: the states passed, or the
 * step at which the route leaves the map.
 */
export function followRoute(map: Pick<BranchMap, 'start' | 'states'>, steps: readonly number[]): { states: number[] } | { error: string } {
  const visited = [map.start];
  let at = map.start;
  for (const [i, step] of steps.entries()) {
    const state = map.states[at];
    if (!state || 'end' in state) return { error: `step ${i + 1}: the story has already ended` };
    const next = state.next[step];
    if (next === undefined || next < 0) return { error: `step ${i + 1}: there is no option ${step + 1} there` };
    at = next;
    visited.push(at);
  }
  return { states: visited };
}

/**
 * Exhaustive exploration of a compiled story: every option at every choice point, from a fixed
 * seed, with equal states merged (`canonical.ts`), so branches that reconverge are explored once
 * and loops close instead of running forever. States are explored breadth first, options in order,
 * and the only limit is a number of states: the same story gives the same graph, complete or
 * limited, on every run and every machine. The result is the state graph: choice states (the
 * options on offer, where each leads) and end states (a named ending, a dead end, or a runtime
 * error). Everything else the checker reports is computed over this graph (`graph.ts`,
 * `scores.ts`), never by enumerating paths.
 */
import type { SourceLocation } from '../ink/tag-placement.js';
import { canonicalKey } from './canonical.js';
import { analyseFlow, type StaticFacts } from './flow-graph.js';
import { StoryRunner, withRatings, type OptionInfo, type Outcome, type RuntimeProblem } from './runner.js';

export type { OptionInfo, RuntimeProblem } from './runner.js';

export interface ExploreOptions {
  /** ink's random seed for the whole exploration (default 1). */
  seed?: number;
  /** Stop after this many distinct choice states (default 100 000). */
  maxStates?: number;
  /** ink variables to record at each state (the scenario's client state). */
  stateVariables?: readonly string[];
  /** Maps a runtime path to its source line (from `compileInk`), for end and error locations. */
  locate?: (path: string) => SourceLocation | undefined;
}

export interface ChoiceState {
  kind: 'choice';
  id: number;
  options: OptionInfo[];
  /** The decision id, when any option carries `#option:`. */
  decision?: string;
  /** Where option i leads (a state id), or -1 when exploration stopped before following it. */
  next: number[];
  /** Values of the recorded variables in this state. */
  vars: Record<string, unknown>;
  /** Choices made on the first path found to this state. */
  depth: number;
}

export interface EndState {
  kind: 'end';
  id: number;
  outcome: 'ending' | 'dead-end' | 'error';
  ending?: string;
  /** For errors: ink's message. */
  message?: string;
  /** Where the story stopped or failed, when known. */
  location?: SourceLocation;
  /** Runtime path where it stopped. */
  path?: string;
  /** The first choice found that leads here (state id and option index); absent when the story ends before any choice. */
  via?: { state: number; option: number };
}

export type StateNode = ChoiceState | EndState;

export interface StoryGraph {
  nodes: StateNode[];
  /** The state the story reaches from its start. */
  start: number;
  /** True when every option of every reachable state was followed. */
  complete: boolean;
  stoppedBy?: 'states';
  /** Choice states found but not (fully) expanded when exploration stopped. */
  unexplored: number;
  /** Options followed. */
  transitions: number;
  /** How long it took (for figures; it never changes the result). */
  millis: number;
  seed: number;
  /** Runtime paths of every container the story entered. */
  visitedContainers: Set<string>;
  /** Runtime paths of every choice point that was offered at least once. */
  offeredChoices: Set<string>;
  /** Lowest and highest value of each recorded numeric variable wherever the story stopped, with the choice that led there. */
  variableRanges: Record<string, { min: number; max: number; minVia?: { state: number; option: number }; maxVia?: { state: number; option: number } }>;
  /** Runtime warnings, each with the first choice that led to it. */
  warnings: (RuntimeProblem & { via?: { state: number; option: number } })[];
  facts: StaticFacts;
}

export function exploreStory(json: string, options: ExploreOptions = {}): StoryGraph {
  const began = performance.now();
  const seed = options.seed ?? 1;
  const maxStates = options.maxStates ?? 100_000;
  const runner = new StoryRunner(json, seed, options.locate);
  const shown = new Set(options.stateVariables ?? []);
  const facts = analyseFlow(runner.root, shown);

  const nodes: StateNode[] = [];
  const keys = new Map<string, number>();
  const saved = new Map<number, string>();
  const queue: number[] = [];
  let head = 0;
  let choiceStates = 0;
  const offered = new Set<string>();
  const warnings: StoryGraph['warnings'] = [];
  const warned = new Set<string>();
  let transitions = 0;
  let stoppedBy: StoryGraph['stoppedBy'];

  const variableRanges: StoryGraph['variableRanges'] = {};
  const intern = (outcome: Outcome, depth: number, via?: { state: number; option: number }): number => {
    for (const name of options.stateVariables ?? []) {
      const value = runner.variable(name);
      if (typeof value !== 'number') continue;
      const range = (variableRanges[name] ??= { min: value, max: value, ...(via ? { minVia: via, maxVia: via } : {}) });
      if (value < range.min) Object.assign(range, { min: value, ...(via ? { minVia: via } : {}) });
      if (value > range.max) Object.assign(range, { max: value, ...(via ? { maxVia: via } : {}) });
    }
    for (const w of outcome.warnings) {
      const key = `${w.message}|${w.path ?? ''}`;
      if (warned.has(key)) continue;
      warned.add(key);
      warnings.push({ ...w, ...(via ? { via } : {}) });
    }
    if (outcome.kind === 'choices') {
      const state = runner.save();
      const key = canonicalKey(state, facts, shown);
      const known = keys.get(key);
      if (known !== undefined) return known;
      const id = nodes.length;
      const vars: Record<string, unknown> = {};
      for (const name of options.stateVariables ?? []) vars[name] = runner.variable(name);
      const presented = withRatings(outcome.options);
      const decision = presented.find((o) => o.rating.decision !== undefined)?.rating.decision;
      for (const o of presented) offered.add(o.sourcePath);
      nodes.push({
        kind: 'choice',
        id,
        options: presented,
        ...(decision !== undefined ? { decision } : {}),
        next: outcome.options.map(() => -1),
        vars,
        depth,
      });
      keys.set(key, id);
      saved.set(id, state);
      queue.push(id);
      choiceStates++;
      return id;
    }
    const location = outcome.error?.location ?? (outcome.endPath ? options.locate?.(outcome.endPath) : undefined);
    const end: Omit<EndState, 'id'> = outcome.error
      ? { kind: 'end', outcome: 'error', message: outcome.error.message, ...(outcome.error.path ? { path: outcome.error.path } : {}) }
      : outcome.ending
        ? { kind: 'end', outcome: 'ending', ending: outcome.ending }
        : { kind: 'end', outcome: 'dead-end', ...(outcome.endPath ? { path: outcome.endPath } : {}) };
    const key =
      end.outcome === 'ending'
        ? `ending:${end.ending}`
        : `${end.outcome}:${end.message ?? ''}:${location ? `${location.file}:${location.line}` : (end.path ?? '')}`;
    const known = keys.get(key);
    if (known !== undefined) return known;
    const id = nodes.length;
    nodes.push({ ...end, id, ...(location ? { location } : {}), ...(via ? { via } : {}) });
    keys.set(key, id);
    return id;
  };

  const start = intern(runner.start(), 0);

  while (head < queue.length) {
    const id = queue[head]!;
    const node = nodes[id] as ChoiceState;
    const state = saved.get(id)!;
    for (let i = 0; i < node.options.length; i++) {
      const outcome = runner.choose(state, i);
      transitions++;
      node.next[i] = intern(outcome, node.depth + 1, { state: id, option: i });
    }
    head++;
    saved.delete(id);
    if (choiceStates >= maxStates && head < queue.length) {
      stoppedBy = 'states';
      break;
    }
  }

  const visitedContainers = new Set<string>();
  for (const c of runner.visited) visitedContainers.add(c.path.toString());
  return {
    nodes,
    start,
    complete: stoppedBy === undefined,
    ...(stoppedBy ? { stoppedBy } : {}),
    unexplored: queue.length - head,
    transitions,
    millis: performance.now() - began,
    seed,
    visitedContainers,
    offeredChoices: offered,
    variableRanges,
    warnings,
    facts,
  };
}

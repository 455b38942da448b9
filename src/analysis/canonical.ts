/**
 * When are two ink runtime states "the same state"? The explorer treats states as equal when
 * everything that can influence what the trainee sees or is scored on from here on is equal. It
 * takes inkjs's saved state (`story.state.ToJson()`) at a choice point and keeps:
 *
 * - **position**: every thread's call stack (pointers, temporary variables), the threads the
 *   current choices were generated in, and the current choices themselves (text, tags, targets);
 *   thread numbers are renumbered in order of appearance, because they only pair a choice with its
 *   thread and grow without meaning as the story runs;
 * - **the global variables that can still be read** downstream, and always the ones the player
 *   displays (the scenario's client state); ink saves only values that differ from the default.
 *   A variable nothing the trainee sees or is scored on depends on (a counter only ever
 *   incremented) is never kept;
 * - **the visit counts that can still be read** from the choices' targets or from the places the
 *   story may return to after them (the frames of the choice's call stack; see `flow-graph.ts`);
 *   counts nothing downstream can read are dropped;
 * - **turn indices** only for containers whose TURNS_SINCE can still be read, stored relative to
 *   the current turn (TURNS_SINCE is "current turn − recorded turn"); the turn counter itself only
 *   when TURNS() can still be read;
 * - each kept count, turn index and never-decreasing variable only as precisely as the story can
 *   tell it apart (`abstractValue`): a count only compared with 3 is kept as 0, 1, 2, 3 or "more",
 *   a once-only choice's count as seen / not seen, a cycle's modulo its length;
 * - the evaluation stack and ink's random state (`previousRandom`; the seed is fixed).
 *
 * It drops the output stream (ink clears it at the next Continue, it never affects the future)
 * and bookkeeping (save-format versions, thread counter). Dropping only what cannot be observed
 * keeps the merge sound: merged states have identical futures, so counting paths over the merged
 * graph counts exactly the distinct play-throughs.
 */
import { abstractValue, type Liveness, type StaticFacts } from './flow-graph.js';

interface SavedFrame {
  cPath?: string;
  idx?: number;
}
interface SavedThread {
  callstack?: unknown[];
  threadIndex?: number;
  previousContentObject?: string;
}
interface SavedChoice {
  originalThreadIndex?: number;
  targetPath?: string;
  index?: number;
  [key: string]: unknown;
}
interface SavedFlow {
  callstack?: { threads?: SavedThread[]; threadCounter?: number };
  outputStream?: unknown;
  choiceThreads?: Record<string, SavedThread>;
  currentChoices?: SavedChoice[];
}
interface SavedState {
  flows?: Record<string, SavedFlow>;
  currentFlowName?: string;
  variablesState?: Record<string, unknown>;
  evalStack?: unknown[];
  visitCounts?: Record<string, number>;
  turnIndices?: Record<string, number>;
  turnIdx?: number;
  previousRandom?: number;
  [key: string]: unknown;
}

/** JSON with object keys sorted, so equal states give equal strings. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

function mergeLiveness(list: Liveness[]): Liveness {
  if (list.length === 1) return list[0]!;
  const counts = new Set<string>();
  const turns = new Set<string>();
  const variables = new Set<string>();
  let turnIndex = false;
  for (const l of list) {
    l.counts.forEach((c) => counts.add(c));
    l.turns.forEach((c) => turns.add(c));
    l.variables.forEach((v) => variables.add(v));
    turnIndex ||= l.turnIndex;
  }
  return { counts, turns, turnIndex, variables };
}

const NOTHING: Liveness = { counts: new Set(), turns: new Set(), turnIndex: false, variables: new Set() };

/**
 * The canonical key of a saved state at a choice point. `shown` lists the variables the player
 * displays (the scenario's client state): they are always kept, read by the story or not.
 */
export function canonicalKey(stateJson: string, facts: StaticFacts, shown: ReadonlySet<string> = new Set()): string {
  const state = JSON.parse(stateJson) as SavedState;
  const flows: Record<string, unknown> = {};
  const targets: Liveness[] = [];

  for (const [name, flow] of Object.entries(state.flows ?? {})) {
    const renumber = new Map<number, number>();
    const number = (i: number | undefined) => {
      if (i === undefined) return undefined;
      let n = renumber.get(i);
      if (n === undefined) {
        n = renumber.size;
        renumber.set(i, n);
      }
      return n;
    };
    const threads = (flow.callstack?.threads ?? []).map((t) => ({ ...t, threadIndex: number(t.threadIndex) }));
    const threadOf = (i: number | undefined) =>
      i === undefined ? undefined : (flow.choiceThreads?.[String(i)] ?? flow.callstack?.threads?.find((t) => t.threadIndex === i));
    const choices = (flow.currentChoices ?? []).map((c) => {
      if (c.targetPath) targets.push(facts.liveAt(c.targetPath));
      // After the choice's content, the story may return (from a tunnel or function) to any frame
      // below the top of the call stack the choice was generated in.
      const frames = (threadOf(c.originalThreadIndex)?.callstack ?? []) as SavedFrame[];
      for (const frame of frames.slice(0, -1)) {
        if (frame.cPath !== undefined) targets.push(facts.liveAt(frame.idx !== undefined && frame.idx >= 0 ? `${frame.cPath}.${frame.idx}` : frame.cPath));
      }
      const { index: _index, ...rest } = c;
      return { ...rest, originalThreadIndex: number(c.originalThreadIndex) };
    });
    const choiceThreads: Record<string, unknown> = {};
    for (const [key, t] of Object.entries(flow.choiceThreads ?? {})) {
      const n = number(Number(key))!;
      choiceThreads[n] = { ...t, threadIndex: n };
    }
    flows[name] = { threads, choices, choiceThreads };
  }

  const live = mergeLiveness(targets.length > 0 ? targets : [NOTHING]);
  const variables: Record<string, unknown> = {};
  const saved = state.variablesState ?? {};
  for (const name of new Set([...Object.keys(saved), ...facts.initialValues.keys()])) {
    if (shown.has(name) || !facts.declaredVariables.has(name)) variables[name] = saved[name];
    else if (live.variables.has(name)) {
      const value = saved[name] ?? facts.initialValues.get(name);
      variables[name] = typeof value === 'number' ? abstractValue(facts.abstraction.get(`variable:${name}`), value) : value;
    }
  }
  const visits: Record<string, number> = {};
  for (const [container, count] of Object.entries(state.visitCounts ?? {})) {
    if (!live.counts.has(container)) continue;
    // ink saves only counts above 0: a count whose representative is 0 is saved as absent too.
    const representative = abstractValue(facts.abstraction.get(`count:${container}`), count);
    if (representative !== 0) visits[container] = representative;
  }
  const turnIdx = state.turnIdx ?? 0;
  const turns: Record<string, number> = {};
  for (const [container, turn] of Object.entries(state.turnIndices ?? {})) {
    if (live.turns.has(container)) turns[container] = abstractValue(facts.abstraction.get(`turns:${container}`), turnIdx - turn);
  }

  return stableStringify({
    flow: state.currentFlowName,
    flows,
    variables,
    evalStack: state.evalStack ?? [],
    visits,
    turns,
    turnIdx: live.turnIndex ? abstractValue(facts.abstraction.get('turnIndex'), turnIdx) : undefined,
    previousRandom: state.previousRandom ?? 0,
  });
}

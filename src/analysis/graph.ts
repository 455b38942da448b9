/**
 * Figures computed over the explored state graph by dynamic programming on its strongly connected
 * components: number of distinct paths (exact, as a BigInt, never by enumerating them), shortest
 * and longest path in rated decisions, per ending; loops (cycles) and states from which no ending
 * can be reached; decisions that can be faced twice in one play-through.
 */
import type { ChoiceState, StoryGraph } from './explore.js';

/** Strongly connected components of a graph given by successor lists; components sinks-first. */
export function stronglyConnected(count: number, succ: (v: number) => readonly number[]) {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const comp = new Int32Array(count).fill(-1);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let s = 0; s < count; s++) {
    if (index[s] !== -1) continue;
    const work: { v: number; edges: readonly number[]; i: number }[] = [{ v: s, edges: succ(s), i: 0 }];
    index[s] = low[s] = counter++;
    stack.push(s);
    onStack[s] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.edges.length) {
        const w = frame.edges[frame.i++]!;
        if (w < 0) continue;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push({ v: w, edges: succ(w), i: 0 });
        } else if (onStack[w]) low[frame.v] = Math.min(low[frame.v]!, index[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.v] = Math.min(low[parent.v]!, low[frame.v]!);
      if (low[frame.v] === index[frame.v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          comp[w] = components.length;
          members.push(w);
        } while (w !== frame.v);
        components.push(members);
      }
    }
  }
  return { comp, components };
}

/** A number of paths: exact, or unbounded when a loop lies on the way. */
export type PathCount = bigint | 'infinite';

export interface EndFigures {
  /** State id of the end. */
  end: number;
  paths: PathCount;
  /** Fewest / most rated decisions on a path from the start to this end (null: unbounded). */
  shortest: number;
  longest: number | null;
  /** One shortest route: for each choice made, the state and option index. */
  route: { state: number; option: number }[];
}

export interface Loop {
  /** The states in the loop. */
  states: number[];
  /** A rated decision lies on the loop (it can be faced again and again). */
  rated: boolean;
  /** Some ending can still be reached from the loop. */
  escapable: boolean;
}

export interface GraphFigures {
  paths: PathCount;
  shortest: number | null;
  longest: number | null;
  ends: Map<number, EndFigures>;
  loops: Loop[];
  /** Choice states from which no end can be reached. */
  trapped: number[];
  /** Decision ids that can be faced twice on one path, with a state where the repeat happens. */
  repeatedDecisions: Map<string, number>;
  /** SCC structure (for the score analysis). */
  comp: Int32Array;
  components: number[][];
  /** Whether each component is a loop (more than one state, or a state leading to itself). */
  cyclic: boolean[];
}

export const isRated = (node: { kind: string; decision?: string }) => node.kind === 'choice' && node.decision !== undefined;

export function analyseGraph(graph: StoryGraph): GraphFigures {
  const { nodes } = graph;
  const n = nodes.length;
  const succ = (v: number): readonly number[] => {
    const node = nodes[v]!;
    return node.kind === 'choice' ? node.next : [];
  };
  const { comp, components } = stronglyConnected(n, succ);
  const cyclic = components.map((members) => members.length > 1 || succ(members[0]!).includes(members[0]!));
  const weight = (v: number) => (isRated(nodes[v]!) ? 1 : 0);

  // Live: can reach an end. Components come sinks-first, so one pass suffices.
  const live = new Uint8Array(components.length);
  components.forEach((members, c) => {
    for (const v of members) {
      if (nodes[v]!.kind === 'end') live[c] = 1;
      for (const w of succ(v)) if (w >= 0 && live[comp[w]!]) live[c] = 1;
    }
  });

  // Paths to each end, per component (sinks first).
  const INF = -1n;
  const pathsTo: Map<number, bigint>[] = components.map(() => new Map());
  const longestTo: Map<number, number>[] = components.map(() => new Map());
  const UNBOUNDED = -1;
  components.forEach((members, c) => {
    const paths = pathsTo[c]!;
    const longest = longestTo[c]!;
    const loopHere = cyclic[c]! && live[c];
    const ratedLoop = loopHere && members.some((v) => weight(v) === 1);
    for (const v of members) {
      if (nodes[v]!.kind === 'end') {
        paths.set(v, 1n);
        longest.set(v, 0);
        continue;
      }
      for (const w of succ(v)) {
        if (w < 0) continue;
        const d = comp[w]!;
        if (d === c) continue;
        for (const [end, count] of pathsTo[d]!) {
          const prior = paths.get(end) ?? 0n;
          paths.set(end, prior === INF || count === INF || loopHere ? INF : prior + count);
        }
        for (const [end, len] of longestTo[d]!) {
          const prior = longest.get(end);
          const value = len === UNBOUNDED || ratedLoop ? UNBOUNDED : len + weight(v);
          longest.set(end, prior === undefined ? value : prior === UNBOUNDED || value === UNBOUNDED ? UNBOUNDED : Math.max(prior, value));
        }
      }
    }
  });

  // Shortest routes: 0-1 breadth-first search from the start, weights on rated decisions.
  const dist = new Float64Array(n).fill(Infinity);
  const parent = new Int32Array(n).fill(-1);
  const parentOption = new Int32Array(n).fill(-1);
  const deque: number[] = [graph.start];
  let head = 0;
  dist[graph.start] = 0;
  // A simple deque: front insertions go to a second stack.
  const front: number[] = [];
  while (front.length > 0 || head < deque.length) {
    const v = front.length > 0 ? front.pop()! : deque[head++]!;
    const node = nodes[v]!;
    if (node.kind !== 'choice') continue;
    const w0 = weight(v);
    node.next.forEach((w, option) => {
      if (w < 0) return;
      const d = dist[v]! + w0;
      if (d < dist[w]!) {
        dist[w] = d;
        parent[w] = v;
        parentOption[w] = option;
        if (w0 === 0) front.push(w);
        else deque.push(w);
      }
    });
  }

  const ends = new Map<number, EndFigures>();
  const startComp = comp[graph.start]!;
  for (const node of nodes) {
    if (node.kind !== 'end') continue;
    const route: { state: number; option: number }[] = [];
    for (let v = node.id; parent[v]! >= 0; v = parent[v]!) route.unshift({ state: parent[v]!, option: parentOption[v]! });
    const count = pathsTo[startComp]!.get(node.id);
    const longest = longestTo[startComp]!.get(node.id);
    ends.set(node.id, {
      end: node.id,
      paths: count === undefined ? 0n : count === INF ? 'infinite' : count,
      shortest: dist[node.id]!,
      longest: longest === undefined || longest === UNBOUNDED ? null : longest,
      route,
    });
  }

  let total: PathCount = 0n;
  let shortest: number | null = null;
  let longest: number | null = null;
  let unbounded = false;
  for (const e of ends.values()) {
    total = total === 'infinite' || e.paths === 'infinite' ? 'infinite' : total + e.paths;
    shortest = shortest === null ? e.shortest : Math.min(shortest, e.shortest);
    if (e.longest === null) unbounded = true;
    else longest = longest === null ? e.longest : Math.max(longest, e.longest);
  }
  if (unbounded) longest = null;

  const loops: Loop[] = [];
  components.forEach((members, c) => {
    if (!cyclic[c]) return;
    loops.push({ states: [...members].sort((a, b) => a - b), rated: members.some((v) => weight(v) === 1), escapable: live[c] === 1 });
  });
  const trapped = graph.complete ? nodes.filter((node) => node.kind === 'choice' && !live[comp[node.id]!]).map((node) => node.id) : [];

  return {
    paths: total,
    shortest,
    longest,
    ends,
    loops,
    trapped,
    repeatedDecisions: repeatedDecisions(graph, comp, components, cyclic),
    comp,
    components,
    cyclic,
  };
}

/** Decisions that can be faced twice on one play-through (a loop, or the same id further on). */
function repeatedDecisions(graph: StoryGraph, comp: Int32Array, components: number[][], cyclic: boolean[]): Map<string, number> {
  const ids = new Map<string, number>();
  for (const node of graph.nodes) if (node.kind === 'choice' && node.decision !== undefined && !ids.has(node.decision)) ids.set(node.decision, ids.size);
  const repeated = new Map<string, number>();
  if (ids.size === 0) return repeated;
  const words = Math.ceil(ids.size / 32);
  // after[c]: decisions that can be met strictly after leaving component c.
  const after = new Uint32Array(components.length * words);
  const inside = new Uint32Array(components.length * words);
  components.forEach((members, c) => {
    const base = c * words;
    for (const v of members) {
      const node = graph.nodes[v]!;
      if (node.kind !== 'choice') continue;
      if (node.decision !== undefined) inside[base + (ids.get(node.decision)! >>> 5)]! |= 1 << (ids.get(node.decision)! & 31);
      for (const w of node.next) {
        if (w < 0 || comp[w] === c) continue;
        const other = comp[w]! * words;
        for (let k = 0; k < words; k++) after[base + k]! |= after[other + k]! | inside[other + k]!;
      }
    }
  });
  components.forEach((members, c) => {
    const base = c * words;
    const seenHere = new Map<string, number>();
    for (const v of members) {
      const node = graph.nodes[v] as ChoiceState;
      if (node.kind !== 'choice' || node.decision === undefined) continue;
      const bit = ids.get(node.decision)!;
      const later = (after[base + (bit >>> 5)]! & (1 << (bit & 31))) !== 0;
      const again = cyclic[c] || seenHere.has(node.decision);
      if ((later || again) && !repeated.has(node.decision)) repeated.set(node.decision, v);
      seenHere.set(node.decision, v);
    }
  });
  return repeated;
}

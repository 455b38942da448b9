/**
 * Static analysis of a compiled ink story: which visit counts and turn indices can still be read
 * from a given point of the story. The explorer uses it to decide when two runtime states are the
 * same state (see `canonical.ts`): a count that nothing downstream can read cannot change what
 * happens next, so two states that differ only in such counts behave identically.
 *
 * The analysis builds a conservative control-flow graph over every object in inkjs's runtime
 * content tree (sequence, diverts, variable diverts to every divert target, tunnel/function calls
 * and returns to every call site, threads, choice targets), finds the objects that read a count
 * (`CNT?` read counts such as `{knot}`, once-only choices reading whether their content was seen,
 * sequences reading their own count, `READ_COUNT`/`TURNS_SINCE` with any divert target, `TURNS()`),
 * and propagates "can read" backwards over the graph's strongly connected components. The graph
 * over-approximates where control can go, so the sets it returns are never too small.
 *
 * Runs in the browser and in Node: it reads the runtime tree of an inkjs `Story` by shape (the
 * classes are not exported from inkjs's entry points).
 */
import type { Container } from 'inkjs/engine/Container';
import type { InkObject } from 'inkjs/engine/Object';

/** What can still be read from some point of the story. */
export interface Liveness {
  /** Containers whose exact visit count can be read. */
  exact: ReadonlySet<string>;
  /** Containers of once-only choices: only whether they were visited (count > 0) can be read. */
  once: ReadonlySet<string>;
  /** Containers whose turn index can be read (`TURNS_SINCE`). */
  turns: ReadonlySet<string>;
  /** Whether `TURNS()` (the global turn counter) can be read. */
  turnIndex: boolean;
  /** Global variables whose value can be read. */
  variables: ReadonlySet<string>;
}

export interface StaticFacts {
  /** Global variables assigned somewhere after their declaration (`~ x = …`, `~ x++`, `ref` arguments). */
  assignedVariables: ReadonlySet<string>;
  /** Every global variable declared with VAR (or CONST). */
  declaredVariables: ReadonlySet<string>;
  /** The story uses RANDOM, SEED_RANDOM, LIST_RANDOM or shuffles: exploration covers one seed. */
  usesRandomness: boolean;
  /** Liveness at a runtime path (a choice's target). */
  liveAt(path: string): Liveness;
  /** Number of runtime objects analysed. */
  objects: number;
}

// ControlCommand.CommandType (inkjs/engine/ControlCommand.d.ts)
const CMD = {
  PopFunction: 5,
  PopTunnel: 6,
  Turns: 11,
  TurnsSince: 12,
  ReadCount: 13,
  Random: 14,
  SeedRandom: 15,
  VisitIndex: 16,
  SequenceShuffleIndex: 17,
  StartThread: 18,
  Done: 19,
  End: 20,
  ListRandom: 23,
} as const;
// Value.ValueType
const VALUE_DIVERT_TARGET = 4;
const VALUE_VARIABLE_POINTER = 5;

type Obj = InkObject & Record<string, unknown>;

const isContainer = (o: unknown): o is Container => typeof o === 'object' && o !== null && 'namedContent' in o && '_content' in o;
const isDivert = (o: Obj) => '_targetPath' in o && 'stackPushType' in o;
const isChoicePoint = (o: Obj) => '_pathOnChoice' in o;
const isVariableReference = (o: Obj) => 'pathForCount' in o && 'name' in o;
const isControlCommand = (o: Obj) => '_commandType' in o;
const isAssignment = (o: Obj) => 'variableName' in o && 'isNewDeclaration' in o;
const valueType = (o: Obj): number | undefined => {
  if (!('value' in o)) return undefined;
  try {
    const t = (o as { valueType?: unknown }).valueType;
    return typeof t === 'number' ? t : undefined;
  } catch {
    return undefined;
  }
};

/** Resolves an absolute runtime path (`knot.0.c-1`) in a content tree. */
export function resolveRuntimePath(root: Container, path: string): InkObject | undefined {
  let node: InkObject | undefined = root;
  for (const part of path.split('.')) {
    if (part === '') continue;
    if (!isContainer(node)) return undefined;
    node = /^\d+$/.test(part) ? node.content[Number(part)] : ((node.namedContent.get(part) as InkObject | undefined) ?? undefined);
  }
  return node;
}

export function analyseFlow(root: Container): StaticFacts {
  // ── 1. Number every object; remember where each sits in its container's content. ──
  const ids = new Map<InkObject, number>();
  const objects: Obj[] = [];
  const place = new Map<InkObject, { parent: Container; index: number }>();
  const stack: Container[] = [root];
  ids.set(root, 0);
  objects.push(root as unknown as Obj);
  while (stack.length > 0) {
    const c = stack.pop()!;
    const children: InkObject[] = [];
    c.content.forEach((child, index) => {
      place.set(child, { parent: c, index });
      children.push(child);
    });
    for (const named of c.namedContent.values()) {
      const child = named as unknown as InkObject;
      if (!place.has(child)) children.push(child);
    }
    for (const child of children) {
      if (ids.has(child)) continue;
      ids.set(child, objects.length);
      objects.push(child as Obj);
      if (isContainer(child)) stack.push(child);
    }
  }
  const N = objects.length;
  const SINK = N; // "the content pointer ran out": a return from a call, or the end of the story
  const idOf = (o: InkObject | null | undefined) => (o ? ids.get(o) : undefined);

  // ── 2. Where control goes after an object in sequence. ──
  const nextMemo = new Map<InkObject, number>();
  const next = (o: InkObject): number => {
    const cached = nextMemo.get(o);
    if (cached !== undefined) return cached;
    const at = place.get(o);
    let result = SINK;
    if (at) {
      const following = at.parent.content[at.index + 1];
      result = following ? idOf(following)! : next(at.parent);
    }
    nextMemo.set(o, result);
    return result;
  };

  // Divert target values (`-> knot` as a value). ink's compiler also uses them internally: a
  // choice's shared start text is a small subroutine `s` returning through the temporary `$r`,
  // whose targets are named `$r1`, `$r2`. Those are resolved locally (below), never treated as
  // places an author's variable divert could go.
  const targetOfValue = (o: Obj): InkObject | undefined => {
    const target = (o as unknown as { targetPath: unknown }).targetPath;
    const found = target ? root.ContentAtPath(target as never) : undefined;
    return (found?.correctObj ?? found?.obj) ?? undefined;
  };
  const divertTargets: number[] = [];
  const divertTargetContainers = new Set<string>();
  /** Literal divert targets assigned to each variable: `~ x = -> knot`, `VAR x = -> knot`, `$r`. */
  const literalTargets = new Map<string, { target: number; at: Container }[]>();
  /** Variables that are also given divert targets from elsewhere (parameters, other variables). */
  const nonLiteral = new Set<string>();
  const declared = new Set<string>();
  const assigned = new Set<string>();
  let usesRandomness = false;
  const isEvalMarker = (o: InkObject | undefined) =>
    o !== undefined && isControlCommand(o as Obj) && [0, 2].includes((o as unknown as { commandType: number }).commandType);
  for (const o of objects) {
    const vt = valueType(o);
    if (vt === VALUE_DIVERT_TARGET) {
      const obj = targetOfValue(o);
      const id = idOf(obj);
      const internal = (obj?.path.toString() ?? '').includes('$r');
      if (id !== undefined && !internal) divertTargets.push(id);
      if (obj && isContainer(obj) && !internal) divertTargetContainers.add(obj.path.toString());
    } else if (vt === VALUE_VARIABLE_POINTER) {
      const name = (o as unknown as { variableName?: string }).variableName;
      if (name) assigned.add(name);
    }
    if (isAssignment(o)) {
      const name = o.variableName as string;
      if (o.isGlobal) {
        if (o.isNewDeclaration) declared.add(name);
        else assigned.add(name);
      }
      // Is the value a literal divert target just before the assignment (`ev, -> x, /ev, temp=`)?
      const at = place.get(o);
      let k = at ? at.index - 1 : -1;
      while (at && k >= 0 && isEvalMarker(at.parent.content[k])) k--;
      const before = at && k >= 0 ? (at.parent.content[k] as Obj) : undefined;
      const target = before && valueType(before) === VALUE_DIVERT_TARGET ? idOf(targetOfValue(before)) : undefined;
      if (at && target !== undefined) {
        const list = literalTargets.get(name) ?? [];
        list.push({ target, at: at.parent });
        literalTargets.set(name, list);
      } else nonLiteral.add(name);
    }
  }
  const within = (inner: InkObject, outer: InkObject) => {
    for (let c: InkObject | null = inner; c; c = c.parent) if (c === outer) return true;
    return false;
  };
  /** Where a divert to the value of variable `name`, written at `divert`, can go. */
  const variableTargets = (name: string, divert: InkObject): number[] => {
    const literal = literalTargets.get(name) ?? [];
    if (name.startsWith('$')) {
      // Compiler-generated return address: set by the callers of the subroutine it sits in.
      const scope = divert.parent?.parent;
      return literal.filter((l) => scope && within(l.at, scope)).map((l) => l.target);
    }
    if (nonLiteral.has(name) || literal.length === 0) return divertTargets;
    return literal.map((l) => l.target);
  };

  // ── 3. Successors and reads. ──
  // Calls (functions, tunnels, threads) get a summary edge from the call to the place it returns
  // to, and an edge into the body; the body's return has no successor. This keeps the analysis
  // precise (a function called from everywhere does not connect everything to everything). It is
  // sound for states inside a call because `canonical.ts` also asks what is live at every return
  // address on the choice's call stack.
  const succ: number[][] = Array.from({ length: N + 1 }, () => []);
  type Read = { kind: 'exact' | 'once' | 'turns'; container: string } | { kind: 'variable'; name: string } | { kind: 'turnIndex' };
  const reads = new Map<number, Read[]>();
  const addRead = (id: number, read: Read) => {
    const list = reads.get(id) ?? [];
    list.push(read);
    reads.set(id, list);
  };
  const dynamicReads: { id: number; kind: 'exact' | 'turns' }[] = [];
  const divertTargetOf = (o: InkObject | undefined): number[] => {
    if (!o) return [];
    if (valueType(o as Obj) === VALUE_DIVERT_TARGET) {
      const id = idOf(targetOfValue(o as Obj));
      return id === undefined ? [] : [id];
    }
    return isVariableReference(o as Obj) ? divertTargets : [];
  };

  objects.forEach((o, id) => {
    if (isContainer(o)) {
      const first = o.content[0];
      succ[id]!.push(first ? idOf(first)! : next(o));
      return;
    }
    if (isDivert(o)) {
      const d = o as unknown as {
        variableDivertName: string | null;
        pushesToStack: boolean;
        isExternal: boolean;
        isConditional: boolean;
        targetPointer: { Resolve(): InkObject | null };
        targetPathString: string | null;
      };
      if (d.isConditional) succ[id]!.push(next(o));
      if (d.isExternal) {
        // An EXTERNAL: the game's function, or the ink fallback function of the same name.
        succ[id]!.push(next(o));
        const fallback = d.targetPathString ? root.namedContent.get(d.targetPathString) : undefined;
        const fid = idOf(fallback as InkObject | undefined);
        if (fid !== undefined) succ[id]!.push(fid);
        return;
      }
      if (d.variableDivertName) succ[id]!.push(...variableTargets(d.variableDivertName, o));
      else {
        let target: InkObject | null = null;
        try {
          target = d.targetPointer.Resolve();
        } catch {
          target = null;
        }
        const tid = idOf(target);
        if (tid !== undefined) succ[id]!.push(tid);
      }
      if (d.pushesToStack) succ[id]!.push(next(o));
      return;
    }
    if (isChoicePoint(o)) {
      const cp = o as unknown as { choiceTarget: Container | null; onceOnly: boolean };
      succ[id]!.push(next(o));
      const target = cp.choiceTarget;
      const tid = idOf(target);
      if (tid !== undefined) succ[id]!.push(tid);
      if (cp.onceOnly && target) addRead(id, { kind: 'once', container: target.path.toString() });
      return;
    }
    if (isVariableReference(o)) {
      succ[id]!.push(next(o));
      if (o.pathForCount) {
        const c = (o as unknown as { containerForCount: Container | null }).containerForCount;
        if (c) addRead(id, { kind: 'exact', container: c.path.toString() });
      } else if (typeof o.name === 'string' && declared.has(o.name)) addRead(id, { kind: 'variable', name: o.name });
      return;
    }
    if (valueType(o) === VALUE_VARIABLE_POINTER) {
      // A `ref` argument: the function may read the variable.
      const name = (o as unknown as { variableName?: string }).variableName;
      if (name && declared.has(name)) addRead(id, { kind: 'variable', name });
    }
    if (isControlCommand(o)) {
      const type = (o as unknown as { commandType: number }).commandType;
      switch (type) {
        case CMD.End:
        case CMD.Done:
        case CMD.PopFunction:
          return;
        case CMD.PopTunnel: {
          // "->-> target" pops the tunnel and goes on to the target pushed just before.
          const at = place.get(o);
          if (at) succ[id]!.push(...divertTargetOf(at.parent.content[at.index - 2]));
          return;
        }
        case CMD.StartThread: {
          const divert = next(o);
          succ[id]!.push(divert);
          if (divert < N) succ[id]!.push(next(objects[divert]!));
          return;
        }
        case CMD.Turns:
          addRead(id, { kind: 'turnIndex' });
          break;
        case CMD.TurnsSince:
          dynamicReads.push({ id, kind: 'turns' });
          break;
        case CMD.ReadCount:
          dynamicReads.push({ id, kind: 'exact' });
          break;
        case CMD.VisitIndex: {
          const at = place.get(o);
          if (at) addRead(id, { kind: 'exact', container: at.parent.path.toString() });
          break;
        }
        case CMD.Random:
        case CMD.SeedRandom:
        case CMD.ListRandom:
        case CMD.SequenceShuffleIndex:
          usesRandomness = true;
          break;
      }
      succ[id]!.push(next(o));
      return;
    }
    succ[id]!.push(next(o));
  });

  // READ_COUNT(x) and TURNS_SINCE(x) can read any container a divert target value names.
  for (const { id, kind } of dynamicReads) for (const c of divertTargetContainers) addRead(id, { kind, container: c });

  // ── 4. Bit positions for every readable container. ──
  const bitOf = new Map<string, number>();
  const bitInfo: Read[] = [];
  const bit = (read: Read) => {
    const key = read.kind === 'turnIndex' ? 'turnIndex' : read.kind === 'variable' ? `variable:${read.name}` : `${read.kind}:${read.container}`;
    let b = bitOf.get(key);
    if (b === undefined) {
      b = bitInfo.length;
      bitOf.set(key, b);
      bitInfo.push(read);
    }
    return b;
  };
  const nodeBits = new Map<number, number[]>();
  for (const [id, list] of reads) nodeBits.set(id, list.map(bit));
  const words = Math.max(1, Math.ceil(bitInfo.length / 32));

  // ── 5. Strongly connected components (iterative Tarjan), sinks first. ──
  const total = N + 1;
  const index = new Int32Array(total).fill(-1);
  const low = new Int32Array(total);
  const onStack = new Uint8Array(total);
  const comp = new Int32Array(total).fill(-1);
  const sccStack: number[] = [];
  let counter = 0;
  let comps = 0;
  const work: { v: number; i: number }[] = [];
  for (let s = 0; s < total; s++) {
    if (index[s] !== -1) continue;
    work.push({ v: s, i: 0 });
    index[s] = low[s] = counter++;
    sccStack.push(s);
    onStack[s] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = succ[frame.v]!;
      if (frame.i < edges.length) {
        const w = edges[frame.i++]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          sccStack.push(w);
          onStack[w] = 1;
          work.push({ v: w, i: 0 });
        } else if (onStack[w]) low[frame.v] = Math.min(low[frame.v]!, index[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.v] = Math.min(low[parent.v]!, low[frame.v]!);
      if (low[frame.v] === index[frame.v]) {
        let w: number;
        do {
          w = sccStack.pop()!;
          onStack[w] = 0;
          comp[w] = comps;
        } while (w !== frame.v);
        comps++;
      }
    }
  }

  // ── 6. Propagate reads backwards: components come out of Tarjan sinks first. ──
  const live = new Uint32Array(comps * words);
  const members: number[][] = Array.from({ length: comps }, () => []);
  for (let v = 0; v < total; v++) members[comp[v]!]!.push(v);
  for (let c = 0; c < comps; c++) {
    const base = c * words;
    for (const v of members[c]!) {
      for (const b of nodeBits.get(v) ?? []) live[base + (b >>> 5)]! |= 1 << (b & 31);
      for (const w of succ[v]!) {
        const d = comp[w]!;
        if (d === c) continue;
        const other = d * words;
        for (let k = 0; k < words; k++) live[base + k]! |= live[other + k]!;
      }
    }
  }

  const cache = new Map<string, Liveness>();
  const liveAt = (path: string): Liveness => {
    const cached = cache.get(path);
    if (cached) return cached;
    const obj = resolveRuntimePath(root, path);
    const id = idOf(obj);
    const exact = new Set<string>();
    const once = new Set<string>();
    const turns = new Set<string>();
    const variables = new Set<string>();
    let turnIndex = false;
    const base = id === undefined ? -1 : comp[id]! * words;
    bitInfo.forEach((info, b) => {
      // An unknown position: assume everything can be read.
      if (base >= 0 && !(live[base + (b >>> 5)]! & (1 << (b & 31)))) return;
      if (info.kind === 'turnIndex') turnIndex = true;
      else if (info.kind === 'variable') variables.add(info.name);
      else ({ exact, once, turns })[info.kind].add(info.container);
    });
    const result = { exact, once, turns, turnIndex, variables };
    cache.set(path, result);
    return result;
  };

  return { assignedVariables: assigned, declaredVariables: declared, usesRandomness, liveAt, objects: N };
}

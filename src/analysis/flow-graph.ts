/**
 * Static analysis of a compiled ink story: which visit counts, turn indices and variables can still
 * be read from a given point of the story, and how precisely. The explorer uses it to decide when
 * two runtime states are the same state (see `canonical.ts`): what nothing downstream can read, or
 * can only read coarsely, cannot change what happens next, so two states that differ only there
 * behave identically.
 *
 * The analysis builds a conservative control-flow graph over every object in inkjs's runtime
 * content tree (sequence, diverts, variable diverts to every divert target, tunnel/function calls
 * and returns to every call site, threads, choice targets), and follows every value a read puts on
 * ink's evaluation stack to what consumes it (`useOf`):
 *
 * - a comparison with a constant (`{x > 3}`, `{knot}` as a condition, `* {top < 3}`, `MIN` in
 *   stopping sequences, `%` in cycles) needs the value only up to a bound: counts and variables
 *   that never decrease are then kept up to the largest threshold the story compares them with;
 * - an assignment to a global variable makes the read matter only if that variable matters; a
 *   variable assigned from itself (`~ x++`, `~ x = x - 1`) is not thereby used: a counter that is
 *   only ever incremented, or only feeds other such counters, is *irrelevant* and never part of a
 *   state;
 * - anything else (printing, a temporary, a function argument, any other operation) is an exact use.
 *
 * "Can read" is then propagated backwards over the graph's strongly connected components. The graph
 * over-approximates where control can go and every value flow not understood counts as an exact
 * use, so the sets it returns are never too small and the bounds never too low.
 *
 * Runs in the browser and in Node: it reads the runtime tree of an inkjs `Story` by shape (the
 * classes are not exported from inkjs's entry points).
 */
import type { Container } from 'inkjs/engine/Container';
import type { InkObject } from 'inkjs/engine/Object';

/** What can still be read from some point of the story. */
export interface Liveness {
  /** Containers whose visit count can be read (how precisely: `StaticFacts.abstraction`). */
  counts: ReadonlySet<string>;
  /** Containers whose turn index can be read (`TURNS_SINCE`). */
  turns: ReadonlySet<string>;
  /** Whether `TURNS()` (the global turn counter) can be read. */
  turnIndex: boolean;
  /** Global variables whose value can be read. */
  variables: ReadonlySet<string>;
}

/**
 * How much of a count or variable the story can tell apart. `exact`: every value. Otherwise the
 * story only compares it with constants (or takes it `MIN` or modulo a constant) and it never
 * decreases, so values from `below` on matter only modulo `cycle` (see `abstractValue`).
 */
export type Abstraction = { exact: true } | { exact: false; below: number; cycle: number };

/** The representative of `value`: values with equal representatives have indistinguishable futures. */
export function abstractValue(abstraction: Abstraction | undefined, value: number): number {
  if (!abstraction || abstraction.exact || value < abstraction.below) return value;
  return abstraction.below + ((value - abstraction.below) % abstraction.cycle);
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
  /**
   * How precisely what is read must be kept, by key (`count:<container>`, `turns:<container>`,
   * `turnIndex`, `variable:<name>`); absent means exactly.
   */
  abstraction: ReadonlyMap<string, Abstraction>;
  /** Initial values of the variables kept only up to a bound (ink saves only values that changed). */
  initialValues: ReadonlyMap<string, number>;
  /** Declared variables nothing the trainee sees or is scored on depends on: never part of a state. */
  irrelevantVariables: ReadonlySet<string>;
  /** Number of runtime objects analysed. */
  objects: number;
}

// ControlCommand.CommandType (inkjs/engine/ControlCommand.d.ts)
const CMD = {
  EvalStart: 0,
  EvalOutput: 1,
  EvalEnd: 2,
  Duplicate: 3,
  PopEvaluatedValue: 4,
  PopFunction: 5,
  PopTunnel: 6,
  BeginString: 7,
  EndString: 8,
  NoOp: 9,
  ChoiceCount: 10,
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
  BeginTag: 24,
  EndTag: 25,
} as const;
// Value.ValueType
const VALUE_INT = 0;
const VALUE_FLOAT = 1;
const VALUE_DIVERT_TARGET = 4;
const VALUE_VARIABLE_POINTER = 5;

type Obj = InkObject & Record<string, unknown>;

const isContainer = (o: unknown): o is Container => typeof o === 'object' && o !== null && 'namedContent' in o && '_content' in o;
const isDivert = (o: Obj) => '_targetPath' in o && 'stackPushType' in o;
const isChoicePoint = (o: Obj) => '_pathOnChoice' in o;
const isVariableReference = (o: Obj) => 'pathForCount' in o && 'name' in o;
const isControlCommand = (o: Obj) => '_commandType' in o;
const isAssignment = (o: Obj) => 'variableName' in o && 'isNewDeclaration' in o;
const isNativeFunction = (o: Obj) => '_numberOfParameters' in o && '_name' in o;
const valueType = (o: Obj): number | undefined => {
  if (!('value' in o)) return undefined;
  try {
    const t = (o as { valueType?: unknown }).valueType;
    return typeof t === 'number' ? t : undefined;
  } catch {
    return undefined;
  }
};

/** The number a numeric literal holds, else undefined. */
const numberOf = (o: Obj): number | undefined => {
  const t = valueType(o);
  return t === VALUE_INT || t === VALUE_FLOAT ? (o as unknown as { value: number }).value : undefined;
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

/**
 * Analyses the story under `root`. `shown` lists the variables the player displays (the scenario's
 * client state): they always matter, and so does whatever feeds them.
 */
export function analyseFlow(root: Container, shown: ReadonlySet<string> = new Set()): StaticFacts {
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

  // ── 3. Successors, and where counts, turns and variables are read. ──
  // Calls (functions, tunnels, threads) get a summary edge from the call to the place it returns
  // to, and an edge into the body; the body's return has no successor. This keeps the analysis
  // precise (a function called from everywhere does not connect everything to everything). It is
  // sound for states inside a call because `canonical.ts` also asks what is live at every return
  // address on the choice's call stack.
  const succ: number[][] = Array.from({ length: N + 1 }, () => []);
  /** A read: what it reads (`count:c`, `turns:c`, `turnIndex`, `variable:x`), where its value goes from. */
  interface ReadStart {
    id: number;
    key: string;
    /** For a variable: its name (an assignment back to it is not a use). */
    variable?: string;
    /** The value pushed is the source's value plus this (VISIT_INDEX is the count less one). */
    offset: number;
    /** Where its value is followed from; undefined for reads that use the value on the spot. */
    from?: number;
    /** A use on the spot: the least value from which the story cannot tell values apart, or exact. */
    use?: Use;
  }
  const readStarts: ReadStart[] = [];
  const divertTargetOf = (o: InkObject | undefined): number[] => {
    if (!o) return [];
    if (valueType(o as Obj) === VALUE_DIVERT_TARGET) {
      const id = idOf(targetOfValue(o as Obj));
      return id === undefined ? [] : [id];
    }
    return isVariableReference(o as Obj) ? divertTargets : [];
  };
  /** Variables that may be assigned other than by a constant or by adding a non-negative constant to themselves. */
  const nonMonotone = new Set<string>();

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
      // A once-only choice hides itself once its content was visited: its count compared with 0.
      if (cp.onceOnly && target) readStarts.push({ id, key: `count:${target.path.toString()}`, offset: 0, use: { ...noUse(), need: 1 } });
      return;
    }
    if (isVariableReference(o)) {
      succ[id]!.push(next(o));
      if (o.pathForCount) {
        const c = (o as unknown as { containerForCount: Container | null }).containerForCount;
        if (c) readStarts.push({ id, key: `count:${c.path.toString()}`, offset: 0, from: next(o) });
      } else if (typeof o.name === 'string' && declared.has(o.name)) {
        readStarts.push({ id, key: `variable:${o.name}`, variable: o.name, offset: 0, from: next(o) });
      }
      return;
    }
    if (valueType(o) === VALUE_VARIABLE_POINTER) {
      // A `ref` argument: the function may read the variable, and assign it anything.
      const name = (o as unknown as { variableName?: string }).variableName;
      if (name && declared.has(name)) {
        readStarts.push({ id, key: `variable:${name}`, variable: name, offset: 0, use: { ...noUse(), exact: true } });
        nonMonotone.add(name);
      }
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
          readStarts.push({ id, key: 'turnIndex', offset: 0, from: next(o) });
          break;
        case CMD.TurnsSince:
        case CMD.ReadCount: {
          // TURNS_SINCE(-> x) / READ_COUNT(-> x): the target is the literal just before, usually;
          // otherwise it can be any container a divert target value names, read exactly.
          const kind = type === CMD.TurnsSince ? 'turns' : 'count';
          const at = place.get(o);
          const before = at ? (at.parent.content[at.index - 1] as Obj | undefined) : undefined;
          const target = before && valueType(before) === VALUE_DIVERT_TARGET ? targetOfValue(before) : undefined;
          if (target && isContainer(target)) readStarts.push({ id, key: `${kind}:${target.path.toString()}`, offset: 0, from: next(o) });
          else for (const c of divertTargetContainers) readStarts.push({ id, key: `${kind}:${c}`, offset: 0, use: { ...noUse(), exact: true } });
          break;
        }
        case CMD.VisitIndex: {
          // A sequence's own count, less one.
          const at = place.get(o);
          if (at) readStarts.push({ id, key: `count:${at.parent.path.toString()}`, offset: -1, from: next(o) });
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

  // ── 4. Which variables never decrease: assigned only constants, or themselves plus a constant ≥ 0. ──
  const predecessors = new Uint32Array(N + 1);
  for (const edges of succ) for (const w of edges) predecessors[w]!++;
  const initialValues = new Map<string, number>();
  for (const o of objects) {
    if (!isAssignment(o) || !o.isGlobal) continue;
    const name = o.variableName as string;
    const at = place.get(o)!;
    // The objects just before the assignment (skipping `ev` / `/ev`) must be what computed the
    // value: nothing between the first of them and the assignment may be reached from elsewhere.
    const window: number[] = [];
    for (let k = at.index - 1; k >= 0 && window.length < 3; k--) if (!isEvalMarker(at.parent.content[k])) window.unshift(k);
    const straight = (from: number) => {
      for (let k = from + 1; k <= at.index; k++) if (predecessors[idOf(at.parent.content[k])!] !== 1) return false;
      return true;
    };
    const item = (k: number) => at.parent.content[k] as Obj;
    const last = window[window.length - 1];
    const constant = last !== undefined ? numberOf(item(last)) : undefined;
    if (constant !== undefined && straight(last!)) {
      if (o.isNewDeclaration) initialValues.set(name, constant);
      continue;
    }
    if (window.length === 3 && straight(window[0]!) && isNativeFunction(item(window[2]!))) {
      const op = (item(window[2]!) as unknown as { name: string }).name;
      const [a, b] = [item(window[0]!), item(window[1]!)];
      const self = (x: Obj) => isVariableReference(x) && !x.pathForCount && x.name === name;
      const c = self(a) ? numberOf(b) : self(b) ? numberOf(a) : undefined;
      if (c !== undefined && ((op === '+' && c >= 0) || (op === '-' && self(a) && c <= 0))) continue;
    }
    nonMonotone.add(name);
  }
  for (const name of declared) if (!initialValues.has(name)) nonMonotone.add(name);

  // ── 5. Where each read's value goes. ──
  const uses = readStarts.map((r) => r.use ?? useOf(r));

  /**
   * Follows the value a read pushed on ink's evaluation stack, along every path, to whatever
   * consumes it (see the module comment). Anything not understood, or a walk longer than its
   * budget, is an exact use.
   */
  function useOf(read: ReadStart): Use {
    const use = noUse();
    const exact = () => {
      use.exact = true;
      return use;
    };
    // `src`: the value read plus `offset`; `loose`: plus something unknown besides (`x + y`), which
    // only an assignment can take without it being an exact use.
    type Slot = { t: 'src'; offset: number; loose?: true } | { t: 'num'; v: number } | { t: 'other' };
    const OTHER: Slot = { t: 'other' };
    const carries = (stack: Slot[]) => stack.some((x) => x.t === 'src');
    /** v + offset compared with a constant by `op`: from what v on every value compares alike. */
    const need = ({ offset, loose }: { offset: number; loose?: true }, constant: number, op = '!=') => {
      if (loose) use.exact = true;
      const from = op === '<' || op === '>=' ? Math.ceil(constant - offset) : Math.floor(constant - offset) + 1;
      use.need = Math.max(use.need, from);
    };
    const MIRRORED: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=' };
    const work: { at: number; stack: Slot[]; evaluating: boolean }[] = [{ at: read.from!, stack: [{ t: 'src', offset: read.offset }], evaluating: true }];
    const seen = new Set<string>();
    let budget = 2000;
    while (work.length > 0) {
      if (--budget < 0) return exact();
      const { at, stack, evaluating } = work.pop()!;
      const state = `${at}|${evaluating}|${JSON.stringify(stack)}`;
      if (seen.has(state)) continue;
      seen.add(state);
      if (at === SINK) return exact();
      const o = objects[at]!;
      const pop = (): Slot => stack.pop() ?? OTHER;
      const go = (to: number, ev = evaluating) => {
        if (carries(stack)) work.push({ at: to, stack: [...stack], evaluating: ev });
      };
      if (isContainer(o)) {
        work.push({ at: succ[at]![0]!, stack, evaluating });
        continue;
      }
      if (isDivert(o)) {
        const d = o as unknown as { isConditional: boolean; pushesToStack: boolean; variableDivertName: string | null; isExternal: boolean };
        if (d.pushesToStack || d.variableDivertName || d.isExternal) return exact();
        if (d.isConditional) {
          const condition = pop();
          if (condition.t === 'src') need(condition, 0);
        }
        if (succ[at]!.length === 0) return exact();
        for (const to of succ[at]!) go(to);
        continue;
      }
      if (isChoicePoint(o)) {
        const cp = o as unknown as { hasCondition: boolean; hasStartContent: boolean; hasChoiceOnlyContent: boolean };
        if (cp.hasCondition) {
          const condition = pop();
          if (condition.t === 'src') need(condition, 0);
        }
        if (cp.hasChoiceOnlyContent && pop().t === 'src') return exact();
        if (cp.hasStartContent && pop().t === 'src') return exact();
        go(next(o));
        continue;
      }
      if (isControlCommand(o)) {
        const type = (o as unknown as { commandType: number }).commandType;
        let ev = evaluating;
        switch (type) {
          case CMD.EvalStart:
            ev = true;
            break;
          case CMD.EvalEnd:
            ev = false;
            break;
          case CMD.BeginString:
            ev = false;
            break;
          case CMD.EndString:
            ev = true;
            stack.push(OTHER);
            break;
          case CMD.Duplicate:
            stack.push(stack[stack.length - 1] ?? OTHER);
            break;
          case CMD.PopEvaluatedValue:
            pop();
            break;
          case CMD.NoOp:
          case CMD.BeginTag:
          case CMD.EndTag:
            break;
          case CMD.ChoiceCount:
          case CMD.Turns:
          case CMD.VisitIndex:
            stack.push(OTHER);
            break;
          case CMD.EvalOutput:
            if (pop().t === 'src') return exact();
            break;
          default:
            // Returns, threads, ends, randomness, list building, READ_COUNT of a variable target…
            return exact();
        }
        go(next(o), ev);
        continue;
      }
      if (isNativeFunction(o)) {
        const n = (o as unknown as { numberOfParameters: number }).numberOfParameters;
        const args: Slot[] = [];
        for (let k = 0; k < n; k++) args.unshift(pop());
        const sources = args.filter((a) => a.t === 'src') as Extract<Slot, { t: 'src' }>[];
        if (sources.length === 0) {
          stack.push(OTHER);
          go(next(o));
          continue;
        }
        const name = (o as unknown as { name: string }).name;
        const [a, b] = args;
        const source = sources[0]!;
        const constant = n === 2 && sources.length === 1 ? ([a, b].find((x) => x?.t === 'num') as { v: number } | undefined)?.v : undefined;
        const sum = n === 2 && sources.length === 1 && (name === '+' || (name === '-' && a!.t === 'src'));
        if (MIRRORED[name] && constant !== undefined) need(source, constant, a!.t === 'src' ? name : MIRRORED[name]);
        else if (name === '!' && n === 1) need(source, 0);
        else if ((name === '&&' || name === '||') && n === 2) for (const s of sources) need(s, 0);
        else if (sum) {
          // x + 2 is x shifted; x + y is x plus something unknown.
          const shift = constant === undefined ? 0 : name === '+' ? constant : -constant;
          stack.push(constant === undefined || source.loose ? { t: 'src', offset: 0, loose: true } : { t: 'src', offset: source.offset + shift });
          go(next(o));
          continue;
        } else if (source.loose) return exact();
        else if (name === 'MIN' && constant !== undefined) use.need = Math.max(use.need, Math.ceil(constant - source.offset));
        else if (name === '%' && b?.t === 'num' && a?.t === 'src' && read.key.startsWith('count:') && Number.isInteger(b.v) && b.v > 0 && b.v <= 1000) use.mods.push(b.v);
        else return exact();
        stack.push(OTHER);
        go(next(o));
        continue;
      }
      if (isAssignment(o)) {
        const value = pop();
        if (value.t === 'src') {
          if (!o.isGlobal) return exact();
          if (o.variableName !== read.variable) use.into.add(o.variableName as string);
        }
        go(next(o));
        continue;
      }
      // Everything else ink pushes when evaluating (values, other reads, void) and outputs otherwise.
      if (evaluating) {
        const v = numberOf(o);
        stack.push(v !== undefined ? { t: 'num', v } : OTHER);
      }
      go(next(o));
    }
    return use;
  }

  // ── 6. What matters: the variables shown or used, and whatever flows into them. ──
  const relevant = new Set<string>(shown);
  const isDirect = (u: Use) => u.exact || u.need > -Infinity || u.mods.length > 0;
  readStarts.forEach((r, k) => {
    if (r.variable && isDirect(uses[k]!)) relevant.add(r.variable);
  });
  for (let changed = true; changed; ) {
    changed = false;
    readStarts.forEach((r, k) => {
      if (!r.variable || relevant.has(r.variable)) return;
      for (const y of uses[k]!.into) {
        if (relevant.has(y)) {
          relevant.add(r.variable);
          changed = true;
          return;
        }
      }
    });
  }
  const feedsRelevant = (u: Use) => [...u.into].some((y) => relevant.has(y));

  const abstraction = new Map<string, Abstraction>();
  const precision = new Map<string, { exact: boolean; need: number; cycle: number }>();
  readStarts.forEach((r, k) => {
    const u = uses[k]!;
    if (!isDirect(u) && !feedsRelevant(u)) return;
    const p = precision.get(r.key) ?? { exact: false, need: r.key.startsWith('variable:') ? -Infinity : 0, cycle: 1 };
    p.exact ||= u.exact || feedsRelevant(u) || (r.variable !== undefined && (nonMonotone.has(r.variable) || shown.has(r.variable)));
    if (u.mods.length > 0 && (r.key === 'turnIndex' || r.key.startsWith('turns:'))) p.exact = true;
    p.need = Math.max(p.need, u.need);
    for (const m of u.mods) p.cycle = lcm(p.cycle, m);
    if (p.cycle > 100_000) p.exact = true;
    precision.set(r.key, p);
  });
  for (const [key, p] of precision) abstraction.set(key, p.exact || p.need === -Infinity ? { exact: true } : { exact: false, below: p.need, cycle: p.cycle });
  const irrelevant = new Set([...declared].filter((v) => !relevant.has(v)));

  const reads = new Map<number, Read[]>();
  readStarts.forEach((r, k) => {
    const u = uses[k]!;
    if (!isDirect(u) && !feedsRelevant(u)) return;
    const list = reads.get(r.id) ?? [];
    list.push(r.key);
    reads.set(r.id, list);
  });

  // ── 7. Bit positions for everything readable. ──
  const bitOf = new Map<Read, number>();
  const bitInfo: Read[] = [];
  const bit = (read: Read) => {
    let b = bitOf.get(read);
    if (b === undefined) {
      b = bitInfo.length;
      bitOf.set(read, b);
      bitInfo.push(read);
    }
    return b;
  };
  const nodeBits = new Map<number, number[]>();
  for (const [id, list] of reads) nodeBits.set(id, list.map(bit));
  const words = Math.max(1, Math.ceil(bitInfo.length / 32));

  // ── 8. Strongly connected components (iterative Tarjan), sinks first. ──
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

  // ── 9. Propagate reads backwards: components come out of Tarjan sinks first. ──
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
    const counts = new Set<string>();
    const turns = new Set<string>();
    const variables = new Set<string>();
    let turnIndex = false;
    const base = id === undefined ? -1 : comp[id]! * words;
    bitInfo.forEach((key, b) => {
      // An unknown position: assume everything can be read.
      if (base >= 0 && !(live[base + (b >>> 5)]! & (1 << (b & 31)))) return;
      if (key === 'turnIndex') turnIndex = true;
      else if (key.startsWith('variable:')) variables.add(key.slice(9));
      else if (key.startsWith('count:')) counts.add(key.slice(6));
      else turns.add(key.slice(6));
    });
    const result = { counts, turns, turnIndex, variables };
    cache.set(path, result);
    return result;
  };

  return {
    assignedVariables: assigned,
    declaredVariables: declared,
    usesRandomness,
    liveAt,
    abstraction,
    initialValues,
    irrelevantVariables: irrelevant,
    objects: N,
  };
}

/** Where a read's value goes: an exact use, the least value from which it stops mattering, cycles, variables it feeds. */
interface Use {
  exact: boolean;
  /** Values from this one on compare alike with every constant they meet (-Infinity: no comparison). */
  need: number;
  /** Moduli taken of it (cycles). */
  mods: number[];
  /** Other global variables it is assigned to. */
  into: Set<string>;
}
const noUse = (): Use => ({ exact: false, need: -Infinity, mods: [], into: new Set() });
/** What is read: `count:<container>`, `turns:<container>`, `turnIndex` or `variable:<name>`. */
type Read = string;
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lcm = (a: number, b: number) => (a / gcd(a, b)) * b;

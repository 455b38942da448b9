/**
 * The explorer's figures on small hand-built stories whose answers are known: states, paths (per
 * ending), shortest/longest paths, loops, traps and score ranges. Every story is also enumerated
 * path by path (naive) and the two must agree.
 */
import { expect } from '@open-wc/testing';
import { diamondChain, diamondRubric } from '../../src/analysis/diamond.js';
import { analyse, naive, opt, rubric, type Analysis } from './helpers.js';
import type { Rubric } from '../../src/schemas/rubric.js';

/** The explorer and naive enumeration agree on every ending: paths, shortest, longest, ranges. */
function agreesWithNaive(a: Analysis, r?: Rubric) {
  const n = naive(a, r);
  expect(n.complete, 'naive enumeration finished').to.equal(true);
  expect(Object.keys(n.endings).sort()).to.deep.equal(Object.keys(a.endings).sort());
  for (const [id, e] of Object.entries(a.endings)) {
    const ne = n.endings[id]!;
    expect(e.paths, `${id} paths`).to.equal(BigInt(ne.paths));
    expect(e.shortest, `${id} shortest`).to.equal(ne.shortest);
    expect(e.longest, `${id} longest`).to.equal(ne.longest);
    if (r && a.scores?.available) {
      const s = a.scores.ends.get(e.node)!;
      const close = (x: { min: number; max: number } | null | undefined, y: { min: number; max: number } | null | undefined, what: string) => {
        if (!x || !y) return expect(x ?? null, what).to.equal(y ?? null);
        expect(x.min, `${what} min`).to.be.closeTo(y.min, 1e-9);
        expect(x.max, `${what} max`).to.be.closeTo(y.max, 1e-9);
      };
      close(s.overall, ne.overall, `${id} overall`);
      for (const c of Object.keys(s.criteria)) close(s.criteria[c], ne.criteria[c], `${id} ${c}`);
      expect(s.harmFree, `${id} harm-free`).to.equal(ne.harmFree);
      expect(s.harmPossible, `${id} harm possible`).to.equal(ne.harmPossible);
      // Exact except with criterion minimums, where the analysis may be optimistic but never says "never" wrongly.
      const minimums = r.pass.criterionMinimum !== undefined || r.criteria.some((c) => c.kind === 'quality' && c.minimum !== undefined);
      if (minimums) expect(!ne.passPossible || s.passPossible, `${id} pass possible`).to.equal(true);
      else expect(s.passPossible, `${id} pass possible`).to.equal(ne.passPossible);
    }
  }
}

describe('checker analysis: known answers', () => {
  it('diamond chain of 4: 4 states, 81 paths, 4 decisions on every path, scores 0–100%', () => {
    const r = diamondRubric();
    const a = analyse(diamondChain(4), r);
    expect(a.states).to.equal(4);
    expect(a.graph.complete).to.equal(true);
    expect(a.figures.paths).to.equal(81n);
    expect(a.figures.shortest).to.equal(4);
    expect(a.figures.longest).to.equal(4);
    expect(a.figures.loops).to.have.length(0);
    expect(a.scores!.overall).to.deep.equal({ min: 0, max: 1 });
    expect(a.scores!.criteria.attunement).to.deep.equal({ min: 0, max: 1 });
    agreesWithNaive(a, r);
  });

  it('diamond chain of 30: 3^30 paths counted exactly over 30 states', () => {
    const a = analyse(diamondChain(30), diamondRubric());
    expect(a.states).to.equal(30);
    expect(a.figures.paths).to.equal(3n ** 30n);
    expect(a.scores!.overall).to.deep.equal({ min: 0, max: 1 });
  });

  const reconverging = (read: string) => `VAR trust = 0
-> first
=== first ===
* [One.]
    ~ trust += 1
    -> second
* [Two.]
    ~ trust += 1
    -> second
* [Three.]
    -> second
=== second ===
{trust > 0: They relax.}
* [Stay.] -> stay
* [Go.] -> go
=== stay ===
${read}Stay. #ending: stay
-> END
=== go ===
Go. #ending: go
-> END
`;

  it('merges branches that reconverge with equal variables, keeps those that differ', () => {
    const a = analyse(reconverging('{trust > 0: Relaxed.} '));
    // first; second with trust 1 (One and Two merge); second with trust 0.
    expect(a.states).to.equal(3);
    expect(a.figures.paths).to.equal(6n);
    expect(a.endings.stay!.paths).to.equal(3n);
    expect(a.endings.go!.paths).to.equal(3n);
    agreesWithNaive(a);
  });

  it('merges states that differ only in a variable nothing reads any more, unless the player shows it', () => {
    // "trust" is read before the second choice, never after it: both histories have the same future.
    expect(analyse(reconverging('')).states).to.equal(2);
    // Declared as client state, it is displayed, so it stays part of the state.
    expect(analyse(reconverging(''), undefined, { stateVariables: ['trust'] }).states).to.equal(3);
  });

  it('keeps the visit counts once-only choices depend on: a hub of questions asked once each', () => {
    const a = analyse(`-> hub
=== hub ===
What now?
* [Ask about work.] -> hub
* [Ask about family.] -> hub
+ [Finish.] -> done
=== done ===
Done. #ending: done
-> END
`);
    // Asked nothing, work, family, both: 4 states; 5 ways to finish.
    expect(a.states).to.equal(4);
    expect(a.figures.paths).to.equal(5n);
    expect(a.figures.loops).to.have.length(0);
    agreesWithNaive(a);
  });

  it('drops visit counts nothing can read any more (a once-only choice never offered again)', () => {
    const a = analyse(`-> a
=== a ===
* [One.] -> b
* [Two.] -> b
=== b ===
* [Three.] -> c
* [Four.] -> c
=== c ===
End. #ending: end
-> END
`);
    expect(a.states).to.equal(2);
    expect(a.figures.paths).to.equal(4n);
  });

  it('reports a loop with a way out, counts its paths as infinite and still measures decisions', () => {
    const r = rubric({ warmth: 1 });
    const a = analyse(
      `-> hub
=== hub ===
The client is silent.
+ [Wait.] -> hub
+ [Go on.] -> decide
=== decide ===
* [Warm. ${opt('d.warm', 'warmth=3')}] -> good
* [Cold. ${opt('d.cold', 'warmth=1')}] -> bad
=== good ===
Good. #ending: good
-> END
=== bad ===
Bad. #ending: bad
-> END
`,
      r,
    );
    expect(a.states).to.equal(2);
    expect(a.figures.loops).to.have.length(1);
    expect(a.figures.loops[0]).to.include({ rated: false, escapable: true });
    expect(a.figures.paths).to.equal('infinite');
    expect(a.endings.good!.paths).to.equal('infinite');
    // The loop holds no rated decision, so every path has exactly one.
    expect(a.figures.shortest).to.equal(1);
    expect(a.figures.longest).to.equal(1);
    expect(a.figures.trapped).to.deep.equal([]);
    expect(a.scores!.available).to.equal(true);
    expect(a.scores!.ends.get(a.endings.good!.node)!.overall).to.deep.equal({ min: 1, max: 1 });
    expect(a.scores!.ends.get(a.endings.bad!.node)!.overall).to.deep.equal({ min: 0, max: 0 });
  });

  it('reports a loop through a rated decision: unbounded length, no score ranges', () => {
    const r = rubric({ warmth: 1 });
    const a = analyse(
      `-> ask
=== ask ===
+ [Again. ${opt('ask.again', 'warmth=1')}] -> ask
+ [Stop. ${opt('ask.stop', 'warmth=3')}] -> done
=== done ===
Done. #ending: done
-> END
`,
      r,
    );
    expect(a.figures.loops[0]).to.include({ rated: true, escapable: true });
    expect(a.figures.shortest).to.equal(1);
    expect(a.figures.longest).to.equal(null);
    expect(a.scores!.available).to.equal(false);
    expect(a.scores!.reason).to.contain('loop');
    expect(a.figures.repeatedDecisions.has('ask')).to.equal(true);
  });

  it('finds states from which no ending can be reached', () => {
    const a = analyse(`-> start
=== start ===
* [In.] -> room
* [Out.] -> out
=== room ===
+ [Wait.] -> room
=== out ===
Out. #ending: out
-> END
`);
    expect(a.figures.trapped).to.have.length(1);
    expect(a.figures.loops[0]).to.include({ escapable: false });
    expect(a.endings.out!.paths).to.equal(1n);
  });

  it('keeps counts read after a tunnel returns (call-stack liveness)', () => {
    const a = analyse(`-> start
=== start ===
* [Warm up A.] -> pre
* (b) [Warm up B.] -> pre
=== pre ===
-> ask ->
{start.b: You warmed up with B.}
Done. #ending: done
-> END
=== ask ===
* [One.] ->->
* [Two.] ->->
`);
    // The two histories reach "ask" with different counts for (b), read after the tunnel returns.
    expect(a.states).to.equal(3);
    expect(a.figures.paths).to.equal(4n);
    agreesWithNaive(a);
  });

  it('a tunnel called twice hides its once-only choice the second time', () => {
    const a = analyse(`-> start
=== start ===
-> ask ->
Between.
-> ask ->
Done. #ending: done
-> END
=== ask ===
* [One.] ->->
* [Two.] ->->
`);
    expect(a.states).to.equal(3);
    expect(a.figures.paths).to.equal(2n);
    agreesWithNaive(a);
  });

  it('follows choices gathered from threads', () => {
    const a = analyse(`-> main
=== main ===
<- extra
* [Main option.] -> done
=== extra ===
* [Thread option.] -> done
=== done ===
Done. #ending: done
-> END
`);
    expect(a.states).to.equal(1);
    expect(a.figures.paths).to.equal(2n);
    agreesWithNaive(a);
  });

  it('computes exact score ranges when decisions test different criteria', () => {
    const r = rubric({ q1: 1, q2: 1 }, ['harm'], 0.7);
    const a = analyse(
      `-> d1
=== d1 ===
* [A. ${opt('d1.a', 'q1=3', '#risk: harm=low')}] -> d2
* [B. ${opt('d1.b', 'q1=1', '#risk: harm=low')}] -> short
=== d2 ===
* [C. ${opt('d2.c', 'q1=3 q2=1', '#risk: harm=low')}] -> long
* [D. ${opt('d2.d', 'q1=1 q2=3', '#risk: harm=high')}] -> long
* [E. ${opt('d2.e', 'q1=3 q2=3', '#risk: harm=low')}] -> long
=== short ===
Short. #ending: short
-> END
=== long ===
Long. #ending: long
-> END
`,
      r,
    );
    const short = a.scores!.ends.get(a.endings.short!.node)!;
    const long = a.scores!.ends.get(a.endings.long!.node)!;
    // B: q1 earns 0 of 1 decision; q2 untested.
    expect(short.overall).to.deep.equal({ min: 0, max: 0 });
    expect(short.criteria.q2).to.equal(null);
    expect(short.passPossible).to.equal(false);
    // A then C: q1 (1+1)/2, q2 0 → 0.5; A then D: q1 (1+0)/2, q2 1 → 0.75; A then E: 1.
    expect(long.overall).to.deep.equal({ min: 0.5, max: 1 });
    expect(long.criteria.q1).to.deep.equal({ min: 0.5, max: 1 });
    expect(long.criteria.q2).to.deep.equal({ min: 0, max: 1 });
    expect(long).to.include({ harmFree: true, harmPossible: true, passPossible: true });
    expect(a.scores!.overall).to.deep.equal({ min: 0, max: 1 });
    agreesWithNaive(a, r);
  });

  it('applies the pass rule\'s limit on elevated risks and criterion minimums to "pass possible"', () => {
    const story = `-> d1
=== d1 ===
* [A. ${opt('d1.a', 'q1=3', '#risk: harm=elevated')}] -> d2
* [B. ${opt('d1.b', 'q1=2', '#risk: harm=low')}] -> d2
=== d2 ===
* [C. ${opt('d2.c', 'q1=3 q2=1', '#risk: harm=elevated')}] -> d3
* [D. ${opt('d2.d', 'q1=1 q2=3', '#risk: harm=low')}] -> d3
=== d3 ===
* [E. ${opt('d3.e', 'q1=3 q2=3', '#risk: harm=elevated')}] -> done
* [F. ${opt('d3.f', 'q1=3 q2=2', '#risk: harm=low')}] -> done
=== done ===
Done. #ending: done
-> END
`;
    const base = rubric({ q1: 1, q2: 1 }, ['harm'], 0.8);
    const passes = (r: Rubric) => {
      const a = analyse(story, r);
      agreesWithNaive(a, r);
      return a.scores!.ends.get(a.endings.done!.node)!.passPossible;
    };
    // Only A, D, E reaches 80% (q1 2/3, q2 1), with two elevated risks (A and E).
    expect(passes(base)).to.equal(true);
    expect(passes({ ...base, pass: { ...base.pass, maxElevated: 2 } })).to.equal(true);
    expect(passes({ ...base, pass: { ...base.pass, maxElevated: 1 } })).to.equal(false);
    expect(passes({ ...base, pass: { ...base.pass, maxElevated: 0 } })).to.equal(false);
    // On A, D, E both criteria reach 60%.
    expect(passes({ ...base, pass: { ...base.pass, criterionMinimum: 0.6 } })).to.equal(true);

    // A criterion minimum an ending cannot reach rules it out, even with no overall threshold.
    const split = `* [A. ${opt('d.a', 'q1=3')}] -> good
* [B. ${opt('d.b', 'q1=1')}] -> weak
=== good ===
Good. #ending: good
-> END
=== weak ===
Weak. #ending: weak
-> END
`;
    const lenient = rubric({ q1: 1 }, [], 0);
    for (const [r, weak] of [
      [lenient, true],
      [{ ...lenient, pass: { mastery: 0, criterionMinimum: 0.5 } }, false],
    ] as const) {
      const a = analyse(split, r);
      agreesWithNaive(a, r);
      expect(a.scores!.ends.get(a.endings.weak!.node)!.passPossible).to.equal(weak);
      expect(a.scores!.ends.get(a.endings.good!.node)!.passPossible).to.equal(true);
    }
  });

  it('weights criteria in the overall range as the scoring model does', () => {
    const r = rubric({ heavy: 3, light: 1 });
    const a = analyse(
      `* [X. ${opt('d.x', 'heavy=3 light=1')}] -> done
* [Y. ${opt('d.y', 'heavy=1 light=3')}] -> done
=== done ===
Done. #ending: done
-> END
`,
      r,
    );
    // X: (3·1 + 1·0)/4 = 0.75; Y: (3·0 + 1·1)/4 = 0.25.
    expect(a.scores!.overall).to.deep.equal({ min: 0.25, max: 0.75 });
    agreesWithNaive(a, r);
  });

  it('ignores a counter nothing reads but itself: a self-increment is not a use', () => {
    const decision = (n: number) => `=== d${n} ===
* [Once.] 
    ~ laps++
    -> d${n + 1}
* [Twice.] 
    ~ laps += 2
    -> d${n + 1}
* [Back.] 
    ~ laps = laps - 1
    -> d${n + 1}
`;
    const a = analyse(`VAR laps = 0\n-> d1\n${decision(1)}${decision(2)}${decision(3)}=== d4 ===\nDone. #ending: done\n-> END\n`);
    expect(a.graph.facts.irrelevantVariables.has('laps')).to.equal(true);
    expect(a.states).to.equal(3);
    expect(a.figures.paths).to.equal(27n);
    agreesWithNaive(a);
  });

  it('keeps a counter compared with a number only up to that number, and stays exact', () => {
    const decision = (n: number) => `=== d${n} ===
* [Warm.] 
    ~ trust++
    -> d${n + 1}
* [Flat.] -> d${n + 1}
`;
    const a = analyse(`VAR trust = 0\n-> d1\n${[1, 2, 3, 4].map(decision).join('')}=== d5 ===\n{trust >= 2: -> warm | -> cool}\n=== warm ===\nWarm. #ending: warm\n-> END\n=== cool ===\nCool. #ending: cool\n-> END\n`);
    expect(a.graph.facts.abstraction.get('variable:trust')).to.deep.equal({ exact: false, below: 2, cycle: 1 });
    // trust 0 | 0–1 | 0–2 | 0, 1 and "2 or more": 1 + 2 + 3 + 3 states (10 if kept exactly).
    expect(a.states).to.equal(9);
    expect(a.endings.warm!.paths).to.equal(11n);
    expect(a.endings.cool!.paths).to.equal(5n);
    agreesWithNaive(a);
  });

  it('adding another variable to a counter is not a use of the counter either, but what is added feeds it', () => {
    const decision = (n: number) => `=== d${n} ===
* [Big.] 
    ~ gain = 2
    -> b
* [Small.] 
    ~ gain = 1
    -> b
= b
~ score = score + gain
-> d${n + 1}
`;
    const story = (end: string) => `VAR score = 0\nVAR gain = 0\n-> d1\n${decision(1)}${decision(2)}${decision(3)}=== d4 ===\n${end}Done. #ending: done\n-> END\n`;
    const unread = analyse(story(''));
    expect([...unread.graph.facts.irrelevantVariables].sort()).to.deep.equal(['gain', 'score']);
    expect(unread.states).to.equal(3);
    agreesWithNaive(unread);
    // Printed at the end: both matter, and the totals keep the states apart (score 0 | 1–2 | 2–4; at
    // d3 score 3 comes with gain 1 or 2: liveness has no "killed by the next assignment", so the
    // last gain is kept too, soundly but not minimally).
    const printed = analyse(story('{score} points. '));
    expect(printed.graph.facts.irrelevantVariables.size).to.equal(0);
    expect(printed.states).to.equal(1 + 2 + 4);
    agreesWithNaive(printed);
  });

  it('keeps exactly what feeds a variable that matters', () => {
    const a = analyse(`VAR a = 0
VAR b = 0
-> d1
=== d1 ===
* [Add.] 
    ~ a++
    -> d2
* [Skip.] -> d2
=== d2 ===
* [Add.] 
    ~ a++
    -> d3
* [Skip.] -> d3
=== d3 ===
~ b = a
{b == 1: -> one | -> other}
=== one ===
One. #ending: one
-> END
=== other ===
Other. #ending: other
-> END
`);
    expect(a.graph.facts.irrelevantVariables.size).to.equal(0);
    expect(a.states).to.equal(3);
    expect(a.endings.one!.paths).to.equal(2n);
    agreesWithNaive(a);
  });

  it('finishes on loops with counters: an increment-only counter, a visit-count threshold, a cycle, TURNS_SINCE', () => {
    const loop = (body: string, head = '') => `${head}-> top
=== top ===
${body}
+ [Again.] -> room
+ [Stop.] -> done
=== room ===
The room.
-> top
=== done ===
Done. #ending: done
-> END
`;
    const counter = analyse(loop('~ n++\nAround.', 'VAR n = 0\n'));
    expect([counter.graph.complete, counter.states]).to.deep.equal([true, 1]);
    // Counts 1, 2 and "3 or more" read differently.
    const visits = analyse(loop('{top < 3: Early.}'));
    expect([visits.graph.complete, visits.states]).to.deep.equal([true, 3]);
    const cycle = analyse(loop('{&Tick|Tock|Tack}'));
    expect([cycle.graph.complete, cycle.states]).to.deep.equal([true, 3]);
    const since = analyse(loop('{TURNS_SINCE(-> room) > 2: A while.}'));
    expect(since.graph.complete).to.equal(true);
    expect(since.states).to.be.at.most(5);
    // The counter printed: every lap differs, so the limit stops it.
    const printed = analyse(loop('~ n++\nLap {n}.', 'VAR n = 0\n'), undefined, { maxStates: 50 });
    expect(printed.graph.complete).to.equal(false);
  });

  it('reports a story too large to explore within the limit, with what was explored', () => {
    const a = analyse(
      `-> hub
=== hub ===
{The clock ticks.|It ticks again.|And again.|Still ticking.}
+ [Wait.] -> hub
+ [Leave.] -> done
=== done ===
Done. #ending: done
-> END
`,
      undefined,
      { maxStates: 3 },
    );
    expect(a.graph.complete).to.equal(false);
    expect(a.graph.stoppedBy).to.equal('states');
    expect(a.states).to.be.at.least(3);
    expect(a.graph.unexplored).to.be.greaterThan(0);
  });

  it('a limited exploration is the same on every run: the limit counts states, never time', () => {
    const printed = `VAR laps = 0
-> spin
=== spin ===
~ laps++
Lap {laps}.
+ [Again.] -> spin
+ [Other way.] -> other
+ [Stop.] -> done
=== other ===
~ laps += 2
-> spin
=== done ===
Done. #ending: done
-> END
`;
    const shape = (a: Analysis) => JSON.stringify({ nodes: a.graph.nodes, transitions: a.graph.transitions, unexplored: a.graph.unexplored, stoppedBy: a.graph.stoppedBy });
    const first = analyse(printed, undefined, { maxStates: 25 });
    expect(first.graph.complete).to.equal(false);
    expect(first.graph.stoppedBy).to.equal('states');
    expect(shape(analyse(printed, undefined, { maxStates: 25 }))).to.equal(shape(first));
  });

  it('notes when the story uses randomness (one seed explored)', () => {
    const a = analyse(`{~Hello|Hi} there.
* [Go.] -> done
=== done ===
Done {RANDOM(1, 6)}. #ending: done
-> END
`);
    expect(a.graph.facts.usesRandomness).to.equal(true);
    expect(a.graph.seed).to.equal(1);
  });

  it('names dead ends and runtime errors with their line', () => {
    const a = analyse(`-> start
=== start ===
* [Stop here.] -> stop
* [Fail.] -> fail
=== stop ===
Nothing more.
-> END
=== fail ===
{RANDOM(3, 1)}
-> END
`);
    const ends = a.graph.nodes.filter((n) => n.kind === 'end');
    const dead = ends.find((n) => n.kind === 'end' && n.outcome === 'dead-end')!;
    const error = ends.find((n) => n.kind === 'end' && n.outcome === 'error')!;
    expect(dead.kind === 'end' && dead.location).to.deep.equal({ file: 'test.ink', line: 7 });
    expect(error.kind === 'end' && error.location?.line).to.equal(9);
  });
});

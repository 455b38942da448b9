/**
 * The checker finishes on a game-sized story (bench/game/keeper.ink: a day clock, counters,
 * visit-count thresholds, repeatable hubs) and stays sound doing it: the exploration is complete
 * (a limit by states, not time: its figures are the same on every run), the counters nothing reads
 * are left out of the states, and seeded random play-throughs in a real `Session` meet, at every
 * step, exactly the options the explored graph says the merged state offers, and end where it says.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { exploreStory, type StateNode } from '../../src/analysis/explore.js';
import { analyseGraph } from '../../src/analysis/graph.js';
import { compileInk } from '../../src/ink/compile.js';
import { Session } from '../../src/session.js';
import { KEEPER } from '../../bench/checker.js';
import { prng } from '../helpers/prng.js';

const compiled = compileInk(KEEPER, (path) => readFileSync(path, 'utf8'));
const story = compiled.story!;

describe("the checker on a game-sized story (The Keeper's Week)", () => {
  assert.ok(compiled.story, JSON.stringify(compiled.diagnostics));
  assert.ok(readFileSync(KEEPER, 'utf8').split('\n').length >= 1500);
  const graph = exploreStory(story.json);
  const states = graph.nodes.filter((n) => n.kind === 'choice').length;

  it('explores it completely, to the same figures on every run', () => {
    assert.equal(graph.complete, true);
    assert.equal(graph.stoppedBy, undefined);
    assert.equal(states, 18_361);
    assert.equal(graph.transitions, 55_145);
    const figures = analyseGraph(graph);
    assert.equal(String(figures.paths), '166066107391666192121856');
    const endings = graph.nodes.filter((n) => n.kind === 'end').map((n) => (n.kind === 'end' ? `${n.outcome}:${n.ending ?? ''}` : ''));
    assert.deepEqual(endings.sort(), ['ending:dismissed', 'ending:leaving', 'ending:promised', 'ending:staying']);
  });

  it('leaves out the counters nothing reads, and keeps the compared ones only up to their thresholds', () => {
    assert.deepEqual([...graph.facts.irrelevantVariables].sort(), ['cups_of_tea', 'gulls_counted', 'steps']);
    assert.deepEqual(graph.facts.abstraction.get('variable:trust'), { exact: false, below: 2, cycle: 1 });
    assert.deepEqual(graph.facts.abstraction.get('variable:log_entries'), { exact: false, below: 1, cycle: 1 });
    assert.deepEqual(graph.facts.abstraction.get('count:barometer'), { exact: false, below: 2, cycle: 1 });
    assert.deepEqual(graph.facts.abstraction.get('variable:oil'), { exact: true });
  });

  it('every random play-through follows the graph: the same options at every merged state, the same ending', () => {
    for (let walk = 0; walk < 60; walk++) {
      const random = prng(walk);
      const session = new Session(story, { seed: 1 });
      let node: StateNode = graph.nodes[graph.start]!;
      while (!session.ended) {
        assert.equal(node.kind, 'choice', `walk ${walk}: the graph ended where the story goes on`);
        if (node.kind !== 'choice') break;
        const offered = session.currentChoices!.options.map((o) => o.text);
        assert.deepEqual(offered, node.options.map((o) => o.text), `walk ${walk}, step ${session.path.length}`);
        const i = Math.floor(random() * offered.length);
        session.choose(i);
        node = graph.nodes[node.next[i]!]!;
      }
      assert.equal(session.error, undefined);
      assert.equal(node.kind, 'end');
      if (node.kind === 'end') assert.equal(node.ending, session.ending, `walk ${walk}`);
    }
  });
});

/**
 * The checker explores all of ink that the ink-proof corpus exercises (sequences, shuffles, tunnels,
 * threads, lists, functions, visit and turn counts, variables compared and printed) to the same
 * answer as naive path-by-path enumeration: on every case without a loop, the same path count per
 * outcome. The cases are small (at most five choices), so this guards the exploration of every ink
 * feature more than the merging of states, which the known-answer stories of
 * `test/checker/analysis.test.ts` and the checker corpus test.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { exploreStory } from '../../src/analysis/explore.js';
import { analyseGraph } from '../../src/analysis/graph.js';
import { enumeratePaths } from '../../src/analysis/naive.js';
import { compileInk } from '../../src/ink/compile.js';

const CORPUS = 'test/corpus/ink-proof/ink';
/** I131 overflows inkjs's stack (see test/conformance/ink-proof.test.ts); I066 and I084 loop. */
const NOT_COMPARED = ['I066', 'I084', 'I131'];

describe('the checker on the ink-proof corpus agrees with naive enumeration', () => {
  it('path counts per outcome, on every case without a loop', () => {
    const compared: string[] = [];
    for (let i = 1; i <= 135; i++) {
      const id = `I${String(i).padStart(3, '0')}`;
      if (id === 'I131') continue;
      const compiled = compileInk('story.ink', (p) => (existsSync(`${CORPUS}/${id}/${p}`) ? readFileSync(`${CORPUS}/${id}/${p}`, 'utf8') : undefined));
      assert.ok(compiled.story, id);
      const graph = exploreStory(compiled.story.json, { maxStates: 2000 });
      const figures = analyseGraph(graph);
      assert.equal(graph.complete, true, id);
      if (figures.paths === 'infinite') continue;
      const ours: Record<string, bigint> = {};
      for (const node of graph.nodes) {
        if (node.kind !== 'end') continue;
        const key = node.outcome === 'ending' ? node.ending! : node.outcome;
        ours[key] = (ours[key] ?? 0n) + (figures.ends.get(node.id)!.paths as bigint);
      }
      const naive = enumeratePaths(compiled.story.json, { maxPaths: 100_000 });
      assert.equal(naive.complete, true, id);
      assert.deepEqual(ours, Object.fromEntries(Object.entries(naive.endings).map(([k, e]) => [k, BigInt(e.paths)])), id);
      compared.push(id);
    }
    assert.equal(compared.length, 135 - NOT_COMPARED.length);
    for (const id of NOT_COMPARED) assert.ok(!compared.includes(id), id);
  });
});

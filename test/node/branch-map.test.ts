/**
 * The branch map's data (`src/analysis/branch-map.ts`) for the example scenario, checked by hand
 * against stories/example/story.ink, and every route of every shipped scenario replayed in a real
 * Session: the player reaches the ending the map says, with the checker's seed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { followRoute } from '../../src/analysis/branch-map-format.js';
import { loadStoryTree } from '../../src/analysis/files.js';
import { branchMaps, diskFiles } from '../../src/node/story-files.js';
import { decodeReplayCode, encodeReplayCode } from '../../src/replay-code.js';
import { Session } from '../../src/session.js';

const maps = branchMaps('stories');

describe('branch map', () => {
  it('example: decisions with their options, coloured by rating, leading to endings with the checker\'s figures', () => {
    const map = maps.find((m) => m.id === 'example')!;
    assert.deepEqual(map.nodes.map((n) => `${n.kind} ${n.id}`), ['decision decision:late-disclosure', 'decision decision:time', 'ending ending:held', 'ending ending:shut-down', 'ending ending:frame-lost']);
    const time = map.nodes.find((n) => n.id === 'decision:time')!;
    // hold-warmly: attunement 3, frame 3 → 1; rule: attunement 1 (weight 2), frame 2 → (0 + 0.5)/3; extend: attunement 2, frame 1 → (2·0.5)/3.
    assert.deepEqual(time.options.map((o) => [o.id, Number(o.value!.toFixed(3)), o.best, o.harm, o.targets]), [
      ['time.hold-warmly', 1, true, false, ['ending:held']],
      ['time.rule', 0.167, false, false, ['ending:shut-down']],
      ['time.extend', 0.333, false, true, ['ending:frame-lost']],
    ]);
    const tissues = map.nodes[0]!.options[1]!;
    assert.equal(tissues.action, true);
    assert.equal(tissues.file, 'stories/example/story.ink');
    assert.equal(tissues.line, 25);
    assert.deepEqual(map.nodes.find((n) => n.id === 'ending:held')!.ending, { paths: 3, overall: { min: 0.5, max: 1 }, harm: 'never', passPossible: true });
    // An ending the scenario marks as not passable says so, with its reason.
    assert.deepEqual(map.nodes.find((n) => n.id === 'ending:frame-lost')!.ending, {
      paths: 1,
      overall: { min: 0.625, max: 0.625 },
      harm: 'always',
      passPossible: false,
      notPassable: 'The session overruns by forty minutes and the frame is lost.',
    });
    assert.deepEqual(map.nodes.find((n) => n.id === 'ending:frame-lost')!.ending!.harm, 'always');
    assert.deepEqual(map.routes, [
      { ending: 'frame-lost', steps: [0, 2] },
      { ending: 'held', steps: [0, 0] },
      { ending: 'shut-down', steps: [0, 1] },
    ]);
    assert.ok('error' in followRoute(map, [0, 5]));
  });

  for (const map of maps) {
    it(`${map.id}: every route the map offers plays to its ending in a real session`, () => {
      const scenario = loadStoryTree(diskFiles, 'stories').scenarios.find((s) => s.id === map.id)!;
      for (const route of map.routes) {
        const followed = followRoute(map, route.steps);
        assert.ok('states' in followed);
        const last = map.states[followed.states.at(-1)!]!;
        assert.equal(last.node, `ending:${route.ending}`);
        const code = encodeReplayCode({ storyHash: map.storyHash, seed: map.seed, steps: route.steps.map((index) => ({ index })) });
        assert.equal(decodeReplayCode(code).steps.length, route.steps.length);
        const session = Session.fromReplayCode(scenario.compiled!.story!, code);
        assert.ok(session.ended, `${map.id} ${route.ending}: the session ended`);
        assert.equal(session.ending, route.ending);
      }
    });
  }
});

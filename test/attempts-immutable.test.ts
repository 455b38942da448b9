/**
 * A finished result is never changed or lost: a property test (fast-check, fixed seed) over random
 * sequences of what a trainee does with the real player and the real attempt history — choose,
 * rewind (during play and from the debrief), finish, leave and come back (resume or start again),
 * switch mode — checking after every step that every attempt ever seen finished is still in the
 * history, saved, exactly as it was when it finished.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { AttemptStore, MemoryStorage, type AttemptRecord } from '../src/attempts.js';
import type { Mode } from '../src/attempts.js';
import type { ScenarioBundle } from '../src/scenario-bundle.js';
import '../components/attune-player/attune-player.js';
import type { AttunePlayer } from '../components/attune-player/attune-player.js';
import { waitFor } from './helpers/dom.js';
import { exampleBundle } from './helpers/scenarios.js';

const SEED = 20261207;

type Step =
  | { kind: 'choose'; option: number }
  | { kind: 'rewind'; step: number }
  | { kind: 'finish' }
  | { kind: 'debrief' }
  | { kind: 'leave'; resume: boolean; mode: Mode }
  | { kind: 'restart' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('choose' as const), option: fc.nat(5) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('rewind' as const), step: fc.nat(5) }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'finish' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'debrief' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('leave' as const), resume: fc.boolean(), mode: fc.constantFrom<Mode>('practice', 'assessment') }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

async function mount(bundle: ScenarioBundle, store: AttemptStore, mode: Mode): Promise<AttunePlayer> {
  const el = await fixture<AttunePlayer>(html`<attune-player .bundle=${bundle} .store=${store} mode=${mode}></attune-player>`);
  await waitFor(() => el.ready, 'the scenario to be ready');
  return el;
}

describe('finished results are immutable (player + attempt history)', () => {
  let bundle: ScenarioBundle;
  before(async () => {
    bundle = await exampleBundle();
  });

  it('no finished attempt is ever changed or lost, whatever is played, rewound, resumed or restarted', async function () {
    this.timeout(120000);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Mode>('practice', 'assessment'), fc.array(step, { minLength: 1, maxLength: 14 }), async (firstMode, steps) => {
        const storage = new MemoryStorage();
        let store = new AttemptStore(storage);
        let el = await mount(bundle, store, firstMode);
        el.restart();
        /** Every attempt seen finished, as it was when first seen. */
        const finished = new Map<string, AttemptRecord>();
        const check = () => {
          for (const record of store.list(bundle.id)) {
            if (record.status === 'complete' && !finished.has(record.id)) finished.set(record.id, structuredClone(record));
          }
          // Saved, not only in memory: a fresh read of the same storage (a reload) has them too.
          const reloaded = new AttemptStore(storage);
          for (const [id, record] of finished) {
            expect(store.get(id), `finished attempt ${id} in the history`).to.deep.equal(record);
            expect(reloaded.get(id), `finished attempt ${id} after a reload`).to.deep.equal(record);
          }
        };
        try {
          for (const s of steps) {
            const choices = el.session?.currentChoices;
            switch (s.kind) {
              case 'choose':
                if (choices) el.choose(s.option % choices.options.length);
                break;
              case 'finish':
                for (let guard = 0; el.session?.currentChoices && guard < 20; guard++) el.choose(0);
                break;
              case 'rewind': {
                const decisions = el.session?.path.length ?? 0;
                if (decisions > 0) el.rewindTo(s.step % decisions);
                break;
              }
              case 'debrief':
                await el.showDebrief();
                break;
              case 'restart':
                el.restart();
                break;
              case 'leave':
                el.remove();
                store = new AttemptStore(storage);
                el = await mount(bundle, store, s.mode);
                if (!(s.resume && el.resume())) el.restart();
                break;
            }
            check();
          }
        } finally {
          el.remove();
        }
        // The history keeps every attempt begun: nothing was deleted along the way.
        expect(store.list(bundle.id).length).to.be.at.least(finished.size);
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});

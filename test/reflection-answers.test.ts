import { expect } from '@open-wc/testing';
import { MemoryStorage } from '../src/attempts.js';
import { debriefPulls, fetchReflection, ReflectionAnswersStore, ReflectionLoadError, reflectionResult } from '../src/reflection-answers.js';
import type { Reflection } from '../src/schemas/reflection.js';
import { reflectionFromYaml } from './helpers/scenarios.js';

describe('self-reflection answers (src/reflection-answers.ts)', () => {
  let reflection: Reflection;
  before(async () => {
    reflection = await reflectionFromYaml();
  });

  /** Answers that make `dimension` stand out (every item loading +1 on it at the top of the scale). */
  function leaning(dimension: string): Record<string, number> {
    return Object.fromEntries(
      reflection.items.map((item) => {
        const sign = item.dimensions[dimension];
        return [item.id, sign === 1 ? reflection.scale.max : sign === -1 ? reflection.scale.min : reflection.scale.min];
      }),
    );
  }

  it('saves only answers to this questionnaire’s items, on its scale, and reads them back', () => {
    const storage = new MemoryStorage();
    const store = new ReflectionAnswersStore(storage, { now: () => new Date('2025-03-01T10:00:00Z') });
    const first = reflection.items[0]!.id;
    const saved = store.save(reflection, { [first]: 4, 'not-an-item': 3, [reflection.items[1]!.id]: 99 });
    expect(saved.answers).to.deep.equal({ [first]: 4 });
    expect(new ReflectionAnswersStore(storage).load()).to.deep.equal(saved);
    store.clear();
    expect(store.load()).to.equal(undefined);
  });

  it('sets aside a saved record that cannot be read, and says so', () => {
    const storage = new MemoryStorage();
    storage.setItem('attune:reflection', '{"version":1,"answers":"nope"}');
    const store = new ReflectionAnswersStore(storage);
    expect(store.load()).to.equal(undefined);
    expect(store.problems[0]!.message).to.contain('set aside');
    const keys = [...Array(storage.length).keys()].map((i) => storage.key(i)!);
    expect(keys.some((k) => k.startsWith('attune:quarantine:'))).to.equal(true);
    expect(keys).not.to.include('attune:reflection');
  });

  it('turns answers into pulls to notice for the client’s pattern, with the caveat', () => {
    const store = new ReflectionAnswersStore(new MemoryStorage());
    const record = store.save(reflection, leaning('closeness'));
    expect(reflectionResult(reflection, record)!.tendencies).to.include('closeness');
    const pulls = debriefPulls(reflection, record, 'avoidant')!;
    const closeness = reflection.dimensions.find((d) => d.id === 'closeness')!;
    expect(pulls.summary).to.contain(closeness.label.toLowerCase());
    expect(pulls.pulls.find((p) => p.title === closeness.label)!.text).to.contain(reflection.pulls.find((p) => p.pattern === 'avoidant' && p.tendency === 'closeness')!.text);
    expect(pulls.caveat).to.equal(reflection.caveat);
  });

  it('gives the general text when nothing stands out, and nothing without answers', () => {
    const store = new ReflectionAnswersStore(new MemoryStorage());
    const none = Object.fromEntries(reflection.items.map((i) => [i.id, 3]));
    // Middle answers everywhere: reverse-keyed items stay in the middle too, below the threshold.
    const pulls = debriefPulls(reflection, store.save(reflection, none), 'secure')!;
    expect(pulls.summary).to.contain('No particular pull stood out');
    expect(pulls.pulls).to.deep.equal([{ text: reflection.general.secure }]);
    expect(debriefPulls(reflection, undefined, 'secure')).to.equal(undefined);
  });

  it('fetching: a clear error for a missing or damaged file', async () => {
    let error: unknown;
    try {
      await fetchReflection('/no-such-reflection.json');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ReflectionLoadError);
    expect((error as Error).message).to.contain('not available here (404)');
  });
});

/**
 * The review page's work in progress, over the example scenario's real rating task: the option
 * order is shuffled per rater but stable on resume, the ratings file always matches the schema
 * (one entry per option, null for what was not rated), and a draft for an older version of the
 * story keeps only the ratings of options whose words are unchanged.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryStorage } from '../../src/attempts.js';
import { loadScenarioFolder, toBundle } from '../../src/node/story-files.js';
import { ratingsFileFrom, ratingsFileName, reviewKey, reviewProgress, ReviewDraftStore, shuffledOptions, withComment, withRating } from '../../src/panel/review-draft.js';
import { reviewTask } from '../../src/panel/review-task.js';
import { RatingsFileSchema } from '../../src/schemas/ratings.js';

const bundle = toBundle({ ...loadScenarioFolder('stories', 'example')!, panelFiles: [] })!;
const task = reviewTask(bundle);
const now = new Date('2026-12-01T09:30:00.000Z');

describe('review draft', () => {
  it('shuffles each decision\'s options per rater, the same way every time for one seed', () => {
    const d = task.decisions[0]!;
    const orders = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const order = shuffledOptions(d, seed).map((o) => o.option);
      assert.deepEqual([...order].sort(), d.options.map((o) => o.option).sort(), 'a permutation');
      assert.deepEqual(shuffledOptions(d, seed).map((o) => o.option), order, 'stable for a seed');
      orders.add(order.join());
    }
    // Three options have six orders; forty raters meet all of them.
    assert.equal(orders.size, 6);
  });

  it('makes a ratings file with one entry per option, null where nothing was rated, that the schema accepts', () => {
    const store = new ReviewDraftStore(new MemoryStorage());
    let draft = { ...store.load(task, now).draft, reviewer: ' AB ' };
    const [d0] = task.decisions;
    const option = d0!.options[2]!;
    draft = withRating(draft, d0!.id, option, { id: 'attunement', kind: 'quality' }, 2, now);
    draft = withRating(draft, d0!.id, option, { id: 'shame-withdrawal', kind: 'risk' }, 'high', now);
    draft = withComment(draft, d0!.id, option, '  Sounds like a telling-off.  ', now);
    const file = ratingsFileFrom(task, draft, now);
    assert.equal(RatingsFileSchema.safeParse(JSON.parse(JSON.stringify(file))).success, true);
    assert.equal(file.reviewer, 'AB');
    assert.equal(file.storyHash, bundle.story.hash);
    assert.deepEqual(file.rubric, { id: 'example', version: '1.0.0' });
    assert.equal(file.complete, false);
    assert.equal(file.entries.length, 6);
    const entry = file.entries.find((e) => e.option === option.option)!;
    assert.deepEqual(entry.ratings, { attunement: 2, 'safety-pacing': null });
    assert.deepEqual(entry.risks, { 'shame-withdrawal': 'high', 'boundary-confusion': null });
    assert.equal(entry.comment, 'Sounds like a telling-off.');
    assert.deepEqual(reviewProgress(task, draft), { given: 2, expected: 24 });
    assert.equal(ratingsFileName(file), 'example-ab-ratings.json');
    // Clearing a rating takes it out again.
    draft = withRating(draft, d0!.id, option, { id: 'attunement', kind: 'quality' }, undefined, now);
    assert.deepEqual(reviewProgress(task, draft), { given: 1, expected: 24 });
  });

  it('says complete only when every option is rated on every measure', () => {
    let draft = { ...new ReviewDraftStore(new MemoryStorage()).load(task, now).draft, reviewer: 'cd' };
    for (const d of task.decisions)
      for (const o of d.options) {
        for (const c of d.criteria) draft = withRating(draft, d.id, o, { id: c, kind: 'quality' }, 1, now);
        for (const r of d.risks) draft = withRating(draft, d.id, o, { id: r, kind: 'risk' }, 'low', now);
      }
    assert.equal(ratingsFileFrom(task, draft, now).complete, true);
  });

  it('resumes a saved draft; after the story changes it keeps only ratings of options whose words are unchanged', () => {
    const storage = new MemoryStorage();
    const store = new ReviewDraftStore(storage);
    let draft = { ...store.load(task, now).draft, reviewer: 'ef', at: 1 };
    for (const o of task.decisions[0]!.options) draft = withRating(draft, 'late-disclosure', o, { id: 'attunement', kind: 'quality' }, 3, now);
    assert.equal(store.save(draft), true);
    const again = store.load(task, now);
    assert.equal(again.resumed, true);
    assert.deepEqual(again.draft, draft);
    assert.deepEqual(again.notes, []);

    // The same scenario after an author rewords one option.
    const reworded = structuredClone(task);
    reworded.storyHash = '0123456789abcdef';
    reworded.decisions[0]!.options[1]!.text = 'Something else entirely.';
    const changed = store.load(reworded, now);
    assert.equal(Object.keys(changed.draft.answers).length, 2);
    assert.equal(changed.draft.storyHash, '0123456789abcdef');
    assert.match(changed.notes.join(), /1 option was reworded or removed/);
  });

  it('sets aside a draft it cannot read rather than losing it, and starts afresh', () => {
    const storage = new MemoryStorage();
    storage.setItem(reviewKey('example'), '{"version": 99');
    const loaded = new ReviewDraftStore(storage).load(task, now);
    assert.equal(loaded.resumed, false);
    assert.match(loaded.notes.join(), /could not be read; they were set aside/);
    const kept = [...Array(storage.length).keys()].map((i) => storage.key(i)!).find((k) => k.includes(':unreadable:'))!;
    assert.equal(storage.getItem(kept), '{"version": 99');
  });

  it('works without storage, and says so', () => {
    const store = new ReviewDraftStore(null);
    assert.equal(store.persistent, false);
    const { draft } = store.load(task, now);
    assert.equal(store.save({ ...draft, reviewer: 'x' }), true);
    assert.equal(store.load(task, now).draft.reviewer, 'x');
  });
});

/**
 * The checker's guessability figures on their own (src/analysis/guessability.ts): content-word runs
 * shared with the briefing, length ranks with ties, which decisions count towards the length share,
 * and trade-off decisions. The rules built on them are in the checker corpus.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentWords, guessability, sharedRun } from '../../src/analysis/guessability.js';
import type { OptionInfo } from '../../src/analysis/explore.js';
import { RubricSchema } from '../../src/schemas/rubric.js';
import { parseOptionTags } from '../../src/tags.js';

const rubric = RubricSchema.parse({
  id: 'r',
  version: '1.0.0',
  title: 'R',
  criteria: ['warmth', 'clarity'].map((id) => ({ id, kind: 'quality', label: id, definition: id, anchors: { 1: 'a', 2: 'b', 3: 'c' } })),
  pass: { mastery: 0.7 },
});

/** Options as the explorer gives them: text and parsed tags. */
const options = (decision: string, ...list: [string, string][]): OptionInfo[] =>
  list.map(([text, rate], index) => {
    const tags = [`option: ${decision}.o${index}`, `rate: ${rate}`];
    return { index, text, tags, rating: parseOptionTags(tags), sourcePath: `${decision}.${index}` };
  });

describe('guessability figures', () => {
  it('compares content words only: function words, case, curly apostrophes and possessives do not matter', () => {
    assert.deepEqual(
      contentWords("What was the waiting like, Jess’s week?").map((w) => w.key),
      ['waiting', 'like', 'jess', 'week'],
    );
    assert.equal(sharedRun('So, what was the waiting like for you?', 'Explore what the waiting was like.'), '');
    assert.equal(sharedRun('Naming the need for comfort, and offering choices.', 'naming the need for comfort and offering alternatives'), 'Naming the need for comfort, and offering');
    assert.equal(sharedRun('Naming the need for comfort.', 'naming the need for a comfort blanket', 4), '');
    assert.equal(sharedRun('Meet him at his distance today.', 'The skill is pacing: meet him at his distance', 2), 'Meet him at his distance');
  });

  it('ranks the best option by length (ties share the better rank), counting only decisions of three or more options in the share', () => {
    const g = guessability(
      [
        { decision: 'a', options: options('a', ['Longest option of all here.', 'warmth=3 clarity=3'], ['Short.', 'warmth=1 clarity=1'], ['Mid length.', 'warmth=2 clarity=2']) },
        { decision: 'b', options: options('b', ['Tie tie tie.', 'warmth=1 clarity=1'], ['Tie tie tie?', 'warmth=3 clarity=3'], ['Longer than both of them.', 'warmth=2 clarity=2']) },
        { decision: 'c', options: options('c', ['Hi.', 'warmth=3 clarity=3'], ['A much longer answer.', 'warmth=1 clarity=1'], ['Another long answer here.', 'warmth=2 clarity=2']) },
        { decision: 'd', options: options('d', ['Yes.', 'warmth=3 clarity=3'], ['No, not at all.', 'warmth=1 clarity=1']) },
        { decision: 'e', options: options('e', ['Same.', 'warmth=2 clarity=2'], ['Also.', 'warmth=2 clarity=2']) },
      ],
      rubric,
    );
    assert.deepEqual(
      g.lengthRanks.map((r) => [r.decision, r.rank, r.options]),
      [
        ['a', 1, 3],
        ['b', 2, 3],
        ['c', 3, 3],
        ['d', 2, 2],
      ],
    );
    assert.equal(g.decisions, 4); // e has no best option
    assert.equal(g.ranked, 3); // d has two options
    assert.equal(g.longestOrSecond, 2);
    assert.equal(g.share, 2 / 3);
  });

  it('finds trade-off decisions and leaks of every best option', () => {
    const g = guessability(
      [
        { decision: 'frame', options: options('frame', ['Hold the time warmly today.', 'warmth=3 clarity=2'], ['Explain the rule clearly.', 'warmth=1 clarity=3'], ['Whatever.', 'warmth=1 clarity=1']) },
        { decision: 'open', options: options('open', ['Ask about the long wait gently.', 'warmth=3 clarity=3'], ['Move on.', 'warmth=1 clarity=1']) },
      ],
      rubric,
      { title: 'T', summary: 'A client who has waited.', objectives: ['Hold the time warmly today, whatever she asks.', 'Ask about the long wait gently.'] },
    );
    assert.deepEqual(g.tradeOffs, ['frame']);
    assert.deepEqual(
      g.leaks.map((l) => [l.decision, l.option, l.field, l.words]),
      [
        ['frame', 'o0', 'objectives.0', 'Hold the time warmly today'],
        ['open', 'o0', 'objectives.1', 'Ask about the long wait gently'],
      ],
    );
  });
});

import { expect } from '@open-wc/testing';
import { parseLineTags, parseOptionTags, tagRole } from '../../src/tags.js';

describe('tag grammar: choices', () => {
  it('reads ids, ratings, risks, feedback and concepts', () => {
    const t = parseOptionTags([
      'option: opening.name-silence',
      'rate: attunement=3 safety-pacing=2',
      'risk: shame-withdrawal=elevated, escalation = low',
      'feedback: Gentle and specific.',
      'concepts: finding-the-client, rituals',
      'my-own-tag',
    ]);
    expect(t.decision).to.equal('opening');
    expect(t.option).to.equal('name-silence');
    expect(t.ratings).to.deep.equal({ attunement: 3, 'safety-pacing': 2 });
    expect(t.risks).to.deep.equal({ 'shame-withdrawal': 'elevated', escalation: 'low' });
    expect(t.feedback).to.equal('Gentle and specific.');
    expect(t.concepts).to.deep.equal(['finding-the-client', 'rituals']);
    expect(t.other).to.deep.equal(['my-own-tag']);
    expect(t.problems).to.deep.equal([]);
  });

  it('reports malformed values', () => {
    const messages = parseOptionTags(['option: opening', 'rate: attunement=great', 'risk: shame=severe']).problems.map((p) => p.message);
    expect(messages).to.have.length(3);
    expect(messages[0]).to.contain('"#option:" needs "<decision>.<option>"');
    expect(messages[1]).to.contain('Rating for "attunement" must be a whole number').and.to.contain('got "great"');
    expect(messages[2]).to.contain('Risk level for "shame" must be low, elevated or high; got "severe"');
  });

  it('reports a rated choice with no ids, duplicates and near-miss tag names', () => {
    const t = parseOptionTags(['rate: attunement=3 attunement=2', 'rating: safety=1']);
    const rules = t.problems.map((p) => p.rule);
    expect(rules).to.include('option-missing-id');
    expect(rules).to.include('tag-duplicate');
    const hint = t.problems.find((p) => p.rule === 'tag-unknown');
    expect(hint?.message).to.equal('Unknown tag "#rating"; did you mean "#rate:"? Its content is ignored');
  });

  it('reads risk levels given with the ratings, and #action', () => {
    const t = parseOptionTags(['option: door.open', 'action', 'rate: attunement=2 shame=elevated, harm = high']);
    expect(t.ratings).to.deep.equal({ attunement: 2 });
    expect(t.risks).to.deep.equal({ shame: 'elevated', harm: 'high' });
    expect(t.action).to.equal(true);
    expect(t.problems).to.deep.equal([]);
    expect(parseOptionTags(['option: door.open']).action).to.equal(false);
    expect(parseOptionTags(['action: now']).problems[0]?.rule).to.equal('tag-syntax');
  });

  it('knows misspelt grammar tags by edit distance, and leaves the author\'s own tags alone', () => {
    const hint = (tag: string) => parseLineTags([tag]).problems.map((p) => p.message)[0];
    expect(hint('cleint')).to.contain('did you mean "#client"');
    expect(hint('que: looks away')).to.contain('did you mean "#cue:"');
    expect(hint('endings: walked-out')).to.contain('did you mean "#ending:"');
    expect(parseOptionTags(['feedbacks: Kind.']).problems[0]?.message).to.contain('did you mean "#feedback:"');
    expect(parseOptionTags(['concept: rituals']).problems[0]?.message).to.contain('did you mean "#concepts:"');
    for (const own of ['draft', 'todo-rewrite', 'needs-review', 'v2']) expect(parseLineTags([own]).problems, own).to.deep.equal([]);
    expect(tagRole('rate: a=1')).to.equal('choice');
    expect(tagRole('feedbak: x')).to.equal('choice');
    expect(tagRole('cleint')).to.equal('line');
    expect(tagRole('draft')).to.equal('other');
  });

  it('reports text cut by a "#" (the rest of the text became a tag)', () => {
    const t = parseOptionTags(['option: a.b', 'feedback: Warmth is the', '1 rule.']);
    expect(t.problems.map((p) => p.rule)).to.deep.equal(['text-hash']);
    expect(t.problems[0]!.message).to.contain('\\#');
    expect(parseLineTags(['client', 'more words here']).problems.map((p) => p.rule)).to.deep.equal(['text-hash']);
    expect(parseLineTags(['client', 'speaker: x']).problems.map((p) => p.rule)).to.deep.equal(['tag-unknown']);
  });

  it('reports a speaker tag given a value', () => {
    expect(parseLineTags(['client: hello']).problems[0]?.rule).to.equal('tag-syntax');
  });

  it('treats an untagged choice (inkjs gives null) as unrated', () => {
    const t = parseOptionTags(null);
    expect(t.decision).to.equal(undefined);
    expect(t.problems).to.deep.equal([]);
  });
});

describe('tag grammar: lines', () => {
  it('reads speaker, cues and endings', () => {
    const t = parseLineTags(['client', 'cue: looks away', 'cue: twists her ring', 'ending: repaired']);
    expect(t.speaker).to.equal('client');
    expect(t.cues).to.deep.equal(['looks away', 'twists her ring']);
    expect(t.ending).to.equal('repaired');
  });

  it('defaults to narration and flags two speakers', () => {
    expect(parseLineTags([]).speaker).to.equal('narration');
    expect(parseLineTags(['client', 'therapist']).problems[0]?.message).to.contain('two speakers');
  });
});

import { expect } from '@open-wc/testing';
import { MAX_MS_PER_LINE, Session, type LineBeat } from '../../src/session.js';
import { compileExample, compileFiles, exampleRubric } from './helpers.js';

describe('Session', () => {
  it('yields typed beats: speaker, cues, decisions with parsed ratings, client state and the ending', async () => {
    const { story } = await compileExample();
    const s = new Session(story!, { seed: 3, rubric: await exampleRubric(), stateVariables: ['openness', 'arousal'] });
    const lines = s.beats.filter((b): b is LineBeat => b.kind === 'line');
    expect(lines[0]!.speaker).to.equal('narration');
    expect(lines[1]).to.include({ speaker: 'client' });
    expect(lines[1]!.cues).to.deep.equal(['glances at the clock']);
    const choices = s.currentChoices!;
    expect(choices.decision).to.equal('late-disclosure');
    expect(choices.state).to.deep.equal({ openness: 2, arousal: 1 });
    expect(choices.options.map((o) => o.rating.option)).to.deep.equal(['notice', 'condolence', 'challenge']);
    // Risks not written are low: the example writes only the elevated one.
    expect(choices.options[2]!.rating.risks).to.deep.equal({ 'shame-withdrawal': 'elevated' });
    expect(choices.options.map((o) => o.rating.action)).to.deep.equal([false, true, false]);
    s.choose(2);
    expect(s.clientState()).to.deep.equal({ openness: 1, arousal: 2 });
    expect(s.currentChoices!.options.map((o) => o.rating.option)).to.deep.equal(['hold-warmly', 'rule']); // "extend" needs openness ≥ 3
    s.choose(1);
    expect(s.ended).to.equal(true);
    expect(s.ending).to.equal('shut-down');
  });

  it('is deterministic for a seed, including ink randomness', () => {
    const { story } = compileFiles({ 'r.ink': '{~a|b|c|d|e|f|g|h} {~1|2|3|4|5|6|7|8} {RANDOM(1, 1000)}\n-> END\n' });
    const text = (seed: number) => new Session(story!, { seed }).beats.map((b) => (b.kind === 'line' ? b.text : '')).join();
    expect(text(11)).to.equal(text(11));
    const distinct = new Set(Array.from({ length: 20 }, (_, i) => text(i)));
    expect(distinct.size).to.be.above(10);
  });

  it('marks the echo of the chosen option as the therapist speaking', () => {
    const { story } = compileFiles({ 'e.ink': 'Hi. #client\n* I hear you.\n  Thanks. #client\n- -> END\n' });
    const s = new Session(story!, { seed: 1 });
    s.choose(0);
    const lines = s.beats.filter((b): b is LineBeat => b.kind === 'line');
    expect(lines.map((l) => [l.text, l.speaker, l.echoesChoice ?? false])).to.deep.equal([
      ['Hi.', 'client', false],
      ['I hear you.', 'therapist', true],
      ['Thanks.', 'client', false],
    ]);
  });

  it('rewinds to a decision and lets the trainee take another way', async () => {
    const { story } = await compileExample();
    const s = new Session(story!, { seed: 5 });
    s.choose(2);
    s.choose(0);
    const again = s.rewindTo(1);
    expect(again.currentChoices?.decision).to.equal('time');
    expect(again.path).to.deep.equal([{ index: 2 }]);
    expect(s.ended).to.equal(true); // the original is untouched
  });

  it('keeps the transcript and reports an ink runtime error instead of throwing', () => {
    // The option's branch has no divert: ink runs out of content mid-scenario.
    const { story } = compileFiles({ 'x.ink': '-> k\n=== k ===\nBefore.\n* [Go]\n  After.\n' });
    const s = new Session(story!, { seed: 1 });
    expect(() => s.choose(0)).not.to.throw();
    expect(s.error).to.contain('ran out of content');
    expect(s.beats.map((b) => b.kind)).to.deep.equal(['line', 'choices', 'line', 'error']);
    expect(s.ended).to.equal(true);
    // A missing EXTERNAL function makes inkjs throw even with onError set: still no throw here.
    const external = compileFiles({ 'y.ink': 'EXTERNAL boom()\n{boom()}\n-> END\n' }).story!;
    const broken = new Session(external, { seed: 1 });
    expect(broken.error).to.contain('boom');
  });

  it('stops a story that loops printing nothing, instead of computing for ever', () => {
    // ink would spin inside one Continue(): the loop has logic but no output, choice or end.
    const { story } = compileFiles({ 'l.ink': 'Hello. #client\n* [Go on]\n  -> spin\n=== spin ===\n~ temp x = 1\n-> spin\n' });
    const s = new Session(story!, { seed: 1 });
    expect(s.currentChoices?.options).to.have.length(1);
    const started = performance.now();
    expect(() => s.choose(0)).not.to.throw();
    expect(performance.now() - started).to.be.below(MAX_MS_PER_LINE * 10); // it came back (a hang never would)
    expect(s.error).to.match(/without producing a line, a choice or an ending; it seems to loop without end/);
    expect(s.beats.map((b) => b.kind)).to.deep.equal(['line', 'choices', 'error']);
    expect(s.ended).to.equal(true);
  });

  it('refuses an option that does not exist and a confidence that is not a level, changing nothing', async () => {
    const { story } = await compileExample();
    const s = new Session(story!, { seed: 5 });
    expect(() => s.choose(9)).to.throw(RangeError);
    expect(() => s.choose(0, 0.6)).to.throw(RangeError);
    expect(s.path).to.deep.equal([]);
    expect(s.currentChoices?.chosen).to.equal(undefined);
  });
});

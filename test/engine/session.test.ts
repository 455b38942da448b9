import { expect } from '@open-wc/testing';
import { MAX_LINES_PER_TURN } from '../../src/ink/work-budget.js';
import { Session, type Beat, type LineBeat } from '../../src/session.js';
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
    // The trainee is told in plain words; ink's own words are kept for the author.
    expect(s.error).to.equal('the story reached a point where it neither offers a choice nor ends');
    expect(s.errorDetail).to.equal("ran out of content. Do you need a '-> DONE' or '-> END'?");
    expect(s.beats.map((b) => b.kind)).to.deep.equal(['line', 'choices', 'line', 'error']);
    expect(s.beats[3]).to.deep.equal({ kind: 'error', message: s.error, detail: s.errorDetail });
    expect(s.ended).to.equal(true);
  });

  it('runs EXTERNAL functions through their ink fallback', () => {
    const { story, diagnostics } = compileFiles({
      'x.ink': 'EXTERNAL greet(name)\nEXTERNAL twice(n)\n{greet("Sam")} {twice(21)}\n-> END\n=== function greet(name)\n~ return "Hello, " + name + "."\n=== function twice(n)\n~ return n * 2\n',
    });
    expect(diagnostics).to.deep.equal([]);
    const s = new Session(story!, { seed: 1 });
    expect(s.error).to.equal(undefined);
    expect(s.beats.map((b) => (b.kind === 'line' ? b.text : b.kind))).to.deep.equal(['Hello, Sam. 42']);
  });

  it('tells the trainee calmly when a story calls an EXTERNAL with no fallback (a bundle not built by the checker)', () => {
    // compileInk refuses such a story, so build one by removing the fallback from a compiled story.
    const { story } = compileFiles({ 'y.ink': 'EXTERNAL boom()\nBefore.\n{boom()}\n-> END\n=== function boom()\n~ return 1\n' });
    const json = JSON.parse(story!.json) as { root: unknown[] };
    const named = json.root[json.root.length - 1] as Record<string, unknown>;
    delete named.boom;
    const broken = new Session({ json: JSON.stringify(json), hash: story!.hash }, { seed: 1 });
    expect(broken.error).to.equal('the story calls a function ("boom") that it does not define, so it cannot go on');
    expect(broken.errorDetail).to.match(/^Missing function binding for external: 'boom'/);
    for (const text of [broken.error, ...broken.beats.map((b) => (b.kind === 'error' ? b.message : ''))]) expect(text).not.to.match(/Error:|Exception/);
  });

  it('stops a story that loops printing nothing, instead of computing for ever', () => {
    // ink would spin inside one Continue(): the loop has logic but no output, choice or end.
    const { story } = compileFiles({ 'l.ink': 'Hello. #client\n* [Go on]\n  -> spin\n=== spin ===\n~ temp x = 1\n-> spin\n' });
    const s = new Session(story!, { seed: 1 });
    expect(s.currentChoices?.options).to.have.length(1);
    expect(() => s.choose(0)).not.to.throw(); // it came back (a hang never would)
    expect(s.error).to.equal('the story kept working without offering a choice or reaching an ending; it seems to loop without end');
    expect(s.errorDetail).to.match(/^the story did more than 3,000,000 steps of work/);
    expect(s.beats.map((b) => b.kind)).to.deep.equal(['line', 'choices', 'error']);
    expect(s.ended).to.equal(true);
  });

  it('stops a story that prints lines for ever, after the same number of lines as the checker', () => {
    const { story } = compileFiles({ 'p.ink': 'Hello. #client\n* [Go on]\n  -> again\n=== again ===\nAnd again.\n-> again\n' });
    const s = new Session(story!, { seed: 1 });
    s.choose(0);
    expect(s.error).to.match(/kept printing lines .* seems to loop without end/);
    expect(s.beats.filter((b) => b.kind === 'line' && b.text === 'And again.')).to.have.length(MAX_LINES_PER_TURN);
  });

  describe('limits count work, not time: the same story, seed and choices give the same result at any speed', () => {
    // Loops 2,000 times (a space each lap, nothing else printed) and then ends: about 2.5 s of
    // ink's work on the reference machine, where the old 2-second guard stopped it under load.
    const LAPS = 'VAR n = 0\nStart. #client\n* [Go on]\n  -> spin\n=== spin ===\n~ n = n + 1\n{ n < 2000: -> spin }\nDone after {n} laps. #ending: done\n-> END\n';
    const SPIN = 'Hello. #client\n* [Go on]\n  -> spin\n=== spin ===\n~ temp x = 1\n-> spin\n';
    const play = (ink: string) => {
      const s = new Session(compileFiles({ 'x.ink': ink }).story!, { seed: 7 });
      s.choose(0);
      return s;
    };
    /** Runs `task` with a clock that jumps a whole second every time anyone reads it. */
    const slowClock = <T>(task: () => T): T => {
      const RealDate = globalThis.Date;
      const realNow = performance.now.bind(performance);
      let fake = RealDate.now();
      const tick = () => (fake += 1000);
      class SlowDate extends RealDate {
        constructor(...args: unknown[]) {
          if (args.length === 0) super(tick());
          else super(...(args as [number]));
        }
        static override now() {
          return tick();
        }
      }
      globalThis.Date = SlowDate as DateConstructor;
      performance.now = () => tick();
      try {
        return task();
      } finally {
        globalThis.Date = RealDate;
        performance.now = realNow;
      }
    };
    const summary = (beats: readonly Beat[]) => beats.map((b) => (b.kind === 'line' ? b.text : b.kind === 'error' ? `error: ${b.message}` : `choices: ${b.options.length}`));

    it('the 2,000-lap story ends on its ending, at normal speed and under a clock slowed a thousandfold', () => {
      const normal = play(LAPS);
      expect(normal.error).to.equal(undefined);
      expect(normal.ending).to.equal('done');
      expect(summary(normal.beats).at(-1)).to.equal('Done after 2000 laps.');
      const slowed = slowClock(() => play(LAPS));
      expect(slowed.ending).to.equal('done');
      expect(summary(slowed.beats)).to.deep.equal(summary(normal.beats));
      expect(slowed.replayCode()).to.equal(normal.replayCode());
    });

    it('a genuine endless loop is stopped with the same calm message under the slowed clock', () => {
      const slowed = slowClock(() => play(SPIN));
      expect(summary(slowed.beats)).to.deep.equal([
        'Hello.',
        'choices: 1',
        'error: the story kept working without offering a choice or reaching an ending; it seems to loop without end',
      ]);
    });
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

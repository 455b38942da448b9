import { expect } from '@open-wc/testing';
import { CONFIDENCE_LEVELS, decodeReplayCode, encodeReplayCode, ReplayCodeError, type ReplayCode } from '../../src/replay-code.js';
import { Session } from '../../src/session.js';
import { compileExample, compileFiles, exampleRubric } from './helpers.js';

const HASH = '0123456789abcdef';

function problemOf(code: string): string {
  try {
    decodeReplayCode(code);
  } catch (e) {
    expect(e).to.be.instanceOf(ReplayCodeError);
    return (e as ReplayCodeError).problem;
  }
  return 'accepted';
}

describe('replay code', () => {
  it('round-trips indices, confidences, large indices and seeds', () => {
    const code: ReplayCode = {
      storyHash: HASH.slice(0, 8),
      seed: 2 ** 31 - 1,
      steps: [{ index: 0 }, { index: 7, confidence: 1 }, { index: 8, confidence: 0 }, { index: 4095 }, { index: 3, confidence: 0.5 }],
    };
    expect(decodeReplayCode(encodeReplayCode(code))).to.deep.equal(code);
  });

  it('takes one character per decision below index 8, whatever the confidence', () => {
    const base = encodeReplayCode({ storyHash: HASH, seed: 5, steps: [] }).length;
    const steps = Array.from({ length: 100 }, (_, i) => ({ index: i % 4, confidence: CONFIDENCE_LEVELS[i % 5] }));
    expect(encodeReplayCode({ storyHash: HASH, seed: 5, steps }).length - base).to.equal(100);
  });

  it('rejects truncated, altered, foreign and empty codes with a clear error', () => {
    const good = encodeReplayCode({ storyHash: HASH, seed: 42, steps: [{ index: 1 }, { index: 2, confidence: 0.75 }] });
    expect(problemOf(good)).to.equal('accepted');
    expect(problemOf(good.slice(0, -4))).to.equal('malformed');
    const body = good.split('.');
    body[3] = body[3]!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    expect(problemOf(body.join('.'))).to.equal('checksum');
    expect(problemOf('2' + good.slice(1))).to.equal('version');
    expect(problemOf('')).to.equal('malformed');
    expect(problemOf('hello world')).to.equal('malformed');
  });

  it('refuses confidences that are not one of the levels, and negative indices', () => {
    expect(() => encodeReplayCode({ storyHash: HASH, seed: 1, steps: [{ index: 0, confidence: 0.6 }] })).to.throw(RangeError);
    expect(() => encodeReplayCode({ storyHash: HASH, seed: 1, steps: [{ index: -1 }] })).to.throw(RangeError);
  });
});

describe('replaying sessions', () => {
  it('rebuilds an identical session, state and score from a code', async () => {
    const { story } = await compileExample();
    const rubric = await exampleRubric();
    const options = { rubric, stateVariables: ['openness', 'arousal'] };
    const s = new Session(story!, { ...options, seed: 99 });
    s.choose(0, 0.75);
    const rebuilt = Session.fromReplayCode(story!, s.replayCode(), options);
    expect(rebuilt.beats).to.deep.equal(s.beats);
    expect(rebuilt.clientState()).to.deep.equal({ openness: 3, arousal: 1 });
    s.choose(0, 1);
    rebuilt.choose(0, 1);
    expect(rebuilt.score()).to.deep.equal(s.score());
  });

  it('rejects a code made on a different version of the story', async () => {
    const { story } = await compileExample();
    const code = new Session(story!, { seed: 1 }).replayCode();
    const changed = compileFiles({ 'a.ink': 'Something else.\n-> END\n' }).story!;
    expect(() => Session.fromReplayCode(changed, code)).to.throw(ReplayCodeError, 'earlier version of the scenario');
  });

  it('rejects a code whose choices do not exist in the story', async () => {
    const { story } = await compileExample();
    const code = encodeReplayCode({ storyHash: story!.hash, seed: 1, steps: [{ index: 6 }] });
    expect(() => Session.fromReplayCode(story!, code)).to.throw(ReplayCodeError, 'does not exist in this story');
  });

  it('stays short: replay-code length after 20 and 100 decisions', () => {
    const storyHash = HASH;
    const at = (n: number) => encodeReplayCode({ storyHash, seed: 123456789, steps: Array.from({ length: n }, (_, i) => ({ index: i % 3, confidence: 0.5 })) }).length;
    console.log(`replay code length: ${at(0)} chars empty, ${at(20)} after 20 decisions, ${at(100)} after 100, ${at(200)} after 200`);
    expect(at(100) - at(0)).to.be.at.most(200);
    expect(at(200)).to.be.below(4096);
  });
});

/**
 * Property-based tests (fast-check, fixed seed so failures reproduce) for the scoring model and the
 * replay codec.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CONFIDENCE_LEVELS, decodeReplayCode, encodeReplayCode, isValidSeed, MAX_SEED, ReplayCodeError, seedProblem, type ReplayCode } from '../../src/replay-code.js';
import { Session } from '../../src/session.js';
import { compileFiles } from './helpers.js';
import type { Rubric } from '../../src/schemas/rubric.js';
import { scoreAttempt, scoreDecision, type FacedDecision, type RatedOption } from '../../src/scoring.js';
import { RISK_LEVELS } from '../../src/tags.js';

const SEED = 20261125;
const run = <T extends [unknown, ...unknown[]]>(property: fc.IProperty<T>, numRuns = 500) => fc.assert(property, { seed: SEED, numRuns });

const rubric: Rubric = {
  id: 'p',
  version: '1.0.0',
  title: 'Property rubric',
  scale: { min: 1, max: 3 },
  criteria: [
    { id: 'a', kind: 'quality', label: 'A', definition: 'a', weight: 2, anchors: { '1': 'x', '2': 'y', '3': 'z' } },
    { id: 'b', kind: 'quality', label: 'B', definition: 'b', weight: 1, anchors: { '1': 'x', '2': 'y', '3': 'z' } },
    { id: 'c', kind: 'quality', label: 'C', definition: 'c', weight: 0.5, anchors: { '1': 'x', '2': 'y', '3': 'z' } },
    { id: 'r', kind: 'risk', label: 'R', definition: 'r', anchors: { low: 'l', elevated: 'e', high: 'h' } },
  ],
  pass: { mastery: 0.8 },
  references: [],
};

const level = fc.integer({ min: 1, max: 3 });
const risk = fc.constantFrom(...RISK_LEVELS);

/** A decision testing a random non-empty subset of criteria, 2–4 options all rating that subset. */
const decision: fc.Arbitrary<FacedDecision> = fc
  .tuple(fc.subarray(['a', 'b', 'c'], { minLength: 1 }), fc.integer({ min: 2, max: 4 }))
  .chain(([criteria, n]) =>
    fc.record({
      decision: fc.constant('d'),
      options: fc.array(
        fc.record({
          option: fc.constant('o'),
          ratings: fc.tuple(...criteria.map(() => level)).map((levels) => Object.fromEntries(criteria.map((c, i) => [c, levels[i]!]))),
          risks: fc.record({ r: risk }),
        }) as fc.Arbitrary<RatedOption>,
        { minLength: n, maxLength: n },
      ),
      chosen: fc.integer({ min: 0, max: n - 1 }),
      confidence: fc.option(fc.constantFrom(...CONFIDENCE_LEVELS), { nil: undefined }),
    }),
  )
  .map((d) => (d.confidence === undefined ? { decision: d.decision, options: d.options, chosen: d.chosen } : d));

describe('scoring model properties', () => {
  it('keeps every criterion, the overall score and the Brier score within 0–1', () =>
    run(
      fc.property(fc.array(decision, { maxLength: 12 }), (decisions) => {
        const s = scoreAttempt(decisions, rubric);
        for (const c of s.criteria) if (c.score !== null) expect(c.score).to.be.within(0, 1);
        if (s.overall !== null) expect(s.overall).to.be.within(0, 1);
        if (s.calibration) expect(s.calibration.brier).to.be.within(0, 1);
      }),
    ));

  it('fails any attempt that took a high risk, and passes exactly when the rule says so', () =>
    run(
      fc.property(fc.array(decision, { minLength: 1, maxLength: 12 }), (decisions) => {
        const s = scoreAttempt(decisions, rubric);
        const high = decisions.some((d) => d.options[d.chosen]!.risks['r'] === 'high');
        expect(s.harmFlags.length > 0).to.equal(high);
        expect(s.passed).to.equal(s.overall !== null && s.overall + 1e-9 >= 0.8 && !high);
      }),
    ));

  it('gives 100% for choosing, everywhere, an option that is best on every criterion', () =>
    run(
      fc.property(fc.array(decision, { minLength: 1, maxLength: 12 }), (decisions) => {
        // Make option 0 dominant on every criterion it rates, and choose it.
        const dominant = decisions.map((d) => ({
          ...d,
          options: d.options.map((o, i) => (i === 0 ? { ...o, ratings: Object.fromEntries(Object.keys(o.ratings).map((k) => [k, 3])) } : o)),
          chosen: 0,
        }));
        expect(scoreAttempt(dominant, rubric).overall).to.equal(1);
      }),
    ));

  it('does not depend on the order options were shown in', () =>
    run(
      fc.property(fc.array(decision, { minLength: 1, maxLength: 8 }), fc.integer(), (decisions, shift) => {
        const rotated = decisions.map((d) => {
          const n = d.options.length;
          const k = ((shift % n) + n) % n;
          return { ...d, options: [...d.options.slice(k), ...d.options.slice(0, k)], chosen: (d.chosen - k + n) % n };
        });
        const before = scoreAttempt(decisions, rubric).overall;
        const after = scoreAttempt(rotated, rubric).overall;
        // null when no option at any decision rose above the scale minimum: nothing could be earned.
        if (before === null) expect(after).to.equal(null);
        else expect(after).to.be.closeTo(before, 1e-12);
      }),
    ));

  it('always counts the chosen option as best when it has the top weighted value', () =>
    run(
      fc.property(decision, (d) => {
        const scored = scoreDecision(d, rubric);
        const top = Math.max(...scored.values);
        expect(scored.best.includes(d.chosen)).to.equal(Math.abs(scored.values[d.chosen]! - top) < 1e-9);
      }),
    ));
});

const replayCode: fc.Arbitrary<ReplayCode> = fc.record({
  storyHash: fc.stringMatching(/^[0-9a-f]{8}$/),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  steps: fc.array(
    fc
      .record({ index: fc.oneof(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 4095 })), confidence: fc.option(fc.constantFrom(...CONFIDENCE_LEVELS), { nil: undefined }) })
      .map((s) => (s.confidence === undefined ? { index: s.index } : s)),
    { maxLength: 60 },
  ),
});

/** Decoding either succeeds or throws a ReplayCodeError: never anything else. */
function decodeOrProblem(text: string): ReplayCode | ReplayCodeError {
  try {
    return decodeReplayCode(text);
  } catch (e) {
    expect(e, `unexpected ${String(e)}`).to.be.instanceOf(ReplayCodeError);
    expect((e as Error).message.length).to.be.above(20);
    return e as ReplayCodeError;
  }
}

describe('replay codec properties', () => {
  it('round-trips any code', () => run(
      fc.property(replayCode, (code) => {
        expect(decodeReplayCode(encodeReplayCode(code))).to.deep.equal(code);
      }),
    ));

  it('rejects any truncated code with a clear error', () =>
    run(
      fc.property(replayCode, fc.nat(), (code, cut) => {
        const text = encodeReplayCode(code);
        const shorter = text.slice(0, cut % text.length);
        expect(decodeOrProblem(shorter)).to.be.instanceOf(ReplayCodeError);
      }),
    ));

  it('rejects any code with one character altered', () =>
    run(
      fc.property(replayCode, fc.nat(), fc.constantFrom(...'AZaz09-_~.x'), (code, at, ch) => {
        const text = encodeReplayCode(code);
        const i = at % text.length;
        fc.pre(text[i] !== ch);
        const altered = text.slice(0, i) + ch + text.slice(i + 1);
        expect(decodeOrProblem(altered)).to.be.instanceOf(ReplayCodeError);
      }),
    ));

  it('never throws anything but a ReplayCodeError on arbitrary text', () => run(fc.property(fc.string({ maxLength: 80 }), (text) => void decodeOrProblem(text)), 2000));
});

describe('seed properties: the session, the replay code and the player accept exactly the same seeds', () => {
  const story = compileFiles({ 's.ink': 'You roll {RANDOM(1, 1000)}.\n* [Again] You roll {RANDOM(1, 1000)}.\n-> END\n' }).story!;
  const anySeed = fc.oneof(
    fc.integer({ min: 0, max: MAX_SEED }),
    fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
    fc.double(),
    fc.constantFrom(0, -0, 1.5, -1, MAX_SEED, MAX_SEED + 1, 36 ** 11, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER),
  );

  it('a seed is valid exactly when it is a whole number from 0 to 2^31 − 1', () =>
    run(
      fc.property(anySeed, (seed) => {
        expect(isValidSeed(seed)).to.equal(Number.isInteger(seed) && seed >= 0 && seed <= 2 ** 31 - 1);
      }),
      2000,
    ));

  it('a valid seed plays, encodes and comes back from its replay code unchanged', () =>
    run(
      fc.property(fc.integer({ min: 0, max: MAX_SEED }), (seed) => {
        const session = new Session(story, { seed });
        session.choose(0);
        const code = session.replayCode();
        expect(decodeReplayCode(code).seed).to.equal(seed);
        const rebuilt = Session.fromReplayCode(story, code);
        expect(rebuilt.seed).to.equal(seed);
        expect(rebuilt.beats).to.deep.equal(session.beats);
      }),
      300,
    ));

  it('an invalid seed is refused before anything is played, by the session and the encoder alike, with the same clear message', () =>
    run(
      fc.property(anySeed, (seed) => {
        fc.pre(!isValidSeed(seed));
        const problem = seedProblem(seed)!;
        expect(problem).to.match(/^A seed must be a whole number from 0 to 2,147,483,647; got .+\.$/);
        expect(() => new Session(story, { seed })).to.throw(RangeError, problem);
        expect(() => encodeReplayCode({ storyHash: '0123abcd', seed, steps: [] })).to.throw(RangeError, problem);
      }),
      1000,
    ));

  it('a replay code whose seed is out of range is refused as damaged, even with correct check characters', () => {
    for (const seedPart of [(MAX_SEED + 1).toString(36), 'zzzzzzzzzzz']) {
      // Find the check characters that make the code pass its check, as a forger would.
      const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      let refusal: ReplayCodeError | undefined;
      search: for (const a of DIGITS) {
        for (const b of DIGITS) {
          for (const c of DIGITS) {
            try {
              decodeReplayCode(`1.0123abcd.${seedPart}.A.${a}${b}${c}`);
              expect.fail(`seed ${seedPart} was accepted`);
            } catch (error) {
              if (!(error instanceof ReplayCodeError)) throw error;
              if (error.problem === 'checksum') continue;
              refusal = error;
              break search;
            }
          }
        }
      }
      expect(refusal?.problem, seedPart).to.equal('malformed');
      expect(refusal?.message).to.equal('This replay code is damaged (its seed is out of range).');
    }
  });
});

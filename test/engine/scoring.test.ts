import { expect } from '@open-wc/testing';
import { calibrate, scoreAttempt, scoreDecision, type FacedDecision, type RatedOption } from '../../src/scoring.js';
import { Session } from '../../src/session.js';
import { compileExample, exampleRubric } from './helpers.js';
import type { Rubric } from '../../src/schemas/rubric.js';

const option = (option: string, ratings: Record<string, number>, risks: RatedOption['risks'] = {}): RatedOption => ({ option, ratings, risks });

/** Every path through a session, taking each option in turn (the example is small). */
function allPaths(start: () => Session): Session[] {
  const done: Session[] = [];
  const walk = (steps: number[]) => {
    const s = start();
    for (const i of steps) s.choose(i);
    if (s.ended) return done.push(s);
    s.currentChoices!.options.forEach((_, i) => walk([...steps, i]));
  };
  walk([]);
  return done;
}

function bestPath(start: () => Session, rubric: Rubric): Session {
  const s = start();
  while (!s.ended) {
    const c = s.currentChoices!;
    const faced = { options: c.options.map((o) => ({ option: o.rating.option!, ratings: o.rating.ratings, risks: o.rating.risks })), chosen: 0 };
    s.choose(scoreDecision(faced, rubric).best[0]!);
  }
  return s;
}

describe('scoring model', () => {
  let rubric: Rubric;
  let start: () => Session;
  before(async () => {
    rubric = await exampleRubric();
    const { story } = await compileExample();
    start = () => new Session(story!, { seed: 7, rubric });
  });

  it('scores the best available option everywhere as 100% and a pass, on every path', () => {
    // Reach each first decision's branch, then play best from there: every branch's best is 100%.
    for (let first = 0; first < 3; first++) {
      const s = start();
      s.choose(first);
      while (!s.ended) {
        const c = s.currentChoices!;
        const faced = { options: c.options.map((o) => ({ option: o.rating.option!, ratings: o.rating.ratings, risks: o.rating.risks })), chosen: 0 };
        s.choose(scoreDecision(faced, rubric).best[0]!);
      }
      const later = s.score().criteria.filter((c) => c.id === 'boundaries-frame');
      expect(later[0]!.score, `after first choice ${first}`).to.equal(1);
    }
    const best = bestPath(start, rubric).score();
    expect(best.overall).to.equal(1);
    expect(best.passed).to.equal(true);
    expect(best.criteria.every((c) => c.score === 1)).to.equal(true);
  });

  it('keeps every score within 0–1 and the pass rule consistent on every path of the example', () => {
    const paths = allPaths(start);
    expect(paths.length).to.equal(7); // 3 first options; 2 or 3 second options (one is conditional)
    for (const s of paths) {
      const score = s.score();
      for (const c of score.criteria) if (c.score !== null) expect(c.score).to.be.within(0, 1);
      expect(score.passed).to.equal(score.overall! >= score.mastery && score.harmFlags.length === 0 && score.belowMinimum.length === 0);
    }
  });

  it('fails an otherwise perfect run on a single high risk (a harm flag)', () => {
    const decisions: FacedDecision[] = [
      { decision: 'a', options: [option('good', { attunement: 3 }), option('poor', { attunement: 1 })], chosen: 0 },
      {
        decision: 'b',
        options: [option('warm-but-harmful', { attunement: 3 }, { 'boundary-confusion': 'high' }), option('cold', { attunement: 2 })],
        chosen: 0,
      },
    ];
    const score = scoreAttempt(decisions, rubric);
    expect(score.overall).to.equal(1);
    expect(score.passed).to.equal(false);
    expect(score.harmFlags).to.deep.equal([{ decision: 'b', option: 'warm-but-harmful', risk: 'boundary-confusion', label: 'Boundary confusion', level: 'high' }]);
  });

  it('reaches the harm flag in the example story and fails it', () => {
    const s = start();
    s.choose(0); // notice → openness 3 unlocks the "extend" option
    const extend = s.currentChoices!.options.findIndex((o) => o.rating.option === 'extend');
    s.choose(extend);
    expect(s.ending).to.equal('frame-lost');
    const score = s.score();
    expect(score.harmFlags.map((h) => h.risk)).to.deep.equal(['boundary-confusion']);
    expect(score.passed).to.equal(false);
  });

  it('does not let options the trainee never saw change the denominator', () => {
    const shown = [option('a', { attunement: 2 }), option('b', { attunement: 1 })];
    const withHidden = [...shown, option('hidden', { attunement: 3 })];
    // The trainee saw only a and b and chose a, the best on offer: full marks.
    expect(scoreAttempt([{ decision: 'd', options: shown, chosen: 0 }], rubric).overall).to.equal(1);
    // Had the better option been shown, the same choice would earn (2-1)/(3-1).
    expect(scoreAttempt([{ decision: 'd', options: withHidden, chosen: 0 }], rubric).criteria[0]!.score).to.equal(0.5);
  });

  it('normalises per decision: (chosen − min) / (best available − min), weighted overall', () => {
    const decisions: FacedDecision[] = [
      { decision: 'a', options: [option('x', { attunement: 2, 'safety-pacing': 3 }), option('y', { attunement: 3, 'safety-pacing': 1 })], chosen: 0 },
      { decision: 'b', options: [option('x', { 'safety-pacing': 1 }), option('y', { 'safety-pacing': 2 })], chosen: 0 },
    ];
    const score = scoreAttempt(decisions, rubric);
    const byId = Object.fromEntries(score.criteria.map((c) => [c.id, c]));
    expect(byId['attunement']!.score).to.equal(0.5); // (2-1)/(3-1)
    expect(byId['safety-pacing']!.score).to.equal(0.5); // (1 + 0) / 2
    expect(byId['boundaries-frame']!.score).to.equal(null); // never tested
    expect(score.overall).to.be.closeTo((2 * 0.5 + 1 * 0.5) / 3, 1e-12); // weights 2 and 1
  });

  it('does not score a path-ending choice as zero (unlike a running sum)', () => {
    const end = scoreAttempt([{ decision: 'only', options: [option('leave', { attunement: 3 }), option('stay', { attunement: 2 })], chosen: 0 }], rubric);
    expect(end.overall).to.equal(1);
  });

  it('fails a criterion below the minimum the rubric sets, even above mastery overall', () => {
    const decisions: FacedDecision[] = [
      { decision: 'a', options: [option('x', { attunement: 3, 'boundaries-frame': 1 }), option('y', { attunement: 1, 'boundaries-frame': 3 })], chosen: 0 },
      { decision: 'b', options: [option('x', { attunement: 3 }), option('y', { attunement: 1 })], chosen: 0 },
      { decision: 'c', options: [option('x', { attunement: 3 }), option('y', { attunement: 1 })], chosen: 0 },
    ];
    const score = scoreAttempt(decisions, rubric, { mastery: 0.5 });
    expect(score.overall).to.be.above(0.5);
    expect(score.belowMinimum).to.deep.equal(['boundaries-frame']);
    expect(score.passed).to.equal(false);
  });

  it('applies the rubric-wide criterion minimum to every criterion, a criterion\'s own minimum overriding it', () => {
    const decisions: FacedDecision[] = [
      { decision: 'a', options: [option('x', { attunement: 3, 'boundaries-frame': 1 }), option('y', { attunement: 1, 'boundaries-frame': 3 })], chosen: 0 },
      { decision: 'b', options: [option('x', { attunement: 1, 'safety-pacing': 3 }), option('y', { attunement: 3, 'safety-pacing': 1 })], chosen: 0 },
    ];
    const strict: Rubric = { ...rubric, pass: { ...rubric.pass, criterionMinimum: 0.6 } };
    const score = scoreAttempt(decisions, strict, { mastery: 0 });
    // attunement 0.5 (own minimum: none in the example, so the rubric's 0.6 applies); boundaries-frame has its own 0.5.
    expect(score.criteria.find((c) => c.id === 'attunement')).to.include({ score: 0.5, minimum: 0.6 });
    expect(score.criteria.find((c) => c.id === 'boundaries-frame')!.minimum).to.equal(0.5);
    expect(score.belowMinimum).to.deep.equal(['attunement', 'boundaries-frame']);
    expect(score.notPassed.filter((r) => r.kind === 'minimum').map((r) => r.kind === 'minimum' && r.criterion)).to.deep.equal(['attunement', 'boundaries-frame']);
    expect(score.passed).to.equal(false);
    // A criterion exactly at its minimum passes it.
    const atMinimum = scoreAttempt(decisions, { ...rubric, pass: { ...rubric.pass, criterionMinimum: 0.5 } }, { mastery: 0 });
    expect(atMinimum.belowMinimum).to.deep.equal(['boundaries-frame']);
  });

  it('fails an attempt that takes more elevated risks than the rubric allows, and counts each one', () => {
    const risky = (decision: string, risks: RatedOption['risks']): FacedDecision => ({
      decision,
      options: [option('x', { attunement: 3 }, risks), option('y', { attunement: 1 })],
      chosen: 0,
    });
    const limited: Rubric = { ...rubric, pass: { ...rubric.pass, maxElevated: 2 } };
    const two = scoreAttempt([risky('a', { 'shame-withdrawal': 'elevated' }), risky('b', { 'shame-withdrawal': 'elevated' })], limited);
    expect(two.passed).to.equal(true);
    expect(two.maxElevated).to.equal(2);
    // One option carrying two elevated risks counts twice.
    const three = scoreAttempt([risky('a', { 'shame-withdrawal': 'elevated' }), risky('b', { 'shame-withdrawal': 'elevated', 'boundary-confusion': 'elevated' })], limited);
    expect(three.overall).to.equal(1);
    expect(three.elevated).to.have.length(3);
    expect(three.passed).to.equal(false);
    expect(three.notPassed).to.deep.equal([{ kind: 'elevated', count: 3, max: 2 }]);
    // Without a limit, elevated risks never decide the verdict.
    expect(scoreAttempt([risky('a', { 'shame-withdrawal': 'elevated' }), risky('b', { 'shame-withdrawal': 'elevated', 'boundary-confusion': 'elevated' })], rubric).passed).to.equal(true);
  });

  it('fails a perfect attempt that ends on an ending the scenario marks as not passable, and says why', () => {
    const perfect: FacedDecision[] = [{ decision: 'a', options: [option('x', { attunement: 3 }), option('y', { attunement: 1 })], chosen: 0 }];
    const left = scoreAttempt(perfect, rubric, { ending: { id: 'leaves', passable: false, reason: 'The client leaves therapy.' } });
    expect(left.overall).to.equal(1);
    expect(left.passed).to.equal(false);
    expect(left.notPassed).to.deep.equal([{ kind: 'ending', ending: 'leaves', reason: 'The client leaves therapy.' }]);
    expect(left.notPassableEnding).to.deep.equal({ id: 'leaves', passable: false, reason: 'The client leaves therapy.' });
    expect(scoreAttempt(perfect, rubric, { ending: { id: 'stays', passable: true } }).passed).to.equal(true);
  });

  it('lists every reason an attempt is not passed, harm first', () => {
    const decisions: FacedDecision[] = [
      { decision: 'a', options: [option('x', { attunement: 1 }, { 'boundary-confusion': 'high' }), option('y', { attunement: 3 })], chosen: 0 },
      { decision: 'b', options: [option('x', { attunement: 1 }, { 'shame-withdrawal': 'elevated' }), option('y', { attunement: 3 })], chosen: 0 },
    ];
    const score = scoreAttempt(decisions, { ...rubric, pass: { ...rubric.pass, maxElevated: 0, criterionMinimum: 0.5 } }, { ending: { id: 'gone', passable: false, reason: 'Gone.' } });
    expect(score.notPassed.map((r) => r.kind)).to.deep.equal(['harm', 'ending', 'elevated', 'minimum', 'overall']);
  });

  it('the session scores against the scenario\'s ending rules: the example\'s frame-lost ending is not passed', async () => {
    const { story } = await compileExample();
    const endings = { 'frame-lost': { passable: false, reason: 'The session overruns.' } };
    const reached = allPaths(() => new Session(story!, { seed: 7, rubric, endings })).filter((s) => s.ending === 'frame-lost');
    expect(reached.length).to.be.above(0);
    for (const s of reached) {
      expect(s.score().passed).to.equal(false);
      expect(s.score().notPassed.some((r) => r.kind === 'ending' && r.reason === 'The session overruns.')).to.equal(true);
    }
  });

  it('computes the Brier score of confidence against choosing a best option', () => {
    const decisions: FacedDecision[] = [
      { decision: 'a', options: [option('best', { attunement: 3 }), option('no', { attunement: 1 })], chosen: 0, confidence: 0.75 },
      { decision: 'b', options: [option('best', { attunement: 3 }), option('no', { attunement: 1 })], chosen: 1, confidence: 1 },
      { decision: 'c', options: [option('best', { attunement: 3 }), option('no', { attunement: 2 })], chosen: 1, confidence: 0.25 },
      { decision: 'd', options: [option('best', { attunement: 3 }), option('no', { attunement: 2 })], chosen: 0 },
    ];
    const { calibration } = scoreAttempt(decisions, rubric);
    // By hand: (0.75 − 1)² = 0.0625; (1 − 0)² = 1; (0.25 − 0)² = 0.0625; mean over 3 = 1.125 / 3.
    expect(calibration!.brier).to.be.closeTo(0.375, 1e-12);
    expect(calibration!.decisions).to.equal(3);
    expect(calibration!.accuracy).to.be.closeTo(1 / 3, 1e-12);
    expect(calibrate([{ confidence: 1, correct: true }]).brier).to.equal(0);
  });
});

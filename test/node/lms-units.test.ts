/**
 * The LMS building blocks on their own: value formats, our strict validators (the standard plus
 * Moodle's rules), API discovery over frames and openers (with cross-origin frames that throw),
 * choosing the resume point, and the cmi5 statements checked with xapi-validation.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import xapiValidation from 'xapi-validation';
import { findApi, waitForApi } from '../../src/lms/discovery.js';
import { choiceResponse2004, decimal, iso8601Duration, oneLine, optionIdFrom2004, percent, scaled, scorm12Time, scorm12Timespan, scorm2004Timestamp } from '../../src/lms/formats.js';
import { resumePoint, type BackupRecord } from '../../src/lms/local-backup.js';
import { mergeSearch } from '../../src/lms/launch.js';
import { parsePlayerQuery, sessionOptions } from '../../src/player-contract.js';
import { buildReport } from '../../src/lms/report.js';
import { checkValue, elementModel, writableElements } from '../../src/lms/validate.js';
import { answeredStatement, completedStatement, EXT, successStatement, terminatedStatement, type Cmi5Context } from '../../src/lms/xapi.js';
import { loadStories, toBundle } from '../../src/node/story-files.js';
import { Session } from '../../src/session.js';

describe('LMS value formats', () => {
  it('SCORM 1.2 timespans have 2–4 hour digits and at most two fraction digits', () => {
    assert.equal(scorm12Timespan(0), '00:00:00');
    assert.equal(scorm12Timespan(3_723_450), '01:02:03.45');
    assert.equal(scorm12Timespan(59_999), '00:01:00');
    assert.equal(scorm12Timespan(200 * 3600_000), '200:00:00');
    assert.equal(scorm12Timespan(1e12), '9999:59:59.99');
    assert.equal(scorm12Timespan(-5), '00:00:00');
  });
  it('SCORM 2004 durations and timestamps', () => {
    assert.equal(iso8601Duration(0), 'PT0S');
    assert.equal(iso8601Duration(3_723_450), 'PT1H2M3.45S');
    assert.equal(iso8601Duration(120_000), 'PT2M');
    assert.equal(iso8601Duration(1_234), 'PT1.23S');
    assert.equal(scorm2004Timestamp(new Date(Date.UTC(2026, 10, 25, 9, 5, 7, 891))), '2026-11-25T09:05:07.89Z');
    assert.match(scorm12Time(new Date(2026, 0, 1, 7, 8, 9)), /^07:08:09$/);
  });
  it('decimals never use exponents or "-0"; scores are rounded', () => {
    assert.equal(decimal(1e-9), '0');
    assert.equal(decimal(-0.00001), '0');
    assert.equal(decimal(2 / 3), '0.6667');
    assert.equal(percent(2 / 3), '66.67');
    assert.equal(percent(1), '100');
    assert.equal(scaled(0.75), '0.75');
    assert.throws(() => decimal(Number.NaN));
  });
  it('choice responses are reversible to Moodle-safe [\\w.] and descriptions are one line', () => {
    assert.equal(choiceResponse2004('name-the-silence'), 'name_the_silence');
    assert.equal(optionIdFrom2004('name_the_silence'), 'name-the-silence');
    assert.equal(oneLine('{lang} a\nb\r\n  c', 250), 'lang} a b c');
    const long = oneLine('x'.repeat(300), 250);
    assert.equal(long.length, 250);
    assert.ok(long.endsWith('…'));
  });
});

describe('strict validators (standard + Moodle)', () => {
  const ok = (v: 'scorm12' | 'scorm2004', e: string, value: string) => assert.equal(checkValue(v, e, value), undefined, `${e} = ${value}`);
  const bad = (v: 'scorm12' | 'scorm2004', e: string, value: string) => assert.notEqual(checkValue(v, e, value), undefined, `${e} = ${value} should be refused`);

  it('SCORM 1.2', () => {
    ok('scorm12', 'cmi.core.session_time', '00:05:03.25');
    bad('scorm12', 'cmi.core.session_time', '0:05:03'); // Moodle wants two hour digits
    bad('scorm12', 'cmi.core.session_time', '00:05:03.257');
    bad('scorm12', 'cmi.core.session_time', 'PT5M3S');
    ok('scorm12', 'cmi.interactions.3.result', 'wrong');
    bad('scorm12', 'cmi.interactions.3.result', 'incorrect');
    bad('scorm12', 'cmi.interactions.3.type', 'other');
    ok('scorm12', 'cmi.interactions.3.id', 'late-disclosure');
    bad('scorm12', 'cmi.interactions.3.id', 'late disclosure');
    bad('scorm12', 'cmi.interactions.3.id', '');
    ok('scorm12', 'cmi.suspend_data', 'x'.repeat(4096));
    bad('scorm12', 'cmi.suspend_data', 'x'.repeat(4097));
    ok('scorm12', 'cmi.core.score.raw', '66.67');
    bad('scorm12', 'cmi.core.score.raw', '101');
    bad('scorm12', 'cmi.core.score.raw', '1e-7');
    bad('scorm12', 'cmi.core.lesson_status', 'not attempted');
    ok('scorm12', 'cmi.objectives.0.status', 'not attempted');
    bad('scorm12', 'cmi.interactions.0.time', '24:00:00');
    bad('scorm12', 'cmi.interactions.0.student_response', 'a,b');
    bad('scorm12', 'cmi.core.lesson_location', 'x'.repeat(256));
    bad('scorm12', 'cmi.comments', 'anything'); // not an element Attune writes
  });
  it('SCORM 2004', () => {
    ok('scorm2004', 'cmi.session_time', 'PT1H2M3.45S');
    bad('scorm2004', 'cmi.session_time', 'PT1H2M3.456S');
    bad('scorm2004', 'cmi.session_time', '01:02:03');
    ok('scorm2004', 'cmi.interactions.0.learner_response', 'name_the_silence');
    bad('scorm2004', 'cmi.interactions.0.learner_response', 'name-the-silence'); // Moodle: [\w.] only
    ok('scorm2004', 'cmi.interactions.0.correct_responses.0.pattern', 'a[,]b');
    bad('scorm2004', 'cmi.interactions.0.correct_responses.0.pattern', 'a[,]a');
    ok('scorm2004', 'cmi.interactions.0.timestamp', '2026-11-25T09:05:07.89Z');
    bad('scorm2004', 'cmi.interactions.0.timestamp', '2026-11-25T09:05:07.891Z'); // Moodle: ≤ 2 fraction digits
    bad('scorm2004', 'cmi.interactions.0.timestamp', '2039-01-01T00:00:00Z'); // Moodle's year range
    ok('scorm2004', 'cmi.score.scaled', '-1');
    bad('scorm2004', 'cmi.score.scaled', '1.5');
    bad('scorm2004', 'cmi.score.scaled', '.5');
    ok('scorm2004', 'cmi.interactions.0.result', 'incorrect');
    bad('scorm2004', 'cmi.interactions.0.result', 'wrong');
    ok('scorm2004', 'cmi.interactions.0.description', 'A one-line description');
    bad('scorm2004', 'cmi.interactions.0.description', 'two\nlines');
    bad('scorm2004', 'cmi.interactions.0.description', '{not a lang tag');
    bad('scorm2004', 'cmi.interactions.0.description', 'x'.repeat(251));
    ok('scorm2004', 'cmi.suspend_data', 'x'.repeat(64000));
    bad('scorm2004', 'cmi.suspend_data', 'x'.repeat(64001));
    bad('scorm2004', 'cmi.location', 'x'.repeat(1001));
    bad('scorm2004', 'cmi.objectives.0.id', 'has space');
    bad('scorm2004', 'cmi.exit', 'suspended');
    assert.equal(elementModel('cmi.interactions.12.objectives.3.id'), 'cmi.interactions.n.objectives.n.id');
    assert.ok(writableElements('scorm2004').includes('cmi.interactions.n.description'));
    assert.ok(!writableElements('scorm12').includes('cmi.interactions.n.description'), 'SCORM 1.2 interactions have no description');
  });
});

// xapi-validation is CommonJS with an `exports.default`.
const validateStatement = ((xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation) as (s: unknown) => unknown[];

type FakeWindow = { parent?: FakeWindow; opener?: FakeWindow | null; API?: unknown; API_1484_11?: unknown };
const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };
const chain = (depth: number, top: Partial<FakeWindow>): FakeWindow => {
  const root: FakeWindow = { ...top };
  root.parent = root;
  let w = root;
  for (let i = 0; i < depth; i++) w = { parent: w };
  return w;
};
const asWindow = (w: FakeWindow) => w as unknown as Window;

describe('API discovery', () => {
  it('walks up parents, bounded', () => {
    assert.equal(findApi('API', asWindow(chain(3, { API: api12 }))), api12);
    assert.equal(findApi('API_1484_11', asWindow(chain(3, { API_1484_11: api2004 }))), api2004);
    assert.equal(findApi('API', asWindow(chain(3, { API: api12 })), 2), undefined);
    assert.equal(findApi('API', asWindow(chain(3, { API_1484_11: api2004 }))), undefined);
  });
  it('looks at the opener (and its parents) when the frames have none', () => {
    const opener = chain(1, { API: api12 });
    const content = chain(2, { opener });
    assert.equal(findApi('API', asWindow(content)), api12);
  });
  it('stops at a cross-origin frame without throwing, and ignores objects that are not an API', () => {
    const blocked: FakeWindow = {};
    Object.defineProperty(blocked, 'API', { get: () => { throw new Error('SecurityError'); } });
    Object.defineProperty(blocked, 'parent', { get: () => { throw new Error('SecurityError'); } });
    const inner: FakeWindow = { parent: blocked };
    assert.equal(findApi('API', asWindow(inner)), undefined);
    assert.equal(findApi('API', asWindow(chain(0, { API: { notAnApi: true } }))), undefined);
  });
  it('waits for an API injected late, and gives up after the timeout', async () => {
    const top = chain(0, {});
    setTimeout(() => (top.API = api12), 60);
    assert.equal(await waitForApi('API', { start: asWindow(top), timeout: 2000, interval: 20 }), api12);
    assert.equal(await waitForApi('API_1484_11', { start: asWindow(chain(0, {})), timeout: 80, interval: 20 }), undefined);
  });
});

describe('resume point and launch settings', () => {
  const backup = (code: string, confirmed: boolean): BackupRecord => ({ code, synced: confirmed, confirmed, ended: false, updatedAt: '' });
  it('resumes from the longer attempt on the same path, else the LMS', () => {
    const lms = '1.abcdef12.k.AIQ.xyz';
    assert.equal(resumePoint(lms, 'resume', undefined), lms);
    assert.equal(resumePoint(lms, '', backup('1.abcdef12.k.AIQY.abc', false)), '1.abcdef12.k.AIQY.abc');
    assert.equal(resumePoint(lms, 'resume', backup('1.abcdef12.k.AIQY.abc', true)), '1.abcdef12.k.AIQY.abc');
    assert.equal(resumePoint(lms, 'resume', backup('1.abcdef12.k.AB.abc', false)), lms, 'another path: the LMS wins');
    assert.equal(resumePoint(lms, 'resume', backup('1.abcdef12.z.AIQYY.abc', false)), lms, 'another seed: another attempt');
    assert.equal(resumePoint(lms, 'resume', backup('1.0000ffff.k.AIQYY.abc', false)), lms, 'another story version');
    assert.equal(resumePoint(lms, 'resume', backup('1.abcdef12.k.AI.abc', false)), lms, 'the LMS is further along');
  });
  it('never fills a new attempt from an earlier one: the backup restores only what the LMS lost of the same attempt', () => {
    const earlier = backup('1.abcdef12.k.AIQY.abc', true);
    assert.equal(resumePoint(undefined, 'ab-initio', earlier), undefined, 'a new attempt (empty, ab-initio) after one the LMS had: start afresh');
    assert.equal(resumePoint('', 'ab-initio', { ...earlier, ended: true }), undefined, 'not even a finished one');
    assert.equal(resumePoint(undefined, 'resume', earlier), earlier.code, 'the LMS resumes the attempt but lost its data: restore it');
    const neverConfirmed = backup('1.abcdef12.k.AIQY.abc', false);
    assert.equal(resumePoint(undefined, 'ab-initio', neverConfirmed), neverConfirmed.code, 'the LMS refused everything: it still has this attempt at its start');
    assert.equal(resumePoint(undefined, '', neverConfirmed), neverConfirmed.code);
    assert.equal(resumePoint(undefined, 'ab-initio', undefined), undefined);
  });
  it('reads the launch page settings; query parameters add to the packaged ones', () => {
    const page = 'https://lms.example.org/course/7/lms.html';
    const search = mergeSearch('scenario=example&lms=scorm12&mode=assessment', '?endpoint=x&mode=practice');
    assert.deepEqual(parsePlayerQuery(search, page), { lms: 'scorm12', scenario: 'example', mode: 'practice' });
    assert.equal(parsePlayerQuery('?lms=aicc&scenario=x', page).lms, undefined);
  });
});

describe('cmi5 statements', () => {
  const { rubrics, scenarios } = loadStories('stories');
  void rubrics;
  const bundle = toBundle(scenarios.find((s) => s.id === 'example')!)!;
  const session = new Session(bundle.story, { seed: 4, rubric: bundle.rubric });
  while (session.currentChoices) session.choose(0);
  const t0 = new Date(Date.UTC(2026, 0, 1, 10));
  const timings = new Map(session.facedDecisions().map((_, i) => [i, { presentedAt: t0, answeredAt: new Date(t0.getTime() + 4200) }]));
  const report = buildReport(session, bundle.rubric, { scenario: 'example', timings });
  const ctx: Cmi5Context = {
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'trainee-1' } },
    activityId: 'https://example.org/au/1',
    registration: 'e168d6a3-46b2-4233-82e7-66b73a179727',
    contextTemplate: { extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 'abc' } },
    masteryScore: 0.75,
    initializedAt: t0,
  };

  it('every statement Attune sends is valid xAPI (xapi-validation)', () => {
    const statements = [...report.decisions.map((d) => answeredStatement(ctx, 'example', d)), successStatement(ctx, report), completedStatement(ctx), terminatedStatement(ctx)];
    for (const s of statements) assert.deepEqual(validateStatement(s), [], JSON.stringify(s));
  });
  it('passed/failed: raw an integer, and no result.score that contradicts the verb under the masteryScore (cmi5 §9.3.5, §9.5.1)', () => {
    for (const statement of [...report.decisions.map((d) => answeredStatement(ctx, 'example', d)), successStatement(ctx, report)] as Record<string, any>[]) { // eslint-disable-line @typescript-eslint/no-explicit-any
      if (statement.result.score) assert.equal(Number.isInteger(statement.result.score.raw), true, JSON.stringify(statement.result.score));
    }
    // A harm-flagged fail scoring 0.8: under a pass mark of 0.8 its score would say passed, so it is left out.
    const overall = 0.8;
    const harmFailed = { ...report, passed: false, ended: true, overall };
    const at = successStatement({ ...ctx, masteryScore: 0.8 }, harmFailed) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.equal(at.verb.id.endsWith('failed'), true);
    assert.equal(at.result.score, undefined);
    assert.equal(at.result.extensions[EXT.score].scaled, overall);
    // Under a pass mark above it the score agrees with failed, and goes.
    const above = successStatement({ ...ctx, masteryScore: 0.85 }, harmFailed) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.deepEqual(above.result.score, { scaled: 0.8, raw: 80, min: 0, max: 100 });
  });
  it('passed/failed carries the score, mastery, moveOn and every criterion as a result extension', () => {
    const s = successStatement(ctx, report) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.equal(s.verb.id.endsWith(report.passed ? 'passed' : 'failed'), true);
    assert.equal(s.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore'], 0.75);
    assert.equal(s.context.registration, ctx.registration);
    const criteria = Object.values(s.result.extensions)[0] as Record<string, unknown>;
    assert.deepEqual(Object.keys(criteria), bundle.rubric.criteria.filter((c) => c.kind === 'quality').map((c) => c.id));
  });
});

describe('the one verdict reaches the LMS', () => {
  const { scenarios } = loadStories('stories');
  const bundle = toBundle(scenarios.find((s) => s.id === 'example')!)!;
  const ctx: Cmi5Context = {
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'trainee-1' } },
    activityId: 'https://example.org/au/1',
    registration: 'e168d6a3-46b2-4233-82e7-66b73a179727',
    contextTemplate: {},
    initializedAt: new Date(Date.UTC(2026, 0, 1, 10)),
  };
  /** The best path of the example (notice, then hold the time warmly) ends on "held". */
  const played = (b: typeof bundle) => {
    const session = new Session(b.story, { ...sessionOptions(b), seed: 4 });
    session.choose(0);
    session.choose(0);
    return buildReport(Session.fromReplayCode(b.story, session.replayCode(), sessionOptions(b)), b.rubric, { scenario: 'example' });
  };

  it('a perfect attempt passes; the same attempt on an ending the scenario marks as not passable is failed, with its score', () => {
    const perfect = played(bundle);
    assert.equal(perfect.score.overall, 1);
    assert.equal(perfect.passed, true);
    assert.equal((successStatement(ctx, perfect) as { verb: { id: string } }).verb.id, 'http://adlnet.gov/expapi/verbs/passed');

    const ruled = { ...bundle, scenario: { ...bundle.scenario, endings: { held: { passable: false, reason: 'Test: held is ruled out.' } } } };
    const report = played(ruled);
    assert.equal(report.ended, true);
    assert.equal(report.overall, 1);
    assert.equal(report.passed, false);
    assert.deepEqual(report.score.notPassed, [{ kind: 'ending', ending: 'held', reason: 'Test: held is ruled out.' }]);
    const statement = successStatement(ctx, report) as { verb: { id: string }; result: { success: boolean } };
    assert.equal(statement.verb.id, 'http://adlnet.gov/expapi/verbs/failed');
    assert.equal(statement.result.success, false);
    assert.deepEqual(validateStatement(statement), []);
  });

  it('too many elevated risks fail the attempt in the LMS report too', () => {
    const strict = { ...bundle, rubric: { ...bundle.rubric, pass: { ...bundle.rubric.pass, mastery: 0, maxElevated: 1 } } };
    const session = new Session(strict.story, { ...sessionOptions(strict), seed: 4 });
    session.choose(2); // challenge: elevated shame-withdrawal
    session.choose(1); // "rules are rules": elevated again
    const report = buildReport(session, strict.rubric, { scenario: 'example' });
    assert.equal(report.elevated, 2);
    assert.equal(report.passed, false);
    assert.deepEqual(report.score.notPassed, [{ kind: 'elevated', count: 2, max: 1 }]);
  });
});

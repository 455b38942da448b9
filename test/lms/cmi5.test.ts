/**
 * cmi5 in Chromium against an in-memory LRS on 127.0.0.1 (xapi-statements, started by the test
 * runner) behind a strict test LMS (test/lms/lrs-server.mjs, which rejects what xapi-validation
 * or the cmi5 rules refuse): the launch sequence, the order rules, per-criterion result extensions,
 * `answered` per choice, a reload of the same launch keeping the session, a later session resuming
 * from the State API, and an LRS that fails.
 */
import { expect } from '@open-wc/testing';
import { sessionOptions } from '../../src/player-contract.js';
import type { Cmi5Reporter } from '../../src/lms/cmi5.js';
import { buildReport } from '../../src/lms/report.js';
import { MESSAGES } from '../../src/lms/reporter.js';
import { CATEGORY, EXT, MASTERY_EXT } from '../../src/lms/xapi.js';
import { Session } from '../../src/session.js';
import { cleanup, decide, endRuns, launchPlayer, loadBundle, lrsFails, newLaunch, eventually, playToEnd, received, rejected, verbOf as verb, type Run, type Stmt } from './helpers.js';

/** The cmi5 order rules for one session's statements. */
function expectOrder(verbs: string[], opts: { sessions?: number; ended: boolean; left?: boolean }) {
  const sessions = opts.sessions ?? 1;
  expect(verbs.filter((v) => v === 'initialized').length).to.equal(sessions);
  expect(verbs[0]).to.equal('initialized');
  if (opts.ended) {
    expect(verbs.at(-1)).to.equal('terminated');
    expect(verbs.filter((v) => v === 'terminated').length).to.equal(1);
    expect(verbs.filter((v) => v === 'completed').length).to.equal(1);
    expect(verbs.filter((v) => v === 'passed' || v === 'failed').length).to.equal(1);
    const firstDefined = verbs.findIndex((v) => v === 'passed' || v === 'failed' || v === 'completed');
    expect(verbs.slice(firstDefined, -1).every((v) => v !== 'answered' && v !== 'initialized'), 'nothing but passed/failed and completed between the last answer and terminated').to.equal(true);
  } else {
    expect(verbs.filter((v) => v === 'terminated').length).to.equal(opts.left ? 1 : 0);
    if (opts.left) expect(verbs.at(-1)).to.equal('terminated');
    expect(verbs.filter((v) => v === 'passed' || v === 'failed' || v === 'completed')).to.deep.equal([]);
  }
}

describe('LMS cmi5 (in-memory LRS on 127.0.0.1)', function () {
  const runs: Run[] = [];
  afterEach(() => endRuns(runs));

  it('launches, sends answered per choice, passed/failed with per-criterion extensions, completed and terminated last; all valid', async function () {
    const launch = await newLaunch({ masteryScore: 0.6 });
    const run = await launchPlayer({ kind: 'cmi5', scenario: 'example', search: launch.search });
    runs.push(run);
    expect(run.launched.reporter?.kind).to.equal('cmi5');
    expect(run.launched.start?.mastery).to.equal(0.6);
    await playToEnd(run);
    expect(await (run.launched.reporter as Cmi5Reporter).exit()).to.equal(true);

    const bundle = await loadBundle('example');
    const report = buildReport(Session.fromReplayCode(bundle.story, run.player.session!.replayCode(), sessionOptions(bundle, 0.6)), bundle.rubric, { scenario: 'example' });
    expect(await rejected(launch.registration), 'the strict LMS accepts every statement').to.deep.equal([]);
    const all = await received(launch.registration);
    const verbs = all.map(verb);
    expectOrder(verbs, { ended: true });
    expect(verbs.filter((v) => v === 'answered').length).to.equal(report.decisions.length);

    const answered = all.filter((r) => verb(r) === 'answered').map((r) => r.statement);
    answered.forEach((s, i) => {
      const d = report.decisions[i]!;
      expect(s.result.response).to.equal(d.option);
      expect(s.result.success).to.equal(d.result === 'correct');
      expect(s.object.definition.interactionType).to.equal('choice');
      expect(s.object.definition.correctResponsesPattern).to.deep.equal(d.best);
      expect(s.object.definition.choices.map((c: Stmt) => c.id)).to.deep.equal(d.options.map((o) => o.id));
      expect(s.context.registration).to.equal(launch.registration);
      expect(s.context.contextActivities.parent[0].id).to.equal(launch.activityId);
      expect(JSON.stringify(s.context.contextActivities.category ?? [])).not.to.contain(CATEGORY.cmi5.id);
    });

    const success = all.find((r) => verb(r) === 'passed' || verb(r) === 'failed')!.statement;
    expect(verb({ statement: success })).to.equal(report.passed ? 'passed' : 'failed');
    expect(success.result.success).to.equal(report.passed);
    expect(success.result.extensions[EXT.score].scaled).to.be.closeTo(report.overall!, 1e-4);
    if (report.passed === report.overall! + 1e-9 >= 0.6) expect(success.result.score.scaled).to.be.closeTo(report.overall!, 1e-4);
    else expect(success.result.score, 'a score that disagrees with the verdict is not sent').to.equal(undefined);
    expect(success.context.extensions[MASTERY_EXT]).to.equal(0.6);
    expect(success.context.contextActivities.category.map((c: Stmt) => c.id)).to.include.members([CATEGORY.cmi5.id, CATEGORY.moveOn.id]);
    const criteria = success.result.extensions[EXT.criteria] as Record<string, { score: number | null; label: string }>;
    for (const c of report.criteria.filter((x) => x.kind === 'quality')) {
      expect(criteria[c.id]!.label).to.equal(c.label);
      if (c.score === null) expect(criteria[c.id]!.score).to.equal(null);
      else expect(criteria[c.id]!.score).to.be.closeTo(c.score, 1e-4);
    }
    expect(Object.keys(success.result.extensions[EXT.risks])).to.deep.equal(report.criteria.filter((c) => c.kind === 'risk').map((c) => c.id));
    const completed = all.find((r) => verb(r) === 'completed')!.statement;
    expect(completed.result.completion).to.equal(true);
    expect(completed.result.duration).to.match(/^PT/);
    expect(run.launched.reporter!.finished).to.equal(true);
  });

  it('the same launch loaded again (the page was never left, e.g. restored by the browser) carries on its session: no second initialized', async function () {
    const launch = await newLaunch();
    const first = await launchPlayer({ kind: 'cmi5', scenario: 'example', search: launch.search }, 5);
    runs.push(first);
    await decide(first);
    await (first.launched.reporter as Cmi5Reporter).settled();
    const transcript = first.player.session!.beats.map((b) => (b.kind === 'line' ? b.text : b.kind));
    first.launched.connection?.detach();
    first.player.remove();

    // The same URL (its fetch URL is already spent), the same localStorage.
    const second = await launchPlayer({ kind: 'cmi5', scenario: 'example', search: launch.search }, 6);
    runs.push(second);
    expect(second.launched.resumed).to.equal(true);
    expect(second.player.session!.beats.map((b) => (b.kind === 'line' ? b.text : b.kind))).to.deep.equal(transcript);
    await playToEnd(second);
    expect(await (second.launched.reporter as Cmi5Reporter).exit()).to.equal(true);
    expect(await rejected(launch.registration)).to.deep.equal([]);
    const verbs = (await received(launch.registration)).map(verb);
    expectOrder(verbs, { ended: true });
    expect(verbs.filter((v) => v === 'answered').length).to.equal(second.player.session!.facedDecisions().length);
  });

  it('a page left (closed) mid-scenario sends terminated; loaded again, it does not continue the ended session but says so', async function () {
    const launch = await newLaunch();
    const first = await launchPlayer({ kind: 'cmi5', scenario: 'example', search: launch.search }, 5);
    runs.push(first);
    await decide(first);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    first.launched.connection?.detach();
    first.player.remove();
    await eventually(async () => (await received(launch.registration)).some((r) => verb(r) === 'terminated'), 'terminated reaches the LMS');
    expect(await rejected(launch.registration)).to.deep.equal([]);
    const verbs = (await received(launch.registration)).map(verb);
    expectOrder(verbs, { ended: false, left: true });
    expect(verbs.filter((v) => v === 'answered').length).to.equal(1);

    const again = await launchPlayer({ kind: 'cmi5', scenario: 'example', search: launch.search }, 6);
    runs.push(again);
    expect(again.launched.reporter, 'no reporting from an ended session').to.equal(undefined);
    expect(again.statuses.map((x) => x.message)).to.include(MESSAGES.sessionEnded);
    expect(again.statuses.map((x) => x.message)).not.to.include(MESSAGES.standalone);
  });

  it('a later session of the same registration resumes from the State API and sends no answered again for earlier decisions', async function () {
    const launch = await newLaunch();
    const first = await launchPlayer({ kind: 'cmi5', scenario: 'example', search: launch.search }, 8);
    runs.push(first);
    await decide(first);
    await decide(first);
    await (first.launched.reporter as Cmi5Reporter).settled();
    const code = first.player.session!.replayCode();
    first.launched.connection?.detach();
    first.player.remove();
    cleanup(); // another device: nothing kept here

    const again = await newLaunch({ registration: launch.registration, activityId: launch.activityId });
    const second = await launchPlayer({ kind: 'cmi5', scenario: 'example', search: again.search }, 9);
    runs.push(second);
    expect(second.launched.start?.resumeCode).to.equal(code);
    expect(second.launched.resumed).to.equal(true);
    await playToEnd(second);
    expect(await (second.launched.reporter as Cmi5Reporter).exit()).to.equal(true);
    expect(await rejected(launch.registration)).to.deep.equal([]);
    const all = await received(launch.registration);
    const verbs = all.map(verb);
    expect(verbs.filter((v) => v === 'initialized').length).to.equal(2);
    expect(verbs.at(-1)).to.equal('terminated');
    const answered = all.filter((r) => verb(r) === 'answered').map((r) => r.statement.object.id as string);
    expect(answered.length, 'one answered per decision').to.equal(second.player.session!.facedDecisions().length);
    expect(new Set(answered).size).to.equal(answered.length);
  });

  it('an LRS that fails: statements are retried in order, the trainee is told calmly, nothing is lost', async function () {
    const launch = await newLaunch();
    const run = await launchPlayer({ kind: 'cmi5', scenario: 'example', search: launch.search, cmi5: { retryDelay: 30, maxRetryDelay: 60 } });
    runs.push(run);
    await lrsFails(launch.registration, 2);
    await playToEnd(run);
    expect(await (run.launched.reporter as Cmi5Reporter).exit()).to.equal(true);
    expect(run.statuses.map((s) => s.message)).to.include(MESSAGES.retrying);
    expect(run.statuses.map((s) => s.message)).to.include(MESSAGES.recovered);
    expect(await rejected(launch.registration)).to.deep.equal([]);
    const all = await received(launch.registration);
    expectOrder(all.map(verb), { ended: true });
    expect(all.filter((r) => verb(r) === 'answered').length).to.equal(run.player.session!.facedDecisions().length);
  });
});

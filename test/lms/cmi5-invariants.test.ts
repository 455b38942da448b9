/**
 * The grade invariants of issue 12 for cmi5, over every shipped scenario's best path, low-score
 * path, harm path and a mid-attempt exit (test/lms/paths.ts), with the real player and
 * `@xapi/cmi5` against the strict test LMS (test/lms/lrs-server.mjs), which imposes the scenario's
 * own mastery score in the launch data (so a harm-flagged attempt's score reaches it):
 *
 * (d) Browse and Review never change the grade: they send `initialized` and `terminated` only, and
 *     the next Normal launch resumes the Normal attempt and grades it as if they had not happened;
 * (e) every statement of a registration is accepted by the strict LMS, in order, with at most one
 *     passed/failed and one completed, the verb the engine's verdict;
 * (f) closing the tab at any point loses no decision: closed after every decision (half the time
 *     with the LRS down, so the decision was never sent) and launched again, the registration ends
 *     with every decision answered exactly once and the verdict of the attempt played straight;
 * and a learner who fails retakes in a new registration, which records the new attempt only.
 * (a)–(c) and SCORM's (d), (f) are in test/lms/scorm-invariants.test.ts.
 */
import { expect } from '@open-wc/testing';
import type { Cmi5Reporter } from '../../src/lms/cmi5.js';
import { buildReport, type AttemptReport } from '../../src/lms/report.js';
import { sessionOptions } from '../../src/player-contract.js';
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import { Session } from '../../src/session.js';
import { cleanup, endRuns, eventually, follow, launchPlayer, loadBundle, lrsFails, newLaunch, received, rejected, scenarioIds, verbOf, type Cmi5Launch, type Received, type Run } from './helpers.js';
import { scenarioPaths, type PathName } from './paths.js';

const SEED = 5151;
const PATHS: PathName[] = ['best', 'low', 'harm', 'midExit'];

const reportOf = (bundle: ScenarioBundle, code: string, mastery: number): AttemptReport =>
  buildReport(Session.fromReplayCode(bundle.story, code, sessionOptions(bundle, mastery)), bundle.rubric, { scenario: bundle.id });
const masteryOf = (bundle: ScenarioBundle) => bundle.scenario.mastery ?? bundle.rubric.pass.mastery;
const relaunch = (launch: Cmi5Launch, options: Record<string, unknown> = {}) => newLaunch({ registration: launch.registration, activityId: launch.activityId, ...options });
const SATISFACTION = ['passed', 'failed', 'completed'];

/** The statements of one session (by the cmi5 session id the LMS gave it). */
function bySession(all: Received[]): Received[][] {
  const sessions = new Map<string, Received[]>();
  for (const r of all) {
    const id = String(r.statement.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] ?? '');
    sessions.set(id, [...(sessions.get(id) ?? []), r]);
  }
  return [...sessions.values()];
}

/** (e): everything accepted, each session in order, the registration's results once each and the engine's. */
async function expectRegistration(launch: Cmi5Launch, report: AttemptReport | undefined, what: string) {
  expect(await rejected(launch.registration), `${what}: the strict LMS accepted every statement`).to.deep.equal([]);
  const all = await received(launch.registration);
  for (const session of bySession(all)) {
    const verbs = session.map(verbOf);
    expect(verbs[0], `${what}: a session starts with initialized`).to.equal('initialized');
    if (verbs.includes('terminated')) expect(verbs.at(-1), `${what}: terminated last`).to.equal('terminated');
    const times = session.map((r) => Date.parse(r.statement.timestamp as string));
    expect(times.every((t, i) => i === 0 || t > times[i - 1]!), `${what}: timestamps increase`).to.equal(true);
  }
  const results = all.map(verbOf).filter((v) => SATISFACTION.includes(v));
  if (report?.ended) expect(results, `${what}: one verdict, the engine's, and one completed`).to.deep.equal([report.passed ? 'passed' : 'failed', 'completed']);
  else expect(results, `${what}: no result for an unfinished attempt`).to.deep.equal([]);
  const answered = all.filter((r) => verbOf(r) === 'answered').map((r) => `${r.statement.object.id} ${r.statement.result.response}`);
  if (report) expect(answered, `${what}: one answered per decision`).to.deep.equal(report.decisions.map((d) => `${launch.activityId}/scenario/${report.scenario}/decision/${encodeURIComponent(d.id)} ${d.option}`));
}

describe('LMS cmi5: grade invariants over every scenario’s best, low-score, harm and mid-exit paths', function () {
  const runs: Run[] = [];
  const launchRun = async (scenario: string, launch: Cmi5Launch) => {
    const run = await launchPlayer({ kind: 'cmi5', scenario, search: launch.search, cmi5: { retryDelay: 20, maxRetryDelay: 40 } }, SEED);
    runs.push(run);
    return run;
  };
  /** The trainee closes the tab (pagehide), or leaves with "Return to your course". */
  const leave = async (run: Run, how: 'close' | 'exit') => {
    if (how === 'exit') await (run.launched.reporter as Cmi5Reporter).exit();
    else window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    run.launched.connection?.detach();
    run.player.remove();
    runs.splice(runs.indexOf(run), 1);
  };
  const terminatedCount = async (launch: Cmi5Launch) => (await received(launch.registration)).filter((r) => verbOf(r) === 'terminated').length;
  afterEach(() => endRuns(runs));

  it('(d) Browse and Review never change the grade; (e) every statement accepted, in order, one verdict and one completed', async function () {
    for (const id of await scenarioIds()) {
      const bundle = await loadBundle(id);
      const masteryScore = masteryOf(bundle);
      const paths = scenarioPaths(bundle, SEED, masteryScore);
      expect(paths.harm, `${id} has a reachable harm flag`).to.not.equal(undefined);
      for (const name of PATHS) {
        const what = `${id} ${name} path`;
        const launch = await newLaunch({ masteryScore });
        const run = await launchRun(id, launch);
        await follow(run, paths[name]!);
        const code = run.player.session!.replayCode();
        const report = reportOf(bundle, code, masteryScore);
        if (name === 'harm') expect(report.harmFlags > 0 && !report.passed, what).to.equal(true);
        await (run.launched.reporter as Cmi5Reporter).settled();
        await leave(run, name === 'midExit' ? 'close' : 'exit');
        await eventually(async () => (await terminatedCount(launch)) === 1, `${what}: terminated`);
        await expectRegistration(launch, report, what);
        const graded = (await received(launch.registration)).length;

        for (const launchMode of ['Browse', 'Review'] as const) {
          const look = await launchRun(id, await relaunch(launch, { launchMode, masteryScore }));
          expect(look.launched.start?.resumeCode, `${what}, ${launchMode}`).to.equal(launchMode === 'Review' ? code : undefined);
          if (look.launched.resumed) await look.launched.connection?.idle();
          look.player.restart();
          await follow(look, paths.best!);
          look.player.restart();
          await follow(look, paths.harm!);
          await leave(look, 'close');
        }
        await eventually(async () => (await terminatedCount(launch)) === 3, `${what}: Browse and Review terminated`);
        const looked = (await received(launch.registration)).slice(graded).map(verbOf);
        expect(looked, `${what}: Browse and Review send initialized and terminated only`).to.deep.equal(['initialized', 'terminated', 'initialized', 'terminated']);

        // The next Normal launch: the Normal attempt, graded as before (or finished along its path).
        const again = await launchRun(id, await relaunch(launch, { masteryScore }));
        expect(again.launched.start?.resumeCode, `${what}: the Normal attempt resumes`).to.equal(code);
        await follow(again, paths[name === 'midExit' ? 'best' : name]!);
        await (again.launched.reporter as Cmi5Reporter).settled();
        await leave(again, 'exit');
        const final = reportOf(bundle, again.player.session!.replayCode(), masteryScore);
        if (name !== 'midExit') expect(final.passed, what).to.equal(report.passed);
        await expectRegistration(launch, final, `${what}, then Browse, Review and Normal again`);
        cleanup();
      }
    }
  });

  it('(f) closing the tab at any point loses no decision, even with the LRS down: every decision answered once, the verdict of the attempt played straight', async function () {
    for (const id of await scenarioIds()) {
      const bundle = await loadBundle(id);
      const masteryScore = masteryOf(bundle);
      const paths = scenarioPaths(bundle, SEED, masteryScore);
      for (const name of ['best', 'low', 'harm'] as const) {
        const path = paths[name]!;
        const what = `${id} ${name} path, closed after every decision`;
        const first = await newLaunch({ masteryScore });
        let launch = first;
        for (let k = 0; k < path.steps.length; k++) {
          const run = await launchRun(id, launch);
          expect(run.player.session!.path.length, `${what}: resumed after ${k}`).to.equal(k);
          await (run.launched.reporter as Cmi5Reporter).settled();
          const down = k % 2 === 1; // the LRS is down for this decision and for the close
          if (down) await lrsFails(first.registration, 1000);
          await follow(run, path, k + 1);
          await leave(run, 'close');
          if (down) {
            await new Promise((r) => setTimeout(r, 50));
            await lrsFails(first.registration, 0);
          }
          launch = await relaunch(first, { masteryScore });
        }
        const last = await launchRun(id, launch);
        expect(last.player.session!.path.map((p) => p.index), what).to.deep.equal(path.steps);
        await (last.launched.reporter as Cmi5Reporter).settled();
        await leave(last, 'exit');
        await expectRegistration(first, reportOf(bundle, last.player.session!.replayCode(), masteryScore), what);
        cleanup();
      }
    }
  });

  it('a learner who fails retakes in a new registration, on the same device: it starts from nothing and records the new attempt only', async function () {
    for (const id of await scenarioIds()) {
      const bundle = await loadBundle(id);
      const masteryScore = masteryOf(bundle);
      const paths = scenarioPaths(bundle, SEED, masteryScore);
      const learner = `retaker-${crypto.randomUUID().slice(0, 8)}`;
      const failedLaunch = await newLaunch({ masteryScore, learner });
      const failed = await launchRun(id, failedLaunch);
      await follow(failed, paths.harm!);
      await leave(failed, 'exit');
      const failedReport = reportOf(bundle, failed.player.session!.replayCode(), masteryScore);
      expect(failedReport.passed).to.equal(false);
      const before = await received(failedLaunch.registration);

      const retake = await newLaunch({ masteryScore, learner });
      const run = await launchRun(id, retake);
      expect(run.launched.start?.resumeCode, `${id}: the retake starts from nothing`).to.equal(undefined);
      expect(run.player.session!.path.length).to.equal(0);
      await follow(run, paths.best!);
      await leave(run, 'exit');
      await expectRegistration(retake, reportOf(bundle, run.player.session!.replayCode(), masteryScore), `${id} retake`);
      expect(await received(failedLaunch.registration), `${id}: the failed attempt's registration is untouched`).to.deep.equal(before);
      cleanup();
    }
  });
});

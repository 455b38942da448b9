/**
 * The cmi5 faults of issue 12 (3, 4 and 5) as they were seen, replayed with the real player and
 * `@xapi/cmi5` against the strict test LMS (test/lms/lrs-server.mjs: xapi-statements behind the
 * cmi5 rules of cmi5-rules.mjs, rejecting what §6.3 lets an LMS reject):
 *
 * 3. a harm-flagged `failed` whose scaled score reaches the masteryScore (§9.3.5), a non-integer
 *    `score.raw` (§9.5.1), `failed`/`completed` sent again by a later Normal launch (§9.3);
 * 4. Browse recording the attempt (state and answered) and a later Normal launch grading it;
 *    Review recording anything;
 * 5. no redirect to returnURL after terminated (§10.2.6); the statement queue lost with the tab; an
 *    expired token retried for ever.
 */
import { expect } from '@open-wc/testing';
import type { Cmi5Reporter } from '../../src/lms/cmi5.js';
import { MESSAGES } from '../../src/lms/reporter.js';
import { EXT } from '../../src/lms/xapi.js';
import { decide, endRuns, eventually, follow, highestHarm, launchPlayer, loadBundle, lrsFails, lrsUrl, newLaunch, received, rejected, verbOf, type Cmi5Launch, type Run } from './helpers.js';
import { scenarioPaths } from './paths.js';

const SEED = 31;


/** The page goes away (closed, or navigated elsewhere). */
function leave(run: Run) {
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
  run.launched.connection?.detach();
  run.player.remove();
}

const verbs = async (launch: Cmi5Launch) => (await received(launch.registration)).map(verbOf);
const relaunch = (launch: Cmi5Launch, options: Record<string, unknown> = {}) => newLaunch({ registration: launch.registration, activityId: launch.activityId, ...options });


describe('issue 12: cmi5 statements a strict LMS accepts', function () {
  const runs: Run[] = [];
  const launchRun = async (scenario: string, launch: Cmi5Launch, options: Parameters<typeof launchPlayer>[0]['cmi5'] = {}) => {
    const run = await launchPlayer({ kind: 'cmi5', scenario, search: launch.search, cmi5: options }, SEED);
    runs.push(run);
    return run;
  };
  afterEach(() => endRuns(runs));

  it('fault 3: a harm-flagged fail whose score reaches the masteryScore is sent as failed without a contradicting score, and accepted', async function () {
    const { id, path } = await highestHarm(SEED);
    // The LMS's mastery score at or below the harm path's score: the case §9.3.5 forbids a score in.
    const masteryScore = Math.floor(path.score.overall! * 100) / 100;
    const launch = await newLaunch({ masteryScore });
    const run = await launchRun(id, launch);
    await follow(run, scenarioPaths(await loadBundle(id), SEED, masteryScore).harm!);
    expect(run.player.session!.score().harmFlags.length).to.be.greaterThan(0);
    await eventually(async () => (await verbs(launch)).includes('completed'), 'completed accepted by the strict LMS');
    expect(await rejected(launch.registration)).to.deep.equal([]);
    const failed = (await received(launch.registration)).filter((r) => verbOf(r) === 'failed');
    expect(failed.length).to.equal(1);
    const result = failed[0]!.statement.result;
    expect(result.success).to.equal(false);
    expect(result.score, 'no score that says passed').to.equal(undefined);
    expect(result.extensions[EXT.score].scaled, 'the score is still reported, as Attune’s own extension').to.be.closeTo(path.score.overall!, 1e-4);
  });

  it('fault 3: score.raw is an integer on passed/failed and answered', async function () {
    const id = 'example';
    const launch = await newLaunch();
    const run = await launchRun(id, launch);
    await follow(run, scenarioPaths(await loadBundle(id), SEED).low!);
    await eventually(async () => (await verbs(launch)).includes('completed'), 'completed accepted by the strict LMS');
    expect(await rejected(launch.registration)).to.deep.equal([]);
    for (const r of await received(launch.registration)) {
      const score = r.statement.result?.score;
      if (score) expect(Number.isInteger(score.raw), `${verbOf(r)} raw ${score.raw}`).to.equal(true);
    }
  });

  it('fault 3: a second Normal launch after completion sends neither passed/failed nor completed again, nor answered for the same decisions', async function () {
    const id = 'example';
    const paths = scenarioPaths(await loadBundle(id), SEED);
    const launch = await newLaunch();
    const first = await launchRun(id, launch);
    await follow(first, paths.low!);
    await (first.launched.reporter as Cmi5Reporter).settled();
    leave(first);
    await eventually(async () => (await verbs(launch)).includes('terminated'), 'the first session terminated');
    const before = await verbs(launch);

    const second = await launchRun(id, await relaunch(launch));
    expect(second.launched.resumed, 'the finished attempt is shown again').to.equal(true);
    await second.launched.connection?.idle();
    second.player.restart(); // and played again along the best path
    await second.launched.connection?.idle();
    expect(second.statuses.map((x) => x.message), 'the trainee is told this play is not recorded').to.include(MESSAGES.finished);
    await follow(second, paths.best!);
    await (second.launched.reporter as Cmi5Reporter).settled();
    leave(second);
    await eventually(async () => (await verbs(launch)).filter((v) => v === 'terminated').length === 2, 'the second session terminated');
    expect(await rejected(launch.registration)).to.deep.equal([]);
    const after = await verbs(launch);
    expect(after.slice(before.length), 'the second session records nothing but its start and end').to.deep.equal(['initialized', 'terminated']);
  });

  it('fault 4: Browse records nothing and writes no state; the next Normal launch resumes the Normal attempt, not the browsed path', async function () {
    const id = 'example';
    const paths = scenarioPaths(await loadBundle(id), SEED);
    const launch = await newLaunch();
    const first = await launchRun(id, launch);
    await follow(first, paths.best!, 1);
    await (first.launched.reporter as Cmi5Reporter).settled();
    const code = first.player.session!.replayCode();
    leave(first);
    await eventually(async () => (await verbs(launch)).includes('terminated'), 'the first session terminated');
    const before = await verbs(launch);

    const browse = await launchRun(id, await relaunch(launch, { launchMode: 'Browse' }));
    expect(browse.launched.start?.mode).to.equal('browse');
    expect(browse.launched.resumed, 'Browse looks around from the start').to.equal(false);
    await follow(browse, paths.harm!);
    await (browse.launched.reporter as Cmi5Reporter).settled();
    leave(browse);
    await eventually(async () => (await verbs(launch)).filter((v) => v === 'terminated').length === 2, 'the Browse session terminated');
    expect((await verbs(launch)).slice(before.length)).to.deep.equal(['initialized', 'terminated']);

    const normal = await launchRun(id, await relaunch(launch));
    expect(normal.launched.start?.resumeCode, 'the Normal attempt, not the browsed path').to.equal(code);
    await follow(normal, paths.best!);
    await (normal.launched.reporter as Cmi5Reporter).settled();
    expect(await rejected(launch.registration)).to.deep.equal([]);
    const all = await received(launch.registration);
    expect(all.filter((r) => ['passed', 'failed'].includes(verbOf(r))).map(verbOf)).to.deep.equal([paths.best!.score.passed ? 'passed' : 'failed']);
  });

  it('fault 4: Review shows the recorded attempt and records nothing, whatever is played', async function () {
    const id = 'example';
    const paths = scenarioPaths(await loadBundle(id), SEED);
    const launch = await newLaunch();
    const first = await launchRun(id, launch);
    await follow(first, paths.best!);
    await (first.launched.reporter as Cmi5Reporter).settled();
    const code = first.player.session!.replayCode();
    leave(first);
    await eventually(async () => (await verbs(launch)).includes('terminated'), 'the first session terminated');
    const before = await verbs(launch);

    const review = await launchRun(id, await relaunch(launch, { launchMode: 'Review' }));
    expect(review.launched.start?.mode).to.equal('review');
    expect(review.launched.start?.resumeCode).to.equal(code);
    review.player.restart();
    await follow(review, paths.harm!);
    leave(review);
    await eventually(async () => (await verbs(launch)).filter((v) => v === 'terminated').length === 2, 'the Review session terminated');
    expect((await verbs(launch)).slice(before.length)).to.deep.equal(['initialized', 'terminated']);
    expect(await rejected(launch.registration)).to.deep.equal([]);
  });

  it('fault 5: leaving sends terminated after completed (later timestamps), then goes to the returnURL', async function () {
    const id = 'example';
    const returnURL = 'https://lms.example.org/mod/cmi5/view.php?id=12';
    const launch = await newLaunch({ returnURL });
    const went: string[] = [];
    const run = await launchRun(id, launch, { navigate: (url) => went.push(url) });
    expect((run.launched.reporter as Cmi5Reporter).returnURL).to.equal(returnURL);
    await follow(run, scenarioPaths(await loadBundle(id), SEED).best!);
    expect(await (run.launched.reporter as Cmi5Reporter).exit()).to.equal(true);
    expect(went).to.deep.equal([returnURL]);
    const all = await received(launch.registration);
    expect(await rejected(launch.registration)).to.deep.equal([]);
    const at = (verb: string) => Date.parse(all.find((r) => verbOf(r) === verb)!.statement.timestamp);
    expect(at('completed')).to.be.greaterThan(at(all.some((r) => verbOf(r) === 'passed') ? 'passed' : 'failed'));
    expect(at('terminated')).to.be.greaterThan(at('completed'));
    expect(all.map(verbOf).at(-1)).to.equal('terminated');
  });

  it('fault 5: the statement queue outlives the tab: decisions made while the LRS is down reach it from the next launch', async function () {
    const id = 'example';
    const paths = scenarioPaths(await loadBundle(id), SEED);
    const launch = await newLaunch();
    const first = await launchRun(id, launch, { retryDelay: 20, maxRetryDelay: 40 });
    await lrsFails(launch.registration, 1000);
    await follow(first, paths.best!, 1);
    await decide(first); // nothing reaches the LRS
    expect(first.statuses.map((s) => s.message)).to.include(MESSAGES.retrying);
    leave(first); // the keepalive request fails too
    await new Promise((r) => setTimeout(r, 100));
    await lrsFails(launch.registration, 0);
    sessionStorage.clear(); // a new tab: only what outlives it is left
    const code = first.player.session!.replayCode();
    expect((await verbs(launch)).filter((v) => v === 'answered')).to.deep.equal([]);

    const second = await launchRun(id, await relaunch(launch));
    expect(second.launched.start?.resumeCode, 'resumed from this device').to.equal(code);
    await (second.launched.reporter as Cmi5Reporter).settled();
    const answered = (await received(launch.registration)).filter((r) => verbOf(r) === 'answered');
    expect(answered.length, 'both decisions, once each').to.equal(2);
    expect(await rejected(launch.registration)).to.deep.equal([]);
  });

  it('fault 5: an expired token (401) is not retried for ever: the trainee is told plainly, and the next launch sends what was kept', async function () {
    const id = 'example';
    const launch = await newLaunch();
    const first = await launchRun(id, launch, { retryDelay: 20, maxRetryDelay: 40 });
    await fetch(`${await lrsUrl()}/admin/expire?registration=${launch.registration}`, { method: 'POST' });
    await decide(first);
    await eventually(async () => first.statuses.some((s) => s.message === MESSAGES.expired), 'the trainee is told the session expired');
    expect(first.statuses.map((s) => s.message)).not.to.include(MESSAGES.retrying);
    first.launched.connection?.detach();
    first.player.remove();

    const second = await launchRun(id, await relaunch(launch));
    expect(second.launched.resumed).to.equal(true);
    await (second.launched.reporter as Cmi5Reporter).settled();
    expect((await verbs(launch)).filter((v) => v === 'answered').length).to.equal(1);
    expect(await rejected(launch.registration)).to.deep.equal([]);
  });
});

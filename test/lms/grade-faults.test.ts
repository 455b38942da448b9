/**
 * The faults of issue 12 as they were seen, each replayed against the built packages' own
 * manifests and scorm-again set up as Moodle sets itself up ("Mastery score overrides status" on):
 *
 * 1. a harm-flagged fail stored as passed (SCORM 1.2 mastery override; SCORM 2004 satisfiedByMeasure),
 *    and an attempt left half-way with a full score stored as passed;
 * 2. a new LMS attempt in the same browser copying the previous attempt from the local backup;
 *    and a learner who failed retaking in the same browser, the LMS recording the new attempt only.
 *
 * Every path is found in the scenarios by the engine (test/lms/paths.ts), never by option number.
 */
import { expect } from '@open-wc/testing';
import { sessionOptions } from '../../src/player-contract.js';
import { percent } from '../../src/lms/formats.js';
import { launch } from '../../src/lms/launch.js';
import { buildReport } from '../../src/lms/report.js';
import type { ScormVersion } from '../../src/lms/validate.js';
import { Session } from '../../src/session.js';
import { cleanup, dataModel, follow, highestHarm, launchDataFromPackage, loadBundle, makeLms, mountPlayer, type RecordedCall, type Run } from './helpers.js';
import { scenarioPaths } from './paths.js';

type Model = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const w = window as unknown as Record<string, unknown>;
const SEED = 777;
const setters = (calls: RecordedCall[]) => calls.filter((c) => /^(LMS)?SetValue$/.test(c.method));

async function start(version: ScormVersion, scenario: string, lms: ReturnType<typeof makeLms>, begin = true): Promise<Run> {
  w[version === 'scorm12' ? 'API' : 'API_1484_11'] = lms.proxy;
  const player = mountPlayer();
  player.seed = SEED;
  player.mode = 'assessment';
  const launched = await launch({ kind: version, scenario, player, scenariosBase: '/scenarios/', wait: 200 });
  if (begin && !launched.resumed) player.restart();
  return { player, launched, statuses: [] };
}



describe('issue 12: grades an LMS can trust', function () {
  const runs: Run[] = [];
  afterEach(() => {
    for (const run of runs.splice(0)) {
      run.launched.connection?.detach();
      run.player.remove();
    }
    cleanup();
  });

  it('1. SCORM 1.2 with mastery override: a harm-flagged fail with a high score stays failed; a half-finished attempt stays incomplete', async function () {
    const { id, path } = await highestHarm(SEED);
    const bundle = await loadBundle(id);
    expect(path.score.harmFlags.length).to.be.greaterThan(0);
    expect(path.score.overall!, 'a harm-flagged path scoring above the pass mark exists').to.be.at.least(path.score.mastery);
    const lms = makeLms('scorm12', await launchDataFromPackage('scorm12', id), 'moodle');
    const run = await start('scorm12', id, lms);
    runs.push(run);
    await follow(run, path);
    expect(run.player.session!.score().passed).to.equal(false);
    expect((dataModel(lms.api) as Model).core.lesson_status, `${id}: overall ${path.score.overall!.toFixed(4)}, harm flag`).to.equal('failed');

    // Left after the first half of the best path, its score so far above the pass mark: incomplete, not passed.
    const best = scenarioPaths(bundle, SEED).best!;
    const half = makeLms('scorm12', await launchDataFromPackage('scorm12', id), 'moodle');
    const left = await start('scorm12', id, half);
    runs.push(left);
    await follow(left, best, Math.floor(best.steps.length / 2));
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    const soFar = left.player.session!.score();
    expect(soFar.overall!, 'the half-finished attempt scores above the pass mark').to.be.at.least(soFar.mastery);
    expect((dataModel(half.api) as Model).core.lesson_status).to.equal('incomplete');
    expect((dataModel(half.api) as Model).core.score.raw).to.equal(percent(soFar.overall!));
  });

  it('1. SCORM 2004 in a conformant LMS: a harm-flagged fail with a high score stays failed', async function () {
    const { id, path } = await highestHarm(SEED);
    const lms = makeLms('scorm2004', await launchDataFromPackage('scorm2004', id), 'moodle');
    const run = await start('scorm2004', id, lms);
    runs.push(run);
    await follow(run, path);
    const cmi = dataModel(lms.api) as Model;
    expect(cmi.success_status, `${id}: scaled ${cmi.score.scaled}, harm flag`).to.equal('failed');
    expect(cmi.completion_status).to.equal('completed');
  });

  for (const version of ['scorm12', 'scorm2004'] as const) {
    it(`2. ${version}: a new LMS attempt in the same browser starts from nothing, and a learner who failed retakes it: the LMS records the new attempt only`, async function () {
      const { id, path } = await highestHarm(SEED);
      const bundle = await loadBundle(id);
      const entry = version === 'scorm12' ? 'cmi.core.entry' : 'cmi.entry';
      const first = makeLms(version, { ...(await launchDataFromPackage(version, id)), [entry]: 'ab-initio' }, 'moodle');
      const failed = await start(version, id, first);
      runs.push(failed);
      await follow(failed, path);
      expect(failed.player.session!.score().passed, 'the first attempt fails (harm flag)').to.equal(false);
      failed.launched.connection?.detach();
      failed.player.remove();

      // Moodle's "Force new attempt": the LMS opens attempt 2, empty, entry ab-initio.
      const second = makeLms(version, { ...(await launchDataFromPackage(version, id)), [entry]: 'ab-initio' }, 'moodle');
      const retake = await start(version, id, second, false);
      runs.push(retake);
      expect(retake.launched.resumed, 'the finished attempt is not resumed into the new one').to.equal(false);
      await new Promise((r) => setTimeout(r, 2500));
      expect(setters(second.calls), 'nothing of the earlier attempt is written into the new one').to.deep.equal([]);
      expect((retake.player as unknown as { screen: string }).screen).to.equal('intro');

      // The trainee begins and plays well: the LMS records this attempt, and only it.
      retake.player.restart();
      const best = scenarioPaths(bundle, SEED).best!;
      await follow(retake, best);
      const report = buildReport(Session.fromReplayCode(bundle.story, retake.player.session!.replayCode(), sessionOptions(bundle)), bundle.rubric, { scenario: id });
      expect(report.passed).to.equal(true);
      const cmi = dataModel(second.api) as Model;
      expect(version === 'scorm12' ? cmi.core.lesson_status : cmi.success_status).to.equal('passed');
      expect(Object.keys(cmi.interactions).filter((k) => /^\d+$/.test(k)).length).to.equal(report.decisions.length);
      expect(cmi.suspend_data).to.equal(retake.player.session!.replayCode());
    });
  }
});

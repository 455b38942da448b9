/**
 * The grade invariants of issue 12 for SCORM 1.2 and SCORM 2004, over every shipped scenario's
 * best path, low-score path, harm path and a mid-attempt exit (found by the session engine and the
 * scoring model: test/lms/paths.ts), with the real player and scorm-again as the LMS:
 *
 * (a) no LMS setting turns a harm-flagged attempt into passed: the LMS stores the engine's verdict
 *     with Moodle's overrides on (set up from the package's own manifest), with strict settings, and
 *     with a pass mark the LMS imposes on its own (as ILIAS or SCORM Engine can);
 * (b) a new LMS attempt starts from nothing, in the same browser (where the last attempt's backup is);
 * (c) resume continues the same attempt exactly;
 * (d) review and browse never change what the LMS holds;
 * (f) closing the page at any point loses no decision.
 * (e) is cmi5's: test/lms/cmi5-invariants.test.ts.
 */
import { expect } from '@open-wc/testing';
import { sessionOptions } from '../../src/player-contract.js';
import { percent, scaled } from '../../src/lms/formats.js';
import { buildReport, type AttemptReport } from '../../src/lms/report.js';
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import { Session } from '../../src/session.js';
import { checkValue, type ScormVersion } from '../../src/lms/validate.js';
import { launch as launchLms } from '../../src/lms/launch.js';
import { TEST_LEARNER, cleanup, dataModel, launchDataFromPackage, launchPlayer, loadBundle, makeLms, mountPlayer, scenarioIds, storedData, type LmsSettings, type RecordedCall, type Run } from './helpers.js';
import { scenarioPaths, type PathName, type ScenarioPath } from './paths.js';

type Model = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const w = window as unknown as Record<string, unknown>;
const SEED = 4242;
const PATHS: PathName[] = ['best', 'low', 'harm', 'midExit'];

const apiName = (v: ScormVersion) => (v === 'scorm12' ? 'API' : 'API_1484_11');
const countOf = (collection: Model | undefined) => Object.keys(collection ?? {}).filter((k) => /^\d+$/.test(k)).length;
const setters = (calls: RecordedCall[]) => calls.filter((c) => /^(LMS)?SetValue$/.test(c.method));
const transcript = (run: Run) => run.player.session!.beats.map((b) => (b.kind === 'line' ? b.text : b.kind));

/** What an LMS keeps of an attempt between sessions (what it gives the SCO again on the next launch). */
function persisted(stored: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(stored).filter(([k]) =>
      /^cmi\.(suspend_data|objectives\.|interactions\.|core\.lesson_status|core\.score|core\.lesson_location|completion_status|success_status|score\.|location|student_data\.mastery_score|scaled_passing_score)/.test(k),
    ),
  );
}

/** The grade-relevant part of what the LMS holds. */
function grade(version: ScormVersion, api: Parameters<typeof dataModel>[0]): Record<string, string> {
  const cmi = dataModel(api) as Model;
  return version === 'scorm12'
    ? { status: cmi.core.lesson_status, raw: cmi.core.score.raw, suspend: cmi.suspend_data, objectives: JSON.stringify(cmi.objectives), interactions: JSON.stringify(cmi.interactions) }
    : { completion: cmi.completion_status, success: cmi.success_status, scaled: cmi.score.scaled, raw: cmi.score.raw, suspend: cmi.suspend_data, objectives: JSON.stringify(cmi.objectives), interactions: JSON.stringify(cmi.interactions) };
}

/** Chooses the path's options from where the session stands, up to `until` choices in all. */
async function follow(run: Run, path: ScenarioPath, until = path.steps.length) {
  for (;;) {
    const session = run.player.session!;
    const at = session.path.length;
    if (!session.currentChoices || at >= until) break;
    run.player.choose(path.steps[at]!);
    await new Promise((r) => setTimeout(r, 2));
    await run.launched.connection?.idle();
  }
  await run.launched.connection?.idle();
}

function close(run: Run) {
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
  run.launched.connection?.detach();
  run.player.remove();
}

const reportOf = (bundle: ScenarioBundle, code: string, mastery?: number): AttemptReport =>
  buildReport(Session.fromReplayCode(bundle.story, code, sessionOptions(bundle, mastery)), bundle.rubric, { scenario: bundle.id });

function expectVerdictStored(version: ScormVersion, api: Parameters<typeof dataModel>[0], report: AttemptReport, what: string) {
  const cmi = dataModel(api) as Model;
  if (version === 'scorm12') {
    const status = cmi.core.lesson_status;
    expect(status, `${what}: lesson_status`).to.equal(report.ended ? (report.passed ? 'passed' : 'failed') : 'incomplete');
  } else {
    expect(cmi.success_status, `${what}: success_status`).to.equal(report.ended ? (report.passed ? 'passed' : 'failed') : 'unknown');
    expect(cmi.completion_status, `${what}: completion_status`).to.equal(report.ended ? 'completed' : 'incomplete');
  }
}

for (const version of ['scorm12', 'scorm2004'] as const) {
  const is12 = version === 'scorm12';

  describe(`LMS ${version}: grade invariants over every scenario's best, low-score, harm and mid-exit paths`, function () {
    let runs: Run[] = [];
    const launch = async (scenario: string, lms: ReturnType<typeof makeLms>) => {
      w[apiName(version)] = lms.proxy;
      const run = await launchPlayer({ kind: version, scenario }, SEED);
      runs.push(run);
      return run;
    };
    afterEach(() => {
      for (const run of runs) {
        run.launched.connection?.detach();
        run.player.remove();
      }
      runs = [];
      cleanup();
    });

    it('(a) the LMS stores the engine’s verdict, a harm flag always failed: Moodle’s overrides, strict settings, and a pass mark the LMS imposes', async function () {
      for (const id of await scenarioIds()) {
        const bundle = await loadBundle(id);
        const imposed = bundle.scenario.mastery ?? bundle.rubric.pass.mastery;
        const setups: { name: string; setup: LmsSettings; data: Record<string, string>; mastery?: number }[] = [
          { name: 'Moodle-like, from the manifest', setup: 'moodle', data: await launchDataFromPackage(version, id) },
          { name: 'strict, from the manifest', setup: 'strict', data: await launchDataFromPackage(version, id) },
          {
            name: `a pass mark of ${imposed} the LMS imposes, overrides on`,
            setup: 'moodle',
            data: is12 ? { 'cmi.student_data.mastery_score': String(Math.round(imposed * 100)) } : { 'cmi.scaled_passing_score': String(imposed) },
            mastery: imposed,
          },
        ];
        const paths = scenarioPaths(bundle, SEED);
        expect(paths.harm, `${id} has a reachable harm flag`).to.not.equal(undefined);
        for (const name of PATHS) {
          const path = paths[name]!;
          for (const s of setups) {
            const what = `${id} ${name} path, ${s.name}`;
            const lms = makeLms(version, { ...s.data, [is12 ? 'cmi.core.entry' : 'cmi.entry']: 'ab-initio' }, s.setup);
            const run = await launch(id, lms);
            await follow(run, path);
            if (name === 'midExit') close(run);
            const code = run.player.session!.replayCode();
            const report = reportOf(bundle, code, s.mastery);
            if (name === 'harm') {
              expect(report.harmFlags, what).to.be.greaterThan(0);
              expect(report.passed, what).to.equal(false);
            }
            expect(run.launched.reporter?.finished, `${what}: finished`).to.equal(true);
            expectVerdictStored(version, lms.api, report, what);
            const cmi = dataModel(lms.api) as Model;
            // The score the LMS compares with its pass mark is given only when it agrees with the verdict.
            const agrees = s.mastery === undefined || (report.ended && report.passed === report.overall! + 1e-9 >= s.mastery);
            const compared = is12 ? cmi.core.score.raw : cmi.score.scaled;
            expect(compared, `${what}: the score the LMS compares`).to.equal(agrees ? (is12 ? percent(report.overall!) : scaled(report.overall!)) : '');
            if (!is12) expect(cmi.score.raw, `${what}: the score out of 100`).to.equal(percent(report.overall!));
            // Per-criterion data a course leader can read: a risk taken at "high" is failed, its score 0.
            for (const c of report.criteria.filter((x) => x.kind === 'risk' && x.high > 0)) {
              const o = Object.values(cmi.objectives as Model).find((x) => (x as Model)?.id === c.objective) as Model;
              expect(is12 ? o.status : o.success_status, `${what}: ${c.objective}`).to.equal('failed');
              expect(o.score.raw).to.equal('0');
            }
            for (const c of setters(lms.calls)) expect(checkValue(version, c.args[0]!, c.args[1]!), `${c.args[0]} = ${c.args[1]}`).to.equal(undefined);
            run.launched.connection?.detach();
            run.player.remove();
            cleanup();
          }
        }
      }
    });

    it('(b) a new LMS attempt starts from nothing in the same browser, whatever the last attempt was; it records only itself', async function () {
      for (const id of await scenarioIds()) {
        const bundle = await loadBundle(id);
        const paths = scenarioPaths(bundle, SEED);
        for (const name of PATHS) {
          const what = `${id}, after the ${name} path`;
          const first = makeLms(version, { ...await launchDataFromPackage(version, id), [is12 ? 'cmi.core.entry' : 'cmi.entry']: 'ab-initio' }, 'moodle');
          const previous = await launch(id, first);
          await follow(previous, paths[name]!);
          if (name === 'midExit') close(previous);
          else {
            previous.launched.connection?.detach();
            previous.player.remove();
          }
          expect(localStorage.getItem(`attune:lms:${version}:${id}:${TEST_LEARNER}`), `${what}: the last attempt is backed up on this device`).to.not.equal(null);

          // The LMS starts a new attempt (Moodle's "Force new attempt"): empty data, entry ab-initio.
          const next = makeLms(version, { ...await launchDataFromPackage(version, id), [is12 ? 'cmi.core.entry' : 'cmi.entry']: 'ab-initio' }, 'moodle');
          w[apiName(version)] = next.proxy;
          const player = mountPlayer();
          player.seed = SEED;
          player.mode = 'assessment';
          const launched = await launchLms({ kind: version, scenario: id, player, scenariosBase: '/scenarios/', wait: 200 });
          runs.push({ player, launched, statuses: [] });
          expect(launched.start?.resumeCode, `${what}: nothing to resume`).to.equal(undefined);
          expect(launched.resumed, what).to.equal(false);
          expect((player as unknown as { screen: string }).screen, `${what}: the trainee is at the start`).to.equal('intro');
          expect(setters(next.calls), `${what}: nothing written to the new attempt before it begins`).to.deep.equal([]);
          // The trainee retakes it along the best path: the LMS records this attempt only.
          player.restart();
          const run = runs.at(-1)!;
          await follow(run, paths.best!);
          const report = reportOf(bundle, player.session!.replayCode());
          expectVerdictStored(version, next.api, report, what);
          const cmi = dataModel(next.api) as Model;
          expect(countOf(cmi.interactions), `${what}: only the new attempt's decisions`).to.equal(report.decisions.length);
          expect(cmi.suspend_data).to.equal(player.session!.replayCode());
          expect(player.session!.path.map((p) => p.index)).to.deep.equal(paths.best!.steps);
          run.launched.connection?.detach();
          player.remove();
          runs = [];
          cleanup();
        }
      }
    });

    it('(c) resume continues the same attempt exactly: the same transcript, and the final record of an attempt played straight through', async function () {
      for (const id of await scenarioIds()) {
        const bundle = await loadBundle(id);
        const paths = scenarioPaths(bundle, SEED);
        for (const name of ['best', 'low', 'harm'] as const) {
          const path = paths[name]!;
          const what = `${id} ${name} path, left half-way`;
          const first = makeLms(version, { [is12 ? 'cmi.core.entry' : 'cmi.entry']: 'ab-initio' }, 'moodle');
          const run1 = await launch(id, first);
          await follow(run1, path, Math.max(1, Math.floor(path.steps.length / 2)));
          const seen = transcript(run1);
          close(run1);
          const stored = storedData(first.api);
          expect(is12 ? stored['cmi.core.exit'] : stored['cmi.exit'], what).to.equal('suspend');

          const second = makeLms(version, { ...persisted(stored), [is12 ? 'cmi.core.entry' : 'cmi.entry']: 'resume' }, 'moodle');
          const run2 = await launch(id, second);
          expect(run2.launched.resumed, what).to.equal(true);
          expect(transcript(run2), `${what}: the same transcript`).to.deep.equal(seen);
          await follow(run2, path);
          expect(run2.player.session!.path.map((p) => p.index), what).to.deep.equal(path.steps);

          const straight = makeLms(version, { [is12 ? 'cmi.core.entry' : 'cmi.entry']: 'ab-initio' }, 'moodle');
          const run3 = await launch(id, straight);
          await follow(run3, path);
          const resumed = grade(version, second.api);
          const whole = grade(version, straight.api);
          const strip = (g: Record<string, string>) => ({ ...g, interactions: JSON.parse(g.interactions!, (k, v: unknown) => (/^(time|timestamp|latency)$/.test(k) ? undefined : v)) as unknown });
          expect(strip(resumed), `${what}: the record equals that of the attempt played straight through`).to.deep.equal(strip(whole));
          for (const run of runs) {
            run.launched.connection?.detach();
            run.player.remove();
          }
          runs = [];
          cleanup();
        }
      }
    });

    it('(d) review and browse never change what the LMS holds', async function () {
      for (const id of await scenarioIds()) {
        const bundle = await loadBundle(id);
        const paths = scenarioPaths(bundle, SEED);
        for (const name of PATHS) {
          const first = makeLms(version, { [is12 ? 'cmi.core.entry' : 'cmi.entry']: 'ab-initio' }, 'moodle');
          const run1 = await launch(id, first);
          await follow(run1, paths[name]!);
          if (name === 'midExit') close(run1);
          const kept = persisted(storedData(first.api));
          for (const mode of ['review', 'browse'] as const) {
            const what = `${id} after the ${name} path, then ${mode}`;
            const again = makeLms(version, { ...kept, [is12 ? 'cmi.core.lesson_mode' : 'cmi.mode']: mode, [is12 ? 'cmi.core.entry' : 'cmi.entry']: '' }, 'moodle');
            const before = grade(version, again.api);
            const run = await launch(id, again);
            expect(run.launched.start?.mode).to.equal(mode);
            if (mode === 'browse') expect(run.launched.resumed, `${what}: browse looks around from the start`).to.equal(false);
            // The trainee plays on, then plays again along the harm path.
            await follow(run, paths.best!);
            run.player.restart();
            await follow(run, paths.harm!);
            close(run);
            expect(setters(again.calls), `${what}: nothing written`).to.deep.equal([]);
            expect(grade(version, again.api), what).to.deep.equal(before);
          }
          for (const run of runs) {
            run.launched.connection?.detach();
            run.player.remove();
          }
          runs = [];
          cleanup();
        }
      }
    });

    it('(f) closing the page at any point loses no decision: left after every decision and reopened, the attempt ends as if played straight', async function () {
      for (const id of await scenarioIds()) {
        const bundle = await loadBundle(id);
        const paths = scenarioPaths(bundle, SEED);
        for (const name of ['best', 'low', 'harm'] as const) {
          const path = paths[name]!;
          let stored: Record<string, string> = {};
          let lastLms: ReturnType<typeof makeLms> | undefined;
          for (let k = 0; k <= path.steps.length; k++) {
            const what = `${id} ${name} path, closed after ${k} decision(s)`;
            const lms = makeLms(version, { ...persisted(stored), [is12 ? 'cmi.core.entry' : 'cmi.entry']: k === 0 ? 'ab-initio' : 'resume' }, 'moodle');
            const run = await launch(id, lms);
            expect(run.player.session!.path.length, what).to.equal(k === 0 ? 0 : k);
            if (k === path.steps.length) break;
            await follow(run, path, k + 1);
            close(run);
            lastLms = lms;
            stored = storedData(lms.api);
            const code = run.player.session!.replayCode();
            expect(stored['cmi.suspend_data'], `${what}: the LMS holds every decision`).to.equal(code);
            expect(countOf((dataModel(lms.api) as Model).interactions), what).to.equal(reportOf(bundle, code).decisions.length);
            runs = runs.filter((r) => r !== run);
          }
          const last = runs.at(-1)!;
          expect(last.player.session!.path.map((p) => p.index)).to.deep.equal(path.steps);
          const report = reportOf(bundle, last.player.session!.replayCode());
          expect(report.ended).to.equal(true);
          expectVerdictStored(version, lastLms!.api, report, `${id} ${name} path, closed after every decision`);
          for (const run of runs) {
            run.launched.connection?.detach();
            run.player.remove();
          }
          runs = [];
          cleanup();
        }
      }
    });
  });
}

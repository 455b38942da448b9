/**
 * SCORM 1.2 and SCORM 2004 in Chromium, with scorm-again as the LMS and the real player: play each
 * scenario to the end and check the LMS's data model (status, score, every objective, every
 * interaction and its formats), with every value the LMS received re-checked by our strict
 * validators (Moodle's rules); then resume from the LMS's stored suspend data.
 */
import { expect } from '@open-wc/testing';
import { choiceResponse2004, percent, scaled } from '../../src/lms/formats.js';
import { checkValue, type ScormVersion } from '../../src/lms/validate.js';
import { Session } from '../../src/session.js';
import { sessionOptions } from '../../src/player-contract.js';
import { buildReport } from '../../src/lms/report.js';
import { cleanup, dataModel, launchPlayer, loadBundle, makeLms, playToEnd, scenarioIds, storedData, decide, type RecordedCall, type Run } from './helpers.js';

type Model = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const setters = (calls: RecordedCall[]) => calls.filter((c) => /^(LMS)?SetValue$/.test(c.method));

function expectAllValid(version: ScormVersion, calls: RecordedCall[]) {
  const sets = setters(calls);
  expect(sets.length).to.be.greaterThan(0);
  for (const c of sets) {
    const problem = checkValue(version, c.args[0]!, c.args[1]!);
    expect(problem, `${c.args[0]} = ${c.args[1]}`).to.equal(undefined);
    expect(c.result, `the LMS accepted ${c.args[0]} = ${c.args[1]}`).to.equal('true');
  }
}

/** No Commit directly before Terminate (SCORM 2004 guidance; harmless to keep for 1.2 too). */
function expectNoCommitBeforeTerminate(calls: RecordedCall[]) {
  const names = calls.map((c) => c.method).filter((m) => !/GetLastError|GetErrorString|GetValue/.test(m));
  const at = names.findIndex((m) => m === 'Terminate' || m === 'LMSFinish');
  expect(at, 'the session was finished').to.be.greaterThan(0);
  expect(names[at - 1]).not.to.match(/Commit/);
}

const countOf = (collection: Model) => Object.keys(collection ?? {}).filter((k) => /^\d+$/.test(k)).length;
const item = (collection: Model, i: number) => collection[String(i)] as Model;

for (const version of ['scorm12', 'scorm2004'] as const) {
  const is12 = version === 'scorm12';
  const apiName = is12 ? 'API' : 'API_1484_11';

  describe(`LMS ${version} (scorm-again)`, function () {
    let run: Run | undefined;
    afterEach(() => {
      run?.launched.connection?.detach();
      cleanup(run?.player);
      run = undefined;
    });

    it('reports every scenario played to the end: status, score, an objective per criterion, an interaction per decision', async function () {
      for (const id of await scenarioIds()) {
        const lms = makeLms(version);
        (window as unknown as Record<string, unknown>)[apiName] = lms.proxy;
        const bundle = await loadBundle(id);
        run = await launchPlayer({ kind: version, scenario: id });
        expect(run.launched.reporter?.kind, id).to.equal(version);
        await playToEnd(run);
        const session = run.player.session!;
        expect(session.ended, id).to.equal(true);
        const report = buildReport(Session.fromReplayCode(bundle.story, session.replayCode(), sessionOptions(bundle)), bundle.rubric, { scenario: id });
        const score = report.score;
        const cmi = dataModel(lms.api) as Model;

        expectAllValid(version, lms.calls);
        expectNoCommitBeforeTerminate(lms.calls);
        expect(lms.calls.filter((c) => /^(LMS)?Commit$/.test(c.method)).length, 'a commit per decision').to.be.at.least(report.decisions.length);

        // Status and score
        if (is12) {
          expect(cmi.core.lesson_status, id).to.equal(score.passed ? 'passed' : 'failed');
          expect(cmi.core.score.raw).to.equal(percent(score.overall!));
          expect([cmi.core.score.min, cmi.core.score.max]).to.deep.equal(['0', '100']);
          expect(cmi.core.exit).to.equal('');
          expect(cmi.core.session_time).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
          expect(cmi.core.lesson_location).to.equal('end');
        } else {
          expect(cmi.completion_status).to.equal('completed');
          expect(cmi.success_status).to.equal(score.passed ? 'passed' : 'failed');
          expect(cmi.score.scaled).to.equal(scaled(score.overall!));
          expect(cmi.score.raw).to.equal(percent(score.overall!));
          expect(cmi.exit).to.equal('normal');
          expect(cmi.session_time).to.match(/^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
          expect(cmi.location).to.equal('end');
        }
        expect(cmi.suspend_data).to.equal(session.replayCode());

        // One objective per rubric criterion, each with its own score and status
        expect(countOf(cmi.objectives), `${id} objectives`).to.equal(bundle.rubric.criteria.length);
        bundle.rubric.criteria.forEach((criterion, i) => {
          const o = item(cmi.objectives, i);
          const expected = report.criteria.find((c) => c.id === criterion.id)!;
          expect(o.id).to.equal(expected.objective);
          if (expected.score !== null) {
            expect(o.score.raw, `${id} ${criterion.id}`).to.equal(percent(expected.score));
            if (!is12) expect(o.score.scaled).to.equal(scaled(expected.score));
          }
          if (is12) expect(o.status).to.equal(expected.kind === 'quality' && expected.decisions === 0 ? 'not attempted' : expected.status);
          else {
            expect(o.success_status).to.equal(expected.status);
            expect(o.description).to.contain(criterion.label);
          }
        });

        // One interaction per rated decision, in order, with formats the strict LMSs accept
        expect(countOf(cmi.interactions), `${id} interactions`).to.equal(report.decisions.length);
        report.decisions.forEach((d, i) => {
          const x = item(cmi.interactions, i);
          expect(x.id).to.equal(d.id);
          // 1.2: a string response a course leader can read (1.2's choice type allows single characters only).
          expect(x.type).to.equal(is12 ? 'fill-in' : 'choice');
          if (is12) {
            expect(x.student_response).to.equal(d.option);
            expect(x.result).to.equal(d.result);
            expect(x.time).to.match(/^\d{2}:\d{2}:\d{2}$/);
            expect(x.latency).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
          } else {
            expect(x.learner_response).to.equal(choiceResponse2004(d.option));
            expect(x.learner_response).to.match(/^[\w.]+$/);
            expect(x.result).to.equal(d.result === 'correct' ? 'correct' : 'incorrect');
            expect(x.timestamp).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{2}Z$/);
            expect(x.latency).to.match(/^PT/);
            expect(x.description).to.be.a('string').and.not.equal('');
            expect(x.description.length).to.be.at.most(250);
          }
          const patterns = Object.values(x.correct_responses as Model)
            .filter((p) => p && typeof p === 'object')
            .map((p) => (p as Model).pattern);
          expect(patterns).to.deep.equal(is12 ? d.best : d.best.map(choiceResponse2004));
          expect(countOf(x.objectives)).to.equal(d.criteria.length);
        });
        expect(run.launched.reporter?.finished).to.equal(true);

        run.launched.connection?.detach();
        cleanup(run.player);
        run = undefined;
      }
    });

    it('resumes from the LMS stored suspend data: same transcript, continues to a correct final report', async function () {
      const id = 'example';
      const bundle = await loadBundle(id);
      const first = makeLms(version);
      (window as unknown as Record<string, unknown>)[apiName] = first.proxy;
      run = await launchPlayer({ kind: version, scenario: id }, 11);
      await decide(run);
      const transcript = run.player.session!.beats.map((b) => (b.kind === 'line' ? b.text : b.kind));
      const code = run.player.session!.replayCode();
      // The trainee leaves mid-scenario: pagehide suspends and finishes the LMS session.
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      expect(first.calls.at(-1)?.method).to.match(/^(LMSFinish|Terminate)$/);
      const stored = storedData(first.api);
      expect(stored['cmi.suspend_data']).to.equal(code);
      expect(is12 ? stored['cmi.core.exit'] : stored['cmi.exit']).to.equal('suspend');
      expect(is12 ? stored['cmi.core.lesson_status'] : stored['cmi.completion_status']).to.equal('incomplete');
      run.launched.connection?.detach();
      cleanup(run.player);

      // Relaunch: a new LMS session holding what the first one stored, entered as a resume.
      const keep = Object.fromEntries(
        Object.entries(stored).filter(([k]) => /^cmi\.(suspend_data|objectives|interactions|core\.lesson_status|core\.score|core\.lesson_location|completion_status|success_status|score|location)/.test(k)),
      );
      const second = makeLms(version, { ...keep, [is12 ? 'cmi.core.entry' : 'cmi.entry']: 'resume' });
      (window as unknown as Record<string, unknown>)[apiName] = second.proxy;
      run = await launchPlayer({ kind: version, scenario: id }, 99);
      expect(run.launched.resumed).to.equal(true);
      expect(run.player.session!.beats.map((b) => (b.kind === 'line' ? b.text : b.kind))).to.deep.equal(transcript);
      await playToEnd(run);
      const final = run.player.session!;
      expect(final.replayCode().startsWith(code.split('.').slice(0, 3).join('.'))).to.equal(true);
      const report = buildReport(Session.fromReplayCode(bundle.story, final.replayCode(), sessionOptions(bundle)), bundle.rubric, { scenario: id });
      const cmi = dataModel(second.api) as Model;
      expectAllValid(version, second.calls);
      expect(is12 ? cmi.core.lesson_status : cmi.success_status).to.equal(report.passed ? 'passed' : 'failed');
      expect(is12 ? cmi.core.score.raw : cmi.score.raw).to.equal(percent(report.overall!));
      expect(countOf(cmi.objectives)).to.equal(bundle.rubric.criteria.length);
      // The first decision's interaction (sent in the first session) is kept; the rest follow it.
      expect(countOf(cmi.interactions)).to.equal(report.decisions.length);
      report.decisions.forEach((d, i) => expect(item(cmi.interactions, i).id).to.equal(d.id));
      const firstSent = setters(second.calls).filter((c) => /^cmi\.interactions\.0\./.test(c.args[0]!));
      expect(firstSent, 'the resumed decision is not sent again').to.deep.equal([]);
      expect(cmi.suspend_data).to.equal(final.replayCode());
    });
  });
}

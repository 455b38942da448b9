/**
 * Faults must lose nothing (issue 6): no API → standalone; an API injected late; SetValue, Commit
 * and Terminate that fail → retried, the attempt kept on this device, the trainee told calmly; a
 * value too long for the LMS → not sent, kept locally. Also the package launch page itself
 * (`lms.html`) in an iframe finding the LMS API on its parent.
 */
import { expect } from '@open-wc/testing';
import { sessionOptions } from '../../src/player-contract.js';
import { LocalBackup } from '../../src/lms/local-backup.js';
import { buildReport } from '../../src/lms/report.js';
import { MESSAGES, type LmsStatus } from '../../src/lms/reporter.js';
import { ScormConnection, ScormReporter } from '../../src/lms/scorm.js';
import { checkValue } from '../../src/lms/validate.js';
import { Session } from '../../src/session.js';
import { TEST_LEARNER, cleanup, dataModel, launchPlayer, loadBundle, makeLms, playToEnd, decide, type Run } from './helpers.js';

type Model = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const w = window as unknown as Record<string, unknown>;
const until = async (check: () => boolean, what: string, ms = 10000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('LMS faults', function () {
  let run: Run | undefined;
  afterEach(() => {
    run?.launched.connection?.detach();
    cleanup(run?.player);
    run = undefined;
  });

  it('runs standalone when there is no LMS API, and says so calmly', async function () {
    run = await launchPlayer({ kind: 'scorm12', scenario: 'example', wait: 150 });
    expect(run.launched.reporter).to.equal(undefined);
    expect(run.statuses.map((s) => s.message)).to.include(MESSAGES.standalone);
    await playToEnd(run);
    expect(run.player.session!.ended).to.equal(true);
  });

  it('finds an API that the LMS injects late', async function () {
    const lms = makeLms('scorm2004');
    setTimeout(() => (w.API_1484_11 = lms.proxy), 300);
    run = await launchPlayer({ kind: 'scorm2004', scenario: 'example', wait: 5000 });
    expect(run.launched.reporter?.kind).to.equal('scorm2004');
    await playToEnd(run);
    expect((dataModel(lms.api) as Model).completion_status).to.equal('completed');
  });

  for (const version of ['scorm12', 'scorm2004'] as const) {
    const is12 = version === 'scorm12';
    it(`${version}: failing SetValue, Commit and Terminate are retried; the attempt is kept locally meanwhile`, async function () {
      const lms = makeLms(version);
      w[is12 ? 'API' : 'API_1484_11'] = lms.proxy;
      run = await launchPlayer({ kind: version, scenario: 'example', scorm: { retryDelay: 30, maxRetryDelay: 60 } });
      const key = `attune:lms:${version}:example:${TEST_LEARNER}`;
      const backupKey = () => Object.keys(localStorage).find((k) => k === key);
      const commit = is12 ? 'LMSCommit' : 'Commit';
      const set = is12 ? 'LMSSetValue' : 'SetValue';
      lms.failures.push({ method: commit, times: 2 }, { method: set, element: 'cmi.suspend_data', times: 1 });
      await decide(run);
      const code = run.player.session!.replayCode();
      const warning = run.statuses.find((s) => s.level === 'warning');
      expect(warning?.message).to.equal(MESSAGES.retrying);
      expect(warning?.detail).to.match(/failed/);
      // Kept on this device, not yet confirmed by the LMS.
      const backup = JSON.parse(localStorage.getItem(backupKey()!)!) as { code: string; synced: boolean };
      expect(backup).to.include({ code, synced: false });
      // Retries go through; the trainee is told results are being saved again.
      await until(() => run!.statuses.at(-1)?.level === 'ok', 'recovery');
      expect(run.statuses.at(-1)!.message).to.equal(MESSAGES.recovered);
      expect(storedSuspend(lms.api, is12)).to.equal(code);
      expect((JSON.parse(localStorage.getItem(backupKey()!)!) as { synced: boolean }).synced).to.equal(true);

      // Terminate fails at the end: retried until the LMS accepts it.
      lms.failures.push({ method: is12 ? 'LMSFinish' : 'Terminate', times: 2 });
      await playToEnd(run);
      await until(() => run!.launched.reporter!.finished, 'finish');
      const cmi = dataModel(lms.api) as Model;
      expect(is12 ? cmi.core.lesson_status : cmi.completion_status).to.match(/passed|failed|completed/);
      expect(cmi.suspend_data).to.equal(run.player.session!.replayCode());
      for (const c of lms.calls.filter((x) => x.method === set && x.result === 'true')) expect(checkValue(version, c.args[0]!, c.args[1]!)).to.equal(undefined);
    });
  }

  it('never sends a value the LMS would reject: an over-long suspend data stays on this device', async function () {
    const lms = makeLms('scorm12');
    const rejected: string[] = [];
    const statuses: LmsStatus[] = [];
    const reporter = new ScormReporter(new ScormConnection('scorm12', lms.proxy as never), { scenario: 'example', onRejected: (e) => rejected.push(e) });
    reporter.onStatus((s) => statuses.push(s));
    await reporter.start();
    reporter.beginPlaythrough(0);
    const bundle = await loadBundle('example');
    const session = new Session(bundle.story, { ...sessionOptions(bundle), seed: 3 });
    session.choose(0);
    const report = { ...buildReport(session, bundle.rubric, { scenario: 'example' }), suspendData: `1.${'x'.repeat(5000)}` };
    await reporter.record(report);
    expect(rejected).to.deep.equal(['cmi.suspend_data']);
    expect(lms.calls.some((c) => c.method === 'LMSSetValue' && c.args[0] === 'cmi.suspend_data')).to.equal(false);
    expect(statuses.map((s) => s.message)).to.include(MESSAGES.tooLong);
    const cmi = dataModel(lms.api) as Model;
    expect(cmi.core.lesson_status).to.equal('incomplete');
    expect(cmi.interactions['0'].id).to.equal(report.decisions[0]!.id);
    expect(new LocalBackup('scorm12', 'example', TEST_LEARNER).read()?.code).to.equal(report.suspendData);
    reporter.suspend();
  });

  it('leaving while the LMS refuses the resume data: the trainee is told, and the next launch resumes from this device', async function () {
    const first = makeLms('scorm2004');
    first.failures.push({ method: 'SetValue', element: 'cmi.suspend_data', times: 1000 }, { method: 'Terminate', times: 1000 });
    w.API_1484_11 = first.proxy;
    run = await launchPlayer({ kind: 'scorm2004', scenario: 'example', scorm: { retryDelay: 60000 } }, 21);
    await decide(run);
    const transcript = run.player.session!.beats.map((b) => (b.kind === 'line' ? b.text : b.kind));
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(run.statuses.at(-1)?.message).to.equal(MESSAGES.notSent);
    expect((dataModel(first.api) as Model).suspend_data).to.equal('');
    run.launched.connection?.detach();
    run.player.remove();

    const second = makeLms('scorm2004');
    w.API_1484_11 = second.proxy;
    run = await launchPlayer({ kind: 'scorm2004', scenario: 'example' }, 22);
    expect(run.launched.resumed).to.equal(true);
    expect(run.player.session!.beats.map((b) => (b.kind === 'line' ? b.text : b.kind))).to.deep.equal(transcript);
    await playToEnd(run);
    expect((dataModel(second.api) as Model).suspend_data).to.equal(run.player.session!.replayCode());
  });

  it('the package launch page (lms.html in an iframe) finds the API on its parent and reports', async function () {
    const lms = makeLms('scorm12');
    w.API = lms.proxy;
    const frame = document.createElement('iframe');
    frame.src = '/lms.html?scenario=example&lms=scorm12&mode=assessment';
    document.body.append(frame);
    try {
      await until(() => Boolean((frame.contentWindow as unknown as { customElements?: CustomElementRegistry })?.customElements?.get('attune-player')), 'the player', 20000);
      const doc = frame.contentDocument!;
      type P = HTMLElement & { screen: string; ready: boolean; restart(): void; choose(i: number): void; session?: Session };
      const player = doc.querySelector('attune-player') as P;
      await until(() => player.ready, 'the intro screen, the story built', 20000);
      await until(() => lms.calls.some((c) => c.method === 'LMSInitialize'), 'LMSInitialize');
      player.restart();
      while (player.session?.currentChoices) {
        player.choose(0);
        await new Promise((r) => setTimeout(r, 20));
      }
      await until(() => lms.calls.some((c) => c.method === 'LMSFinish'), 'LMSFinish');
      const cmi = dataModel(lms.api) as Model;
      expect(cmi.core.lesson_status).to.match(/^(passed|failed)$/);
      expect(cmi.suspend_data).to.equal(player.session!.replayCode());
      expect(Object.keys(cmi.interactions).filter((k) => /^\d+$/.test(k)).length).to.equal(player.session!.facedDecisions().length);
    } finally {
      frame.remove();
    }
  });
});

function storedSuspend(api: unknown, _is12: boolean): string {
  return (dataModel(api as never) as Model).suspend_data as string;
}

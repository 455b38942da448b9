/**
 * The built packages themselves (the bytes `npm run package` zips), unpacked under a deep path as
 * an LMS would, launched in an iframe: SCORM 1.2 and 2004 against scorm-again in the parent
 * window, cmi5 against the in-memory LRS with its launch parameters appended to the URL.
 */
import { expect } from '@open-wc/testing';
import { checkValue } from '../../src/lms/validate.js';
import type { Session } from '../../src/session.js';
import { cleanup, dataModel, makeLms } from './helpers.js';

type Model = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Player = HTMLElement & { screen: string; ready: boolean; restart(): void; choose(i: number): void; session?: Session };

const until = async (check: () => boolean | Promise<boolean>, what: string, ms = 60000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 30));
  }
};

async function playPackage(url: string): Promise<{ frame: HTMLIFrameElement; player: Player }> {
  const frame = document.createElement('iframe');
  frame.src = url;
  document.body.append(frame);
  await until(() => Boolean(frame.contentDocument?.querySelector('attune-player') && (frame.contentWindow as unknown as { customElements: CustomElementRegistry }).customElements.get('attune-player')), 'the packaged player');
  const player = frame.contentDocument!.querySelector('attune-player') as Player;
  await until(() => player.ready || (player.screen !== 'idle' && player.screen !== 'loading' && player.screen !== 'intro'), 'the player to load its scenario');
  const status = frame.contentDocument!.getElementById('attune-lms-status')?.textContent ?? '';
  expect(player.screen, `the packaged player's first screen (LMS status: “${status}”)`).to.equal('intro');
  return { frame, player };
}

async function finish(player: Player) {
  player.restart();
  while (player.session?.currentChoices) {
    player.choose(player.session.currentChoices.step % player.session.currentChoices.options.length);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the built packages, unpacked under a deep path', function () {
  let frame: HTMLIFrameElement | undefined;
  // The first request builds the player (a vite build): minutes on a busy machine. Wait for it here,
  // so that the waits below time the player, not the build.
  before(async function () {
    this.timeout(5 * 60 * 1000);
    const response = await fetch('/__pkg/scorm12/unpacked/deep/lms.html');
    expect(response.status, 'the built package').to.equal(200);
  });
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    cleanup();
  });

  for (const version of ['scorm12', 'scorm2004'] as const) {
    it(`${version}: the package's lms.html finds the LMS, plays and reports`, async function () {
      const lms = makeLms(version);
      (window as unknown as Record<string, unknown>)[version === 'scorm12' ? 'API' : 'API_1484_11'] = lms.proxy;
      const launched = await playPackage(`/__pkg/${version}/unpacked/deep/lms.html`);
      frame = launched.frame;
      await until(() => lms.calls.some((c) => /Initialize$/.test(c.method)), 'Initialize');
      await finish(launched.player);
      await until(() => lms.calls.some((c) => c.method === 'LMSFinish' || c.method === 'Terminate'), 'the finish');
      const cmi = dataModel(lms.api) as Model;
      expect(version === 'scorm12' ? cmi.core.lesson_status : cmi.success_status).to.match(/^(passed|failed)$/);
      expect(cmi.suspend_data).to.equal(launched.player.session!.replayCode());
      expect(Object.keys(cmi.interactions).filter((k) => /^\d+$/.test(k)).length).to.equal(launched.player.session!.facedDecisions().length);
      for (const c of lms.calls.filter((x) => /SetValue$/.test(x.method))) expect(checkValue(version, c.args[0]!, c.args[1]!), c.args.join(' = ')).to.equal(undefined);
      expect((launched.player as unknown as { mode: string }).mode).to.equal('assessment');
    });
  }

  it('cmi5: the package launches from the LMS URL, its statements reach the LRS in order, and "Return to your course" ends the session and goes to the returnURL', async function () {
    const lrs = ((await (await fetch('/__attune/lrs.json')).json()) as { url: string }).url;
    const returnURL = `${location.origin}/__attune/lrs.json?returned=1`;
    const launch = (await (await fetch(`${lrs}/admin/launch`, { method: 'POST', body: JSON.stringify({ returnURL }) })).json()) as { search: string; registration: string };
    const launched = await playPackage(`/__pkg/cmi5/unpacked/deep/lms.html${launch.search}`);
    frame = launched.frame;
    await finish(launched.player);
    const statements = async () => (await (await fetch(`${lrs}/admin/statements?registration=${launch.registration}`)).json()) as { statement: Model }[];
    const verbsNow = async () => (await statements()).map((r) => String(r.statement.verb.id).split('/').pop() ?? '');
    await until(async () => (await verbsNow()).includes('completed'), 'completed');
    const leave = frame.contentDocument!.querySelector<HTMLButtonElement>('#attune-lms-leave button')!;
    expect(leave.closest('p')!.hidden).to.equal(false);
    leave.click();
    await until(() => frame!.contentWindow?.location.search === '?returned=1', 'the page to go to the returnURL');
    const verbs = await verbsNow();
    expect(verbs[0]).to.equal('initialized');
    expect(verbs.at(-1)).to.equal('terminated');
    expect(verbs.filter((v) => v === 'answered').length).to.equal(launched.player.session!.facedDecisions().length);
    expect(verbs.slice(-3, -1).sort()).to.satisfy((pair: string[]) => pair[0] === 'completed' && /^(passed|failed)$/.test(pair[1]!));
    expect(await (await fetch(`${lrs}/admin/rejected?registration=${launch.registration}`)).json()).to.deep.equal([]);
  });
});

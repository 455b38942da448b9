/**
 * End to end, by keyboard only: the library app from the list of scenarios to the debrief, in
 * practice and in assessment mode, with axe-core run on every screen (library, content note, a
 * decision, practice feedback, the pause screen, the debrief) in light and dark. Then every page as
 * served (library app, embed page, LMS launch page, branch map, review and agreement pages), whole
 * page under axe (landmarks and regions included) and every focusable element checked for a
 * visible focus ring, light and dark, at 1280 and 320 px.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { AttemptStore, MemoryStorage } from '../../src/attempts.js';
import { ReflectionAnswersStore } from '../../src/reflection-answers.js';
import '../../components/attune-app/attune-app.js';
import type { AttuneApp } from '../../components/attune-app/attune-app.js';
import type { AttunePlayer } from '../../components/attune-player/attune-player.js';
import { animationsDone, deepActiveElement, deepQuery, deepQueryAll, deepText, focusedText, settle, tabTo, tick, waitFor } from '../helpers/dom.js';
import { reflectionFromYaml } from '../helpers/scenarios.js';

const isButton = (text: string) => (el: Element) => el.tagName === 'BUTTON' && (el.textContent ?? '').replace(/\s+/g, ' ').includes(text);
const isOption = (text: string) => (el: Element) => el.classList.contains('option') && (el.textContent ?? '').includes(text);

async function axe(el: Element, screen: string) {
  await animationsDone();
  try {
    await expect(el).to.be.accessible();
  } catch (error) {
    throw new Error(`axe on ${screen}: ${(error as Error).message}`);
  }
}

async function press(key: string) {
  await sendKeys({ press: key });
  await settle(4);
}

async function openApp(): Promise<{ app: AttuneApp; store: AttemptStore }> {
  history.replaceState(null, '', location.pathname + location.search);
  localStorage.removeItem('attune:settings');
  const store = new AttemptStore(new MemoryStorage());
  const app = await fixture<AttuneApp>(
    html`<attune-app .store=${store} .reflection=${await reflectionFromYaml()} .answersStore=${new ReflectionAnswersStore(new MemoryStorage())}></attune-app>`,
  );
  await waitFor(() => deepQuery(app, 'button[data-mode="practice"][aria-describedby="title-example"]'), 'the library');
  await settle();
  return { app, store };
}

const player = (app: Element) => deepQuery<AttunePlayer>(app, 'attune-player')!;

/** From the focused library, open the example in `mode` and begin, all by keyboard. */
async function openExample(app: AttuneApp, mode: 'practice' | 'assessment') {
  await tabTo((el) => el.matches(`button[data-mode="${mode}"][aria-describedby="title-example"]`), `the ${mode} button of the example`);
  await press('Enter');
  await waitFor(() => player(app)?.ready, 'the content note, the story built');
  await settle();
  expect(focusedText()).to.equal('Before you begin');
}

describe('end to end by keyboard only', () => {
  afterEach(async () => {
    history.replaceState(null, '', location.pathname + location.search);
    localStorage.removeItem('attune:settings');
    await emulateMedia({ colorScheme: 'light' });
  });

  it('practice mode: library → content note → decisions with feedback and a rewind → pause → debrief', async () => {
    const { app, store } = await openApp();
    await axe(app, 'the library');
    await openExample(app, 'practice');
    expect(location.hash).to.equal('#play/example/practice');
    await axe(app, 'the content note');

    await tabTo(isButton('begin'), 'Begin');
    await press('Enter');
    expect(player(app).screen).to.equal('playing');
    expect(focusedText()).to.contain('What do you say?');
    await axe(app, 'a decision');

    // Decision 1: the challenge, then read the feedback and rewind to try again.
    await tabTo(isOption("Why didn't you mention this"), 'the third option');
    await press('Enter');
    expect(focusedText()).to.equal('About your response');
    expect(deepText(deepQuery(app, 'attune-feedback')!)).to.contain('A stronger response was available');
    await axe(app, 'practice feedback');
    await tabTo(isButton('Rewind to this decision'), 'Rewind');
    await press('Enter');
    expect(player(app).session!.path).to.have.length(0);
    expect(focusedText()).to.contain('What do you say?');

    // Step out and come back without penalty.
    await tabTo(isButton('Pause / step out'), 'Pause / step out');
    await press('Enter');
    expect(deepQuery<HTMLDialogElement>(app, 'dialog')!.open).to.equal(true);
    expect(focusedText()).to.equal('Return to the scenario');
    await axe(app, 'the pause screen');
    await press('Enter');
    expect(deepQuery<HTMLDialogElement>(app, 'dialog')!.open).to.equal(false);
    expect(focusedText()).to.equal('Pause / step out');

    // Decision 1 again, the best option this time.
    await tabTo(isOption('You said that quickly'), 'the first option');
    await press('Enter');
    expect(deepText(deepQuery(app, 'attune-feedback')!)).to.contain('The strongest response available here.');
    await tabTo(isButton('Continue'), 'Continue');
    await press('Enter');

    // Decision 2, then on to the end.
    await tabTo(isOption('We do need to stop on time'), 'holding the time warmly');
    await press('Enter');
    await tabTo(isButton('Continue to the end'), 'Continue to the end');
    await press('Enter');
    expect(focusedText()).to.equal('See your debrief');
    await press('Enter');

    await waitFor(() => player(app).screen === 'debrief', 'the debrief (a chunk of its own)');
    await settle();
    expect(focusedText()).to.contain('Debrief: Example');
    const text = deepText(app);
    expect(text).to.contain('Passed');
    expect(text).to.contain('Decision by decision');
    await axe(app, 'the debrief');
    const record = store.list('example')[0]!;
    expect(record).to.include({ status: 'complete', mode: 'practice', rewinds: 1 });

    // Back to the library: the card now shows the result.
    await tabTo(isButton('Back to the library'), 'Back to the library');
    await press('Enter');
    await waitFor(() => deepQuery(app, 'attune-library'), 'the library again');
    await settle();
    expect(location.hash).to.equal('');
    expect(deepText(deepQuery(app, 'attune-library')!)).to.contain('Best result 100% (passed)');
  });

  it('assessment mode with confidence: no feedback until the debrief, then calibration; axe in dark mode too', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { app, store } = await openApp();
    // Turn on the confidence rating, by keyboard.
    await tabTo((el) => el.matches('input[type="checkbox"]') && !(el as HTMLInputElement).checked, 'the confidence setting');
    await press('Space');
    await axe(app, 'the library (dark)');
    await openExample(app, 'assessment');
    await tabTo(isButton('begin'), 'Begin');
    await press('Enter');
    await axe(app, 'a decision (dark)');

    // Rate confidence with the arrow keys, then choose.
    await tabTo((el) => el.matches('input[type="radio"]'), 'the confidence rating');
    await press('ArrowRight');
    await press('ArrowRight');
    await press('ArrowRight'); // 75%
    await tabTo(isOption('Slide the box of tissues'), 'the second option');
    await press('Enter');
    expect(deepQuery(app, 'attune-feedback')).to.equal(undefined);
    expect(focusedText()).to.contain('What do you say?');
    await tabTo(isOption('Rules are rules'), 'the rule');
    await press('Enter');
    expect(focusedText()).to.equal('See your debrief');
    await press('Enter');

    await waitFor(() => player(app).screen === 'debrief', 'the debrief (a chunk of its own)');
    await settle();
    const text = deepText(app);
    expect(text).to.contain('Not passed');
    expect(text).to.contain('Confidence and calibration');
    expect(text).not.to.contain('Try decision');
    await axe(app, 'the debrief (dark)');
    expect(store.list('example')[0]!).to.include({ status: 'complete', mode: 'assessment' });
    expect(player(app).session!.path).to.deep.equal([{ index: 1, confidence: 0.75 }, { index: 1 }]);
    expect(deepActiveElement()).to.exist;
  });

  it('the self-reflection, by keyboard: answer, save, and see pulls to notice in the debrief', async () => {
    const { app } = await openApp();
    await tabTo(isButton('Open the self-reflection'), 'the self-reflection');
    await press('Enter');
    expect(location.hash).to.equal('#reflection');
    expect(focusedText()).to.equal((await reflectionFromYaml()).title);
    await axe(app, 'the self-reflection');
    // Answer the first three items ("Quite like me"), by arrow keys within each group.
    for (let i = 0; i < 3; i++) {
      await press('Tab');
      for (let k = 0; k < 3; k++) await press('ArrowRight');
    }
    await tabTo(isButton('Save my answers'), 'Save');
    await press('Enter');
    expect(deepText(app)).to.contain('What stood out');
    await tabTo(isButton('Back to the library'), 'Back');
    await press('Enter');
    await waitFor(() => deepQuery(app, 'attune-library'), 'the library');
    await settle();
    expect(deepText(app)).to.contain('Review my self-reflection');

    await openExample(app, 'assessment');
    await tabTo(isButton('begin'), 'Begin');
    await press('Enter');
    await tabTo(isOption('You said that quickly'), 'the first option');
    await press('Enter');
    await tabTo(isOption('We do need to stop on time'), 'holding the time');
    await press('Enter');
    await press('Enter'); // "See your debrief" has focus
    await waitFor(() => player(app).screen === 'debrief', 'the debrief (a chunk of its own)');
    await settle();
    expect(deepText(app)).to.contain('Pulls to notice with Sam');
    await axe(app, 'the debrief with pulls to notice');
  });
});

// ── every page as it is served, not only its elements ───────────────────────────────────────────

type FramedWindow = Window & { axe?: { run(context: Document, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } };

/** A page of the app in an iframe `width` px wide (its own viewport), once `ready` says it is. */
async function openPage(url: string, width: number, ready: (doc: Document) => unknown): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = url;
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  document.body.append(frame);
  await waitFor(() => frame.contentDocument?.readyState === 'complete' && ready(frame.contentDocument), `${url} at ${width} px`);
  await settle(5);
  return frame;
}

/** The frame's element found through shadow roots (the frame's elements are not this window's Elements). */
const inFrame = <E extends Element>(frame: HTMLIFrameElement, selector: string) => deepQuery<E>(frame.contentDocument!, selector);

/** axe-core on the whole page (so landmark and region rules apply), loaded into the frame. */
async function axePage(frame: HTMLIFrameElement, screen: string) {
  const win = frame.contentWindow as FramedWindow;
  if (!win.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    frame.contentDocument!.head.append(script);
    await loaded;
  }
  await animationsDone();
  await tick(300); // fade-ins (animationsDone looks in this document only)
  const { violations } = await win.axe!.run(frame.contentDocument!, { resultTypes: ['violations'] });
  const found = violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  expect(found, `axe on ${screen}`).to.deep.equal([]);
}

/** Every element that can take focus (shadow roots included) shows a ring of at least 2 px when focused. */
function focusRingProblems(frame: HTMLIFrameElement): string[] {
  const doc = frame.contentDocument!;
  const focusable = deepQueryAll<HTMLElement>(doc, 'button, a[href], input, select, textarea, summary, [tabindex]').filter(
    (el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && el.closest('[inert]') === null,
  );
  const problems: string[] = [];
  for (const el of focusable) {
    el.focus({ preventScroll: true });
    // A visually hidden input (the library's file picker) draws its ring on the label beside it.
    const drawn = el.getBoundingClientRect().width <= 1 && el.nextElementSibling ? el.nextElementSibling : el;
    const style = frame.contentWindow!.getComputedStyle(drawn);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    if (!ring) problems.push(`${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40)}”`);
    el.blur();
  }
  return problems;
}

async function checkScreen(frame: HTMLIFrameElement, screen: string) {
  await axePage(frame, screen);
  expect(focusRingProblems(frame), `elements without a visible focus ring on ${screen}`).to.deep.equal([]);
}

const framePlayer = (frame: HTMLIFrameElement) => inFrame<AttunePlayer>(frame, 'attune-player');

describe('every page and screen: landmarks, named regions, visible focus, axe (light and dark, 1280 and 320 px)', () => {
  const variants = [
    { scheme: 'light', width: 1280 },
    { scheme: 'dark', width: 320 },
    { scheme: 'dark', width: 1280 },
    { scheme: 'light', width: 320 },
  ] as const;

  afterEach(async () => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    for (const key of Object.keys(localStorage)) if (key.startsWith('attune:')) localStorage.removeItem(key);
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const { scheme, width } of variants) {
    const at = `${scheme}, ${width} px`;

    it(`the library app (index.html): library, self-reflection, every player screen — ${at}`, async function () {
      this.timeout(180000);
      await emulateMedia({ colorScheme: scheme });
      const frame = await openPage('/index.html?seed=7', width, (doc) => deepQuery(doc, 'button[data-mode]'));
      expect(frame.contentWindow!.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(scheme === 'dark');
      await checkScreen(frame, `the library (${at})`);

      frame.contentWindow!.location.hash = '#reflection';
      await waitFor(() => inFrame(frame, 'attune-reflection'), 'the self-reflection');
      await checkScreen(frame, `the self-reflection (${at})`);

      frame.contentWindow!.location.hash = '#play/example/practice';
      await waitFor(() => framePlayer(frame)?.ready, 'the content note');
      await checkScreen(frame, `the content note (${at})`);
      // The title is shown whole, not cut short with an ellipsis.
      const title = framePlayer(frame)!.shadowRoot!.querySelector('header h1')!;
      expect(title.textContent).to.contain('Example');
      expect(title.scrollWidth, `the title's width at ${at}`).to.be.at.most(title.clientWidth);
      const el = framePlayer(frame)!;
      el.restart();
      await settle(5);
      await checkScreen(frame, `a decision (${at})`);
      el.choose(2);
      await settle(5);
      await checkScreen(frame, `practice feedback (${at})`);
      el.pause();
      await settle(5);
      await axePage(frame, `the pause screen (${at})`);
      el.shadowRoot!.querySelector('attune-pause')!.shadowRoot!.querySelector('dialog')!.close();
      el.rewindTo(0);
      el.choose(0);
      el.choose(0);
      await settle(5);
      await checkScreen(frame, `the ending (${at})`);
      await el.showDebrief();
      await settle(5);
      await checkScreen(frame, `the debrief (${at})`);
    });

    it(`the embed page (player.html), its error screen, and the LMS launch page (lms.html) — ${at}`, async function () {
      this.timeout(180000);
      await emulateMedia({ colorScheme: scheme });
      const frame = await openPage('/player.html?scenario=example&storage=none&mode=assessment', width, (doc) => deepQuery<AttunePlayer>(doc, 'attune-player')?.ready);
      await checkScreen(frame, `player.html: the content note (${at})`);
      framePlayer(frame)!.restart();
      await settle(5);
      await checkScreen(frame, `player.html: a decision (${at})`);
      frame.remove();

      const missing = await openPage('/player.html?scenario=no-such-scenario&storage=none', width, (doc) => deepQuery<AttunePlayer>(doc, 'attune-player')?.screen === 'error');
      await checkScreen(missing, `player.html: a scenario that cannot be opened (${at})`);
      missing.remove();

      const lms = await openPage('/lms.html?scenario=example&storage=none', width, (doc) => deepQuery<AttunePlayer>(doc, 'attune-player')?.ready);
      await checkScreen(lms, `lms.html without an LMS (${at})`);
    });

    it(`the authors' and panel's pages (map.html, review.html, agreement.html) — ${at}`, async function () {
      this.timeout(180000);
      await emulateMedia({ colorScheme: scheme });
      const map = await openPage('/map.html?scenario=example', width, (doc) => deepQuery(doc, 'attune-branch-map')?.shadowRoot?.querySelector('svg'));
      await checkScreen(map, `map.html (${at})`);
      map.remove();
      const review = await openPage('/review.html?scenario=example', width, (doc) => deepQuery(doc, 'attune-review')?.shadowRoot?.querySelector('h1'));
      await checkScreen(review, `review.html (${at})`);
      review.remove();
      const agreement = await openPage('/agreement.html?scenario=example', width, (doc) => deepQuery(doc, 'attune-agreement')?.shadowRoot?.querySelector('h1, h2'));
      await checkScreen(agreement, `agreement.html (${at})`);
    });
  }
});

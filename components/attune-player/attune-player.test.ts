import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AttemptStore, MemoryStorage } from '../../src/attempts.js';
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import { animationsDone, deepActiveElement, deepQuery, deepQueryAll, deepText, settle, waitFor } from '../../test/helpers/dom.js';
import { bundleWithInk, exampleBundle } from '../../test/helpers/scenarios.js';
import type { AttuneChoiceDetail, AttuneCompleteDetail, AttuneErrorDetail, AttuneStartDetail } from '../../src/player-contract.js';
import './attune-player.js';
import type { AttunePlayer } from './attune-player.js';

const memory = () => new AttemptStore(new MemoryStorage());

async function mount(template: ReturnType<typeof html>) {
  const el = await fixture<AttunePlayer>(template);
  // Ready: the story is built (the content note shows before, while it is built).
  await waitFor(() => el.ready || el.screen === 'error', 'the scenario to load');
  await settle();
  return el;
}

const button = (el: Element, text: string) =>
  deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').includes(text));

async function press(el: Element, text: string) {
  const b = button(el, text);
  if (!b) throw new Error(`no button "${text}" in: ${deepText(el).slice(0, 400)}`);
  b.click();
  await settle();
}

const options = (el: Element) => deepQueryAll<HTMLButtonElement>(el, 'button.option');

describe('<attune-player>', () => {
  let bundle: ScenarioBundle;
  before(async () => {
    bundle = await exampleBundle();
  });

  it('loads a scenario by id (relative URL) and shows the content note with an informed begin', async () => {
    const ready = new Promise<CustomEvent>((resolve) => document.addEventListener('attune-ready', (e) => resolve(e as CustomEvent), { once: true }));
    const el = await mount(html`<attune-player scenario="example" .store=${memory()}></attune-player>`);
    expect((await ready).detail).to.include({ scenario: 'example', title: bundle.scenario.title });
    const text = deepText(el);
    expect(text).to.contain('Content note');
    expect(text).to.contain(bundle.scenario.contentNotes[0]!);
    expect(text).to.contain(bundle.scenario.objectives[0]!);
    expect(button(el, 'begin')).to.exist;
    expect(button(el, 'Pause / step out')).to.exist;
    await animationsDone();
    await expect(el).to.be.accessible();
  });

  it('starts, shows the transcript and choices as buttons, and reports each decision', async () => {
    const store = memory();
    const el = await mount(html`<attune-player .bundle=${bundle} .store=${store} seed="7"></attune-player>`);
    const started = oneEvent(el, 'attune-start');
    await press(el, 'begin');
    const start = (await started) as CustomEvent<AttuneStartDetail>;
    expect(start.detail).to.include({ scenario: 'example', mode: 'practice', resumed: false });
    expect(el.screen).to.equal('playing');
    expect(options(el).map((b) => b.textContent)).to.have.length(3);
    expect(deepText(el)).to.contain('my gran died');
    await animationsDone();
    await expect(el).to.be.accessible();

    const chose = oneEvent(el, 'attune-choice');
    options(el)[0]!.click();
    const choice = (await chose) as CustomEvent<AttuneChoiceDetail>;
    expect(choice.detail).to.include({ step: 0, decision: 'late-disclosure', option: 'notice', optionIndex: 0, best: true, value: 1 });
    expect(choice.detail.replayCode).to.equal(el.session!.replayCode());
    // Saved after the decision.
    expect(store.get(el.attempt!.id)!.replayCode).to.equal(el.session!.replayCode());
    expect(store.get(el.attempt!.id)!.decisions).to.equal(1);
  });

  it('practice mode: feedback after each choice, then continue; rewind goes back to the decision', async () => {
    const el = await mount(html`<attune-player .bundle=${bundle} .store=${memory()}></attune-player>`);
    await press(el, 'begin');
    options(el)[2]!.click(); // the challenge: elevated risk
    await settle();
    const feedback = deepQuery(el, 'attune-feedback')!;
    expect(feedback).to.exist;
    expect(options(el)).to.have.length(0); // next choices wait for "Continue"
    const text = deepText(feedback);
    expect(text).to.contain('A stronger response was available');
    expect(text).to.contain('telling-off');
    expect(text).to.contain('Shame and withdrawal');
    expect(text).to.contain('Openness fell from 2 to 1');
    expect(text).to.contain('Why this moment matters');
    await animationsDone();
    await expect(el).to.be.accessible();
    // Focus moved to the feedback heading.
    expect(deepActiveElement()?.textContent).to.contain('About your response');

    const rewound = oneEvent(el, 'attune-rewind');
    await press(el, 'Rewind to this decision');
    expect(((await rewound) as CustomEvent).detail.step).to.equal(0);
    expect(el.session!.path).to.have.length(0);
    expect(options(el)).to.have.length(3);
    expect(el.attempt!.rewinds).to.equal(1);

    options(el)[0]!.click();
    await settle();
    await press(el, 'Continue');
    expect(options(el).map((o) => o.textContent)).to.have.length(3); // "extend" is offered after noticing
  });

  it('assessment mode: no feedback, no rewind; completes with a score and shows the debrief', async () => {
    const store = memory();
    const el = await mount(html`<attune-player .bundle=${bundle} .store=${store} mode="assessment"></attune-player>`);
    // The briefing gives no answers away: the situation and the content note, not the summary or objectives…
    const briefing = deepText(el);
    expect(briefing).to.contain(bundle.scenario.setting!);
    expect(briefing).to.contain(bundle.scenario.contentNotes[0]!);
    for (const objective of bundle.scenario.objectives) expect(briefing).not.to.contain(objective);
    await press(el, 'begin');
    options(el)[0]!.click();
    await settle();
    expect(deepQuery(el, 'attune-feedback')).to.equal(undefined);
    const completed = oneEvent(el, 'attune-complete');
    options(el)[0]!.click();
    const done = (await completed) as CustomEvent<AttuneCompleteDetail>;
    expect(done.detail).to.include({ scenario: 'example', mode: 'assessment', passed: true, overall: 1, ending: 'held' });
    await settle();
    expect(button(el, 'Rewind')).to.equal(undefined);
    expect(store.get(el.attempt!.id)).to.include({ status: 'complete' });
    await press(el, 'See your debrief');
    await waitFor(() => el.screen === 'debrief', 'the debrief (a chunk of its own)');
    expect(deepText(el)).to.contain('Passed');
    // …which the debrief then shows.
    for (const objective of bundle.scenario.objectives) expect(deepText(el)).to.contain(objective);
    expect(button(el, 'Try decision 1 again')).to.equal(undefined);
    await animationsDone();
    await expect(el).to.be.accessible();
  });

  it('feedback="end" in practice mode holds feedback until the debrief, which offers rewinding', async () => {
    const el = await mount(html`<attune-player .bundle=${bundle} .store=${memory()} feedback="end"></attune-player>`);
    await press(el, 'begin');
    options(el)[1]!.click();
    await settle();
    expect(deepQuery(el, 'attune-feedback')).to.equal(undefined);
    options(el)[1]!.click();
    await settle();
    await press(el, 'See your debrief');
    await waitFor(() => el.screen === 'debrief', 'the debrief (a chunk of its own)');
    await settle();
    await press(el, 'Try decision 2 again');
    expect(el.screen).to.equal('playing');
    expect(el.session!.path).to.have.length(1);
  });

  it('"Try decision N again" after the end starts a new practice attempt from there; the finished one is never changed', async () => {
    const store = memory();
    const el = await mount(html`<attune-player .bundle=${bundle} .store=${store} feedback="end"></attune-player>`);
    await press(el, 'begin');
    options(el)[0]!.click();
    await settle();
    options(el)[0]!.click();
    await settle();
    const finished = structuredClone(store.get(el.attempt!.id)!);
    expect(finished).to.include({ status: 'complete' });
    expect(finished.result).to.exist;
    await press(el, 'See your debrief');
    await waitFor(() => el.screen === 'debrief', 'the debrief (a chunk of its own)');
    await settle();

    const rewound = oneEvent(el, 'attune-rewind');
    await press(el, 'Try decision 2 again');
    const detail = ((await rewound) as CustomEvent).detail;
    expect(detail.from).to.deep.equal({ attemptId: finished.id, step: 1 });
    expect(el.screen).to.equal('playing');
    expect(el.session!.path).to.have.length(1);
    // The finished attempt is exactly as it was; a new one carries on from decision 2, linked to it.
    expect(store.get(finished.id)).to.deep.equal(finished);
    const again = el.attempt!;
    expect(again.id).not.to.equal(finished.id);
    expect(again).to.include({ status: 'in-progress', mode: 'practice', decisions: 1 });
    expect(again.from).to.deep.equal({ attemptId: finished.id, step: 1 });
    expect(detail.attemptId).to.equal(again.id);

    // Leaving and coming back: the finished result is still the best, the new attempt resumable.
    el.remove();
    const back = await mount(html`<attune-player .bundle=${bundle} .store=${store}></attune-player>`);
    expect(store.summary('example').best!.id).to.equal(finished.id);
    expect(deepText(back)).to.contain('unfinished practice attempt');
    await press(back, 'Resume where I left off');
    expect(back.attempt!.id).to.equal(again.id);
    options(back)[1]!.click();
    await settle();
    expect(store.list('example').map((r) => [r.status, r.from?.attemptId])).to.deep.equal([
      ['complete', undefined],
      ['complete', finished.id],
    ]);
    expect(store.get(finished.id)).to.deep.equal(finished);
  });

  it('asks for confidence when configured and records it with the choice', async () => {
    const el = await mount(html`<attune-player .bundle=${bundle} .store=${memory()} confidence mode="assessment"></attune-player>`);
    await press(el, 'begin');
    const radios = deepQueryAll<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radios).to.have.length(5);
    radios[3]!.click();
    const chose = oneEvent(el, 'attune-choice');
    options(el)[0]!.click();
    expect(((await chose) as CustomEvent<AttuneChoiceDetail>).detail.confidence).to.equal(0.75);
    await settle();
    // Not asked again with the last answer pre-filled.
    expect(deepQueryAll<HTMLInputElement>(el, 'input[type="radio"]').some((r) => r.checked)).to.equal(false);
    options(el)[0]!.click();
    await settle();
    await press(el, 'See your debrief');
    expect(deepText(el)).to.contain('Confidence and calibration');
  });

  it('shows the client state as it changes when client-state is set', async () => {
    const el = await mount(html`<attune-player .bundle=${bundle} .store=${memory()} client-state mode="assessment"></attune-player>`);
    await press(el, 'begin');
    const panel = deepQuery(el, 'attune-client-state')!;
    expect(deepText(panel)).to.contain('Openness');
    expect(deepText(panel)).to.contain('2 of 4');
    options(el)[0]!.click();
    await settle();
    expect(deepText(deepQuery(el, 'attune-client-state')!)).to.contain('3 of 4');
    expect(deepText(deepQuery(el, 'attune-client-state')!)).to.contain('up from 2');
    await animationsDone();
    await expect(el).to.be.accessible();
  });

  it('announces new text in a polite live region', async () => {
    const el = await mount(html`<attune-player .bundle=${bundle} .store=${memory()} mode="assessment"></attune-player>`);
    await press(el, 'begin');
    options(el)[1]!.click();
    const live = deepQuery(el, '[aria-live="polite"]')!;
    await waitFor(() => live.textContent!.includes('Your action:'), 'the announcement of the choice');
    // The example's second option is an action (#action): announced as one, not as words said.
    expect(live.textContent).to.contain('Your action: Slide the box of tissues a little closer and wait.');
    expect(live.textContent).to.contain('Sam: "Thanks."');
    expect(live.textContent).to.contain('nods, eyes on the floor');
  });

  it('drops an announcement still pending when it leaves the page', async () => {
    const el = await mount(html`<attune-player .bundle=${bundle} .store=${memory()} mode="assessment"></attune-player>`);
    await press(el, 'begin');
    const live = deepQuery(el, '[aria-live="polite"]')!;
    const parent = el.parentNode!;
    options(el)[1]!.click();
    await el.updateComplete;
    el.remove(); // before the announcement's pause is over
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(live.textContent).to.equal('');
    parent.appendChild(el); // back: what was pending is not said out of context
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(live.textContent).to.equal('');
    expect(el.session!.beats.length).to.be.greaterThan(1); // the choice itself was kept
  });

  it('pause / step out opens grounding and support and returns without changing anything', async () => {
    const el = await mount(html`<attune-player .bundle=${bundle} .store=${memory()}><p slot="support">Course support: room 12</p></attune-player>`);
    await press(el, 'begin');
    const before = el.session!.replayCode();
    const paused = oneEvent(el, 'attune-pause');
    button(el, 'Pause / step out')!.click();
    expect(((await paused) as CustomEvent).detail.paused).to.equal(true);
    await settle();
    const dialog = deepQuery<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(deepText(dialog)).to.contain('grounding');
    expect((dialog.querySelector('slot[name="support"]') as HTMLSlotElement).assignedElements({ flatten: true })[0]!.textContent).to.contain('room 12');
    expect(deepActiveElement()?.textContent).to.contain('Return to the scenario');
    await animationsDone();
    await expect(el).to.be.accessible();
    const resumed = oneEvent(el, 'attune-pause');
    await sendKeys({ press: 'Escape' });
    expect(((await resumed) as CustomEvent).detail.paused).to.equal(false);
    await settle();
    expect(dialog.open).to.equal(false);
    expect(el.session!.replayCode()).to.equal(before);
    expect(el.screen).to.equal('playing');
  });

  it('a bad scenario URL shows a calm message and fires attune-error', async () => {
    const failed = new Promise<CustomEvent<AttuneErrorDetail>>((resolve) => document.addEventListener('attune-error', (e) => resolve(e as CustomEvent<AttuneErrorDetail>), { once: true }));
    const el = await mount(html`<attune-player scenario="no-such-scenario" .store=${memory()}></attune-player>`);
    expect(el.screen).to.equal('error');
    expect((await failed).detail).to.include({ kind: 'load' });
    expect(deepText(el)).to.contain('could not be opened');
    expect(deepText(el)).to.contain('Nothing was found');
    expect(button(el, 'Try again')).to.exist;
    await animationsDone();
    await expect(el).to.be.accessible();
  });

  it('refuses a scenario attribute that is not an id, and a damaged bundle, calmly', async () => {
    const el = await mount(html`<attune-player scenario="../../etc/passwd" .store=${memory()}></attune-player>`);
    expect(el.screen).to.equal('error');
    expect(deepText(el)).to.contain('is not a scenario id');
    // Outside text is isolated: a right-to-left override in it cannot reverse the sentence around it.
    const reversed = await mount(html`<attune-player scenario=${'\u202Eevil'} .store=${memory()}></attune-player>`);
    expect(deepText(reversed)).to.contain('“\u2068\u202Eevil\u2069” is not a scenario id');
    const bad = await mount(html`<attune-player src="/package.json" .store=${memory()}></attune-player>`);
    expect(bad.screen).to.equal('error');
    expect(deepText(bad)).to.contain('damaged or from another version');
  });

  it('an ink runtime error stops the story calmly and keeps the attempt', async () => {
    const broken = await bundleWithInk('-> k\n=== k ===\nBefore. #client\n* [Go on #option: go.on #rate: attunement=3 #risk: shame-withdrawal=low]\n  After. #client\n');
    const store = memory();
    const el = await mount(html`<attune-player .bundle=${broken} .store=${store} mode="assessment"></attune-player>`);
    await press(el, 'begin');
    const failed = oneEvent(el, 'attune-error');
    options(el)[0]!.click();
    expect(((await failed) as CustomEvent<AttuneErrorDetail>).detail.kind).to.equal('story');
    await settle();
    expect(deepText(el)).to.contain('The scenario stopped unexpectedly');
    expect(deepText(el)).to.contain('After.');
    const record = store.get(el.attempt!.id)!;
    expect(record.status).to.equal('stopped');
    expect(record.decisions).to.equal(1);
    await press(el, 'See the debrief so far');
    expect(el.screen).to.equal('debrief');
    expect(deepText(el)).to.contain('stopped early');
  });

  it('switching mode on the content note offers the unfinished attempt of that mode', async () => {
    const store = memory();
    const first = await mount(html`<attune-player .bundle=${bundle} .store=${store} mode="assessment"></attune-player>`);
    first.restart();
    first.choose(0);
    first.remove();
    const el = await mount(html`<attune-player .bundle=${bundle} .store=${store}></attune-player>`);
    expect(deepText(el)).not.to.contain('unfinished');
    el.mode = 'assessment';
    await settle();
    expect(deepText(el)).to.contain('unfinished assessment attempt');
  });

  it('a corrupt saved record is set aside and reported; the player still plays', async () => {
    const storage = new MemoryStorage();
    storage.setItem('attune:attempts:example', '{"version":1,"attempts":[{"garbage":true}]}');
    const errors: AttuneErrorDetail[] = [];
    const el = await mount(
      html`<attune-player .bundle=${bundle} .store=${new AttemptStore(storage)} @attune-error=${(e: CustomEvent<AttuneErrorDetail>) => errors.push(e.detail)}></attune-player>`,
    );
    expect(deepText(el)).to.contain('could not be read');
    expect(errors.map((e) => e.kind)).to.include('storage');
    await press(el, 'begin');
    expect(el.screen).to.equal('playing');
    expect([...Array(storage.length).keys()].map((i) => storage.key(i))).to.satisfy((keys: string[]) => keys.some((k) => k.startsWith('attune:quarantine:')));
  });

  it('offers to resume an unfinished attempt and rebuilds it exactly; restart keeps the old one', async () => {
    const store = memory();
    const first = await mount(html`<attune-player .bundle=${bundle} .store=${store} mode="assessment"></attune-player>`);
    await press(first, 'begin');
    options(first)[0]!.click();
    await settle();
    const beats = JSON.stringify(first.session!.beats);
    const id = first.attempt!.id;
    first.remove();

    const second = await mount(html`<attune-player .bundle=${bundle} .store=${store} mode="assessment"></attune-player>`);
    expect(deepText(second)).to.contain('unfinished assessment attempt');
    await press(second, 'Resume where I left off');
    expect(JSON.stringify(second.session!.beats)).to.equal(beats);
    expect(second.attempt!.id).to.equal(id);

    second.remove();
    const third = await mount(html`<attune-player .bundle=${bundle} .store=${store} mode="assessment"></attune-player>`);
    await press(third, 'Start again');
    expect(third.session!.path).to.have.length(0);
    expect(store.list('example').map((r) => r.status)).to.deep.equal(['abandoned', 'in-progress']);
  });

  it('resume(code) and restart() work as methods for host pages', async () => {
    const el = await mount(html`<attune-player .bundle=${bundle} .store=${memory()}></attune-player>`);
    const code = (() => {
      el.restart();
      el.choose(1);
      return el.replayCode!;
    })();
    el.restart();
    expect(el.session!.path).to.have.length(0);
    expect(el.resume(code)).to.equal(true);
    expect(el.session!.path).to.deep.equal([{ index: 1 }]);
    expect(el.resume('1.00000000.1.A.xyz')).to.equal(false);
    await settle();
    expect(deepText(el)).to.contain('cannot be resumed');
  });

  it('exposes parts for theming', async () => {
    const el = await mount(html`<attune-player .bundle=${bundle} .store=${memory()}></attune-player>`);
    expect(el.shadowRoot!.querySelector('[part~="header"]')).to.exist;
    expect(el.shadowRoot!.querySelector('[part~="pause-button"]')).to.exist;
    await press(el, 'begin');
    expect(el.shadowRoot!.querySelector('attune-transcript')!.getAttribute('exportparts')).to.contain('line');
  });
});

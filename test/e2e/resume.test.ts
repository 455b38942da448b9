/**
 * Save and resume through the browser's real localStorage: a reload mid-scenario offers to resume
 * and rebuilds the same transcript and client state; a saved attempt (or replay code) for a story
 * that has since changed is explained, a fresh start is offered and the old attempt stays in history.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AttemptStore } from '../../src/attempts.js';
import { transcriptOf } from '../../src/debrief.js';
import { ScenarioBundleSchema, type ScenarioBundle } from '../../src/scenario-bundle.js';
import '../../components/attune-app/attune-app.js';
import type { AttuneApp } from '../../components/attune-app/attune-app.js';
import '../../components/attune-player/attune-player.js';
import type { AttunePlayer } from '../../components/attune-player/attune-player.js';
import { compileFiles, fetchText } from '../engine/helpers.js';
import { deepQuery, deepQueryAll, deepText, focusedText, settle, tabTo, waitFor } from '../helpers/dom.js';
import { exampleBundle } from '../helpers/scenarios.js';

/** Clears the example's history only: other test files share this origin's localStorage. */
function clearAttune() {
  localStorage.removeItem('attune:attempts:example');
}

const player = (root: Element) => deepQuery<AttunePlayer>(root, 'attune-player')!;
const clickButton = async (root: Element, text: string) => {
  const button = deepQueryAll<HTMLButtonElement>(root, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').includes(text));
  if (!button) throw new Error(`no button "${text}" in ${deepText(root).slice(0, 300)}`);
  button.click();
  await settle(4);
};

/** The example with one line reworded: a new story hash, as after an author's edit. */
async function changedExample(): Promise<ScenarioBundle> {
  const base = await exampleBundle();
  const files: Record<string, string> = {};
  for (const name of ['story.ink', 'endings.ink']) files[`stories/example/${name}`] = await fetchText(`/stories/example/${name}`);
  files['stories/example/story.ink'] = files['stories/example/story.ink']!.replace('ten to the hour', 'five to the hour');
  const { story } = compileFiles(files);
  return ScenarioBundleSchema.parse({ ...base, story });
}

describe('resume and a changed story', () => {
  beforeEach(() => {
    clearAttune();
    history.replaceState(null, '', location.pathname + location.search);
  });
  after(() => {
    clearAttune();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('a reload mid-scenario offers to resume and rebuilds the same transcript and client state', async () => {
    const first = await fixture<AttuneApp>(html`<attune-app .store=${new AttemptStore()}></attune-app>`);
    (await waitFor(() => deepQuery<HTMLButtonElement>(first, 'button[data-mode="practice"][aria-describedby="title-example"]'), 'the library')).click();
    await waitFor(() => player(first)?.ready, 'the content note, the story built');
    await clickButton(first, 'begin');
    await clickButton(first, 'You said that quickly');
    await clickButton(first, 'Continue');
    const before = player(first).session!;
    const transcript = transcriptOf(before.beats);
    const state = before.clientState();
    const shown = deepText(deepQuery(first, 'attune-transcript')!);
    expect(before.path).to.have.length(1);
    expect(location.hash).to.equal('#play/example/practice');
    first.remove();

    // "Reload": a new app and a new store over the same localStorage and URL.
    const second = await fixture<AttuneApp>(html`<attune-app .store=${new AttemptStore()}></attune-app>`);
    await waitFor(() => player(second)?.ready, 'the content note after reload');
    await settle();
    expect(deepText(second)).to.contain('You have an unfinished practice attempt');
    expect(deepText(second)).to.contain('1 decision made');
    await tabTo((el) => el.textContent!.includes('Resume where I left off'), 'Resume');
    await sendKeys({ press: 'Enter' });
    await settle(4);
    const after = player(second).session!;
    expect(transcriptOf(after.beats)).to.deep.equal(transcript);
    expect(after.clientState()).to.deep.equal(state);
    expect(JSON.stringify(after.beats)).to.equal(JSON.stringify(before.beats));
    expect(deepText(deepQuery(second, 'attune-transcript')!)).to.equal(shown);
    expect(focusedText()).to.contain('What do you say?');
    expect(new AttemptStore().list('example')).to.have.length(1);
  });

  it('an attempt saved on an earlier version of the story is explained, a fresh start offered, and the old attempt kept', async () => {
    // An unfinished attempt on the current example…
    const store = new AttemptStore();
    const original = await exampleBundle();
    const first = await fixture<AttunePlayer>(html`<attune-player .bundle=${original} .store=${store}></attune-player>`);
    await waitFor(() => first.ready, 'the content note, the story built');
    first.restart();
    first.choose(0);
    const oldId = first.attempt!.id;
    first.remove();

    // …then the author edits the story.
    const changed = await changedExample();
    expect(changed.story.hash).not.to.equal(original.story.hash);
    const errors: string[] = [];
    const second = await fixture<AttunePlayer>(html`<attune-player .bundle=${changed} .store=${new AttemptStore()} @attune-error=${(e: CustomEvent) => errors.push(e.detail.kind)}></attune-player>`);
    await waitFor(() => second.ready, 'the content note, the story built');
    await settle();
    const text = deepText(second);
    expect(text).to.contain('Your unfinished attempt cannot be resumed.');
    expect(text).to.contain('The scenario has been changed since your unfinished attempt');
    expect(text).to.contain('It is kept in your history.');
    await expect(second).to.be.accessible();

    await clickButton(second, 'Begin afresh');
    expect(second.screen).to.equal('playing');
    expect(second.session!.path).to.have.length(0);
    const history = new AttemptStore().list('example');
    expect(history.map((r) => [r.id === oldId, r.status])).to.deep.equal([
      [true, 'story-changed'],
      [false, 'in-progress'],
    ]);
    expect(history[0]!.note).to.contain('changed');
  });

  it('a replay code made on another version of the story (e.g. from an LMS) is refused with a clear message', async () => {
    const original = await exampleBundle();
    const el = await fixture<AttunePlayer>(html`<attune-player .bundle=${original} .store=${new AttemptStore()}></attune-player>`);
    await waitFor(() => el.ready, 'the content note, the story built');
    el.restart();
    el.choose(1);
    const code = el.replayCode!;

    const changed = await changedExample();
    const other = await fixture<AttunePlayer>(html`<attune-player .bundle=${changed} .store=${new AttemptStore()}></attune-player>`);
    await waitFor(() => other.ready, 'the content note, the story built');
    expect(other.resume(code)).to.equal(false);
    await settle();
    expect(other.screen).to.equal('intro');
    expect(deepText(other)).to.contain('made on an earlier version of the scenario');
    expect(deepQueryAll<HTMLButtonElement>(other, 'button').some((b) => b.textContent!.includes('Begin afresh'))).to.equal(true);
  });
});

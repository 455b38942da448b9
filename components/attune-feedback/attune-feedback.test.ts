import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { decisionDetail, type DebriefDecision } from '../../src/debrief.js';
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import { Session } from '../../src/session.js';
import { exampleBundle } from '../../test/helpers/scenarios.js';
import type { AttuneStepDetail } from '../shared/events.js';
import './attune-feedback.js';
import type { AttuneFeedback } from './attune-feedback.js';

function detail(bundle: ScenarioBundle, path: number[], step: number): DebriefDecision {
  const s = new Session(bundle.story, { seed: 1, rubric: bundle.rubric, stateVariables: ['openness', 'arousal'] });
  path.forEach((i) => s.choose(i));
  return decisionDetail(s, bundle, step)!;
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<attune-feedback>', () => {
  let bundle: ScenarioBundle;
  before(async () => {
    bundle = await exampleBundle();
  });

  it('for the best option: says so, with the author’s feedback, ratings and anchors, and the client’s state', async () => {
    const el = await fixture<AttuneFeedback>(html`<attune-feedback .decision=${detail(bundle, [0], 0)} client-name="Sam"></attune-feedback>`);
    const t = text(el);
    expect(t).to.contain('The strongest response available here.');
    expect(t).to.contain('You named what you saw');
    expect(t).to.contain('Attunement 3 of 3');
    expect(t).to.contain('Names what the client seems to be experiencing now');
    expect(t).to.contain('What Sam might have experienced');
    expect(t).to.contain('Openness rose from 2 to 3');
    expect(t).to.contain('Why this moment matters');
    await expect(el).to.be.accessible();
  });

  it('for a weaker option: how far from the best, and the risk', async () => {
    const el = await fixture<AttuneFeedback>(html`<attune-feedback .decision=${detail(bundle, [2], 0)}></attune-feedback>`);
    expect(text(el)).to.contain('A stronger response was available (this one scores 0% of the best)');
    expect(text(el)).to.contain('Shame and withdrawal (elevated risk)');
  });

  it('flags a high risk as a harm flag', async () => {
    const el = await fixture<AttuneFeedback>(html`<attune-feedback .decision=${detail(bundle, [0, 2], 1)}></attune-feedback>`);
    expect(text(el)).to.contain('Harm flag.');
    expect(text(el)).to.contain('Boundary confusion (high risk: harm flag)');
    await expect(el).to.be.accessible();
  });

  it('fires attune-continue and attune-rewind-request; rewind can be hidden', async () => {
    const el = await fixture<AttuneFeedback>(html`<attune-feedback .decision=${detail(bundle, [0, 1], 1)} continue-label="Continue to the end"></attune-feedback>`);
    const [cont, rewind] = [...el.shadowRoot!.querySelectorAll('button')];
    expect(cont!.textContent!.trim()).to.equal('Continue to the end');
    const c = oneEvent(el, 'attune-continue');
    cont!.click();
    await c;
    const r = oneEvent(el, 'attune-rewind-request');
    rewind!.click();
    expect(((await r) as CustomEvent<AttuneStepDetail>).detail.step).to.equal(1);
    el.noRewind = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(1);
  });
});

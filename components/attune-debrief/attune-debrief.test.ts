import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { buildDebrief, type Debrief } from '../../src/debrief.js';
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import { sessionOptions } from '../../src/player-contract.js';
import { Session } from '../../src/session.js';
import { exampleBundle } from '../../test/helpers/scenarios.js';
import type { AttuneStepDetail } from '../shared/events.js';
import './attune-debrief.js';
import type { AttuneDebrief } from './attune-debrief.js';

function debriefOf(bundle: ScenarioBundle, path: [number, number?][], mode: 'practice' | 'assessment' = 'assessment'): Debrief {
  const s = new Session(bundle.story, { ...sessionOptions(bundle), seed: 1 });
  for (const [i, c] of path) s.choose(i, c);
  return buildDebrief(s, bundle, { mode });
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const headings = (el: Element) => [...el.shadowRoot!.querySelectorAll('h3')].map((h) => h.textContent!.trim());

describe('<attune-debrief>', () => {
  let bundle: ScenarioBundle;
  before(async () => {
    bundle = await exampleBundle();
  });

  it('never rounds a failing score up to the pass mark, and names each elevated risk once with its count', async () => {
    const d = debriefOf(bundle, [[2], [1]]); // challenge, then "rules are rules": two elevated shame-withdrawal risks
    expect(d.score.elevated.map((e) => e.risk)).to.deep.equal(['shame-withdrawal', 'shame-withdrawal']);
    const nearly: Debrief = { ...d, score: { ...d.score, overall: 0.6963, mastery: 0.7, passed: false, notPassed: [{ kind: 'overall', overall: 0.6963, mastery: 0.7 }] } };
    const el = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${nearly}></attune-debrief>`);
    const t = text(el);
    expect(t).to.contain('69% overall');
    expect(t).to.contain('Passing needs 70% or more overall, Boundaries and frame at 50% or more, no harm flags and an ending that can be passed.');
    expect(t).to.contain('The overall score, 69%, is below the 70% needed.');
    expect(t).not.to.contain('70% overall');
    expect(t).to.contain('(Shame and withdrawal (2 times))');
  });

  it('says why an attempt was not passed: the harm flag and an ending the scenario marks as not passable', async () => {
    const d = debriefOf(bundle, [[0], [2]]); // notice, then extend the session: a harm flag and the frame-lost ending
    expect(d.ending).to.equal('frame-lost');
    const el = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${d}></attune-debrief>`);
    const reasons = [...el.shadowRoot!.querySelectorAll('.not-passed li')].map((li) => li.textContent!.trim());
    expect(reasons).to.deep.equal([
      'A response was rated high risk (a harm flag), which fails the attempt whatever the scores.',
      'The session ended in a way that cannot be passed: The session overruns by forty minutes and the frame is lost.',
      'Boundaries and frame scored 0%, below its minimum of 50%.',
      'The overall score, 62%, is below the 75% needed.',
    ]);
    expect(el.shadowRoot!.querySelector('.not-passed ul')!.getAttribute('aria-labelledby')).to.equal('not-passed-title');
    // A passed attempt has no such list, and a limit on elevated risks is stated with the rule.
    const held = debriefOf(bundle, [[0], [0]]);
    const limited: Debrief = { ...held, score: { ...held.score, maxElevated: 2 } };
    const passed = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${limited}></attune-debrief>`);
    expect(held.score.passed).to.equal(true);
    expect(passed.shadowRoot!.querySelector('.not-passed')).to.equal(null);
    expect(text(passed)).to.contain('at most 2 elevated risks, no harm flags');
    await expect(el).to.be.accessible();
  });

  it('leads with harm flags, then the result, profile, decisions, transcript and references', async () => {
    const el = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${debriefOf(bundle, [[0], [2]])}></attune-debrief>`);
    expect(headings(el)).to.deep.equal(['Harm flag', 'Result', 'Your profile', 'About this scenario', 'Decision by decision', 'The session', 'References']);
    const t = text(el);
    expect(t).to.contain('Boundary confusion at decision 2 (Time)');
    expect(t).to.contain('Not passed');
    expect(t).to.contain('Steps into a personal or dual relationship');
    await expect(el).to.be.accessible();
  });

  it('shows every decision: the option chosen, the options not taken with ratings, rationale, and the client’s state', async () => {
    const el = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${debriefOf(bundle, [[1], [0]])}></attune-debrief>`);
    const decisions = [...el.shadowRoot!.querySelectorAll('li.decision')];
    expect(decisions).to.have.length(2);
    const first = decisions[0]!.textContent!.replace(/\s+/g, ' ');
    expect(first).to.contain('1. Late disclosure');
    // The option chosen is an action (#action): shown as something done, not said.
    expect(first).to.contain('You chose to Slide the box of tissues a little closer and wait.');
    expect(first).to.contain('50% of the best available');
    expect(first).to.contain('Options not taken');
    expect(first).to.contain('You said that quickly');
    expect(first).to.contain('best available');
    expect(first).to.contain('Shame and withdrawal (elevated risk)');
    expect(first).to.contain('Why this moment matters');
    expect(first).to.contain("What Sam's state did");
    expect(first).to.contain('Openness stayed at 2');
    expect(el.shadowRoot!.querySelector('attune-criteria-chart')).to.exist;
    expect(el.shadowRoot!.querySelector('attune-transcript')).to.exist;
  });

  it('shows what the scenario is about and its objectives (kept from an assessment\'s briefing), and whose judgement the ratings are', async () => {
    const d = debriefOf(bundle, [[0], [0]]);
    const el = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${d}></attune-debrief>`);
    const t = text(el);
    expect(t).to.contain(bundle.scenario.summary.replace(/\s+/g, ' ').trim());
    expect([...el.shadowRoot!.querySelectorAll('ul.objectives li')].map((li) => li.textContent!.trim())).to.deep.equal(bundle.scenario.objectives);
    expect(el.shadowRoot!.querySelector('.ratings-basis')!.textContent).to.contain("its authors' expert judgement. They have not yet been validated by an independent panel");
    // With a panel's results, the debrief says what the panel found instead.
    const agreed = { raters: 6, alpha: 0.81, icc: 0.78, meetsBar: true, contested: [{ decision: 'time', option: 'rule', measures: ['attunement'], reasons: ['panel-split' as const] }] };
    const panelled = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${{ ...d, panel: agreed }}></attune-debrief>`);
    const basis = panelled.shadowRoot!.querySelector('.ratings-basis')!.textContent!;
    expect(basis).to.contain('checked by a panel of 6 experienced clinicians who rated every option blind');
    expect(basis).to.contain('ICC 0.78');
    expect(basis).to.contain('1 option is still contested');
    expect(basis).not.to.contain('not yet been validated');
    const short = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${{ ...d, panel: { ...agreed, raters: 3, meetsBar: false } }}></attune-debrief>`);
    expect(short.shadowRoot!.querySelector('.ratings-basis')!.textContent).to.contain("does not yet meet the bar set for the panel (ICC 0.78, Krippendorff's alpha 0.81). 1 option is still contested. Until it does, read the ratings as the authors' expert judgement.");
    await expect(el).to.be.accessible();
  });

  it('leaves the pulls to notice out of the printout and downloads unless the trainee ticks the box', async () => {
    const pulls = { summary: 'You tend to move towards closeness.', pulls: [{ title: 'Rescuing', text: 'Notice the wish to extend.' }], caveat: 'Preliminary evidence.' };
    const debrief = debriefOf(bundle, [[0], [0]]);
    const el = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${debrief} .pulls=${pulls}></attune-debrief>`);
    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.href);
    };
    const both = async () => {
      const buttons = [...el.shadowRoot!.querySelectorAll('button')];
      buttons.find((b) => b.textContent!.includes('Markdown'))!.click();
      buttons.find((b) => b.textContent!.includes('JSON'))!.click();
      const [md, json] = await Promise.all(downloads.splice(0).map(async (href) => (await fetch(href)).text()));
      return { md: md!, json: JSON.parse(json!) as Debrief };
    };
    try {
      const section = el.shadowRoot!.querySelector('section.pulls')!;
      expect(section.classList.contains('no-print')).to.equal(true); // shown on screen, not printed
      const box = el.shadowRoot!.querySelector<HTMLInputElement>('.export-pulls input[type=checkbox]')!;
      expect(box.checked).to.equal(false);
      expect(box.closest('label')!.textContent).to.contain('Include my pulls to notice in the printout and downloads');

      const off = await both();
      expect(off.md).not.to.contain('Pulls to notice');
      expect(off.md).not.to.contain('Rescuing');
      expect(off.json.pulls).to.equal(undefined);
      expect(off.json.score).to.deep.equal(JSON.parse(JSON.stringify(debrief.score)));

      box.click(); // the trainee opts in, with the keyboard or the mouse
      await el.updateComplete;
      expect(section.classList.contains('no-print')).to.equal(false);
      const on = await both();
      expect(on.md).to.contain('## Pulls to notice with Sam');
      expect(on.md).to.contain('Rescuing');
      expect(on.json.pulls).to.deep.equal(pulls);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    await expect(el).to.be.accessible();
    // With no pulls there is nothing to opt into.
    const plain = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${debrief}></attune-debrief>`);
    expect(plain.shadowRoot!.querySelector('.export-pulls')).to.equal(null);
  });

  it('reports calibration when confidence was rated', async () => {
    const el = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${debriefOf(bundle, [[2, 1], [1, 1]])}></attune-debrief>`);
    expect(headings(el)).to.include('Confidence and calibration');
    expect(text(el)).to.contain('more confident than your choices bore out');
    expect(text(el)).to.contain('Brier score 1.00');
    await expect(el).to.be.accessible();
  });

  it('shows "pulls to notice" when given', async () => {
    const pulls = { summary: 'You tend to move towards closeness.', pulls: [{ title: 'Rescuing', text: 'Notice the wish to extend.' }], caveat: 'Preliminary evidence.' };
    const el = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${debriefOf(bundle, [[0], [0]])} .pulls=${pulls}></attune-debrief>`);
    expect(headings(el)).to.include('Pulls to notice with Sam');
    expect(text(el)).to.contain('Rescuing. Notice the wish to extend.');
    await expect(el).to.be.accessible();
  });

  it('offers "try this decision again" only when rewinding is allowed', async () => {
    const el = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${debriefOf(bundle, [[0], [0]], 'practice')} allow-rewind></attune-debrief>`);
    const again = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Try decision 2 again'))!;
    const requested = oneEvent(el, 'attune-rewind-request');
    again.click();
    expect(((await requested) as CustomEvent<AttuneStepDetail>).detail.step).to.equal(1);
    const assessed = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${debriefOf(bundle, [[0], [0]])}></attune-debrief>`);
    expect(text(assessed)).not.to.contain('Try decision');
  });

  it('exports Markdown and JSON as downloads, and opens collapsed parts for printing', async () => {
    const debrief = debriefOf(bundle, [[0], [0]]);
    const el = await fixture<AttuneDebrief>(html`<attune-debrief .debrief=${debrief}></attune-debrief>`);
    const downloads: { name: string; href: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, href: this.href });
    };
    try {
      const buttons = [...el.shadowRoot!.querySelectorAll('button')];
      buttons.find((b) => b.textContent!.includes('Markdown'))!.click();
      buttons.find((b) => b.textContent!.includes('JSON'))!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloads.map((d) => d.name)).to.deep.equal([`attune-example-${debrief.createdAt.slice(0, 10)}.md`, `attune-example-${debrief.createdAt.slice(0, 10)}.json`]);
    expect(downloads.every((d) => d.href.startsWith('blob:'))).to.equal(true);
    const md = await (await fetch(downloads[0]!.href)).text();
    expect(md).to.contain('# Debrief: Example\\: the last five minutes');

    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.open).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(details.open).to.equal(false);
  });
});

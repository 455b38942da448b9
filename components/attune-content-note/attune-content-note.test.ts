import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AttemptRecord } from '../../src/attempts.js';
import type { Scenario } from '../../src/schemas/scenario.js';
import { exampleBundle } from '../../test/helpers/scenarios.js';
import type { AttuneBeginDetail } from '../shared/events.js';
import './attune-content-note.js';
import type { AttuneContentNote } from './attune-content-note.js';

const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')];

describe('<attune-content-note>', () => {
  let scenario: Scenario;
  before(async () => {
    scenario = (await exampleBundle()).scenario;
  });

  it('shows the client, situation, content note, mode and length, and an informed begin; an assessment keeps the summary and objectives for the debrief', async () => {
    const el = await fixture<AttuneContentNote>(html`<attune-content-note .scenario=${scenario} mode="assessment"></attune-content-note>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Content note');
    expect(text).to.contain(scenario.contentNotes[0]!);
    expect(text).to.contain(scenario.setting!);
    for (const objective of scenario.objectives) expect(text).not.to.contain(objective);
    expect(text).not.to.contain(scenario.summary);
    expect(text).not.to.contain('What you can learn here');
    expect(text).to.contain('learning objectives are shown in the debrief');
    expect(text).to.contain('Secure attachment');
    expect(text).to.contain('Assessment.');
    expect(text).to.contain(`About ${scenario.minutes} minutes`);
    const begin = oneEvent(el, 'attune-begin');
    buttons(el)[0]!.click();
    expect(((await begin) as CustomEvent<AttuneBeginDetail>).detail.action).to.equal('begin');
    await expect(el).to.be.accessible();
  });

  it('briefs a practice attempt in full: the summary and the learning objectives', async () => {
    const el = await fixture<AttuneContentNote>(html`<attune-content-note .scenario=${scenario} mode="practice"></attune-content-note>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(scenario.summary.replace(/\s+/g, ' '));
    expect([...el.shadowRoot!.querySelectorAll('ul.objectives li')].map((li) => li.textContent!.trim())).to.deep.equal(scenario.objectives);
    expect(text).not.to.contain('shown in the debrief');
    await expect(el).to.be.accessible();
  });

  it('offers resume or start again for an unfinished attempt', async () => {
    const unfinished = { mode: 'practice', decisions: 1, updatedAt: '2025-03-01T10:00:00Z' } as AttemptRecord;
    const el = await fixture<AttuneContentNote>(html`<attune-content-note .scenario=${scenario} .unfinished=${unfinished}></attune-content-note>`);
    expect(el.shadowRoot!.textContent).to.contain('unfinished practice attempt');
    // The way on comes first, right under the heading, not below the whole note (out of view after a reload).
    const resume = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Resume where I left off'))!;
    const note = el.shadowRoot!.querySelector('.content-note')!;
    expect(resume.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING, 'the content note follows the resume button').to.not.equal(0);
    expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Resume where I left off', 'Start again']);
    const begin = oneEvent(el, 'attune-begin');
    buttons(el)[1]!.click();
    expect(((await begin) as CustomEvent<AttuneBeginDetail>).detail.action).to.equal('restart');
    await expect(el).to.be.accessible();
  });

  it('explains when a saved attempt cannot be resumed, and offers a fresh start', async () => {
    const el = await fixture<AttuneContentNote>(html`<attune-content-note .scenario=${scenario} .resumeProblem=${'The scenario has been changed.'}></attune-content-note>`);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('cannot be resumed');
    expect(text).to.contain('The scenario has been changed.');
    expect(text).to.contain('kept in your history');
    expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Begin afresh']);
    await expect(el).to.be.accessible();
  });
});

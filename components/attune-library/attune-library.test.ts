import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { AttemptStore, MemoryStorage } from '../../src/attempts.js';
import type { Scenario } from '../../src/schemas/scenario.js';
import { exampleBundle } from '../../test/helpers/scenarios.js';
import type { AttuneImportDetail, AttuneSelectDetail } from '../shared/events.js';
import './attune-library.js';
import type { AttuneLibrary, LibraryEntry } from './attune-library.js';

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<attune-library>', () => {
  let scenario: Scenario;
  before(async () => {
    scenario = (await exampleBundle()).scenario;
  });

  function entries(store = new AttemptStore(new MemoryStorage())): LibraryEntry[] {
    return [{ scenario, rubricTitle: 'Example rubric', summary: store.summary(scenario.id) }];
  }

  it('lists every scenario from its metadata, with a choice of practice or assessment', async () => {
    const el = await fixture<AttuneLibrary>(html`<attune-library .entries=${entries()}></attune-library>`);
    const t = text(el);
    expect(t).to.contain(scenario.title);
    expect(t).to.contain('Sam, 34, they/them');
    expect(t).to.contain('Secure attachment');
    expect(t).to.contain(scenario.summary.slice(0, 40));
    expect(t).to.contain('About 4 minutes');
    expect(t).to.contain(`Content note: ${scenario.contentNotes[0]}`);
    expect(t).to.contain('Last attempt Not tried yet');
    expect(t).to.contain('Best result None yet');
    const selected = oneEvent(el, 'attune-select');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-mode="assessment"]')!.click();
    expect(((await selected) as CustomEvent<AttuneSelectDetail>).detail).to.deep.equal({ scenario: 'example', mode: 'assessment' });
    await expect(el).to.be.accessible();
  });

  it('shows the last attempt, the best result and progress across attempts', async () => {
    const store = new AttemptStore(new MemoryStorage());
    const base = { scenarioId: 'example', scenarioTitle: 'Example', storyHash: '0123456789abcdef', rubric: { id: 'example', version: '1.0.0' }, replayCode: 'x' };
    const a = store.start({ ...base, mode: 'assessment' });
    store.update(a.id, { status: 'complete', completedAt: new Date().toISOString(), result: { overall: 0.9, passed: true, mastery: 0.75, harmFlags: 0, elevated: 0, criteria: {} } });
    const b = store.start({ ...base, mode: 'practice' });
    store.update(b.id, { decisions: 1 });
    const el = await fixture<AttuneLibrary>(html`<attune-library .entries=${entries(store)}></attune-library>`);
    const t = text(el);
    expect(t).to.contain('unfinished practice attempt (1 decision)');
    expect(t).to.contain('Best result 90% (passed)');
    expect(t).to.contain('Choose Practice to resume');
    expect(t).to.contain('Progress over 1 completed attempt');
    expect(el.shadowRoot!.querySelector('attune-progress')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('reports set-aside records and storage problems calmly, and offers export and import', async () => {
    const quarantined = [{ key: 'attune:quarantine:1', from: 'attune:attempts:example', reason: 'not valid JSON', at: '2025-03-01T10:00:00Z', raw: '{oops' }];
    const problems = [{ kind: 'quarantined' as const, message: 'A saved attempt could not be read.' }];
    const el = await fixture<AttuneLibrary>(
      html`<attune-library .entries=${entries()} .problems=${problems} .quarantined=${quarantined} .importReport=${{ added: 2, updated: 0, unchanged: 1, rejected: [] }}></attune-library>`,
    );
    const t = text(el);
    expect(t).to.contain('A saved attempt could not be read.');
    expect(t).to.contain('1 saved item is set aside');
    expect(t).to.contain('{oops');
    expect(t).to.contain('Imported: 2 new, 0 updated, 1 already here');
    await expect(el).to.be.accessible();

    const exported = oneEvent(el, 'attune-history-export');
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Export my history'))!.click();
    await exported;

    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['{"format":"attune-history"}'], 'history.json', { type: 'application/json' }));
    input.files = transfer.files;
    const imported = oneEvent(el, 'attune-history-import');
    input.dispatchEvent(new Event('change'));
    expect(((await imported) as CustomEvent<AttuneImportDetail>).detail).to.deep.equal({ text: '{"format":"attune-history"}', fileName: 'history.json' });
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { newDraft, ratingsFileFrom, withRating } from '../../src/panel/review-draft.js';
import { agreementMarkdown, measureTable } from '../../src/panel/report.js';
import { reviewTask, type ReviewTask } from '../../src/panel/review-task.js';
import { scenarioAgreement } from '../../src/panel/scenario-agreement.js';
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import { RISK_LEVELS } from '../../src/tags.js';
import { animationsDone, deepText, waitFor } from '../../test/helpers/dom.js';
import { captureDownloads } from '../../test/helpers/downloads.js';
import { exampleBundle } from '../../test/helpers/scenarios.js';
import './attune-agreement.js';
import type { AttuneAgreement } from './attune-agreement.js';

const text = (el: Element) => deepText(el).replace(/\s+/g, ' ');

/** A rater's file made the way the review page makes it: the authors' levels moved by `shift` (risks by `riskShift`). */
function raterFile(task: ReviewTask, reviewer: string, shift: (decision: string, option: string) => number, riskShift = 0): File {
  let draft = { ...newDraft(task, new Date('2026-12-01T10:00:00Z'), 7), reviewer };
  const { min, max } = task.rubric.scale;
  for (const d of task.decisions)
    for (const o of d.options) {
      for (const c of d.criteria) draft = withRating(draft, d.id, o, { id: c, kind: 'quality' }, Math.max(min, Math.min(max, o.ratings[c]! + shift(d.id, o.option))));
      for (const r of d.risks) draft = withRating(draft, d.id, o, { id: r, kind: 'risk' }, RISK_LEVELS[Math.max(0, Math.min(2, RISK_LEVELS.indexOf(o.risks[r] ?? 'low') + riskShift))]!);
    }
  return new File([JSON.stringify(ratingsFileFrom(task, draft, new Date('2026-12-01T10:00:00Z')))], `${reviewer}.json`, { type: 'application/json' });
}

const picker = (el: AttuneAgreement) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;

describe('<attune-agreement>', () => {
  let bundle: ScenarioBundle;
  let files: File[];
  before(async () => {
    bundle = await exampleBundle();
    const task = reviewTask(bundle);
    files = [
      raterFile(task, 'AB', () => 0),
      raterFile(task, 'CD', (d, o) => (o === 'condolence' ? 1 : 0)),
      raterFile(task, 'EF', (d, o) => (o === 'challenge' ? 2 : 0), 0),
    ];
  });

  it('reads files chosen with the picker and shows the same figures as npm run agreement, with a chart and the contested items', async () => {
    const el = await fixture<AttuneAgreement>(html`<attune-agreement .bundle=${bundle}></attune-agreement>`);
    await waitFor(() => el.shadowRoot!.querySelector('input[type=file]'), 'the file picker');
    expect(text(el)).to.contain('No files yet.');
    const chosen = new DataTransfer();
    for (const f of files) chosen.items.add(f);
    picker(el).files = chosen.files;
    picker(el).dispatchEvent(new Event('change'));
    await waitFor(() => el.shadowRoot!.querySelector('table'), 'the report');

    const expected = scenarioAgreement(bundle, await Promise.all(files.map(async (f) => ({ file: f.name, text: await f.text() }))));
    const shownRows = [...el.shadowRoot!.querySelector('table')!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(shownRows).to.deep.equal(measureTable(expected).rows);
    expect(text(el)).to.contain('3 raters (AB, CD, EF)');
    // EF put "challenge" two levels above the authors: contested, and marked in the option table.
    expect(text(el)).to.contain('late-disclosure.challenge, Attunement: authors 1, panel median 1 (1–3): the panel splits.');
    expect(el.shadowRoot!.querySelectorAll('tr.contested').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('svg rect.icc').length + el.shadowRoot!.querySelectorAll('svg text.axis').length).to.be.greaterThan(3);
    expect(text(el)).not.to.contain('NaN');
    await animationsDone();
    await expect(el).to.be.accessible();

    const downloads = captureDownloads();
    try {
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Download Markdown')!.click();
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Download JSON')!.click();
      expect(downloads.downloads.map((d) => d.name)).to.deep.equal(['example-agreement.md', 'example-agreement.json']);
      expect(await downloads.text(0)).to.equal(agreementMarkdown(expected));
      expect(JSON.parse(await downloads.text(1))).to.deep.equal(JSON.parse(JSON.stringify(expected)));
    } finally {
      downloads.restore();
    }
  });

  it('takes dropped files, names each problem with its file and field, and lets a file be removed', async () => {
    const el = await fixture<AttuneAgreement>(html`<attune-agreement .bundle=${bundle}></attune-agreement>`);
    await waitFor(() => el.shadowRoot!.querySelector('.drop'), 'the drop zone');
    const dropped = new DataTransfer();
    dropped.items.add(files[0]!);
    dropped.items.add(new File(['{"format": "attune-panel-ratings", "version": 1}'], 'broken.json'));
    dropped.items.add(new File(['not json'], 'notes.json'));
    el.shadowRoot!.querySelector('.drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    await waitFor(() => text(el).includes('Problems with the files'), 'the problems');
    expect(text(el)).to.contain('error: broken.json (at reviewer): required field is missing');
    expect(text(el)).to.contain('error: notes.json: not valid JSON');
    expect(text(el)).to.contain('undefined (fewer than two raters)');
    await animationsDone();
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Remove broken.json"]')!.click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Remove notes.json"]')!.click();
    await el.updateComplete;
    expect(text(el)).not.to.contain('Problems with the files');
    expect(text(el)).to.contain('1 file read.');
  });
});

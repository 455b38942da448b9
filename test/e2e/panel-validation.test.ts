/**
 * docs/validation.md's worked example, made by a real run of the review page: five simulated raters
 * each open `review.html?scenario=example` in Chromium, rate every option of the example scenario
 * with the mouse (each rater has views of their own, below), comment, and download their ratings
 * file. The agreement computed from those files must be the figures the doc prints, and the files
 * must be the ones kept in `docs/validation-example/` (which `npm run agreement` reads in
 * test/node/validation-doc.test.ts). To make the files again after the example scenario changes,
 * delete that folder and run this test: it writes what the raters downloaded.
 */
import { expect } from '@open-wc/testing';
import { writeFile } from '@web/test-runner-commands';
import { reviewKey } from '../../src/panel/review-draft.js';
import { reviewTask, type ReviewTask } from '../../src/panel/review-task.js';
import { contestedMarkdown, measureMarkdown } from '../../src/panel/report.js';
import { scenarioAgreement } from '../../src/panel/scenario-agreement.js';
import { RatingsFileSchema } from '../../src/schemas/ratings.js';
import { deepText, waitFor } from '../helpers/dom.js';
import { captureDownloads } from '../helpers/downloads.js';
import { exampleBundle } from '../helpers/scenarios.js';

/**
 * Where each rater departs from the authors (`<option>.<measure>`: level); everything else they
 * rate as the authors did (a risk the authors did not give is low).
 */
export const PANEL: { reviewer: string; views: Record<string, number | string>; comments?: Record<string, string> }[] = [
  { reviewer: 'AB', views: {} },
  { reviewer: 'CD', views: { 'condolence.attunement': 3, 'extend.attunement': 1, 'notice.safety-pacing': 2 }, comments: { condolence: 'An action that answers the look away without words.' } },
  { reviewer: 'EF', views: { 'rule.boundaries-frame': 3, 'challenge.safety-pacing': 2, 'challenge.shame-withdrawal': 'high', 'extend.boundary-confusion': 'elevated' }, comments: { rule: 'Holding the time is right; the wording is the problem.' } },
  { reviewer: 'GH', views: { 'condolence.attunement': 3, 'condolence.safety-pacing': 3, 'extend.attunement': 3 } },
  { reviewer: 'JK', views: { 'condolence.attunement': 3, 'condolence.safety-pacing': 1, 'notice.safety-pacing': 2, 'rule.attunement': 2, 'hold-warmly.boundaries-frame': 2 } },
];

const FOLDER = '../../docs/validation-example';
const fileOf = (reviewer: string) => `example-${reviewer.toLowerCase()}-ratings.json`;

/** One rater's session on the review page, in an iframe, with the mouse; returns the downloaded file's text. */
async function rateOnThePage(task: ReviewTask, rater: (typeof PANEL)[number]): Promise<string> {
  localStorage.removeItem(reviewKey('example'));
  const frame = document.createElement('iframe');
  frame.src = '/review.html?scenario=example';
  frame.style.width = '1000px';
  frame.style.height = '800px';
  document.body.append(frame);
  try {
    const root = await waitFor(() => {
      const el = frame.contentDocument?.querySelector('attune-review');
      return el?.shadowRoot?.querySelector('#reviewer') ? el.shadowRoot : undefined;
    }, 'the review page');
    const button = (label: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === label);
    root.querySelector<HTMLInputElement>('#reviewer')!.value = rater.reviewer;
    button('Start rating')!.click();
    for (const [n, decision] of task.decisions.entries()) {
      await waitFor(() => deepText(root).includes(`Decision ${n + 1} of ${task.decisions.length}`), `decision ${n + 1}`);
      for (const card of root.querySelectorAll<HTMLElement>('section.option')) {
        const words = card.querySelector('.option-text')!.textContent;
        const option = decision.options.find((o) => o.text === words)!;
        for (const fieldset of card.querySelectorAll('fieldset')) {
          const label = fieldset.querySelector('legend')!.textContent!.replace(/^Risk: /, '').trim();
          const measure = task.rubric.criteria.find((c) => c.label === label)!;
          const authored = measure.kind === 'quality' ? option.ratings[measure.id]! : (option.risks[measure.id] ?? 'low');
          const level = rater.views[`${option.option}.${measure.id}`] ?? authored;
          fieldset.querySelector<HTMLInputElement>(`input[value="${level}"]`)!.click();
        }
        const comment = rater.comments?.[option.option];
        if (comment) {
          const box = card.querySelector('textarea')!;
          box.value = comment;
          box.dispatchEvent(new Event('change'));
        }
      }
      button(n + 1 < task.decisions.length ? 'Next decision' : 'Finish')!.click();
    }
    await waitFor(() => deepText(root).includes('Every option is rated.'), 'the last screen').catch((e: Error) => {
      throw new Error(`${e.message}: ${deepText(root).slice(0, 600)}`);
    });
    const downloads = captureDownloads(frame.contentWindow as Window & typeof globalThis);
    try {
      button('Download my ratings file')!.click();
      expect(downloads.downloads.map((d) => d.name)).to.deep.equal([fileOf(rater.reviewer)]);
      return await downloads.text(0);
    } finally {
      downloads.restore();
    }
  } finally {
    frame.remove();
    localStorage.removeItem(reviewKey('example'));
  }
}

/** The text between `<!-- name:start -->` and `<!-- name:end -->` in the doc. */
export function docBlock(doc: string, name: string): string {
  const m = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(doc);
  if (!m) throw new Error(`docs/validation.md has no ${name} block`);
  return m[1]!;
}

const withoutDate = (text: string) => ({ ...JSON.parse(text), date: undefined });

describe('docs/validation.md: the worked example', () => {
  it('five raters rate the example on the review page; the agreement of their files is the figures the doc prints', async () => {
    const bundle = await exampleBundle();
    const task = reviewTask(bundle);
    const files: { file: string; text: string }[] = [];
    for (const rater of PANEL) files.push({ file: fileOf(rater.reviewer), text: await rateOnThePage(task, rater) });
    for (const f of files) expect(RatingsFileSchema.safeParse(JSON.parse(f.text)).success, f.file).to.equal(true);

    // The files kept with the doc are the ones these raters downloaded (written afresh when missing).
    for (const f of files) {
      const kept = await fetch(`/docs/validation-example/${f.file}`);
      if (kept.status === 404) await writeFile({ path: `${FOLDER}/${f.file}`, content: f.text });
      else expect(withoutDate(await kept.text()), `${f.file}: delete docs/validation-example/ and run this test to make it again`).to.deep.equal(withoutDate(f.text));
    }

    const agreement = scenarioAgreement(bundle, files);
    expect(agreement.problems).to.deep.equal([]);
    const doc = await (await fetch('/docs/validation.md')).text();
    expect(docBlock(doc, 'example-figures')).to.equal(measureMarkdown(agreement));
    expect(docBlock(doc, 'example-contested')).to.equal(contestedMarkdown(agreement));
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { reviewKey } from '../../src/panel/review-draft.js';
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import { RatingsFileSchema, type RatingsFile } from '../../src/schemas/ratings.js';
import { animationsDone, deepActiveElement, deepQuery, deepQueryAll, deepText, tabTo, waitFor } from '../../test/helpers/dom.js';
import { captureDownloads } from '../../test/helpers/downloads.js';
import { exampleBundle } from '../../test/helpers/scenarios.js';
import './attune-review.js';
import type { AttuneReview } from './attune-review.js';

const text = (el: Element) => deepText(el).replace(/\s+/g, ' ');
const button = (el: AttuneReview, label: string) => deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label);

async function open(bundle: ScenarioBundle): Promise<AttuneReview> {
  const el = await fixture<AttuneReview>(html`<attune-review .bundle=${bundle}></attune-review>`);
  await waitFor(() => el.shadowRoot!.querySelector('h1, .decision-title'), 'the first screen');
  return el;
}

async function begin(el: AttuneReview, reviewer: string) {
  el.shadowRoot!.querySelector<HTMLInputElement>('#reviewer')!.value = reviewer;
  button(el, 'Start rating')!.click();
  await waitFor(() => el.shadowRoot!.querySelector('.decision-title'), 'the first decision');
}

/** The option cards on screen, by their text. */
const cards = (el: AttuneReview) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('section.option')];
const card = (el: AttuneReview, optionText: string) => cards(el).find((c) => c.querySelector('.option-text')!.textContent === optionText)!;

describe('<attune-review>', () => {
  let bundle: ScenarioBundle;
  before(async () => {
    bundle = await exampleBundle();
  });
  beforeEach(() => localStorage.removeItem(reviewKey('example')));
  after(() => localStorage.removeItem(reviewKey('example')));

  it('shows each decision blind: the client\'s lines, the options without the authors\' ratings, feedback or ids, and the rubric\'s anchors', async () => {
    const el = await open(bundle);
    expect(text(el)).to.contain('Blind rating: Example: the last five minutes');
    expect(text(el)).to.contain('Mentions a bereavement in passing');
    await animationsDone();
    await expect(el).to.be.accessible();
    await begin(el, 'AB');
    const shown = text(el);
    expect(shown).to.contain('Decision 1 of 2');
    expect(shown).to.contain('my gran died. Last Tuesday.');
    expect(shown).to.contain('short laugh, looks away');
    for (const o of ['“You said that quickly, and then looked away. I wonder if it isn\'t quite fine.”', 'Slide the box of tissues a little closer and wait.', '“Why didn\'t you mention this at the start? That\'s quite important.”']) {
      expect(cards(el).map((c) => c.querySelector('.option-text')!.textContent)).to.include(o);
    }
    // What the authors think stays hidden: no ratings, feedback, rationale or option ids.
    for (const hidden of ['You named what you saw', 'telling-off', 'late-disclosure.', 'notice', 'condolence', 'Bordin', '#rate']) expect(shown).not.to.contain(hidden);
    // Each option is rated on the decision's criteria and every risk, with the anchors beside the levels.
    const first = cards(el)[0]!;
    expect([...first.querySelectorAll('legend')].map((l) => l.textContent!.trim())).to.deep.equal(['Attunement', 'Safety and pacing', 'Risk: Shame and withdrawal', 'Risk: Boundary confusion']);
    expect(first.querySelectorAll('input[type=radio]')).to.have.length(12);
    expect(text(first)).to.contain('3Names what the client seems to be experiencing now, tentatively, and checks it.');
    expect(text(first)).to.contain('elevatedCould be heard as judgement; the client may retreat.');
    await animationsDone();
    await expect(el).to.be.accessible();
  });

  it('gives each rater an order of their own, kept when they come back', async () => {
    const orders = new Set<string>();
    for (let i = 0; i < 12; i++) {
      localStorage.removeItem(reviewKey('example'));
      const el = await open(bundle);
      await begin(el, `r${i}`);
      orders.add(cards(el).map((c) => c.querySelector('.option-text')!.textContent).join('|'));
      el.remove();
    }
    expect(orders.size, 'twelve raters see more than one order').to.be.greaterThan(1);
  });

  it('can be stopped and resumed: ratings, comments, the decision reached and the order are kept in this browser', async () => {
    const el = await open(bundle);
    await begin(el, 'CD');
    const order = cards(el).map((c) => c.querySelector('.option-text')!.textContent!);
    const target = card(el, 'Slide the box of tissues a little closer and wait.');
    target.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click(); // attunement 2
    const comment = target.querySelector('textarea')!;
    comment.value = 'Kind, but misses the look away.';
    comment.dispatchEvent(new Event('change'));
    button(el, 'Next decision')!.click();
    await waitFor(() => text(el).includes('Decision 2 of 2'), 'the second decision');
    button(el, 'Stop for now')!.click();
    await waitFor(() => button(el, 'Carry on rating'), 'the first screen again');
    el.remove();

    const again = await open(bundle);
    expect(text(again)).to.contain('You have given 1 of 24 ratings so far.');
    expect(again.shadowRoot!.querySelector<HTMLInputElement>('#reviewer')!.value).to.equal('CD');
    button(again, 'Carry on rating')!.click();
    await waitFor(() => text(again).includes('Decision 2 of 2'), 'the decision reached');
    button(again, 'Previous decision')!.click();
    await waitFor(() => text(again).includes('Decision 1 of 2'), 'the first decision');
    expect(cards(again).map((c) => c.querySelector('.option-text')!.textContent)).to.deep.equal(order);
    const kept = card(again, 'Slide the box of tissues a little closer and wait.');
    expect(kept.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.checked).to.equal(true);
    expect(kept.querySelector('textarea')!.value).to.equal('Kind, but misses the look away.');

    // Starting again clears them.
    button(again, 'Stop for now')!.click();
    await waitFor(() => button(again, 'Clear my ratings and start again'), 'the first screen');
    button(again, 'Clear my ratings and start again')!.click();
    await waitFor(() => button(again, 'Start rating'), 'a fresh start');
    expect(localStorage.getItem(reviewKey('example'))).to.equal(null);
  });

  it('asks for a reviewer id before starting', async () => {
    const el = await open(bundle);
    button(el, 'Start rating')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain('Give your reviewer id or initials');
    expect(deepActiveElement()?.id).to.equal('reviewer');
    expect(el.shadowRoot!.querySelector('.decision-title')).to.equal(null);
  });

  it('is played by keyboard alone, from the reviewer id to the downloaded ratings file, which matches the schema', async () => {
    const downloads = captureDownloads();
    try {
      const el = await open(bundle);
      await tabTo((e) => e.id === 'reviewer', 'the reviewer id');
      await sendKeys({ type: 'KB' });
      await sendKeys({ press: 'Enter' });
      await waitFor(() => deepActiveElement()?.classList.contains('decision-title'), 'focus on the first decision');
      // Each radio group is one Tab stop: Space picks its first level, each arrow the next one.
      // Levels given: 2 on every criterion, "elevated" on every risk.
      let groups = 0;
      for (let presses = 0; presses < 400 && !text(el).includes('Your ratings of'); presses++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement() as HTMLElement | null;
        if (active instanceof HTMLInputElement && active.type === 'radio' && !active.checked) {
          await sendKeys({ press: 'Space' });
          await sendKeys({ press: 'ArrowRight' });
          groups++;
        } else if (active instanceof HTMLButtonElement && /^(Next decision|Finish)$/.test(active.textContent!.trim())) {
          await sendKeys({ press: 'Enter' });
          await waitFor(() => deepActiveElement()?.matches('.decision-title, h1'), 'focus on the next screen');
        }
      }
      expect(groups).to.equal(24);
      expect(text(el)).to.contain('You have given 24 of 24 ratings.');
      await tabTo((e) => e.textContent?.trim() === 'Download my ratings file', 'the download button');
      await sendKeys({ press: 'Enter' });
      await waitFor(() => downloads.downloads.length === 1, 'the download');
      expect(downloads.downloads[0]!.name).to.equal('example-kb-ratings.json');
      const file: RatingsFile = RatingsFileSchema.parse(JSON.parse(await downloads.text(0)));
      expect(file).to.include({ reviewer: 'KB', scenario: 'example', storyHash: bundle.story.hash, complete: true });
      expect(file.rubric).to.deep.equal({ id: 'example', version: '1.0.0' });
      expect(file.entries).to.have.length(6);
      for (const e of file.entries) {
        expect(Object.values(e.ratings)).to.deep.equal([2, 2]);
        expect(Object.values(e.risks)).to.deep.equal(['elevated', 'elevated']);
      }
      expect(text(el)).to.contain('Downloaded example-kb-ratings.json');
      await animationsDone();
      await expect(el).to.be.accessible();
    } finally {
      downloads.restore();
    }
  });

  it('downloads an unfinished file that says so, and lists what is left', async () => {
    const downloads = captureDownloads();
    try {
      const el = await open(bundle);
      await begin(el, 'EF');
      cards(el)[0]!.querySelector<HTMLInputElement>('input[type=radio]')!.click();
      button(el, 'Next decision')!.click();
      await waitFor(() => text(el).includes('Decision 2 of 2'), 'the second decision');
      button(el, 'Finish')!.click();
      await waitFor(() => text(el).includes('Your ratings of'), 'the last screen');
      expect(text(el)).to.contain('Decision 1: 11 ratings to give');
      expect(text(el)).to.contain('Decision 2: 12 ratings to give');
      button(el, 'Download my ratings file')!.click();
      const file = RatingsFileSchema.parse(JSON.parse(await downloads.text(0)));
      expect(file.complete).to.equal(false);
      expect(file.entries.flatMap((e) => Object.values(e.ratings)).filter((v) => v !== null)).to.deep.equal([1]);
      expect(text(el)).to.contain('not every option is rated yet');
      button(el, 'Decision 2: 12 ratings to give')!.click();
      await waitFor(() => text(el).includes('Decision 2 of 2'), 'back to decision 2');
    } finally {
      downloads.restore();
    }
  });

  it('says calmly when the scenario cannot be loaded', async () => {
    const el = await fixture<AttuneReview>(html`<attune-review src="/scenarios/no-such-scenario.json"></attune-review>`);
    await waitFor(() => deepQuery(el, '[role=alert]'), 'the message');
    expect(text(el)).to.contain('The scenario at /scenarios/no-such-scenario.json could not be loaded');
  });
});

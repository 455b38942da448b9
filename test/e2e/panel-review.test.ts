/**
 * The review page (`review.html`) as a panel rater opens it: the scenario named in the query string,
 * or a choice of scenario; nothing a trainee sees links to it.
 */
import { expect } from '@open-wc/testing';
import type { AttuneReview } from '../../components/attune-review/attune-review.js';
import { reviewKey } from '../../src/panel/review-draft.js';
import { deepText, waitFor } from '../helpers/dom.js';

/** Opens a page in an iframe and waits for its `<attune-review>` to show `what`. */
async function openPage(url: string, what: string): Promise<{ frame: HTMLIFrameElement; review: AttuneReview }> {
  const frame = document.createElement('iframe');
  frame.src = url;
  frame.style.width = '900px';
  frame.style.height = '700px';
  document.body.append(frame);
  const review = await waitFor(() => {
    const el = frame.contentDocument?.querySelector('attune-review');
    // The frame's elements are not instances of this window's Element: read the shadow root itself.
    return el?.shadowRoot && deepText(el.shadowRoot).includes(what) ? el : undefined;
  }, what);
  return { frame, review };
}

describe('review page', () => {
  beforeEach(() => localStorage.removeItem(reviewKey('example')));

  it('opens the scenario named in the query string', async () => {
    const { frame, review } = await openPage('/review.html?scenario=example', 'Blind rating: Example: the last five minutes');
    try {
      expect(frame.contentDocument!.title).to.equal('Attune — blind rating (for panel raters)');
      expect(frame.contentDocument!.querySelector<HTMLElement>('.scenario-choice')!.hidden).to.equal(true);
      expect(deepText(review.shadowRoot!)).to.contain('2 decisions');
    } finally {
      frame.remove();
    }
  });

  it('offers a choice of scenario when none is named, and refuses a malformed id', async () => {
    const { frame } = await openPage('/review.html', 'Blind rating:');
    try {
      const select = frame.contentDocument!.querySelector<HTMLSelectElement>('#scenario')!;
      expect(frame.contentDocument!.querySelector<HTMLElement>('.scenario-choice')!.hidden).to.equal(false);
      expect([...select.options].map((o) => o.value)).to.include('example');
      expect(new URL(frame.contentWindow!.location.href).searchParams.get('scenario')).to.equal(select.value);
    } finally {
      frame.remove();
    }
    const bad = document.createElement('iframe');
    bad.src = '/review.html?scenario=../../etc';
    document.body.append(bad);
    try {
      await waitFor(() => bad.contentDocument?.querySelector('#status')?.textContent?.includes('is not a scenario id'), 'the message');
    } finally {
      bad.remove();
    }
  });

  it('is linked from nowhere a trainee goes', async () => {
    for (const page of ['/index.html', '/player.html', '/lms.html']) {
      const text = await (await fetch(page)).text();
      expect(text, page).not.to.contain('review.html');
    }
  });
});

/**
 * The panel's pages as raters and course leaders open them: the review page (`review.html`) with
 * the scenario named in the query string or a choice of scenario, and the agreement page
 * (`agreement.html`); nothing a trainee sees links to either.
 */
import { expect } from '@open-wc/testing';
import { reviewKey } from '../../src/panel/review-draft.js';
import { deepText, waitFor } from '../helpers/dom.js';

/** Opens a page in an iframe and waits for its `<attune-review>` (or other element) to show `what`. */
async function openPage(url: string, what: string, tag = 'attune-review'): Promise<{ frame: HTMLIFrameElement; el: HTMLElement }> {
  const frame = document.createElement('iframe');
  frame.src = url;
  frame.style.width = '900px';
  frame.style.height = '700px';
  document.body.append(frame);
  const el = await waitFor(() => {
    const found = frame.contentDocument?.querySelector(tag) as HTMLElement | null | undefined;
    // The frame's elements are not instances of this window's Element: read the shadow root itself.
    return found?.shadowRoot && deepText(found.shadowRoot).includes(what) ? found : undefined;
  }, what);
  return { frame, el };
}

describe('review page', () => {
  beforeEach(() => localStorage.removeItem(reviewKey('example')));

  it('opens the scenario named in the query string', async () => {
    const { frame, el } = await openPage('/review.html?scenario=example', 'Blind rating: Example: the last five minutes');
    try {
      expect(frame.contentDocument!.title).to.equal('Attune — blind rating (for panel raters)');
      expect(frame.contentDocument!.querySelector<HTMLElement>('.scenario-choice')!.hidden).to.equal(true);
      expect(deepText(el.shadowRoot!)).to.contain('2 decisions');
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

  it('the agreement page opens the scenario named, with its file picker', async () => {
    const { frame, el } = await openPage('/agreement.html?scenario=example', 'Panel agreement: Example: the last five minutes', 'attune-agreement');
    try {
      expect(frame.contentDocument!.querySelector<HTMLSelectElement>('#scenario')!.value).to.equal('example');
      expect(el.shadowRoot!.querySelector('input[type=file][multiple]')).to.exist;
    } finally {
      frame.remove();
    }
  });

  it('neither page is linked from anywhere a trainee goes', async () => {
    for (const page of ['/index.html', '/player.html', '/lms.html']) {
      const text = await (await fetch(page)).text();
      expect(text, page).not.to.match(/review\.html|agreement\.html/);
    }
  });
});

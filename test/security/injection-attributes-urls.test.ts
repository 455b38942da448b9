/**
 * Injection through configuration (issue 7, part 3): every payload of the corpus as the value of
 * every attribute of `<attune-player>`, and as the URL parameters (and hash) of the real pages —
 * `player.html` (the embed page), `index.html` (the library app) and `lms.html` (the package launch
 * page) — each loaded in a frame that records its own errors from its first line (frame-guard.js).
 *
 * For each: the canary never fires, no event-handler attribute, script URL or foreign element
 * exists anywhere (frames and shadow roots included), the structure is the one the same page has
 * with plain words, nothing navigated, nothing reached the console uncaught, and where the page
 * repeats the value back (an unknown scenario id) the trainee sees it literally.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/attune-player/attune-player.js';
import type { AttunePlayer } from '../../components/attune-player/attune-player.js';
import { AttemptStore, MemoryStorage } from '../../src/attempts.js';
import { isolate } from '../../src/isolate.js';
import { exampleBundle } from '../helpers/scenarios.js';
import { afterFrames as settle, waitFor } from '../helpers/dom.js';
import { allElements, allText, buttonWith, injected, installCanary, letPayloadsFire, structure, watchErrors } from './harness.js';
import { PAYLOADS, URL_PAYLOADS, visible, type Payload } from './payloads.js';

const fired = installCanary();
const PLAIN: Payload = { id: 'plain', text: 'plain words' };
let tried = 0;



/** Every attribute the player reads, set to `value`. */
const ATTRIBUTES = ['scenario', 'mode', 'feedback', 'seed', 'storage', 'scenarios-base', 'confidence', 'client-state', 'leavable'];

async function playerWithAttributes(value: string, extra: Record<string, string> = {}): Promise<AttunePlayer> {
  const el = document.createElement('attune-player') as AttunePlayer;
  el.store = new AttemptStore(new MemoryStorage());
  for (const name of ATTRIBUTES) el.setAttribute(name, value);
  for (const [name, v] of Object.entries(extra)) el.setAttribute(name, v);
  document.body.append(el);
  await waitFor(() => el.screen === 'error' || el.ready, 'the player');
  await settle();
  return el;
}

function checkInert(root: Element, p: Payload, where: string, href: string) {
  expect(fired, `${p.id} ${where}: script ran`).to.deep.equal([]);
  expect(injected(root), `${p.id} ${where}: injected`).to.deep.equal([]);
  expect(location.href, `${p.id} ${where}: navigated`).to.equal(href);
}

interface FramePage {
  name: string;
  url: (p: string) => string;
  /** True once the page has settled (its player or library rendered). */
  ready: (doc: Document) => boolean;
  /** Compare structure with plain words (not the library: it shows this browser's shared history). */
  compare: boolean;
  /** Text the page must show literally for the payload, if any. */
  literal?: (p: string) => string;
}

/** The player has settled: its error, or its content note with the story built. */
const playerSettled = (doc: Document) => {
  const player = doc.querySelector('attune-player') as AttunePlayer | null;
  return player?.screen === 'error' || Boolean(player?.ready);
};

const PAGES: FramePage[] = [
  {
    name: 'player.html with every setting',
    url: (p) => `/player.html?attune-guard=1&${['scenario', 'mode', 'feedback', 'seed', 'confidence', 'client-state', 'storage'].map((k) => `${k}=${encodeURIComponent(p)}`).join('&')}`,
    ready: playerSettled,
    compare: true,
    literal: (p) => `“${isolate(p)}” is not a scenario id`,
  },
  {
    name: 'player.html?src=',
    url: (p) => `/player.html?attune-guard=1&src=${encodeURIComponent(p)}`,
    ready: playerSettled,
    compare: false, // the message names the URL it tried, which differs in shape from payload to payload
  },
  {
    name: 'index.html with a query and a route',
    url: (p) => `/index.html?attune-guard=1&scenario=${encodeURIComponent(p)}&mode=${encodeURIComponent(p)}#play/${encodeURIComponent(p)}/practice`,
    ready: (doc) => allText(doc.body).includes('Scenario library') && allText(doc.body).includes('Practice'),
    compare: false,
  },
  {
    name: 'lms.html with every setting',
    url: (p) =>
      `/lms.html?attune-guard=1&lms=scorm12&lms-wait=50&${['scenario', 'mode', 'feedback', 'confidence', 'client-state'].map((k) => `${k}=${encodeURIComponent(p)}`).join('&')}`,
    ready: playerSettled,
    compare: true,
    literal: (p) => `“${isolate(p)}” is not a scenario id`,
  },
];

interface Loaded {
  frame: HTMLIFrameElement;
  doc: Document;
  loads: number;
  errors: string[];
  href: string;
}

async function loadFrame(page: FramePage, p: Payload): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px; border: 0';
  let loads = 0;
  frame.addEventListener('load', () => loads++);
  const url = page.url(p.text);
  frame.src = url;
  document.body.append(frame);
  await waitFor(() => loads > 0 && frame.contentDocument?.readyState === 'complete', `${page.name} to load`);
  const doc = frame.contentDocument!;
  await waitFor(() => page.ready(doc), `${page.name} to settle`);
  await settle();
  await letPayloadsFire();
  const win = frame.contentWindow as Window & { __attuneErrors?: string[] };
  return { frame, doc, get loads() { return loads; }, errors: win.__attuneErrors ?? ['(the frame guard did not run)'], href: new URL(url, location.href).href };
}

describe('injection: payloads in attributes and URL parameters render inert (issue 7)', function () {
  const watch = watchErrors();
  const href = location.href;
  let plainPlayer: string[];
  const plainFrames = new Map<string, string[]>();

  before(async () => {
    const el = await playerWithAttributes(PLAIN.text);
    plainPlayer = structure(el);
    el.remove();
    for (const page of PAGES.filter((pg) => pg.compare)) {
      const loaded = await loadFrame(page, PLAIN);
      plainFrames.set(page.name, structure(loaded.doc.documentElement));
      loaded.frame.remove();
    }
  });

  after(() => {
    watch.stop();
    console.log(`[security] attribute and URL payload placements tried: ${tried}`);
  });

  for (const p of PAYLOADS) {
    it(`${p.id}: as every attribute of <attune-player>`, async () => {
      const el = await playerWithAttributes(p.text);
      await letPayloadsFire();
      checkInert(el, p, 'attributes', href);
      expect(el.screen).to.equal('error');
      expect(structure(el), `${p.id}: structure`).to.deep.equal(plainPlayer);
      expect(visible(allText(el))).to.contain(visible(`“${isolate(p.text)}” is not a scenario id`));
      el.remove();

      // As the bundle URL.
      const src = await playerWithAttributes(p.text, { src: p.text });
      await letPayloadsFire();
      checkInert(src, p, 'src', href);
      expect(src.screen).to.equal('error');
      src.remove();

      // Around a good scenario: it opens, begins and plays with the payload as every setting.
      const bundle = await exampleBundle();
      const good = await fixture<AttunePlayer>(html`<attune-player .bundle=${bundle} .store=${new AttemptStore(new MemoryStorage())}></attune-player>`);
      for (const name of ['mode', 'feedback', 'seed', 'storage', 'confidence', 'client-state', 'leavable']) good.setAttribute(name, p.text);
      await settle();
      (await waitFor(() => good.ready && buttonWith(good, 'begin'), 'Begin, the story built'))!.click();
      // The playing screen's code arrives as its own chunk: wait for the options rather than a fixed number of frames.
      (await waitFor(() => allElements(good).find((b): b is HTMLButtonElement => b.localName === 'button' && b.classList.contains('option')), 'the first options')).click();
      await settle();
      await letPayloadsFire();
      checkInert(good, p, 'settings of a good scenario', href);
      expect(good.session!.path).to.have.length(1);
      good.remove();
      tried += ATTRIBUTES.length + 1 + 7;
      expect(watch.errors, `${p.id}: console errors`).to.deep.equal([]);
    });
  }

  for (const p of URL_PAYLOADS) {
    it(`${p.id}: in the URL of player.html, index.html and lms.html`, async () => {
      for (const page of PAGES) {
        const loaded = await loadFrame(page, p);
        checkInert(loaded.doc.documentElement, p, page.name, href);
        expect(loaded.errors, `${p.id} ${page.name}: errors in the page`).to.deep.equal([]);
        expect(loaded.loads, `${p.id} ${page.name}: the frame navigated`).to.equal(1);
        expect(loaded.frame.contentWindow!.location.href, `${p.id} ${page.name}: the frame navigated`).to.equal(loaded.href);
        if (page.compare) expect(structure(loaded.doc.documentElement), `${p.id} ${page.name}: structure`).to.deep.equal(plainFrames.get(page.name));
        if (page.literal) expect(visible(allText(loaded.doc.body)), `${p.id} ${page.name}: literal text`).to.contain(visible(page.literal(p.text)));
        loaded.frame.remove();
        const url = new URL(loaded.href);
        tried += [...url.searchParams.values()].filter((v) => v === p.text).length + (url.hash.includes(encodeURIComponent(p.text)) ? 1 : 0);
      }
      expect(watch.errors, `${p.id}: console errors`).to.deep.equal([]);
    });
  }
});

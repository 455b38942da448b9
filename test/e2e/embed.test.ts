/**
 * Embedding: the player works from plain attributes on any page, the embed page's query string
 * configures it (and refuses bundles from other sites), and it plays under a strict Content
 * Security Policy (no inline styles or scripts, no other origins) without a single violation.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/attune-player/attune-player.js';
import type { AttunePlayer } from '../../components/attune-player/attune-player.js';
import { bridgeToParent, type AttuneMessage } from '../../components/attune-player/parent-bridge.js';
import { applyPlayerQuery, parentOriginAllowed, parseOrigin, parsePlayerQuery } from '../../src/player-contract.js';
import { deepText, settle, waitFor } from '../helpers/dom.js';

const page = 'http://localhost:8000/player.html';

describe('embedding', () => {
  it('the embed page reads scenario, mode, feedback, confidence, client-state and seed from the query string', async () => {
    const el = await fixture<AttunePlayer>(html`<attune-player storage="none"></attune-player>`);
    applyPlayerQuery(el, parsePlayerQuery('?scenario=example&mode=assessment&feedback=end&confidence=1&client-state=0&seed=42', page));
    await waitFor(() => el.ready, `the scenario (screen: ${el.screen})`);
    expect(el).to.include({ scenario: 'example', mode: 'assessment', feedback: 'end', confidence: true, clientState: false, seed: 42 });
  });

  it('the embed page refuses a bundle URL from another site, calmly', async () => {
    const el = await fixture<AttunePlayer>(html`<attune-player storage="none"></attune-player>`);
    applyPlayerQuery(el, parsePlayerQuery('?src=https://elsewhere.example/evil.json', page));
    await waitFor(() => el.screen === 'error', 'the message');
    expect(deepText(el)).to.contain('only opens scenarios from its own site');
    const same = await fixture<AttunePlayer>(html`<attune-player storage="none"></attune-player>`);
    applyPlayerQuery(same, parsePlayerQuery('?src=scenarios/example.json', location.href));
    await waitFor(() => same.ready, 'the scenario');
  });

  it('in an iframe, forwards its events to the parent page, to the one origin named', async () => {
    expect(parseOrigin('https://lms.example.org')).to.equal('https://lms.example.org');
    expect(parseOrigin('https://lms.example.org/')).to.equal('https://lms.example.org');
    expect(parseOrigin('https://lms.example.org/course')).to.equal(undefined);
    expect(parseOrigin('*')).to.equal(undefined);
    expect(parseOrigin('javascript:alert(1)')).to.equal(undefined);

    const sent: [AttuneMessage, string][] = [];
    const el = await fixture<AttunePlayer>(html`<attune-player storage="none" mode="assessment"></attune-player>`);
    const stop = bridgeToParent(el, { postMessage: (message: AttuneMessage, origin: string) => sent.push([message, origin]) } as Pick<Window, 'postMessage'>, 'https://lms.example.org');
    el.scenario = 'example';
    await waitFor(() => el.ready, 'the scenario');
    el.restart();
    el.choose(0);
    el.choose(0);
    stop();
    el.restart();
    expect(sent.map(([m]) => m.type)).to.deep.equal(['attune-ready', 'attune-start', 'attune-choice', 'attune-choice', 'attune-complete']);
    expect(sent.every(([m, origin]) => m.source === 'attune' && origin === 'https://lms.example.org')).to.equal(true);
    const complete = sent.at(-1)![0].detail as { passed: boolean; replayCode: string };
    expect(complete.passed).to.equal(true);
    expect(() => structuredClone(sent.map(([m]) => m))).not.to.throw();
  });

  it('sends events only to its own site or the sites the deployment lists, never to one a link names', async () => {
    const own = 'https://attune.example.org';
    expect(parentOriginAllowed(undefined, own, '')).to.deep.equal({});
    expect(parentOriginAllowed(own, own, '')).to.deep.equal({ origin: own });
    const framer = parentOriginAllowed('https://evil.example', own, '');
    expect(framer.origin).to.equal(undefined);
    expect(framer.refused).to.contain('not sent to “\u2068https://evil.example\u2069”');
    expect(framer.refused).to.contain('attune-parent-origins');
    const listed = 'https://lms.example.org https://other.example:8443, not-an-origin *';
    expect(parentOriginAllowed('https://lms.example.org', own, listed)).to.deep.equal({ origin: 'https://lms.example.org' });
    expect(parentOriginAllowed('https://other.example:8443', own, listed)).to.deep.equal({ origin: 'https://other.example:8443' });
    expect(parentOriginAllowed('https://evil.example', own, listed).origin).to.equal(undefined);

    // The real embed page in an iframe on this site, asked to send here: it does (same site is the default).
    const received: string[] = [];
    const onMessage = (event: MessageEvent) => {
      if (event.origin === location.origin && event.data?.source === 'attune') received.push(event.data.type);
    };
    addEventListener('message', onMessage);
    const frame = document.createElement('iframe');
    frame.src = `/player.html?scenario=example&storage=none&parent-origin=${encodeURIComponent(location.origin)}`;
    document.body.append(frame);
    try {
      await waitFor(() => received.includes('attune-ready'), 'attune-ready from the embedded player');
    } finally {
      removeEventListener('message', onMessage);
      frame.remove();
    }
  });

  it('the embed page asks for the scenario before the player has loaded, and only once', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/player.html?scenario=example&storage=none';
    document.body.append(frame);
    try {
      await waitFor(() => (frame.contentDocument?.querySelector('attune-player') as AttunePlayer | null)?.ready, 'the embedded player');
      const entries = frame.contentWindow!.performance.getEntriesByType('resource');
      const bundle = entries.filter((e) => new URL(e.name).pathname === '/scenarios/example.json');
      const player = entries.find((e) => new URL(e.name).pathname === '/components/attune-player/attune-player.ts');
      expect(bundle, 'requests for the bundle').to.have.length(1);
      expect(player, 'the player module').to.exist;
      expect(bundle[0]!.startTime, 'the bundle was asked for first').to.be.below(player!.startTime);
    } finally {
      frame.remove();
    }
  });

  it('plays a whole scenario under a strict Content Security Policy without a violation', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";
    document.head.append(meta);

    const el = await fixture<AttunePlayer>(html`<attune-player scenario="example" storage="none" client-state confidence></attune-player>`);
    await waitFor(() => el.ready, 'the scenario');
    el.restart();
    el.choose(0, 1);
    await settle();
    el.choose(0, 0.5);
    el.pause();
    await settle();
    await el.showDebrief(); // the debrief's code is a chunk of its own: showDebrief waits for it
    await settle(5);
    expect(deepText(el)).to.contain('Passed');
    expect(violations).to.deep.equal([]);
  });
});

/**
 * Fetching a scenario bundle early (the embed page does, before the player's code has loaded):
 * the player then takes that response instead of asking again.
 */
import { expect } from '@open-wc/testing';
import { fetchOnce, prefetch, scenarioBundleUrl } from '../src/prefetch.js';

const requestsFor = (url: string) => performance.getEntriesByType('resource').filter((e) => e.name === new URL(url, document.baseURI).href).length;

describe('prefetch', () => {
  it('one request: the early response is the one taken, once', async () => {
    const url = `/scenarios/example.json?prefetch-test=${Math.random()}`;
    prefetch(url);
    prefetch(url); // asking twice starts nothing more
    const response = await fetchOnce(url);
    expect(((await response.json()) as { id: string }).id).to.equal('example');
    expect(requestsFor(url)).to.equal(1);
    // Taken once: the next asks the network again.
    await (await fetchOnce(url)).json();
    expect(requestsFor(url)).to.equal(2);
  });

  it('relative and absolute forms of a URL are the same request', async () => {
    const url = `scenarios/example.json?prefetch-test=${Math.random()}`;
    prefetch(`/${url}`);
    await (await fetchOnce(new URL(`/${url}`, location.href).href)).json();
    expect(requestsFor(`/${url}`)).to.equal(1);
  });

  it('a failed early request is reported to whoever takes it, never as an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const listener = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
    window.addEventListener('unhandledrejection', listener);
    try {
      prefetch('http://127.0.0.1:9/nowhere.json');
      await new Promise((r) => setTimeout(r, 300));
      let failed: unknown;
      await fetchOnce('http://127.0.0.1:9/nowhere.json').catch((e: unknown) => (failed = e));
      expect(failed).to.be.instanceOf(TypeError);
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', listener);
    }
  });

  it('bundle URLs only for scenario ids', () => {
    expect(scenarioBundleUrl('secure-helen')).to.equal('scenarios/secure-helen.json');
    expect(scenarioBundleUrl('x', '/s/')).to.equal('/s/x.json');
    for (const bad of ['', '../x', 'A', '-x', 'x.json', 'x/y', 'x?y']) expect(scenarioBundleUrl(bad), bad).to.equal(undefined);
  });
});

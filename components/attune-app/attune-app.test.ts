import { expect, fixture, html } from '@open-wc/testing';
import { AttemptStore, MemoryStorage } from '../../src/attempts.js';
import { deepQuery, deepQueryAll, deepText, settle, waitFor } from '../../test/helpers/dom.js';
import type { AttunePlayer } from '../attune-player/attune-player.js';
import './attune-app.js';
import type { AttuneApp } from './attune-app.js';

const reset = () => history.replaceState(null, '', location.pathname + location.search);

describe('<attune-app>', () => {
  afterEach(reset);

  it('loads the catalogue (relative URL) and lists every scenario', async () => {
    reset();
    const app = await fixture<AttuneApp>(html`<attune-app .store=${new AttemptStore(new MemoryStorage())}></attune-app>`);
    await waitFor(() => deepQuery(app, 'attune-library'), 'the library');
    await settle();
    expect(deepQueryAll(app, 'article[part="card"]').length).to.be.greaterThan(0);
    expect(deepText(app)).to.contain('Example: the last five minutes');
  });

  it('opens the player for a card and returns to the library; the hash holds the route', async () => {
    reset();
    const app = await fixture<AttuneApp>(html`<attune-app .store=${new AttemptStore(new MemoryStorage())}></attune-app>`);
    const open = await waitFor(() => deepQuery<HTMLButtonElement>(app, 'button[data-mode="assessment"][aria-describedby="title-example"]'), 'the card');
    open.click();
    await settle();
    expect(location.hash).to.equal('#play/example/assessment');
    const player = await waitFor(() => deepQuery<AttunePlayer>(app, 'attune-player'), 'the player');
    expect(player.mode).to.equal('assessment');
    expect(player.leavable).to.equal(true);
    await waitFor(() => player.ready, 'the content note, the story built');
    deepQueryAll<HTMLButtonElement>(app, 'button').find((b) => b.textContent!.includes('Scenario library'))!.click();
    await settle();
    expect(location.hash).to.equal('');
    expect(deepQuery(app, 'attune-library')).to.exist;
  });

  it('opens straight into a scenario from the hash (a reload mid-scenario)', async () => {
    history.replaceState(null, '', '#play/example/practice');
    const app = await fixture<AttuneApp>(html`<attune-app .store=${new AttemptStore(new MemoryStorage())}></attune-app>`);
    const player = await waitFor(() => deepQuery<AttunePlayer>(app, 'attune-player'), 'the player');
    await waitFor(() => player.ready, 'the content note, the story built');
    expect(player.scenario).to.equal('example');
    expect(player.mode).to.equal('practice');
  });

  it('says calmly when the scenario list cannot be loaded', async () => {
    reset();
    const app = await fixture<AttuneApp>(html`<attune-app scenarios-base="nowhere/" .store=${new AttemptStore(new MemoryStorage())}></attune-app>`);
    await waitFor(() => deepText(app).includes('could not be loaded'), 'the message');
    expect(deepQueryAll<HTMLButtonElement>(app, 'button').some((b) => b.textContent!.includes('Try again'))).to.equal(true);
    await expect(app).to.be.accessible();
  });

  it('exports and imports history, and shows set-aside records from a corrupt store', async () => {
    reset();
    const storage = new MemoryStorage();
    storage.setItem('attune:attempts:example', 'not json');
    const store = new AttemptStore(storage);
    const app = await fixture<AttuneApp>(html`<attune-app .store=${store}></attune-app>`);
    await waitFor(() => deepQuery(app, 'attune-library'), 'the library');
    await settle();
    expect(deepText(app)).to.contain('set aside');
    await expect(app).to.be.accessible();
  });
});

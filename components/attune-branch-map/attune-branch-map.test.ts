import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { buildBranchMap } from '../../src/analysis/branch-map.js';
import type { BranchMap } from '../../src/analysis/branch-map-format.js';
import { loadStoryTree, memoryFiles } from '../../src/analysis/files.js';
import { decodeReplayCode } from '../../src/replay-code.js';
import { deepQuery, deepQueryAll, deepText, waitFor } from '../../test/helpers/dom.js';
import type { AttuneRoutePlayDetail } from '../shared/events.js';
import './attune-branch-map.js';
import { ratingClass, type AttuneBranchMap } from './attune-branch-map.js';

const FILES = ['stories/example/scenario.yaml', 'stories/example/story.ink', 'stories/example/endings.ink', 'stories/rubrics/example.yaml'];

/** The example's map, built here from its files exactly as the dev server and the build do. */
async function exampleMap(patch: (files: Record<string, string>) => void = () => undefined): Promise<BranchMap> {
  const files = Object.fromEntries(await Promise.all(FILES.map(async (f) => [f, await (await fetch(`/${f}`)).text()] as const)));
  patch(files);
  const tree = loadStoryTree(memoryFiles(files), 'stories');
  return buildBranchMap(tree.scenarios[0]!)!;
}

const text = (el: Element) => deepText(el).replace(/\s+/g, ' ');

describe('<attune-branch-map>', () => {
  let map: BranchMap;
  before(async () => {
    map = await exampleMap();
  });

  it('draws the graph with dagre: a box per decision and ending, options coloured by rating, harm marked', async () => {
    const el = await fixture<AttuneBranchMap>(html`<attune-branch-map .map=${map}></attune-branch-map>`);
    await waitFor(() => el.shadowRoot!.querySelector('svg'), 'the laid-out graph');
    const nodes = [...el.shadowRoot!.querySelectorAll('svg g.node')];
    expect(nodes.map((n) => n.getAttribute('class')!.replace('node ', ''))).to.deep.equal(['decision', 'decision', 'ending', 'ending', 'ending']);
    // Laid out top to bottom: the first decision above the second, the endings below both.
    const y = (i: number) => Number(/translate\([\d.]+,([\d.]+)\)/.exec(nodes[i]!.getAttribute('transform')!)![1]);
    expect(y(0)).to.be.below(y(1));
    expect(y(1)).to.be.below(y(2));
    const options = [...el.shadowRoot!.querySelectorAll('svg g.option')].map((o) => o.getAttribute('class')!.split(/\s+/)[1]);
    expect(options).to.deep.equal(['best', 'mid', 'low', 'best', 'low', 'harm']);
    expect(el.shadowRoot!.querySelectorAll('svg polyline.edge.harm')).to.have.length(1);
    expect(text(el)).to.contain('3 paths · 50%–100% · harm never · pass possible');
    await expect(el).to.be.accessible();
  });

  it('offers the same graph as a list for keyboard and screen readers, and shows an option\'s tags, feedback and source line', async () => {
    const el = await fixture<AttuneBranchMap>(html`<attune-branch-map .map=${map} view="list"></attune-branch-map>`);
    const items = deepQueryAll(el, '.list > li h3').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'Decision late-disclosure stories/example/story.ink:17',
      'Decision time stories/example/story.ink:42',
      // An ending is placed where the story stops: its "-> END".
      'Ending: held stories/example/endings.ink:6',
      'Ending: shut-down stories/example/endings.ink:11',
      'Ending: frame-lost stories/example/endings.ink:15',
    ]);
    expect(text(el)).to.contain('late-disclosure.condolence Action: Slide the box of tissues a little closer and wait. (middling, 50%)');
    deepQuery<HTMLButtonElement>(el, 'button[aria-label="Details: time.extend"]')!.click();
    await el.updateComplete;
    const details = text(deepQuery(el, '.details')!);
    expect(details).to.contain('harm flag');
    expect(details).to.contain('boundary-confusion=high');
    expect(details).to.contain('Generous in feeling, but it dissolves the frame');
    expect(details).to.contain('#option: time.extend');
    expect(details).to.contain('stories/example/story.ink:54');
    await expect(el).to.be.accessible();
  });

  it('builds a route option by option, offering only what can follow, and plays it in the player at that point', async () => {
    const el = await fixture<AttuneBranchMap>(html`<attune-branch-map .map=${map} view="list"></attune-branch-map>`);
    const add = (id: string) => deepQuery<HTMLButtonElement>(el, `button[aria-label="Add to route: ${id}"]`)!;
    expect(add('time.hold-warmly').disabled, 'the second decision is not reachable yet').to.equal(true);
    add('late-disclosure.challenge').click();
    await el.updateComplete;
    // After "challenge" openness falls to 1, so "extend" (openness ≥ 3) cannot follow.
    expect(add('time.hold-warmly').disabled).to.equal(false);
    expect(add('time.extend').disabled).to.equal(true);
    expect(deepQueryAll(el, '.route li').map((li) => li.textContent!.trim())).to.deep.equal(['late-disclosure.challenge']);
    const played = oneEvent(el, 'attune-route-play');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.routes button')].find((b) => b.textContent!.trim() === 'Play this route')!.click();
    const event = (await played) as CustomEvent<AttuneRoutePlayDetail>;
    expect(event.detail.steps).to.deep.equal([2]);
    expect(decodeReplayCode(event.detail.replayCode)).to.include({ seed: map.seed });
    const player = await waitFor(() => deepQuery(el, 'attune-player'), 'the player');
    // The player resumes at the second decision: its options, minus "extend".
    await waitFor(() => deepQueryAll(player, 'button.option').length === 2, 'the options of the second decision');
    expect(deepQueryAll(player, 'button.option').map((b) => b.textContent!)).to.satisfy((t: string[]) => t[0]!.includes('We do need to stop on time') && t[1]!.includes('Rules are rules'));
    expect(text(player)).to.contain("Why didn't you mention this at the start?");
  });

  it('plays a route the checker reports, to its ending', async () => {
    const el = await fixture<AttuneBranchMap>(html`<attune-branch-map .map=${map} view="list"></attune-branch-map>`);
    deepQuery<HTMLButtonElement>(el, 'button[aria-label="Play this route: frame-lost"]')!.click();
    const player = await waitFor(() => deepQuery(el, 'attune-player'), 'the player');
    await waitFor(() => text(player).includes('The session runs on for another forty minutes'), 'the frame-lost ending');
  });

  it('shows dead ends and content no path reaches in red, with the checker\'s message', async () => {
    const broken = await exampleMap((files) => {
      files['stories/example/endings.ink'] = files['stories/example/endings.ink']!.replace('"Right. See you." #client #ending: shut-down', '"Right. See you." #client') + '\n=== spare ===\nNobody reads this. #ending: spare\n-> END\n';
    });
    const el = await fixture<AttuneBranchMap>(html`<attune-branch-map .map=${broken} view="list"></attune-branch-map>`);
    const problems = deepQueryAll(el, '.list > li.dead-end, .list > li.unreachable');
    expect(problems.map((p) => p.className.replace('node ', ''))).to.deep.equal(['dead-end', 'unreachable']);
    expect(getComputedStyle(problems[0]!.querySelector('h3')!).color).to.equal(getComputedStyle(el.shadowRoot!.querySelector('.danger')!).color);
    expect(text(el)).to.contain('knot "spare" is never reached');
    expect(ratingClass({ value: 1, best: true, harm: true })).to.equal('harm');
  });
});

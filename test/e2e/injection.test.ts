/**
 * Story text is text. An ink line, a choice, its feedback, the scenario's metadata and the rubric's
 * labels all carry `<img onerror>`, `<script>` and `javascript:` payloads; every screen renders
 * them literally, no script runs and no element is injected. The Markdown export stays inert too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { AttemptStore, MemoryStorage } from '../../src/attempts.js';
import { debriefToMarkdown } from '../../src/debrief-export.js';
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import '../../components/attune-library/attune-library.js';
import type { AttuneLibrary } from '../../components/attune-library/attune-library.js';
import '../../components/attune-player/attune-player.js';
import type { AttunePlayer } from '../../components/attune-player/attune-player.js';
import { deepQueryAll, deepText, settle, waitFor } from '../helpers/dom.js';
import { bundleWithInk } from '../helpers/scenarios.js';

declare global {
  interface Window {
    __pwned?: string;
  }
}

// (Square brackets would end an ink choice, so the payloads use String() instead.)
const IMG = '<img src=x onerror="window.__pwned=String(1)">';
const SCRIPT = '<script>window.__pwned=String(2)</script>';
const LINK = '<a href="javascript:window.__pwned=String(3)">click me</a>';

// Each payload in a client line, a cue, narration, a choice and the choice's feedback.
const ink = `VAR openness = 2
Narration ${LINK} #narration
Client says ${IMG} #client #cue: ${SCRIPT}
* [Option ${IMG} #option: first.img #rate: attunement=3 #risk: shame-withdrawal=low #feedback: Feedback ${SCRIPT} and ${LINK}]
  ~ openness += 1
  Reply ${SCRIPT} #client
  -> END
* [Option ${LINK} #option: first.link #rate: attunement=1 #risk: shame-withdrawal=high #feedback: Feedback ${IMG}]
  -> END
`;

function poison(b: ScenarioBundle): ScenarioBundle {
  return {
    ...b,
    scenario: {
      ...b.scenario,
      title: `Title ${IMG}`,
      summary: `Summary ${SCRIPT}`,
      setting: `Setting ${LINK}`,
      objectives: [`Objective ${IMG}`],
      contentNotes: [`Note ${SCRIPT}`],
      client: { ...b.scenario.client, name: `Sam ${IMG}`, background: `Background ${LINK}` },
      clientState: [{ variable: 'openness', label: `Openness ${IMG}`, min: 0, max: 4, show: true }],
      rationale: { first: { text: `Rationale ${SCRIPT}`, references: [`Ref ${LINK}`] } },
      references: [`Reference ${IMG} ${LINK}`],
    },
    rubric: {
      ...b.rubric,
      criteria: b.rubric.criteria.map((c) => (c.id === 'attunement' ? { ...c, label: `Attunement ${IMG}` } : c)),
    },
  };
}

/** Elements a payload could have created anywhere (shadow roots included). */
function injected(root: Element) {
  const suspicious = deepQueryAll(root, 'img, script, iframe, object, embed, [onerror], [onclick]');
  const links = deepQueryAll<HTMLAnchorElement>(root, 'a').filter((a) => a.href !== 'https://findahelpline.com/');
  return [...suspicious, ...links].map((e) => e.outerHTML.slice(0, 80));
}

describe('story text is rendered as text', () => {
  let bundle: ScenarioBundle;
  before(async () => {
    bundle = await bundleWithInk(ink, poison);
  });
  beforeEach(() => {
    window.__pwned = undefined;
  });

  async function check(root: Element, where: string) {
    await settle(3);
    await new Promise((resolve) => setTimeout(resolve, 100)); // an <img onerror> would have fired by now
    expect(window.__pwned, `a payload ran on ${where}`).to.equal(undefined);
    expect(injected(root), `elements injected on ${where}`).to.deep.equal([]);
  }

  it('in the player: content note, transcript, choices, feedback, client state, pause, debrief', async () => {
    const el = await fixture<AttunePlayer>(html`<attune-player .bundle=${bundle} .store=${new AttemptStore(new MemoryStorage())} client-state confidence></attune-player>`);
    await waitFor(() => el.ready, 'the content note, the story built');
    await check(el, 'the content note');
    expect(deepText(el)).to.contain(`Note ${SCRIPT}`);
    expect(deepText(el)).to.contain(`Objective ${IMG}`);

    el.restart();
    await check(el, 'a decision');
    const text = deepText(el);
    expect(text).to.contain(`Narration ${LINK}`);
    expect(text).to.contain(`Client says ${IMG}`);
    expect(text).to.contain(`(${SCRIPT})`);
    expect(text).to.contain(`Option ${IMG}`);
    expect(text).to.contain(`Option ${LINK}`);
    expect(text).to.contain(`Openness ${IMG}`);

    el.choose(0);
    await check(el, 'practice feedback');
    expect(deepText(el)).to.contain(`Feedback ${SCRIPT} and ${LINK}`);
    expect(deepText(el)).to.contain(`Rationale ${SCRIPT}`);
    expect(deepText(el)).to.contain(`Reply ${SCRIPT}`);

    el.pause();
    await check(el, 'the pause screen');
    deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.includes('Return to the scenario'))!.click();

    await el.showDebrief();
    for (const details of deepQueryAll<HTMLDetailsElement>(el, 'details')) details.open = true;
    await check(el, 'the debrief');
    expect(deepText(el)).to.contain(`Reference ${IMG} ${LINK}`);
    expect(deepText(el)).to.contain(`Attunement ${IMG}`);

    // The live region announced the payloads as text as well.
    const live = deepQueryAll(el, '[aria-live]')[0]!;
    expect(live.children).to.have.length(0);

    // And the Markdown export cannot become markup or a link.
    const md = debriefToMarkdown(el.debrief!);
    expect(md).not.to.match(/<img|<script|<a /i);
    expect(md).not.to.contain('](javascript');
    expect(md).to.contain('&lt;img src=x onerror=');
  });

  it('(control) the checks do catch a payload rendered as HTML', async () => {
    // (Not fixture(): for a plain element it waits for an animation frame, which a background page never gets.)
    const host = document.body.appendChild(document.createElement('section'));
    host.attachShadow({ mode: 'open' }).innerHTML = `<p>${IMG}</p>`;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(window.__pwned).to.equal('1');
    expect(injected(host)).to.have.length(1);
    host.remove();
  });

  it('in the library', async () => {
    const entry = { scenario: bundle.scenario, rubricTitle: `Rubric ${SCRIPT}`, summary: new AttemptStore(new MemoryStorage()).summary('example') };
    const el = await fixture<AttuneLibrary>(html`<attune-library .entries=${[entry]}></attune-library>`);
    await check(el, 'the library');
    expect(deepText(el)).to.contain(`Title ${IMG}`);
    expect(deepText(el)).to.contain(`Rubric ${SCRIPT}`);
  });
});

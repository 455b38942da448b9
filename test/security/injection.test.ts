/**
 * Injection (issue 7, part 3): every payload of the corpus (payloads.ts) placed at once in every
 * piece of content a scenario carries — ink text, choice text, cue and feedback tags, rubric title,
 * labels, definitions, anchors and references, scenario metadata (title, client, setting, summary,
 * objectives, content notes, client-state labels, rationale, references) — and served to the real
 * player over HTTP as a scenario bundle, compiled here with the real ink compiler. A trainee's path
 * is played through every screen (content note, transcript and choices, practice feedback, pause,
 * ending, debrief), and on each screen:
 *
 * - no script ran: the canary every payload calls never fires;
 * - nothing was injected: the page's structure (every element and attribute name, shadow roots
 *   included) is exactly the structure of the same screen with plain words, and no event-handler
 *   attribute, script URL or foreign element exists anywhere;
 * - nothing navigated: the page is where it was;
 * - the literal text is what the trainee sees, placement by placement.
 *
 * The library (index.html's app) gets the same treatment for the catalogue's metadata.
 * Attributes and URL parameters are in injection-attributes-urls.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/attune-app/attune-app.js';
import type { AttuneApp } from '../../components/attune-app/attune-app.js';
import '../../components/attune-player/attune-player.js';
import type { AttunePlayer } from '../../components/attune-player/attune-player.js';
import { AttemptStore, MemoryStorage } from '../../src/attempts.js';
import { compileInk } from '../../src/ink/compile.js';
import { ScenarioBundleSchema, type ScenarioBundle } from '../../src/scenario-bundle.js';
import { exampleBundle } from '../helpers/scenarios.js';
import { afterFrames as settle, waitFor } from '../helpers/dom.js';
import { allElements, allText, buttonWith, injected, installCanary, letPayloadsFire, putRoute, routeBase, structure, watchErrors } from './harness.js';
import { inkEscape, PAYLOADS, visible, type Payload } from './payloads.js';

const fired = installCanary();
const PLAIN: Payload = { id: 'plain', text: 'plain words' };

/** The text a placement gets: a marker naming the placement, then the payload. */
/** The scenario schema's length limits (src/schemas/scenario.ts): a payload there is cut to fit (at a whole character), as an author's would have to be. */
const LIMITS: [RegExp, number][] = [
  [/^title$/, 200],
  [/^client-name$/, 100],
  [/^client-pronouns$/, 50],
  [/^client-background$/, 5000],
  [/^setting$/, 1000],
  [/^summary$/, 3000],
  [/^(objective|content-note)-\d$/, 500],
  [/^state-label-\d$/, 100],
  [/^state-description-\d$/, 1000],
  [/^rationale-\d$/, 10000],
  [/^rationale-\d-reference$/, 500],
];
const limitOf = (place: string) => LIMITS.find(([pattern]) => pattern.test(place))?.[1];
const fit = (text: string, limit = Infinity) => {
  const cut = text.slice(0, limit);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
};
const at = (place: string, p: Payload) => fit(`⟦${place}⟧ ${p.text}`, limitOf(place));

/**
 * Every placement in a bundle, and those the trainee is shown. Rubric title, description, criterion
 * definitions, references and the anchors of levels not chosen are for authors: carried, not shown.
 */
const PLACES = new Set<string>();
const SHOWN = new Set<string>();

function inkWith(p: Payload): string {
  const e = (place: string) => {
    PLACES.add(place);
    SHOWN.add(place);
    return inkEscape(at(place, p));
  };
  return [
    'VAR openness = 2',
    'VAR arousal = 1',
    `${e('ink-narration')} #narration`,
    `${e('ink-client-line')} #client #cue: ${e('ink-cue')}`,
    `* [${e('ink-choice-a')} #option: first.a #rate: attunement=3 safety-pacing=3 #risk: shame-withdrawal=low boundary-confusion=low #feedback: ${e('ink-feedback-a')}]`,
    '  ~ openness += 1',
    '  -> second',
    `* [${e('ink-choice-b')} #option: first.b #rate: attunement=1 safety-pacing=1 #risk: shame-withdrawal=high boundary-confusion=elevated #feedback: ${e('ink-feedback-b')}]`,
    '  ~ openness -= 1',
    '  -> second',
    '=== second ===',
    `${e('ink-therapist-line')} #therapist`,
    `* [${e('ink-choice-c')} #option: second.c #rate: boundaries-frame=3 attunement=3 #risk: shame-withdrawal=low boundary-confusion=low #feedback: ${e('ink-feedback-c')}]`,
    '  -> done',
    `* [${e('ink-choice-d')} #option: second.d #rate: boundaries-frame=1 attunement=2 #risk: shame-withdrawal=low boundary-confusion=high #feedback: ${e('ink-feedback-d')}]`,
    '  -> done',
    '=== done ===',
    `${e('ink-ending')} #client #ending: closed`,
    '-> END',
    '',
  ].join('\n');
}

/** The example's metadata and rubric with the payload in every text field, around the payload story. */
async function payloadBundle(p: Payload, id: string): Promise<ScenarioBundle> {
  const base = await exampleBundle();
  const compiled = compileInk('story.ink', (path) => (path === 'story.ink' ? inkWith(p) : undefined));
  if (!compiled.story) throw new Error(`the payload story did not compile: ${JSON.stringify(compiled.diagnostics).slice(0, 500)}`);
  const t = (place: string, shown = true) => {
    PLACES.add(place);
    if (shown) SHOWN.add(place);
    return at(place, p);
  };
  const s = base.scenario;
  return ScenarioBundleSchema.parse({
    ...base,
    id,
    story: compiled.story,
    scenario: {
      ...s,
      id,
      title: t('title'),
      client: { ...s.client, name: t('client-name'), pronouns: t('client-pronouns'), background: t('client-background') },
      setting: t('setting'),
      summary: t('summary'),
      objectives: [t('objective-1'), t('objective-2')],
      contentNotes: [t('content-note-1'), t('content-note-2')],
      clientState: [
        { ...s.clientState[0]!, label: t('state-label-1'), description: t('state-description-1') },
        { ...s.clientState[1]!, label: t('state-label-2'), description: t('state-description-2') },
      ],
      rationale: {
        first: { text: t('rationale-1'), references: [t('rationale-1-reference')] },
        second: { text: t('rationale-2'), references: [] },
      },
      references: [t('scenario-reference')],
    },
    rubric: {
      ...base.rubric,
      title: t('rubric-title', false),
      description: t('rubric-description', false),
      criteria: base.rubric.criteria.map((c) =>
        c.kind === 'quality'
          ? { ...c, label: t(`${c.id}-label`), definition: t(`${c.id}-definition`, false), anchors: Object.fromEntries(Object.keys(c.anchors).map((k) => [k, t(`${c.id}-anchor-${k}`, false)])) }
          : { ...c, label: t(`${c.id}-label`), definition: t(`${c.id}-definition`, false), anchors: { low: t(`${c.id}-low`, false), elevated: t(`${c.id}-elevated`, false), high: t(`${c.id}-high`, false) } },
      ),
      references: [t('rubric-reference', false)],
    },
  });
}



async function press(root: Element, text: string) {
  const button = buttonWith(root, text);
  if (!button) throw new Error(`no button "${text}" in: ${allText(root).slice(0, 300)}`);
  button.click();
  await settle();
}

const optionButtons = (el: Element) => allElements(el).filter((b): b is HTMLButtonElement => b instanceof HTMLButtonElement && b.classList.contains('option'));

/** What the trainee can read on the screen: text, plus tooltips and accessible labels. */
function readable(root: Element): string {
  const attributes = allElements(root)
    .flatMap((el) => ['title', 'aria-label', 'alt'].map((a) => el.getAttribute(a) ?? ''))
    .filter(Boolean);
  return visible(`${allText(root)} ${attributes.join(' ')}`);
}

interface Screen {
  name: string;
  structure: string[];
  text: string;
}

/**
 * Plays the payload scenario in practice mode through every screen, recording each screen's
 * structure and readable text, and checking after each that no script ran and nothing navigated.
 */
async function playThrough(p: Payload, base: string): Promise<Screen[]> {
  const id = `inj-${p.id}`;
  await putRoute(`${base}${id}.json`, await payloadBundle(p, id));
  const href = location.href;
  const el = await fixture<AttunePlayer>(
    html`<attune-player scenario=${id} scenarios-base=${base} .store=${new AttemptStore(new MemoryStorage())} seed="11" client-state confidence leavable></attune-player>`,
  );
  const screens: Screen[] = [];
  const record = async (name: string) => {
    await letPayloadsFire();
    expect(fired, `${p.id}: script ran on the ${name} screen`).to.deep.equal([]);
    expect(location.href, `${p.id}: navigated on the ${name} screen`).to.equal(href);
    expect(injected(el), `${p.id}: injected on the ${name} screen`).to.deep.equal([]);
    screens.push({ name, structure: structure(el), text: readable(el) });
  };
  await waitFor(() => el.ready || el.screen === 'error', 'the scenario');
  expect(el.screen, `${p.id}: ${allText(el).slice(0, 300)}`).to.equal('intro');
  await settle();
  await record('content note');
  await press(el, 'begin');
  await record('first decision');
  await press(el, 'Pause / step out');
  await record('pause');
  await press(el, 'Return to the scenario');
  optionButtons(el)[1]!.click(); // first.b: a high risk, so the debrief leads with a harm flag
  await settle();
  await record('first feedback');
  await press(el, 'Continue');
  await record('second decision');
  optionButtons(el)[0]!.click();
  await settle();
  await record('second feedback');
  await press(el, 'Continue');
  await record('ending');
  await press(el, 'See your debrief');
  await waitFor(() => el.screen === 'debrief', 'the debrief (a chunk of its own)');
  await settle();
  for (const details of allElements(el).filter((d): d is HTMLDetailsElement => d instanceof HTMLDetailsElement)) details.open = true;
  await settle();
  await record('debrief');
  el.remove();
  return screens;
}

describe('injection: payloads in content render inert and literal (issue 7)', function () {
  let baseline: Screen[];
  let base: string;
  const watch = watchErrors();
  let placements = 0;

  before(async () => {
    base = routeBase('injection');
    baseline = await playThrough(PLAIN, base);
  });

  after(() => {
    watch.stop();
    console.log(`[security] content: ${PAYLOADS.length} payloads × ${PLACES.size} placements in a bundle, ${SHOWN.size} of them shown; library: 8 per card; ${placements} placements in all`);
  });

  it('(control) the checks do catch markup rendered as HTML: the canary, the element walk and the structure', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>plain words</p>';
    document.body.append(host);
    const plain = structure(host);
    root.innerHTML = `<p>${PAYLOADS[0]!.text}</p><a href="javascript:void 0">x</a>`;
    await letPayloadsFire();
    await waitFor(() => fired.length > 0, 'the canary');
    expect(fired).to.deep.equal(['img-onerror']);
    expect(injected(host)).to.include.members(['<img> element', 'link to javascript:void 0']);
    expect(injected(host).some((problem) => problem.startsWith('onerror='))).to.equal(true);
    expect(structure(host)).not.to.deep.equal(plain);
    host.remove();
    fired.length = 0;
    watch.errors.length = 0;
  });

  it('the baseline (plain words) shows every placement meant for the trainee', () => {
    const all = baseline.map((s) => s.text).join(' ');
    const missing = [...SHOWN].filter((place) => !all.includes(visible(at(place, PLAIN))));
    expect(missing, 'placements the trainee never sees').to.deep.equal([]);
  });

  for (const p of PAYLOADS) {
    it(`${p.id}: inert on every screen, same structure as plain words, literal text shown`, async () => {
      const screens = await playThrough(p, base);
      expect(screens.map((s) => s.name)).to.deep.equal(baseline.map((s) => s.name));
      screens.forEach((screen, i) => {
        expect(screen.structure, `${p.id}: the ${screen.name} screen's structure`).to.deep.equal(baseline[i]!.structure);
      });
      const all = screens.map((s) => s.text).join(' ');
      const missing = [...SHOWN].filter((place) => !all.includes(visible(at(place, p))));
      expect(missing, `${p.id}: placements not shown literally`).to.deep.equal([]);
      placements += PLACES.size;
      expect(watch.errors, `${p.id}: console errors`).to.deep.equal([]);
    });
  }

  it('the library shows catalogue metadata literally, inert, for every payload', async () => {
    const libraryBase = routeBase('injection-library');
    const entries = await Promise.all(
      [PLAIN, ...PAYLOADS].map(async (p) => {
        const bundle = await payloadBundle(p, `lib-${p.id}`);
        return { scenario: bundle.scenario, storyHash: bundle.story.hash, rubricTitle: at('catalogue-rubric-title', p) };
      }),
    );
    await putRoute(`${libraryBase}index.json`, { format: 1, scenarios: entries });
    const href = location.href;
    const app = await fixture<AttuneApp>(html`<attune-app scenarios-base=${libraryBase} .store=${new AttemptStore(new MemoryStorage())}></attune-app>`);
    await waitFor(() => allText(app).includes(visible(at('title', PLAIN))), 'the library');
    await letPayloadsFire();
    expect(fired).to.deep.equal([]);
    expect(location.href).to.equal(href);
    expect(injected(app)).to.deep.equal([]);
    const cards = allElements(app).filter((el) => el.getAttribute('part') === 'card');
    expect(cards).to.have.length(PAYLOADS.length + 1);
    const plainCard = structure(cards[0]!).join('|');
    cards.forEach((card, i) => {
      const p = i === 0 ? PLAIN : PAYLOADS[i - 1]!;
      // Structure: the same as the plain card, but for ids that carry the (validated) scenario id.
      expect(structure(card).join('|'), `${p.id}: card structure`).to.equal(plainCard);
      const text = readable(card);
      for (const place of ['title', 'client-name', 'client-pronouns', 'setting', 'summary', 'content-note-1', 'content-note-2', 'catalogue-rubric-title']) {
        expect(text.includes(visible(at(place, p))), `${p.id}: ${place} on the library card`).to.equal(true);
      }
    });
    placements += PAYLOADS.length * 8;
    app.remove();
  });
});

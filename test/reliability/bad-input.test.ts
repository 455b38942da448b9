/**
 * Bad input in the player (issue 7, part 2). Every kind of bad input a trainee's browser can meet —
 * a scenario that does not exist or is damaged, a rubric that is missing or invalid, a story that
 * cannot run, an ink error mid-scenario, corrupt or tampered saved data, a replay code for another
 * version of the story, storage that is full or blocked, an LMS that fails — must end in a clear,
 * calm message saying what happened and what the trainee can do, keep the attempt so far (with a
 * way to take a copy), and never throw anything to the console uncaught.
 *
 * Everything runs against the real `<attune-player>` / `<attune-app>` and the browser's real
 * localStorage; hand-made bundles are served over HTTP by the test server (test-routes.mjs).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../components/attune-app/attune-app.js';
import type { AttuneApp } from '../../components/attune-app/attune-app.js';
import '../../components/attune-player/attune-player.js';
import type { AttunePlayer } from '../../components/attune-player/attune-player.js';
import type { AttuneErrorDetail } from '../../src/player-contract.js';
import { ATTEMPT_RECORD_VERSION, AttemptStore, HISTORY_EXPORT_FORMAT, MemoryStorage, type AttemptRecord } from '../../src/attempts.js';
import { contentHash } from '../../src/ink/content-hash.js';
import { launch } from '../../src/lms/launch.js';
import { MESSAGES, type LmsStatus } from '../../src/lms/reporter.js';
import type { ScenarioBundle } from '../../src/scenario-bundle.js';
import { bundleWithInk, exampleBundle } from '../helpers/scenarios.js';
import { afterFrames as settle, waitFor } from '../helpers/dom.js';
import { captureDownloads } from '../helpers/downloads.js';
import { allText, buttonWith, putRoute, routeBase, sleep, watchErrors, type ErrorWatch } from '../security/harness.js';

/** Every bad input this file tries, counted for the README's Reliability figures. */
const tried: string[] = [];



async function mount(template: ReturnType<typeof html>): Promise<AttunePlayer> {
  const el = await fixture<AttunePlayer>(template);
  await waitFor(() => el.ready || el.screen === 'error' || el.screen === 'idle', 'the player to settle');
  await settle();
  return el;
}

async function press(root: Element, text: string) {
  const button = buttonWith(root, text);
  if (!button) throw new Error(`no button "${text}" in: ${allText(root).slice(0, 500)}`);
  button.click();
  await settle();
}

const options = (el: AttunePlayer) => [...(el.shadowRoot!.querySelector('attune-choices')?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.option') ?? [])];

/** The example bundle under a scenario id of its own, so this file's saved data never meets another's. */
async function ownBundle(name: string, patch: (b: ScenarioBundle) => ScenarioBundle = (b) => b): Promise<ScenarioBundle> {
  const base = await exampleBundle();
  const id = `rel-${name}-${Math.random().toString(36).slice(2, 8)}`;
  return patch({ ...base, id, scenario: { ...base.scenario, id } });
}

/** Collects the player's attune-error events. */
function errorsOf(el: EventTarget): AttuneErrorDetail[] {
  const seen: AttuneErrorDetail[] = [];
  el.addEventListener('attune-error', (e) => seen.push((e as CustomEvent<AttuneErrorDetail>).detail));
  return seen;
}

/** The load-error screen: what happened, that nothing saved is lost, and what to do next. */
/** The wording of schemas and of JavaScript's own errors: never in front of a trainee (item 7). */
const JARGON = /Invalid input|expected \w+, received|received undefined|invalid_type|too_small|too_big|Too (small|big)|[<>]=|ZodError|RangeError|TypeError|SyntaxError|call stack|undefined|NaN|\[object /;

function expectCalmLoadError(el: AttunePlayer, what: RegExp) {
  expect(el.screen).to.equal('error');
  const text = allText(el);
  expect(text, 'schema or JavaScript jargon on screen').not.to.match(JARGON);
  expect(text).to.contain('This scenario could not be opened');
  expect(text).to.match(what);
  expect(text).to.contain('Nothing you have saved has been lost');
  expect(buttonWith(el, 'Try again'), 'a way to try again').to.exist;
}

const localKeys = () => Object.keys(localStorage);
const removeKeys = (test: (key: string) => boolean) => localKeys().filter(test).forEach((k) => localStorage.removeItem(k));

async function recordFor(bundle: ScenarioBundle, patch: Partial<AttemptRecord> = {}): Promise<AttemptRecord> {
  const store = new AttemptStore(new MemoryStorage());
  const record = store.start({
    scenarioId: bundle.id,
    scenarioTitle: bundle.scenario.title,
    storyHash: bundle.story.hash,
    rubric: { id: bundle.rubric.id, version: bundle.rubric.version },
    mode: 'practice',
    replayCode: '',
  });
  return { ...record, ...patch };
}

/** `it`, plus: nothing reached the console uncaught while the test ran. */
function it(title: string, body: () => Promise<void>) {
  return mochaIt(title, async function () {
    const watch: ErrorWatch = watchErrors();
    try {
      await body();
      await sleep(20);
    } finally {
      watch.stop();
    }
    expect(watch.errors, `uncaught errors in "${title}"`).to.deep.equal([]);
  });
}
const mochaIt = globalThis.it;

describe('bad input in the player (issue 7)', function () {
  after(() => {
    removeKeys((k) => k.startsWith('attune:attempts:rel-'));
    console.log(`[reliability] bad inputs tried: ${tried.length}`);
  });

  describe('a scenario that cannot be opened', () => {
    it('an unknown scenario id', async () => {
      tried.push('unknown scenario id');
      const el = await mount(html`<attune-player scenario="no-such-scenario" storage="none"></attune-player>`);
      expectCalmLoadError(el, /Nothing was found at .*no-such-scenario\.json/);
    });

    it('a scenario attribute that is not an id', async () => {
      tried.push('scenario attribute that is not an id');
      const el = await mount(html`<attune-player scenario="../../package" storage="none"></attune-player>`);
      expectCalmLoadError(el, /“\u2068\.\.\/\.\.\/package\u2069” is not a scenario id/);
    });

    it('a server that fails (500) and then recovers: "Try again" opens it', async () => {
      tried.push('server error');
      const base = routeBase('server-error');
      await putRoute(`${base}example.json`, 'Internal error', { status: 500, type: 'text/plain' });
      const el = await mount(html`<attune-player scenario="example" scenarios-base=${base} storage="none"></attune-player>`);
      expectCalmLoadError(el, /Loading scenario failed \(500/);
      await putRoute(`${base}example.json`, await exampleBundle());
      await press(el, 'Try again');
      await waitFor(() => el.ready, 'the retried load');
    });

    it('a server that cannot be reached', async () => {
      tried.push('network failure');
      const el = await mount(html`<attune-player src="http://127.0.0.1:9/scenarios/example.json" storage="none"></attune-player>`);
      expectCalmLoadError(el, /Could not reach scenario at .*Check your connection and try again/);
    });

    it('a bundle that is not JSON (an HTML page)', async () => {
      tried.push('bundle not JSON');
      const base = routeBase('not-json');
      await putRoute(`${base}x.json`, '<!doctype html><title>Sign in</title><p>Please sign in', { type: 'text/html' });
      const el = await mount(html`<attune-player src=${`${base}x.json`} storage="none"></attune-player>`);
      expectCalmLoadError(el, /is not valid JSON/);
    });

    const damaged: [string, (b: Record<string, unknown>) => unknown, RegExp][] = [
      ['a missing rubric', ({ rubric: _r, ...rest }) => rest, /damaged or from another version \(rubric is missing\)/],
      ['a rubric with no criteria', (b) => ({ ...b, rubric: { ...(b.rubric as object), criteria: [] } }), /rubric\.criteria/],
      ['a rubric whose scale is upside down', (b) => ({ ...b, rubric: { ...(b.rubric as object), scale: { min: 3, max: 1 } } }), /rubric\.scale/],
      [
        'a rubric criterion without anchors for its levels',
        (b) => {
          const rubric = b.rubric as { criteria: Record<string, unknown>[] };
          return { ...b, rubric: { ...rubric, criteria: [{ ...rubric.criteria[0], anchors: { '1': 'only one' } }, ...rubric.criteria.slice(1)] } };
        },
        /rubric\.criteria\.0\.anchors/,
      ],
      ['a rubric with a mastery above 100%', (b) => ({ ...b, rubric: { ...(b.rubric as object), pass: { mastery: 7 } } }), /rubric\.pass\.mastery/],
      ['metadata with an empty title', (b) => ({ ...b, scenario: { ...(b.scenario as object), title: '' } }), /scenario\.title/],
      ['metadata with an unknown attachment pattern', (b) => ({ ...b, scenario: { ...(b.scenario as object), client: { name: 'X', attachment: 'fearful' } } }), /scenario\.client\.attachment/],
      ['a bundle of another format', (b) => ({ ...b, format: 2 }), /format/],
      ['a bundle without a story', ({ story: _s, ...rest }) => rest, /story/],
      ['a story hash that is not a hash', (b) => ({ ...b, story: { ...(b.story as object), hash: '<script>' } }), /story\.hash/],
      ['a JSON array instead of a bundle', () => [1, 2, 3], /\(top level\) has the wrong kind of value/],
      ['a bundle without an id', ({ id: _id, ...rest }) => rest, /id is missing/],
      ['a summary of a million characters', (b) => ({ ...b, scenario: { ...(b.scenario as object), summary: 'x'.repeat(1_000_000) } }), /scenario\.summary is too long \(at most 3,000 characters\)/],
      ['10,000 objectives', (b) => ({ ...b, scenario: { ...(b.scenario as object), objectives: Array.from({ length: 10_000 }, (_, i) => `Objective ${i}`) } }), /scenario\.objectives has too many entries \(at most 30\)/],
    ];
    for (const [what, damage, message] of damaged) {
      it(`${what}`, async () => {
        tried.push(what);
        const base = routeBase('damaged');
        await putRoute(`${base}x.json`, damage(structuredClone(await exampleBundle()) as unknown as Record<string, unknown>));
        const el = await mount(html`<attune-player src=${`${base}x.json`} storage="none"></attune-player>`);
        expectCalmLoadError(el, /damaged or from another version/);
        expect(allText(el)).to.match(message);
      });
    }

    // Damage that changes the story without its fingerprint is caught when the bundle is read; a
    // story re-fingerprinted after the damage (a hand-edited bundle) is caught when ink loads it.
    const brokenStories: [string, (json: string) => string, boolean][] = [
      ['story JSON cut short', (json) => json.slice(0, Math.floor(json.length / 2)), false],
      ['story JSON with a divert to nowhere (would hang ink)', (json) => json.replace(/"root":\s*\[/, '"root":[{"->":"nowhere.at.all"},'), false],
      ['story JSON cut short, fingerprint updated', (json) => json.slice(0, Math.floor(json.length / 2)), true],
      ['story JSON that is not ink, fingerprint updated', () => JSON.stringify({ hello: 'world' }), true],
      ['story JSON from a future ink version, fingerprint updated', (json) => json.replace(/"inkVersion":\s*\d+/, '"inkVersion":99'), true],
    ];
    for (const [what, breakIt, rehash] of brokenStories) {
      it(`a bundle whose story fails to load: ${what}`, async () => {
        tried.push(what);
        const good = await exampleBundle();
        const json = breakIt(good.story.json);
        const bundle = { ...good, story: { json, hash: rehash ? contentHash(json) : good.story.hash } };
        const base = routeBase('broken-story');
        await putRoute(`${base}x.json`, bundle);
        const errors: AttuneErrorDetail[] = [];
        const el = await mount(
          html`<attune-player src=${`${base}x.json`} storage="none" @attune-error=${(e: CustomEvent<AttuneErrorDetail>) => errors.push(e.detail)}></attune-player>`,
        );
        expect(errors.map((e) => e.kind)).to.deep.equal(['load']);
        expectCalmLoadError(el, rehash ? /The story in this scenario is damaged or was made for another version of Attune/ : /story\.hash: the story does not match its fingerprint/);
      });
    }

    // Too big or too deep: refused with what is wrong, never "Maximum call stack size exceeded".
    it('a story nested 5,000 deep (fingerprint updated): says it is nested too deeply', async () => {
      tried.push('a story nested 5,000 deep');
      const good = await exampleBundle();
      const json = good.story.json.replace(/"root":\s*\[/, `"root":[${'['.repeat(5000)}${']'.repeat(5000)},`);
      const base = routeBase('deep-story');
      await putRoute(`${base}x.json`, { ...good, story: { json, hash: contentHash(json) } });
      const el = await mount(html`<attune-player src=${`${base}x.json`} storage="none"></attune-player>`);
      expectCalmLoadError(el, /The story is nested more than 200 levels deep/);
      expect(allText(el)).not.to.match(/call stack|RangeError/i);
    });

    it('a bundle nested 5,000 deep: says it is nested too deeply', async () => {
      tried.push('a bundle nested 5,000 deep');
      const base = routeBase('deep-bundle');
      await putRoute(`${base}x.json`, `{"format":1,"deep":${'['.repeat(5000)}${']'.repeat(5000)}}`);
      const el = await mount(html`<attune-player src=${`${base}x.json`} storage="none"></attune-player>`);
      expectCalmLoadError(el, /The scenario at .* is nested more than 200 levels deep/);
    });

    it('a bundle over the size limit (6 MB): says it is too large, in megabytes', async () => {
      tried.push('a 6 MB bundle');
      const good = await exampleBundle();
      const base = routeBase('huge');
      await putRoute(`${base}x.json`, { ...good, padding: 'x'.repeat(6_000_000) });
      const el = await mount(html`<attune-player src=${`${base}x.json`} storage="none"></attune-player>`);
      expectCalmLoadError(el, /is too large to open \(6 MB; Attune opens up to 5 MB\)/);
    });

    const loopingStories: [what: string, ink: string][] = [
      ['story that loops without offering a choice', 'Hello. #client\n* [Go on #option: go.on #rate: attunement=3]\n  -> again\n=== again ===\nAnd again.\n-> again\n'],
      // Only logic in the loop: ink would compute for ever inside one step without the time limit.
      ['story that loops silently, printing nothing', 'Hello. #client\n* [Go on #option: go.on #rate: attunement=3]\n  -> spin\n=== spin ===\n~ temp x = 1\n-> spin\n'],
    ];
    for (const [what, ink] of loopingStories) {
      it(`a ${what} (valid ink) stops calmly instead of hanging the page`, async () => {
        tried.push(what);
        const looping = await bundleWithInk(ink);
        const el = await mount(html`<attune-player .bundle=${looping} storage="none" mode="assessment"></attune-player>`);
        await press(el, 'begin');
        options(el)[0]!.click();
        await settle();
        expect(allText(el)).to.contain('The scenario stopped unexpectedly');
        expect(allText(el)).to.contain('seems to loop without end');
        expect(el.attempt!.status).to.equal('stopped');
      });
    }
  });

  describe('the story fails while playing', () => {
    it('an ink runtime error before the first choice', async () => {
      tried.push('ink runtime error at the start');
      const broken = await bundleWithInk('-> k\n=== k ===\nHello. #client\nThe story runs out here.\n');
      const el = await mount(html`<attune-player .bundle=${broken} .store=${new AttemptStore(new MemoryStorage())}></attune-player>`);
      const errors = errorsOf(el);
      await press(el, 'begin');
      expect(errors.map((e) => e.kind)).to.include('story');
      const text = allText(el);
      expect(text).to.contain('The scenario stopped unexpectedly');
      expect(text).to.contain('it is not anything you did');
      expect(text).to.contain('Hello.');
      expect(buttonWith(el, 'Start again')).to.exist;
    });

    it('an ink runtime error mid-scenario: what was played is kept, with the debrief so far and its export', async () => {
      tried.push('ink runtime error mid-scenario');
      const broken = await bundleWithInk(
        '-> k\n=== k ===\nBefore. #client\n* [Go on #option: go.on #rate: attunement=3 #risk: shame-withdrawal=low]\n  After. #client\n',
      );
      const store = new AttemptStore(new MemoryStorage());
      const el = await mount(html`<attune-player .bundle=${broken} .store=${store} mode="assessment"></attune-player>`);
      const errors = errorsOf(el);
      await press(el, 'begin');
      options(el)[0]!.click();
      await settle();
      expect(errors.map((e) => e.kind)).to.include('story');
      expect(allText(el)).to.contain('Your attempt up to here is saved');
      const record = store.get(el.attempt!.id)!;
      expect(record).to.include({ status: 'stopped', decisions: 1 });
      expect(record.note).to.match(/The story stopped with an error/);
      await press(el, 'See the debrief so far');
      const downloads = captureDownloads();
      try {
        await press(el, 'Download data (JSON)');
        expect(downloads.downloads).to.have.length(1);
        const data = JSON.parse(await (await fetch(downloads.downloads[0]!.url)).text()) as { replayCode: string };
        expect(data.replayCode).to.equal(record.replayCode);
      } finally {
        downloads.restore();
      }
    });

    it('an ink error with a very long message (3,000 characters) still saves the attempt', async () => {
      tried.push('ink runtime error with a very long message');
      const name = 'x'.repeat(3000);
      // An EXTERNAL function with no binding and no fallback: ink stops at once, naming it. The
      // checker refuses such a story, so this bundle was not built by it: the fallback is removed
      // from a compiled story.
      const broken = await bundleWithInk(
        `EXTERNAL ${name}()\n-> k\n=== k ===\nBefore. #client\n* [Go on #option: go.on #rate: attunement=3]\n  ~ ${name}()\n  -> END\n=== function ${name}()\n~ return 1\n`,
        (b) => {
          const json = JSON.parse(b.story.json) as { root: unknown[] };
          delete (json.root[json.root.length - 1] as Record<string, unknown>)[name];
          const text = JSON.stringify(json);
          return { ...b, story: { json: text, hash: contentHash(text) } };
        },
      );
      const store = new AttemptStore(new MemoryStorage());
      const el = await mount(html`<attune-player .bundle=${broken} .store=${store} mode="assessment"></attune-player>`);
      const errors = errorsOf(el);
      await press(el, 'begin');
      expect(errors.map((e) => e.kind)).to.include('story');
      expect(allText(el)).to.contain('The scenario stopped unexpectedly');
      // In plain words, never ink's or JavaScript's: no "Error: " prefix, no exception text.
      expect(allText(el)).to.contain('the story calls a function ("xxxxxxxxx');
      expect(allText(el)).not.to.contain('Missing function binding');
      expect(allText(el)).not.to.contain('Error:');
      const record = store.get(el.attempt!.id)!;
      expect(record.status).to.equal('stopped');
      expect(record.note!.length).to.be.at.most(2000);
    });
  });

  describe('saved data', () => {
    const key = (id: string) => `attune:attempts:${id}`;
    const quarantineKeys = () => localKeys().filter((k) => k.startsWith('attune:quarantine:'));
    afterEach(() => removeKeys((k) => k.startsWith('attune:quarantine:') && (localStorage.getItem(k) ?? '').includes('attune:attempts:rel-')));

    const corruptions: [string, (bundle: ScenarioBundle) => Promise<string>][] = [
      ['history that is not JSON', async () => '{"version":1,"attempts":[{"id":'],
      ['history of an unexpected shape', async () => JSON.stringify({ attempts: 'lots' })],
      ['a record whose fields were tampered with', async (b) => JSON.stringify({ version: 1, attempts: [{ ...(await recordFor(b)), status: 'passed-with-honours', decisions: -4 }] })],
      ['a record with an impossible result', async (b) => JSON.stringify({ version: 1, attempts: [{ ...(await recordFor(b, { status: 'complete' })), result: { overall: 7, passed: true, mastery: 0.7, harmFlags: 0, elevated: 0, criteria: {} } }] })],
      ['a record filed under another scenario', async (b) => JSON.stringify({ version: 1, attempts: [{ ...(await recordFor(b)), scenarioId: 'someone-else' }] })],
      ['a record from a newer version of Attune', async (b) => JSON.stringify({ version: 1, attempts: [{ ...(await recordFor(b)), version: ATTEMPT_RECORD_VERSION + 1 }] })],
      ['a record with HTML in its fields', async (b) => JSON.stringify({ version: 1, attempts: [{ ...(await recordFor(b)), scenarioTitle: '<img src=x onerror=alert(1)>', id: '"><script>alert(1)</script>' }] })],
    ];
    for (const [what, corrupt] of corruptions) {
      it(`corrupt localStorage: ${what} is set aside, reported, and the scenario still plays`, async () => {
        tried.push(`localStorage: ${what}`);
        const bundle = await ownBundle('corrupt');
        const raw = await corrupt(bundle);
        localStorage.setItem(key(bundle.id), raw);
        const before = quarantineKeys();
        const el = await mount(html`<attune-player .bundle=${bundle}></attune-player>`);
        const text = allText(el);
        if (what === 'a record with HTML in its fields') {
          // It is a valid record as far as the schema goes: it simply shows as text, never as HTML.
          expect(text).to.contain('unfinished practice attempt');
        } else {
          expect(text).to.contain('could not be read');
          expect(text).to.contain('nothing is lost');
          // Set aside exactly as it was.
          const added = quarantineKeys().filter((k) => !before.includes(k));
          expect(added).to.have.length(1);
          const item = JSON.parse(localStorage.getItem(added[0]!)!) as { from: string; raw: string };
          expect(item.from).to.equal(key(bundle.id));
          if (!raw.includes('"attempts":[{')) expect(item.raw).to.equal(raw);
        }
        await press(el, buttonWith(el, 'begin') ? 'begin' : 'Start again');
        expect(el.screen).to.equal('playing');
        options(el)[0]!.click();
        await settle();
        expect(new AttemptStore().get(el.attempt!.id)?.decisions).to.equal(1);
        localStorage.removeItem(key(bundle.id));
      });
    }

    it('a tampered replay code in an unfinished attempt: resume explains, begins afresh, keeps the old record', async () => {
      tried.push('tampered replay code in saved attempt');
      const bundle = await ownBundle('tampered-code');
      const record = await recordFor(bundle, { replayCode: '1.deadbeef.1.AAAA.xyz', decisions: 4 });
      localStorage.setItem(key(bundle.id), JSON.stringify({ version: 1, attempts: [record] }));
      const el = await mount(html`<attune-player .bundle=${bundle}></attune-player>`);
      const errors = errorsOf(el);
      await press(el, 'Resume where I left off');
      expect(errors.map((e) => e.kind)).to.include('resume');
      expect(allText(el)).to.contain('Your unfinished attempt cannot be resumed');
      expect(allText(el)).to.match(/altered or damaged|earlier version/);
      await press(el, 'Begin afresh');
      expect(el.screen).to.equal('playing');
      const statuses = new AttemptStore().list(bundle.id).map((r) => r.status);
      expect(statuses).to.have.length(2);
      expect(statuses[0]).to.be.oneOf(['abandoned', 'story-changed']);
      localStorage.removeItem(key(bundle.id));
    });

    it('a saved attempt for another version of the story is explained, never replayed', async () => {
      tried.push('replay code for another story version (saved attempt)');
      const bundle = await ownBundle('story-changed');
      const record = await recordFor(bundle, { storyHash: '0123456789abcdef', replayCode: '1.01234567.1.A.xyz', decisions: 1 });
      localStorage.setItem(key(bundle.id), JSON.stringify({ version: 1, attempts: [record] }));
      const el = await mount(html`<attune-player .bundle=${bundle}></attune-player>`);
      expect(allText(el)).to.contain('has been changed since your unfinished attempt');
      expect(buttonWith(el, 'Resume where I left off')).to.equal(undefined);
      expect(new AttemptStore().get(record.id)?.status).to.equal('story-changed');
      await press(el, 'Begin afresh');
      expect(el.session!.path).to.have.length(0);
      localStorage.removeItem(key(bundle.id));
    });

    it('resume(code) with a code for another story version, a damaged code, or garbage: false and a calm message', async () => {
      const bundle = await ownBundle('foreign-code');
      const other = await bundleWithInk('Hi. #client\n* [A #option: a.a #rate: attunement=1]\n  -> END\n* [B #option: a.b #rate: attunement=3]\n  -> END\n');
      const otherEl = await mount(html`<attune-player .bundle=${other} storage="none"></attune-player>`);
      otherEl.restart();
      otherEl.choose(0);
      const foreign = otherEl.replayCode!;
      otherEl.remove();
      const el = await mount(html`<attune-player .bundle=${bundle} storage="none"></attune-player>`);
      el.restart();
      const good = el.replayCode!;
      const codes: [string, string, RegExp][] = [
        ['replay code for another story version', foreign, /earlier version of the scenario/],
        ['replay code cut short', good.slice(0, -4), /cut short|altered or damaged/],
        ['replay code with one character changed', good.replace(/\.([A-Za-z0-9_-])([^.]*)$/, (_m, c: string, rest: string) => `.${c === 'A' ? 'B' : 'A'}${rest}`), /altered or damaged/],
        ['replay code from a future format', `9${good.slice(1)}`, /different version of Attune/],
        ['replay code that is HTML', '<img src=x onerror=alert(1)>', /not a complete replay code/],
        ['replay code with a choice the story does not have', '', /does not exist in this story/],
      ];
      // A code that decodes but asks for option 7 at the first decision.
      const { encodeReplayCode } = await import('../../src/replay-code.js');
      codes[5]![1] = encodeReplayCode({ storyHash: bundle.story.hash, seed: 1, steps: [{ index: 7 }] });
      for (const [what, code, message] of codes) {
        tried.push(what);
        expect(el.resume(code), what).to.equal(false);
        await settle();
        expect(allText(el), what).to.match(message);
        expect(el.screen, what).to.equal('intro');
      }
    });

    it('storage full (QuotaExceededError) mid-attempt: the attempt carries on in memory, is reported, and can be downloaded', async () => {
      tried.push('storage full mid-attempt');
      const bundle = await ownBundle('quota');
      const el = await mount(html`<attune-player .bundle=${bundle} mode="assessment" seed="3"></attune-player>`);
      const errors = errorsOf(el);
      await press(el, 'begin');
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const downloads = captureDownloads();
      try {
        options(el)[0]!.click();
        await settle();
        expect(errors.map((e) => e.kind)).to.include('storage');
        const text = allText(el);
        expect(text).to.contain('could not be saved in this browser');
        expect(text).to.contain('This attempt carries on');
        // Said where the trainee is: just above the next decision, not at the top of the page.
        const shadow = el.shadowRoot!;
        const note = shadow.querySelector('.storage-note')!;
        expect(note, 'the storage notice').to.exist;
        expect(note.nextElementSibling?.tagName, 'what follows the notice').to.equal('ATTUNE-CHOICES');
        // Kept in memory: the player's record is up to date, though storage still has the old one.
        expect(el.attempt!.decisions).to.equal(1);
        expect(el.attempt!.replayCode).to.equal(el.session!.replayCode());
        // And offered as a download the library can import.
        await press(el, 'Download a copy');
        expect(downloads.downloads).to.have.length(1);
        const copy = JSON.parse(await (await fetch(downloads.downloads[0]!.url)).text()) as { format: string; attempts: AttemptRecord[] };
        expect(copy.format).to.equal(HISTORY_EXPORT_FORMAT);
        expect(copy.attempts.find((a) => a.id === el.attempt!.id)?.replayCode).to.equal(el.session!.replayCode());
        // Playing on to the end still works and is scored.
        options(el)[0]!.click();
        await settle();
        expect(el.session!.ended).to.equal(true);
        expect(el.attempt!.status).to.equal('complete');
      } finally {
        Storage.prototype.setItem = original;
        downloads.restore();
      }
      // The copy imports into a fresh history.
      localStorage.removeItem(key(bundle.id));
    });

    it('storage already full when the player opens: history still read, an unreadable record never lost', async () => {
      tried.push('storage full before loading');
      const bundle = await ownBundle('quota-start');
      const raw = JSON.stringify({ version: 1, attempts: [{ garbage: true }, await recordFor(bundle)] });
      localStorage.setItem(key(bundle.id), raw);
      const original = Storage.prototype.setItem;
      // Full: any write that needs more room fails; shrinking a value still works (as in browsers).
      Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
        if (String(v).length > (this.getItem(k)?.length ?? -1)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        original.call(this, k, v);
      };
      try {
        const el = await mount(html`<attune-player .bundle=${bundle}></attune-player>`);
        // The good record is found (offered for resume); the bad one could not be set aside and is left as it was.
        expect(allText(el)).to.contain('could not be set aside; it has been left where it was');
        expect(allText(el)).to.contain('unfinished practice attempt');
        await press(el, 'Start again');
        expect(el.screen).to.equal('playing');
        options(el)[0]!.click();
        await settle();
        expect(el.attempt!.decisions).to.equal(1);
        expect(buttonWith(el, 'Download a copy')).to.exist;
      } finally {
        Storage.prototype.setItem = original;
      }
      // Nothing was lost: the unreadable record is still where it was, whatever was written since.
      const stored = JSON.parse(localStorage.getItem(key(bundle.id))!) as { attempts: unknown[] };
      expect(stored.attempts[0]).to.deep.equal({ garbage: true });
      expect(stored.attempts).to.have.length(2);
      localStorage.removeItem(key(bundle.id));
    });

    it('storage that throws on every access (a sandboxed frame, blocked cookies)', async () => {
      tried.push('storage blocked');
      const bundle = await ownBundle('blocked');
      const originals = { get: Storage.prototype.getItem, set: Storage.prototype.setItem, key: Storage.prototype.key };
      const deny = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = deny;
      Storage.prototype.setItem = deny;
      Storage.prototype.key = deny;
      try {
        const el = await mount(html`<attune-player .bundle=${bundle}></attune-player>`);
        expect(allText(el)).to.contain('kept only until you close this page');
        await press(el, 'begin');
        options(el)[0]!.click();
        await settle();
        expect(el.attempt!.decisions).to.equal(1);
        expect(buttonWith(el, 'Download a copy')).to.exist;
      } finally {
        Object.assign(Storage.prototype, { getItem: originals.get, setItem: originals.set, key: originals.key });
      }
    });
  });

  describe('configuration', () => {
    for (const [seed, shown] of [['abc', 'NaN'], ['-1', '-1'], ['1e30', '1e+30'], ['1.5', '1.5'], ['2147483648', '2147483648']]) {
      it(`a seed attribute of "${seed}" plays with a random seed instead, and the page is told why`, async () => {
        tried.push(`seed attribute "${seed}"`);
        const bundle = await exampleBundle();
        const errors: AttuneErrorDetail[] = [];
        const el = await mount(
          html`<attune-player .bundle=${bundle} storage="none" seed=${seed} @attune-error=${(e: CustomEvent<AttuneErrorDetail>) => errors.push(e.detail)}></attune-player>`,
        );
        expect(errors).to.deep.equal([
          {
            kind: 'config',
            message: `The seed attribute was ignored and a random seed used instead. A seed must be a whole number from 0 to 2,147,483,647; got ${shown}.`,
            scenario: bundle.id,
          },
        ]);
        await press(el, 'begin');
        expect(el.screen).to.equal('playing');
        expect(Number.isInteger(el.session!.seed)).to.equal(true);
        expect(el.session!.seed).to.be.within(0, 2 ** 31);
        options(el)[0]!.click();
        await settle();
        expect(el.session!.path).to.have.length(1);
      });
    }

    it('unknown mode, feedback and storage values fall back to the defaults', async () => {
      tried.push('unknown mode/feedback/storage attribute values');
      // A scenario id of its own: "cloud" falls back to this browser's storage, which other test files share.
      const bundle = await ownBundle('config');
      const el = await mount(html`<attune-player .bundle=${bundle} mode="exam" feedback="loud" storage="cloud"></attune-player>`);
      try {
        await press(el, 'begin');
        expect(el.attempt!.mode).to.equal('practice');
        expect(localStorage.getItem(`attune:attempts:${bundle.id}`), 'kept in localStorage, the default').to.contain(el.attempt!.id);
        options(el)[0]!.click();
        await settle();
        expect(allText(el)).to.contain('About your response');
      } finally {
        localStorage.removeItem(`attune:attempts:${bundle.id}`);
      }
    });
  });

  describe('the library app', () => {
    it('a damaged scenario list: a calm message and "Try again"', async () => {
      tried.push('damaged scenario list');
      const base = routeBase('catalogue');
      await putRoute(`${base}index.json`, { format: 1, scenarios: [{ scenario: { id: 'x' } }] });
      const app = await fixture<AttuneApp>(html`<attune-app scenarios-base=${base} .store=${new AttemptStore(new MemoryStorage())}></attune-app>`);
      await waitFor(() => allText(app).includes('could not be loaded'), 'the library error');
      expect(allText(app)).to.contain('The list of scenarios could not be loaded');
      expect(buttonWith(app, 'Try again')).to.exist;
    });

    it('a link to a scenario that does not exist: the player explains and offers the way back', async () => {
      tried.push('library route to an unknown scenario');
      const before = location.href;
      history.replaceState(null, '', '#play/no-such-scenario/practice');
      try {
        const app = await fixture<AttuneApp>(html`<attune-app scenarios-base="/scenarios/" .store=${new AttemptStore(new MemoryStorage())}></attune-app>`);
        const player = await waitFor(() => app.shadowRoot!.querySelector('attune-player'), 'the player');
        await waitFor(() => player.screen === 'error', 'the error');
        expect(allText(player)).to.contain('could not be opened');
        expect(buttonWith(player, 'Back to the library')).to.exist;
        await press(player, 'Back to the library');
        await waitFor(() => allText(app).includes('Scenario library'), 'the library');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('importing a file that is not a history, or a history with tampered records, reports and keeps the rest', async () => {
      const app = await fixture<AttuneApp>(html`<attune-app scenarios-base="/scenarios/" .store=${new AttemptStore(new MemoryStorage())}></attune-app>`);
      await waitFor(() => app.shadowRoot!.querySelector('attune-library'), 'the library');
      const library = app.shadowRoot!.querySelector('attune-library')!;
      const bundle = await exampleBundle();
      const good = await recordFor(bundle);
      const files: [string, string, RegExp][] = [
        ['import: not JSON', 'PK\u0003\u0004 not json', /not an Attune history export \(it is not valid JSON\)/],
        ['import: another JSON document', JSON.stringify({ format: 'something-else' }), /not an Attune history export/],
        [
          'import: tampered records among good ones',
          JSON.stringify({ format: HISTORY_EXPORT_FORMAT, version: 1, exportedAt: new Date().toISOString(), attempts: [good, { ...good, id: 'x', decisions: 'many' }, null] }),
          /Imported: 1 new.*2 could not be read/,
        ],
      ];
      for (const [what, text, message] of files) {
        tried.push(what);
        library.dispatchEvent(new CustomEvent('attune-history-import', { detail: { text, fileName: 'x.json' }, bubbles: true, composed: true }));
        await settle();
        expect(allText(app), what).to.match(message);
      }
    });
  });

  describe('the LMS', () => {
    const w = window as unknown as Record<string, unknown>;
    afterEach(() => {
      delete w.API;
      // Only this file's learners: other test files run alongside and keep backups of their own.
      removeKeys((k) => /^attune:lms:.*:(anonymous|u1)$/.test(k));
      document.querySelectorAll('attune-player').forEach((p) => p.remove());
    });

    it('an LMS API that throws on every call: the player runs standalone and says so', async () => {
      tried.push('LMS API that throws');
      const boom = () => {
        throw new Error('LMS exploded');
      };
      w.API = Object.fromEntries(['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'].map((m) => [m, boom]));
      const player = document.createElement('attune-player') as AttunePlayer;
      document.body.append(player);
      const statuses: LmsStatus[] = [];
      const launched = await launch({ kind: 'scorm12', scenario: 'example', scenariosBase: '/scenarios/', player, onStatus: (s) => statuses.push(s), wait: 200 });
      expect(launched.reporter).to.equal(undefined);
      expect(statuses.map((s) => s.message)).to.include(MESSAGES.standalone);
      await waitFor(() => player.ready, 'the player');
      await press(player, 'begin');
      options(player)[0]!.click();
      await settle();
      expect(player.session!.path).to.have.length(1);
    });

    it('an LMS that accepts the start and then throws on every save: retried, kept on this device, the trainee told calmly', async () => {
      tried.push('LMS that fails after starting');
      const model: Record<string, string> = { 'cmi.core.student_id': 'u1', 'cmi.core.student_name': 'Trainee', 'cmi.core.lesson_status': 'not attempted', 'cmi.core.entry': 'ab-initio', 'cmi.suspend_data': '', 'cmi.student_data.mastery_score': '', 'cmi.core.lesson_mode': 'normal' };
      let started = false;
      w.API = {
        LMSInitialize: () => ((started = true), 'true'),
        LMSGetValue: (k: string) => model[k] ?? '',
        LMSSetValue: () => {
          if (started) throw new Error('LMS went away');
          return 'true';
        },
        LMSCommit: () => {
          throw new Error('LMS went away');
        },
        LMSFinish: () => 'true',
        LMSGetLastError: () => '101',
        LMSGetErrorString: () => 'General exception',
        LMSGetDiagnostic: () => 'went away',
      };
      const player = document.createElement('attune-player') as AttunePlayer;
      document.body.append(player);
      const statuses: LmsStatus[] = [];
      const launched = await launch({ kind: 'scorm12', scenario: 'example', scenariosBase: '/scenarios/', player, onStatus: (s) => statuses.push(s), wait: 200, scorm: { retryDelay: 50, maxRetryDelay: 100 } });
      try {
        await waitFor(() => (player.ready && player.screen === 'intro') || player.screen === 'playing', 'the player');
        if (player.screen === 'intro') await press(player, 'begin');
        options(player)[0]!.click();
        await settle();
        await waitFor(() => statuses.some((s) => s.level === 'warning'), 'the warning');
        expect(statuses.find((s) => s.level === 'warning')!.message).to.equal(MESSAGES.retrying);
        const backup = localKeys().find((k) => k === 'attune:lms:scorm12:example:u1');
        expect(backup, 'a copy on this device').to.exist;
        expect((JSON.parse(localStorage.getItem(backup!)!) as { code: string }).code).to.equal(player.session!.replayCode());
      } finally {
        launched.connection?.detach();
      }
    });

    it('a cmi5 launch whose LRS cannot be reached: standalone, calmly', async () => {
      tried.push('cmi5 LRS unreachable');
      const player = document.createElement('attune-player') as AttunePlayer;
      document.body.append(player);
      const statuses: LmsStatus[] = [];
      const search = `?endpoint=${encodeURIComponent('http://127.0.0.1:9/xapi/')}&fetch=${encodeURIComponent('http://127.0.0.1:9/fetch')}&actor=${encodeURIComponent(JSON.stringify({ account: { homePage: 'http://x', name: 'u' } }))}&registration=00000000-0000-4000-8000-000000000000&activityId=${encodeURIComponent('http://example.com/au')}`;
      const launched = await launch({ kind: 'cmi5', scenario: 'example', scenariosBase: '/scenarios/', player, onStatus: (s) => statuses.push(s), search, cmi5: { retryDelay: 50, maxRetryDelay: 100 } });
      expect(launched.reporter).to.equal(undefined);
      expect(statuses.map((s) => s.message)).to.include(MESSAGES.standalone);
      await waitFor(() => player.ready, 'the player');
      sessionStorage.clear();
    });
  });

  describe('in all', () => {
    mochaIt('more than 40 kinds of bad input were tried', () => {
      expect(tried.length).to.be.greaterThan(40);
    });
  });
});

/**
 * The player contract (`src/player-contract.ts`): the one query-string parser of `player.html`
 * and `lms.html`, applying it to a player's settings, and the session options a scenario implies.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadStories, toBundle } from '../../src/node/story-files.js';
import {
  applyPlayerQuery,
  applyPlayerSettings,
  LMS_DEFAULT_MODE,
  parseOrigin,
  parsePlayerQuery,
  sessionOptions,
  type PlayerSettings,
} from '../../src/player-contract.js';
import { Session } from '../../src/session.js';

const page = 'https://training.example.org/attune/player.html';

/** A player's settings as the element starts with them (its documented defaults). */
function defaults(): PlayerSettings & { refused: string[]; showLoadError(message: string): void } {
  return {
    scenario: '',
    src: '',
    scenariosBase: 'scenarios/',
    mode: 'practice',
    feedback: 'auto',
    confidence: false,
    clientState: false,
    leavable: false,
    storage: 'local',
    refused: [],
    showLoadError(message: string) {
      this.refused.push(message);
    },
  };
}

describe('the query string of player.html and lms.html', () => {
  it('reads every setting', () => {
    const query = parsePlayerQuery('?scenario=secure-helen&mode=assessment&feedback=end&confidence=1&client-state=yes&seed=42&storage=none&parent-origin=https://lms.example.org&lms=cmi5&lms-wait=2500', page);
    assert.deepEqual(query, {
      scenario: 'secure-helen',
      mode: 'assessment',
      feedback: 'end',
      confidence: true,
      clientState: true,
      seed: 42,
      storage: 'none',
      parentOrigin: 'https://lms.example.org',
      lms: 'cmi5',
      lmsWait: 2500,
    });
  });

  it('flags read like HTML boolean attributes: present or empty is on, 0/false/no/off (or anything else) is off', () => {
    for (const on of ['confidence', 'confidence=', 'confidence=1', 'confidence=true', 'confidence=YES', 'confidence=on']) {
      assert.equal(parsePlayerQuery(`?${on}`, page).confidence, true, on);
    }
    for (const off of ['confidence=0', 'confidence=false', 'confidence=no', 'confidence=off', 'confidence=maybe']) {
      assert.equal(parsePlayerQuery(`?${off}`, page).confidence, false, off);
    }
    assert.equal(parsePlayerQuery('?client-state=', page).clientState, true);
    assert.equal(parsePlayerQuery('?scenario=x', page).confidence, undefined, 'absent: the player keeps its default');
  });

  it('leaves out values that are not allowed, so the player keeps its defaults', () => {
    const query = parsePlayerQuery('?mode=exam&feedback=never&seed=-3&storage=cloud&lms=aicc&lms-wait=forever&parent-origin=*', page);
    assert.deepEqual(query, {});
    assert.equal(parsePlayerQuery('?seed=2147483648', page).seed, undefined, 'seeds are below 2^31');
    assert.equal(parsePlayerQuery('?seed=2147483647', page).seed, 2147483647);
    assert.equal(parsePlayerQuery('?mode=practice', page).mode, 'practice');
  });

  it('has no mode of its own when none is given: player.html keeps the player\u2019s (practice), lms.html takes assessment', () => {
    assert.equal(parsePlayerQuery('?scenario=x', page).mode, undefined);
    assert.equal(LMS_DEFAULT_MODE, 'assessment');
    const lms = defaults();
    applyPlayerSettings(lms, { mode: LMS_DEFAULT_MODE, ...parsePlayerQuery('?scenario=x', page) });
    assert.equal(lms.mode, 'assessment');
    const practice = defaults();
    applyPlayerSettings(practice, { mode: LMS_DEFAULT_MODE, ...parsePlayerQuery('?scenario=x&mode=practice', page) });
    assert.equal(practice.mode, 'practice', 'a package that says practice gets practice');
  });

  it('accepts a bundle URL on the page\u2019s own site only, made absolute', () => {
    assert.equal(parsePlayerQuery('?src=scenarios/example.json', page).src, 'https://training.example.org/attune/scenarios/example.json');
    assert.equal(parsePlayerQuery('?src=/other/x.json', page).src, 'https://training.example.org/other/x.json');
    for (const elsewhere of ['https://elsewhere.example/evil.json', '//elsewhere.example/evil.json', 'javascript:alert(1)', 'http://training.example.org/attune/x.json']) {
      const query = parsePlayerQuery(`?src=${encodeURIComponent(elsewhere)}`, page);
      assert.equal(query.src, undefined, elsewhere);
      assert.match(query.refused ?? '', /only opens scenarios from its own site/, elsewhere);
    }
  });

  it('takes an exact http(s) origin only for forwarding events', () => {
    assert.equal(parseOrigin('https://lms.example.org'), 'https://lms.example.org');
    assert.equal(parseOrigin('https://lms.example.org/'), 'https://lms.example.org');
    assert.equal(parseOrigin('http://localhost:8000'), 'http://localhost:8000');
    for (const bad of ['https://lms.example.org/course', '*', 'javascript:alert(1)', 'null', '', undefined]) assert.equal(parseOrigin(bad), undefined, String(bad));
  });

  it('applies the settings, then the scenario; a refused URL is said calmly and nothing is opened', () => {
    const player = defaults();
    applyPlayerQuery(player, parsePlayerQuery('?scenario=example&mode=assessment&confidence&client-state=0&seed=7&feedback=end', page));
    assert.deepEqual(
      { scenario: player.scenario, mode: player.mode, confidence: player.confidence, clientState: player.clientState, seed: player.seed, feedback: player.feedback, storage: player.storage },
      { scenario: 'example', mode: 'assessment', confidence: true, clientState: false, seed: 7, feedback: 'end', storage: 'local' },
    );
    const refused = defaults();
    applyPlayerQuery(refused, parsePlayerQuery('?src=https://elsewhere.example/evil.json&scenario=example', page));
    assert.equal(refused.src, '');
    assert.equal(refused.scenario, '', 'nothing opened');
    assert.equal(refused.refused.length, 1);
    assert.match(refused.refused[0]!, /elsewhere\.example\/evil\.json/);
  });
});

describe('session options', () => {
  const { scenarios } = loadStories('stories');
  const bundle = toBundle(scenarios.find((s) => s.id === 'example')!)!;

  it('carry the rubric, the scenario\u2019s client-state variables and its mastery; an LMS\u2019s mastery wins', () => {
    const options = sessionOptions(bundle);
    assert.equal(options.rubric, bundle.rubric);
    assert.deepEqual(options.stateVariables, bundle.scenario.clientState.map((v) => v.variable));
    assert.equal(options.mastery, bundle.scenario.mastery);
    // The options play: the session snapshots the declared client state and scores with the rubric.
    const session = new Session(bundle.story, { ...options, seed: 1 });
    assert.deepEqual(Object.keys(session.currentChoices!.state), bundle.scenario.clientState.map((v) => v.variable));
    assert.equal(session.score().mastery, bundle.scenario.mastery ?? bundle.rubric.pass.mastery);
    const lms = new Session(bundle.story, { ...sessionOptions(bundle, 0.95), seed: 1 });
    assert.equal(lms.score().mastery, 0.95);
  });
});

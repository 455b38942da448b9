import { expect } from '@open-wc/testing';
import { compileInk } from '../../src/ink/compile.js';
import { loadRubric, loadScenario } from '../../src/schemas/load.js';
import { loadReflection, pullsToNotice, scoreReflection, type Reflection } from '../../src/schemas/reflection.js';
import type { Rubric } from '../../src/schemas/rubric.js';
import type { AttachmentPattern, Scenario } from '../../src/schemas/scenario.js';
import { estimateMinutes, explore, inkVariables, lengthBias, type Exploration } from './explore.js';

/**
 * The four clinical scenarios (issue 4), checked the hard way: each story is compiled, its metadata
 * and the relational rubric are validated, and then every path through it is played in a `Session`
 * and the requirements are asserted. Figures for the closing note are printed per scenario.
 */

const SCENARIOS: { id: string; pattern: AttachmentPattern }[] = [
  { id: 'secure-helen', pattern: 'secure' },
  { id: 'avoidant-marcus', pattern: 'avoidant' },
  { id: 'preoccupied-jess', pattern: 'preoccupied' },
  { id: 'disorganised-robin', pattern: 'disorganised' },
];

/** The source-article concepts issue 4 asks the set of scenarios to cover. */
const CONCEPTS = [
  'safe-relationship', 'moment-of-meeting', 'unscripted-spontaneity', 'on-the-edge-relating', 'earned-security',
  'working-model-disconfirmed', 'consistency-boundaries', 'rituals', 'attunement-countertransference', 'humour',
  'knowing-the-story', 'anticipating-ruptures', 'working-alliance-contract', 'finding-the-client', 'challenging-avoidance',
  'shared-laughter', 'risk-trauma-distress', 'risk-shame-retreat', 'risk-seduction-confusion', 'risk-attack',
  'risk-complaint', 'secure-ease', 'avoidant-pacing', 'preoccupied-merger-autonomy', 'disorganised-safety-first',
  'therapist-attachment-pairing',
];

const SEED = 20240;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

/** Fetches a story and, recursively, what it INCLUDEs, so the compiler can read them synchronously. */
async function fetchStoryFiles(dir: string, main: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const queue = [main];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (files.has(name)) continue;
    const source = await fetchText(`${dir}/${name}`);
    files.set(name, source);
    for (const m of source.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)) queue.push(m[1]!);
  }
  return files;
}

const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

let rubric: Rubric;
const explored = new Map<string, Exploration>();

before(async () => {
  const loaded = loadRubric('stories/rubrics/relational.yaml', await fetchText('/stories/rubrics/relational.yaml'));
  expect(loaded.diagnostics, 'relational rubric diagnostics').to.deep.equal([]);
  rubric = loaded.value!;
});

describe('the relational rubric', () => {
  it('has the five quality criteria and six risks every scenario relies on, each anchored', () => {
    expect(rubric.id).to.equal('relational');
    const quality = rubric.criteria.filter((c) => c.kind === 'quality').map((c) => c.id);
    const risks = rubric.criteria.filter((c) => c.kind === 'risk').map((c) => c.id);
    expect(quality).to.deep.equal(['attunement', 'safety-pacing', 'boundaries-frame', 'rupture-repair', 'authenticity']);
    expect(risks).to.deep.equal(['retraumatisation', 'shame-withdrawal', 'boundary-confusion', 'escalation', 'complaint-ethics', 'unassessed-risk']);
    for (const c of rubric.criteria) {
      const levels = c.kind === 'quality' ? ['1', '2', '3'] : ['low', 'elevated', 'high'];
      expect(Object.keys(c.anchors).sort(), `${c.id} anchors`).to.deep.equal([...levels].sort());
    }
    expect(rubric.pass.mastery).to.be.within(0.5, 0.9);
    expect(rubric.references.length).to.be.greaterThan(5);
  });
});

for (const { id, pattern } of SCENARIOS) {
  describe(`scenario ${id}`, () => {
    it('compiles clean, validates, and meets issue 4 on every path', async function () {
      this.timeout(600_000);
      const dir = `/stories/${id}`;
      const metadata = loadScenario(`stories/${id}/scenario.yaml`, await fetchText(`${dir}/scenario.yaml`));
      expect(metadata.diagnostics, 'scenario.yaml diagnostics').to.deep.equal([]);
      const scenario: Scenario = metadata.value!;
      expect(scenario.id).to.equal(id);
      expect(scenario.client.attachment).to.equal(pattern);
      expect(scenario.rubric).to.equal('relational');
      expect(scenario.contentNotes.length, 'content notes').to.be.greaterThan(0);
      expect(scenario.objectives.length, 'objectives').to.be.greaterThan(2);
      expect(scenario.references.length, 'references').to.be.greaterThan(3);

      const files = await fetchStoryFiles(dir, scenario.ink);
      const compiled = compileInk(scenario.ink, (path) => files.get(path));
      expect(compiled.diagnostics, 'compile diagnostics (errors and warnings)').to.deep.equal([]);
      const variables = inkVariables(files.values());
      for (const v of scenario.clientState) expect(variables, `clientState ${v.variable} is an ink VAR`).to.include(v.variable);

      const e = explore(compiled.story!, rubric, variables, SEED);
      explored.set(id, e);

      // Every choice set is rated, fully and consistently; every path ends on a named ending.
      expect(e.unrated, 'unrated choice sets').to.deep.equal([]);
      expect(e.ratingProblems, 'rating problems').to.deep.equal([]);
      expect(e.badEnds, 'paths that end without an #ending').to.deep.equal([]);
      expect(e.endings.size, `endings reached: ${[...e.endings].join(', ')}`).to.be.at.least(3);
      expect(e.harmReachable, 'a harm flag is reachable').to.equal(true);

      // Decision counts.
      expect(e.shortest, 'decisions on the shortest path').to.be.at.least(5);
      expect(e.typical, 'decisions on the median path').to.be.at.least(8);
      expect(e.best.decisions, 'decisions on the best path').to.be.at.least(8);

      // The best option everywhere: a pass, no harm flag, and close to full marks (only trade-off
      // decisions, where the best option is not top on every criterion, cost anything).
      expect(e.best.overall, 'best path overall').to.be.at.least(0.85);
      expect(e.best.passed, 'best path passes').to.equal(true);
      expect(e.best.harmFlags).to.equal(0);

      // Options cannot be guessed by form.
      const bias = lengthBias(e.decisions.values());
      expect(bias.ratio, `best option is the longest in: ${bias.longest.join(', ')}`).to.be.at.most(0.4);
      expect(new Set(bias.positions).size, `best positions ${bias.positions.join('')}`).to.be.at.least(3);

      // A rationale citing author and year for every decision, and none for decisions that do not exist.
      const decisionIds = [...e.decisions.keys()].sort();
      expect(Object.keys(scenario.rationale).sort(), 'rationale keys').to.deep.equal(decisionIds);
      for (const [decision, r] of Object.entries(scenario.rationale)) {
        expect(r.text, `rationale for ${decision} cites author and year`).to.match(/[A-Z][\p{L}'-]+.{0,80}\b(19|20)\d{2}\b/u);
        expect(r.references.length, `rationale for ${decision} lists its references`).to.be.greaterThan(0);
      }

      const minutes = estimateMinutes(e.best.words, e.best.decisions);
      expect(Math.abs(scenario.minutes - minutes), `stated ${scenario.minutes} min vs estimated ${minutes}`).to.be.at.most(5);

      const inkWords = [...files.values()]
        .join('\n')
        .split('\n')
        .filter((l) => !/^\s*(\/\/|VAR|~|===|=|-\s*->|->|\{|\}|INCLUDE)/.test(l))
        .map((l) => l.replace(/#.*$/, '').replace(/^\s*[*+-]\s*/, '').replace(/[[\]]/g, ''))
        .reduce((n, l) => n + countWords(l), 0);
      console.log(
        `[content] ${id}: decisions shortest/typical/longest ${e.shortest}/${e.typical}/${e.longest} (best path ${e.best.decisions}); ` +
          `${e.decisions.size} distinct decisions; ${e.paths} paths; endings ${e.endings.size} (${[...e.endings].join(', ')}); ` +
          `words ${e.words} reachable (${inkWords} in the ink text, ${e.best.words} on the best path); ` +
          `minutes ${scenario.minutes} stated, ${minutes} estimated; length bias ${(bias.ratio * 100).toFixed(0)}%; ` +
          `best positions ${bias.positions.map((p) => p + 1).join('')}; best longest or second-longest ${(bias.topTwoRatio * 100).toFixed(0)}% ` +
          `(${bias.topTwo.length} of ${e.decisions.size}); trade-off decisions ${e.tradeOffs.length} (${e.tradeOffs.join(', ')}); best path overall ${((e.best.overall ?? 0) * 100).toFixed(0)}%`,
      );
    });
  });
}

describe('the set of scenarios', () => {
  it('covers every source-article concept listed in issue 4', function () {
    if (explored.size < SCENARIOS.length) this.skip();
    const covered = new Set([...explored.values()].flatMap((e) => [...e.concepts]));
    const missing = CONCEPTS.filter((c) => !covered.has(c));
    const unknown = [...covered].filter((c) => !CONCEPTS.includes(c));
    console.log(`[content] concept coverage: ${CONCEPTS.length - missing.length} of ${CONCEPTS.length}`);
    expect(missing, 'concepts not covered').to.deep.equal([]);
    expect(unknown, 'concepts not in the issue list').to.deep.equal([]);
  });
});

describe('the therapist self-reflection', () => {
  let reflection: Reflection;

  before(async () => {
    const loaded = loadReflection('stories/reflection.yaml', await fetchText('/stories/reflection.yaml'));
    expect(loaded.diagnostics, 'reflection.yaml diagnostics').to.deep.equal([]);
    reflection = loaded.value!;
  });

  it('has 8–12 items on a small scale, each mapped to one or two dimensions, and a pull for every pattern × tendency', () => {
    expect(reflection.items.length).to.be.within(8, 12);
    expect(reflection.scale.max - reflection.scale.min).to.be.within(3, 6);
    for (const item of reflection.items) expect(Object.keys(item.dimensions).length).to.be.within(1, 2);
    expect(reflection.dimensions.map((d) => d.id)).to.include.members(['closeness', 'distance', 'conflict', 'needed']);
    expect(reflection.pulls.length).to.equal(4 * reflection.dimensions.length);
    expect(reflection.caveat.toLowerCase()).to.contain('preliminary');
  });

  it('follows the corrected pairing evidence (research.md §1.6.3)', () => {
    const pull = (pattern: AttachmentPattern, tendency: string) =>
      reflection.pulls.find((p) => p.pattern === pattern && p.tendency === tendency)!.evidence;
    expect(pull('avoidant', 'distance')).to.contain('Tyrrell');
    expect(pull('avoidant', 'distance')).not.to.contain('Mohr');
    expect(pull('preoccupied', 'distance')).to.contain('Mohr');
    expect(pull('preoccupied', 'closeness')).to.contain('Marmarosh');
    expect(pull('avoidant', 'closeness')).not.to.contain('Connors');
  });

  it('scores dimensions as means with reverse-keyed items flipped, and lists tendencies strongest first', () => {
    // Strong pulls towards closeness and being needed; comfortable with distance and with conflict.
    const answers = {
      'fill-the-gap': 5,
      'hard-to-stop': 5,
      'be-liked': 5,
      'only-one': 5,
      'talk-them-out': 5,
      'manage-alone': 1, // reverse-keyed on "needed"
      'practical-ease': 1,
      'tears-move-on': 1,
      crowded: 1,
      'explain-myself': 1,
      'let-it-pass': 1,
      'sit-with-anger': 5, // reverse-keyed on "conflict"
    };
    const result = scoreReflection(reflection, answers);
    expect(result.complete).to.equal(true);
    const score = (id: string) => result.dimensions.find((d) => d.id === id)!.score;
    expect(score('needed')).to.equal(5);
    expect(score('closeness')).to.equal(5);
    expect(score('distance')).to.equal(1);
    expect(score('conflict')).to.equal(2);
    expect(result.tendencies).to.include.members(['closeness', 'needed']);
    expect(result.tendencies).not.to.include('distance');
    expect(result.tendencies).not.to.include('conflict');

    const texts = pullsToNotice(reflection, result, 'preoccupied');
    expect(texts).to.have.length(result.tendencies.length);
    for (const t of texts) expect(t).to.contain('Preliminary evidence');
    expect(texts.join(' ')).to.contain('Marmarosh');
  });

  it('ignores missing and off-scale answers, needs half of a dimension answered, and falls back to a general text', () => {
    const none = scoreReflection(reflection, {});
    expect(none.answered).to.equal(0);
    expect(none.complete).to.equal(false);
    expect(none.tendencies).to.deep.equal([]);
    expect(pullsToNotice(reflection, none, 'avoidant')).to.deep.equal([reflection.general.avoidant]);

    const offScale = scoreReflection(reflection, { 'fill-the-gap': 9, 'be-liked': 2.5, 'practical-ease': 0 });
    expect(offScale.answered).to.equal(0);

    // One closeness item answered at the top of the scale is not enough to call it a tendency.
    const thin = scoreReflection(reflection, { 'fill-the-gap': 5 });
    expect(thin.dimensions.find((d) => d.id === 'closeness')!.score).to.equal(5);
    expect(thin.tendencies).to.deep.equal([]);
  });

  it('is pure: the same answers give the same result, and the reflection is not changed', () => {
    const snapshot = JSON.stringify(reflection);
    const answers = Object.fromEntries(reflection.items.map((item) => [item.id, 4]));
    expect(scoreReflection(reflection, answers)).to.deep.equal(scoreReflection(reflection, answers));
    expect(JSON.stringify(reflection)).to.equal(snapshot);
  });

  it('rejects a reflection file with a pattern left without a pull', async () => {
    const text = await fetchText('/stories/reflection.yaml');
    const broken = text.replace(/ {2}- pattern: secure\n {4}tendency: needed\n/, '  - pattern: avoidant\n    tendency: needed\n');
    const messages = loadReflection('r.yaml', broken).diagnostics.map((d) => d.message);
    expect(messages).to.include('no pull to notice for a secure client and "needed"');
    expect(messages).to.include('a second text for avoidant/needed');
  });
});

/**
 * The panel analysis over the example scenario's real decisions (explored from its story): what a
 * course leader meets — missing ratings, a single rater, a panel that agrees on everything, raters
 * against the authors, files that do not fit — and `npm run agreement` on the command line.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runAgreement } from '../../src/cli/agreement.js';
import { loadScenarioFolder, toBundle } from '../../src/node/story-files.js';
import { panelSummary, type PanelAgreement } from '../../src/panel/agreement.js';
import { agreementHtml, agreementMarkdown } from '../../src/panel/report.js';
import { exploreForPanel, panelDecisions, type PanelDecision } from '../../src/panel/review-task.js';
import { scenarioAgreement } from '../../src/panel/scenario-agreement.js';
import { RATINGS_FORMAT, RATINGS_VERSION, type RatingsFile } from '../../src/schemas/ratings.js';
import type { RiskLevel } from '../../src/tags.js';

const bundle = toBundle({ ...loadScenarioFolder('stories', 'example')!, panelFiles: [] })!;
const { decisions } = panelDecisions(exploreForPanel(bundle.story), bundle.rubric);

const keep = <T>(changed: T | null | undefined, authored: T) => (changed === undefined ? authored : changed);

/** A rater's file: the authors' ratings, changed where `change` says (undefined = as the authors, null = not rated). */
function rater(reviewer: string, change: (decision: PanelDecision, option: string, measure: string, authored: number | RiskLevel) => number | RiskLevel | null | undefined = () => undefined): { file: string; text: string } {
  const file: RatingsFile = {
    format: RATINGS_FORMAT,
    version: RATINGS_VERSION,
    reviewer,
    date: '2026-11-27T10:00:00.000Z',
    scenario: 'example',
    rubric: { id: bundle.rubric.id, version: bundle.rubric.version },
    storyHash: bundle.story.hash,
    complete: true,
    entries: decisions.flatMap((d) =>
      d.options.map((o) => ({
        decision: d.id,
        option: o.option,
        text: o.text,
        ratings: Object.fromEntries(d.criteria.map((c) => [c, keep(change(d, o.option, c, o.ratings[c]!), o.ratings[c]!) as number | null])),
        risks: Object.fromEntries(d.risks.map((r) => [r, keep(change(d, o.option, r, o.risks[r] ?? 'low'), o.risks[r] ?? 'low') as RiskLevel | null])),
      })),
    ),
  };
  return { file: `${reviewer}.json`, text: JSON.stringify(file) };
}

const numbers = (a: PanelAgreement) => JSON.stringify(a).includes('NaN') || agreementMarkdown(a).includes('NaN') || agreementHtml(a).includes('NaN');

describe('panel agreement on the example scenario', () => {
  it('finds the decisions and options from the story', () => {
    assert.deepEqual(decisions.map((d) => [d.id, d.options.map((o) => o.option), d.criteria]), [
      ['late-disclosure', ['notice', 'condolence', 'challenge'], ['attunement', 'safety-pacing']],
      ['time', ['hold-warmly', 'rule', 'extend'], ['attunement', 'boundaries-frame']],
    ]);
    assert.deepEqual(decisions[0]!.risks, ['shame-withdrawal', 'boundary-confusion']);
  });

  it('three raters who all agree with the authors: alpha 1, ICC 1, nothing contested', () => {
    const a = scenarioAgreement(bundle, [rater('AB'), rater('CD'), rater('EF')], decisions);
    const attunement = a.measures.find((m) => m.id === 'attunement')!;
    assert.deepEqual([attunement.units, attunement.raters, attunement.alpha.value, attunement.icc.k.value], [6, 3, 1, 1]);
    assert.equal(a.contested.length, 0);
    // Too few raters for the bar, however good the agreement.
    assert.equal(attunement.meetsBar, false);
    assert.match(agreementMarkdown(a), /not yet: 3 of 5 raters/);
    assert.equal(numbers(a), false);
  });

  it('says alpha is undefined, never NaN, when every rating is the same', () => {
    // boundary-confusion: the authors and the raters give "low" on all but one option; make it all "low".
    const a = scenarioAgreement(bundle, [rater('AB', (_d, o, m) => (m === 'boundary-confusion' ? 'low' : undefined)), rater('CD', (_d, o, m) => (m === 'boundary-confusion' ? 'low' : undefined))], decisions);
    const risk = a.measures.find((m) => m.id === 'boundary-confusion')!;
    assert.equal(risk.alpha.value, null);
    assert.equal(risk.alpha.undefinedBecause, 'no-variation');
    assert.equal(risk.icc.k.value, null);
    const md = agreementMarkdown(a);
    assert.match(md, /\| Boundary confusion \| risk \| 2 \| 6 \| undefined \(all ratings the same\) \| undefined \(all ratings the same\)/);
    assert.match(md, /They agree completely, but alpha and ICC measure agreement against the spread/);
    assert.equal(numbers(a), false);
  });

  it('a single rater: nothing to agree with, said in words', () => {
    const a = scenarioAgreement(bundle, [rater('AB')], decisions);
    assert.ok(a.measures.every((m) => m.alpha.value === null && m.alpha.undefinedBecause === 'no-pairs'));
    assert.ok(a.measures.every((m) => m.icc.k.value === null));
    assert.equal(a.contested.length, 0);
    assert.match(agreementMarkdown(a), /None can be named with fewer than two raters/);
    assert.equal(numbers(a), false);
  });

  it('missing ratings: alpha uses what there is, ICC the options every rater rated', () => {
    const a = scenarioAgreement(
      bundle,
      [rater('AB'), rater('CD', (d, o, m) => (o === 'rule' && m === 'attunement' ? null : undefined)), rater('EF', (d, o, m) => (d.id === 'time' && o === 'hold-warmly' && m === 'attunement' ? 2 : undefined))],
      decisions,
    );
    const attunement = a.measures.find((m) => m.id === 'attunement')!;
    assert.equal(attunement.ratings, 17);
    assert.equal(attunement.alpha.units, 6);
    assert.deepEqual([attunement.icc.units, attunement.icc.unitsWithMissing], [5, 1]);
    assert.ok(attunement.alpha.value! > 0.5 && attunement.alpha.value! < 1);
    assert.equal(a.raters.find((r) => r.reviewer === 'CD')!.given, 23);
    assert.equal(a.raters.find((r) => r.reviewer === 'CD')!.expected, 24);
  });

  it('names contested items: authors a level from the median, or a panel spanning two levels', () => {
    const a = scenarioAgreement(
      bundle,
      [
        // All three put "condolence" a level below the authors on attunement: authors differ.
        rater('AB', (d, o, m) => (o === 'condolence' && m === 'attunement' ? 1 : o === 'rule' && m === 'boundaries-frame' ? 1 : undefined)),
        rater('CD', (d, o, m) => (o === 'condolence' && m === 'attunement' ? 1 : o === 'rule' && m === 'boundaries-frame' ? 3 : undefined)),
        rater('EF', (d, o, m) => (o === 'condolence' && m === 'attunement' ? 1 : undefined)),
      ],
      decisions,
    );
    assert.deepEqual(
      a.contested.map((c) => [`${c.decision}.${c.option}`, c.measure, c.authored, c.median, c.min, c.max, c.reasons]),
      [
        ['late-disclosure.condolence', 'attunement', 2, 1, 1, 1, ['authors-differ']],
        ['time.rule', 'boundaries-frame', 2, 2, 1, 3, ['panel-split']],
      ],
    );
    assert.deepEqual(panelSummary(a).contested, [
      { decision: 'late-disclosure', option: 'condolence', measures: ['attunement'], reasons: ['authors-differ'] },
      { decision: 'time', option: 'rule', measures: ['boundaries-frame'], reasons: ['panel-split'] },
    ]);
    const md = agreementMarkdown(a);
    assert.match(md, /\*\*late-disclosure\.condolence\*\*, Attunement: authors 2, panel median 1 \(1–1\): authors differ from the panel\./);
    assert.match(md, /\*\*time\.rule\*\*, Boundaries and frame: authors 2, panel median 2 \(1–3\): the panel splits\./);
  });

  it('reports files that do not fit, and leaves out only what is wrong', () => {
    const reworded = JSON.parse(rater('GH').text) as RatingsFile;
    reworded.entries[0]!.text = 'Something the story no longer says.';
    reworded.entries[1]!.ratings.attunement = 7;
    const a = scenarioAgreement(
      bundle,
      [
        rater('AB'),
        { file: 'GH.json', text: JSON.stringify(reworded) },
        { file: 'broken.json', text: '{"format": "attune-panel-ratings", ' },
        { file: 'other.json', text: JSON.stringify({ ...JSON.parse(rater('IJ').text), scenario: 'secure-helen' }) },
        { file: 'bad.json', text: JSON.stringify({ ...JSON.parse(rater('KL').text), date: 'yesterday' }) },
        { file: 'again.json', text: JSON.stringify({ ...JSON.parse(rater('ab').text), date: '2026-11-28T09:00:00.000Z' }) },
      ],
      decisions,
    );
    const problems = a.problems.map((p) => `${p.severity} ${p.file}${p.path ? ` @${p.path}` : ''}`);
    assert.deepEqual(problems.sort(), [
      'error GH.json @entries.1.ratings.attunement',
      'error bad.json @date',
      'error broken.json',
      'error other.json @scenario',
      'warning AB.json @reviewer',
      'warning GH.json @entries.0.text',
    ]);
    // The later file of reviewer AB/ab is used; GH's other ratings count.
    assert.deepEqual(a.raters.map((r) => [r.reviewer, r.file]), [['ab', 'again.json'], ['GH', 'GH.json']]);
    assert.equal(a.raters[1]!.given, 24 - 4 - 1);
  });
});

describe('npm run agreement', () => {
  it('writes the Markdown, HTML and JSON reports and prints the Markdown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attune-agreement-'));
    const files = ['AB', 'CD', 'EF'].map((r) => {
      const path = join(dir, `${r}.json`);
      writeFileSync(path, rater(r, (d, o, m) => (r === 'EF' && o === 'rule' && m === 'boundaries-frame' ? 3 : undefined)).text);
      return path;
    });
    let printed = '';
    const status = runAgreement(['example', ...files, '--out', join(dir, 'out')], (t) => (printed += t));
    assert.equal(status, 0);
    assert.match(printed, /^# Panel agreement: Example: the last five minutes \(example\)/);
    const json = JSON.parse(readFileSync(join(dir, 'out', 'example-agreement.json'), 'utf8')) as PanelAgreement;
    assert.equal(json.raters.length, 3);
    const html = readFileSync(join(dir, 'out', 'example-agreement.html'), 'utf8');
    assert.match(html, /<table>/);
    assert.match(html, /<svg [^>]*role="img"/);
    assert.equal(readFileSync(join(dir, 'out', 'example-agreement.md'), 'utf8'), agreementMarkdown(json));
  });

  it('explains a usage mistake', () => {
    let printed = '';
    assert.equal(runAgreement([], (t) => (printed += t)), 2);
    assert.match(printed, /usage: npm run agreement/);
    printed = '';
    assert.equal(runAgreement(['no-such-scenario', 'x.json'], (t) => (printed += t)), 2);
    assert.match(printed, /no scenario "no-such-scenario"/);
    printed = '';
    assert.equal(runAgreement(['example', '/nonexistent/file.json'], (t) => (printed += t)), 2);
    assert.match(printed, /cannot read \/nonexistent\/file.json/);
  });

  it('escapes what the files say in the HTML report', () => {
    const evil = JSON.parse(rater('<img src=x onerror=alert(1)>').text) as RatingsFile;
    evil.entries[0]!.comment = '<script>alert(1)</script>';
    const html = agreementHtml(scenarioAgreement(bundle, [{ file: 'e.json', text: JSON.stringify(evil) }, rater('AB')], decisions));
    assert.ok(!html.includes('<script>alert') && !html.includes('<img src=x'));
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });
});

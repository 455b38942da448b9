import { expect } from '@open-wc/testing';
import { buildDebrief, decisionDetail, notPassedTexts, passRuleText, stateChanges, transcriptOf } from '../src/debrief.js';
import { humanise } from '../src/ids.js';
import { debriefToJson, debriefToMarkdown, escapeMarkdown, exportFileName } from '../src/debrief-export.js';
import type { ScenarioBundle } from '../src/scenario-bundle.js';
import { sessionOptions } from '../src/player-contract.js';
import { Session } from '../src/session.js';
import { compileFiles } from './engine/helpers.js';
import { exampleBundle } from './helpers/scenarios.js';

function play(bundle: ScenarioBundle, path: [number, number?][]) {
  const s = new Session(bundle.story, { ...sessionOptions(bundle), seed: 1 });
  for (const [i, c] of path) s.choose(i, c);
  return s;
}

describe('debrief model (src/debrief.ts)', () => {
  let bundle: ScenarioBundle;
  before(async () => {
    bundle = await exampleBundle();
  });

  it('builds the transcript with the therapist’s chosen words where ink does not echo them', () => {
    const s = play(bundle, [[0], [0]]);
    const lines = transcriptOf(s.beats);
    const chosen = lines.filter((l) => l.chosen);
    expect(chosen.map((l) => [l.speaker, l.step])).to.deep.equal([
      ['therapist', 0],
      ['therapist', 1],
    ]);
    expect(chosen[0]!.text).to.contain('You said that quickly');
    expect(lines.at(-1)!.ending).to.equal('held');
    // ink's own echo (a choice without [...]) is shown once, not twice.
    const { story } = compileFiles({ 'e.ink': 'Hi. #client\n* I hear you.\n  Thanks. #client\n- -> END\n' });
    const echo = new Session(story!, { seed: 1 });
    echo.choose(0);
    expect(transcriptOf(echo.beats).map((l) => [l.speaker, l.text])).to.deep.equal([
      ['client', 'Hi.'],
      ['therapist', 'I hear you.'],
      ['client', 'Thanks.'],
    ]);
  });

  it('details a decision: every option with value, ratings with anchors, risks, rationale, state change, response', () => {
    const s = play(bundle, [[2]]);
    const d = decisionDetail(s, bundle, 0)!;
    expect(d).to.include({ decision: 'late-disclosure', title: 'Late disclosure', chosen: 2, best: false });
    expect(d.options.map((o) => o.value)).to.deep.equal([1, 0.5, 0]);
    expect(d.options[0]!.best).to.equal(true);
    expect(d.options[2]!.risks.find((r) => r.level === 'elevated')).to.include({ label: 'Shame and withdrawal' });
    expect(d.options[2]!.ratings.find((r) => r.criterion === 'attunement')!.anchor).to.contain('content only');
    expect(d.rationale!.text).to.contain('Material raised at the door');
    expect(d.state.find((c) => c.variable === 'openness')).to.include({ before: 2, after: 1, delta: -1 });
    expect(d.response.map((l) => l.text)).to.include('"Sorry. I didn\'t think it mattered."');
    expect(decisionDetail(s, bundle, 1)).to.equal(undefined); // not answered yet
  });

  it('builds the whole debrief: score, harm flags, decisions, references, replay code', () => {
    const s = play(bundle, [
      [0, 1],
      [2, 0.75],
    ]); // notice, then extend the session: a harm flag
    const d = buildDebrief(s, bundle, { mode: 'assessment', now: new Date('2025-03-04T12:00:00Z') });
    expect(d).to.include({ format: 'attune-debrief', version: 1, mode: 'assessment', ending: 'frame-lost', finished: true });
    expect(d.score.passed).to.equal(false);
    expect(d.score.harmFlags.map((h) => h.risk)).to.deep.equal(['boundary-confusion']);
    expect(d.decisions).to.have.length(2);
    expect(d.decisions[1]!.confidence).to.equal(0.75);
    expect(d.score.calibration!.decisions).to.equal(2);
    expect(d.references[0]).to.contain('Bordin');
    expect(d.replayCode).to.equal(s.replayCode());
    expect(exportFileName(d, 'md')).to.equal('attune-example-2025-03-04.md');
    expect(JSON.parse(debriefToJson(d))).to.deep.equal(JSON.parse(JSON.stringify(d)));
  });

  it('writes Markdown for supervision with harm flags first', () => {
    const s = play(bundle, [[0], [2]]);
    const md = debriefToMarkdown(buildDebrief(s, bundle, { mode: 'practice' }));
    expect(md.indexOf('## Harm flags')).to.be.greaterThan(0);
    expect(md.indexOf('## Harm flags')).to.be.lessThan(md.indexOf('## Result'));
    expect(md).to.contain('**Not passed**');
    expect(md).to.contain('| Attunement |');
    expect(md).to.contain('## Decisions');
    expect(md).to.contain('not taken');
    expect(md).to.contain('## Transcript');
    expect(md).to.contain('Bordin');
  });

  it('states the pass rule and, for an attempt not passed, every reason in words (Markdown too)', () => {
    const s = play(bundle, [[0], [2]]); // a harm flag and the not-passable frame-lost ending
    const d = buildDebrief(s, bundle, { mode: 'assessment' });
    const md = debriefToMarkdown(d);
    expect(md).to.contain('Passing needs 75% or more overall, Boundaries and frame at 50% or more, no harm flags and an ending that can be passed.');
    expect(md).to.contain('Why it was not passed:');
    expect(md).to.contain('- The session ended in a way that cannot be passed\\: The session overruns by forty minutes and the frame is lost\\.');
    const score = {
      ...d.score,
      maxElevated: 2,
      notPassed: [
        { kind: 'elevated' as const, count: 3, max: 2 },
        { kind: 'minimum' as const, criterion: 'attunement', label: 'Attunement', score: 0.4166, minimum: 0.5 },
        { kind: 'overall' as const, overall: null, mastery: 0.7 },
      ],
    };
    expect(notPassedTexts(score)).to.deep.equal([
      '3 responses were rated elevated risk; a pass allows at most 2.',
      'Attunement scored 41%, below its minimum of 50%.',
      'No rated decision was made, so there is no overall score.',
    ]);
    const everyMinimum = { ...score, criteria: score.criteria.map((c) => ({ ...c, minimum: 0.5 })) };
    expect(passRuleText(everyMinimum)).to.equal('Passing needs 75% or more overall, every criterion at 50% or more, at most 2 elevated risks, no harm flags and an ending that can be passed.');
  });

  it('includes the pulls to notice in the debrief, and in exports only when the trainee opts in', () => {
    const s = play(bundle, [[0], [0]]);
    const pulls = { summary: 'What stood out: pull to be needed.', pulls: [{ title: 'Pull to be needed', text: 'Watch for reasons to keep them.' }], caveat: 'Preliminary.' };
    const d = buildDebrief(s, bundle, { mode: 'practice', pulls });
    expect(d.pulls).to.deep.equal(pulls);
    // Exports leave the pulls out unless asked to include them.
    expect(debriefToMarkdown(d)).not.to.contain('Pulls to notice');
    expect(JSON.parse(debriefToJson(d)).pulls).to.equal(undefined);
    expect(JSON.parse(debriefToJson(d, { includePulls: true })).pulls).to.deep.equal(pulls);
    const md = debriefToMarkdown(d, { includePulls: true });
    expect(md).to.contain('## Pulls to notice with Sam');
    expect(md).to.contain('- **Pull to be needed.** Watch for reasons to keep them\\.');
    expect(md.indexOf('## Pulls to notice')).to.be.lessThan(md.indexOf('## Decisions'));
  });

  it('escapes Markdown and HTML so story text cannot become markup or links', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).to.equal('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(escapeMarkdown('[click](javascript:alert(1))')).to.equal('\\[click\\]\\(javascript\\:alert\\(1\\)\\)');
    expect(escapeMarkdown('# not a heading\n* not a list')).to.equal('\\# not a heading \\* not a list');
  });

  it('reports state changes between snapshots and humanises ids', () => {
    const changes = stateChanges(bundle.scenario, { openness: 2, arousal: 1 }, { openness: 3, arousal: 1 });
    expect(changes.map((c) => [c.variable, c.delta])).to.deep.equal([
      ['openness', 1],
      ['arousal', 0],
    ]);
    expect(humanise('rupture_repair-late')).to.equal('Rupture repair late');
  });
});

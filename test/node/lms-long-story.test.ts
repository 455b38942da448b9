/**
 * A generated 200-decision story (some decisions with 10 options, every answer with a confidence
 * rating): its suspend data stays under SCORM 1.2's 4096 characters, every value the reporter
 * would write passes our strict validators, and a real LMS runtime (scorm-again, in Node) takes
 * them all, 200 interactions included. Resuming from the stored suspend data rebuilds the attempt.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { compileInk } from '../../src/ink/compile.js';
import { buildReport } from '../../src/lms/report.js';
import { ScormConnection, ScormReporter } from '../../src/lms/scorm.js';
import { checkValue } from '../../src/lms/validate.js';
import type { Rubric } from '../../src/schemas/rubric.js';
import { Session } from '../../src/session.js';

const DECISIONS = 200;

function generateStory(): string {
  const lines = ['-> d0'];
  for (let d = 0; d < DECISIONS; d++) {
    const options = d % 25 === 0 ? 10 : 3;
    lines.push(`=== d${d} ===`, `"Line ${d} from the client." #client`);
    for (let o = 0; o < options; o++) {
      const level = 1 + ((o + d) % 3);
      lines.push(`* [Response ${o} to ${d}. #option: decision-${d}.option-${o} #rate: attunement=${level} safety=${3 - ((o + d) % 3)} #risk: harm=${o === 9 ? 'elevated' : 'low'} #feedback: Feedback ${o}.]`);
      lines.push(`    -> ${d + 1 < DECISIONS ? `d${d + 1}` : 'end'}`);
    }
  }
  lines.push('=== end ===', 'The end. #ending: done', '-> END');
  return lines.join('\n');
}

const rubric: Rubric = {
  id: 'long',
  version: '1.0.0',
  title: 'Long',
  scale: { min: 1, max: 3 },
  criteria: [
    { id: 'attunement', kind: 'quality', label: 'Attunement', definition: 'd', weight: 1, anchors: { '1': 'a', '2': 'b', '3': 'c' } },
    { id: 'safety', kind: 'quality', label: 'Safety', definition: 'd', weight: 1, anchors: { '1': 'a', '2': 'b', '3': 'c' } },
    { id: 'harm', kind: 'risk', label: 'Harm', definition: 'd', anchors: { low: 'a', elevated: 'b', high: 'c' } },
  ],
  pass: { mastery: 0.7 },
  references: [],
};

function play() {
  const compiled = compileInk('long.ink', (path) => (path === 'long.ink' ? generateStory() : undefined));
  assert.ok(compiled.story, JSON.stringify(compiled.diagnostics.slice(0, 3)));
  const session = new Session(compiled.story, { seed: 2 ** 31 - 1, rubric });
  const confidences = [0, 0.25, 0.5, 0.75, 1];
  while (session.currentChoices) {
    const c = session.currentChoices;
    const index = c.options.length === 10 ? 9 : c.step % c.options.length;
    session.choose(index, confidences[c.step % 5]);
  }
  return { session, story: compiled.story };
}

describe('a 200-decision story', () => {
  const { session, story } = play();

  it('has suspend data under 4096 characters (SCORM 1.2) and valid as cmi.suspend_data', () => {
    assert.equal(session.facedDecisions().length, DECISIONS);
    const code = session.replayCode();
    assert.ok(code.length < 4096, `replay code is ${code.length} characters`);
    assert.equal(checkValue('scorm12', 'cmi.suspend_data', code), undefined);
    assert.equal(checkValue('scorm2004', 'cmi.suspend_data', code), undefined);
    // It resumes to the same attempt.
    const again = Session.fromReplayCode(story, code, { rubric });
    assert.deepEqual(again.facedDecisions(), session.facedDecisions());
    assert.equal(again.replayCode(), code);
  });

  for (const version of ['scorm12', 'scorm2004'] as const) {
    it(`${version}: every value is valid and a real LMS runtime accepts all of them (200 interactions)`, async () => {
      const lms = version === 'scorm12' ? new Scorm12API({ logLevel: 5 }) : new Scorm2004API({ logLevel: 5 });
      const written: [string, string][] = [];
      const reporter = new ScormReporter(new ScormConnection(version, lms as never), { scenario: 'long', onWrite: (e, v) => written.push([e, v]) });
      await reporter.start();
      reporter.beginPlaythrough(0);
      const start = new Date(Date.UTC(2026, 0, 1, 9));
      const timings = new Map(session.facedDecisions().map((_, i) => [i, { presentedAt: new Date(start.getTime() + i * 7000), answeredAt: new Date(start.getTime() + i * 7000 + 6543) }]));
      const report = buildReport(session, rubric, { scenario: 'long', timings });
      await reporter.complete(report);
      assert.equal(reporter.finished, true);
      for (const [e, v] of written) assert.equal(checkValue(version, e, v), undefined, `${e} = ${v}`);
      const cmi = JSON.parse(JSON.stringify(lms.cmi)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const interactions = Object.keys(cmi.interactions).filter((k) => /^\d+$/.test(k));
      assert.equal(interactions.length, DECISIONS);
      assert.equal(cmi.suspend_data, session.replayCode());
      assert.equal(cmi.interactions['199'].id, 'decision-199');
      if (version === 'scorm12') assert.equal(cmi.interactions['0'].latency, '00:00:06.54');
      else assert.equal(cmi.interactions['0'].latency, 'PT6.54S');
    });
  }
});

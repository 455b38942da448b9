import { expect } from '@open-wc/testing';
import { loadRubric, loadScenario } from '../../src/schemas/load.js';
import { fetchText } from './helpers.js';

describe('rubric and scenario schemas', () => {
  it('accepts the shipped example rubric and metadata', async () => {
    expect(loadRubric('r.yaml', await fetchText('/stories/rubrics/example.yaml')).diagnostics).to.deep.equal([]);
    expect(loadScenario('s.yaml', await fetchText('/stories/example/scenario.yaml')).diagnostics).to.deep.equal([]);
  });

  it('names file, field path and line for a rubric with a bad field', async () => {
    const good = await fetchText('/stories/rubrics/example.yaml');
    const bad = good.replace('    weight: 2\n', '    weight: -2\n');
    const line = bad.split('\n').findIndex((l) => l.includes('weight: -2')) + 1;
    const result = loadRubric('stories/rubrics/bad.yaml', bad);
    expect(result.value).to.equal(undefined);
    expect(result.diagnostics).to.have.length(1);
    expect(result.diagnostics[0]).to.include({ file: 'stories/rubrics/bad.yaml', path: 'criteria.0.weight', line, rule: 'rubric-schema' });
    expect(result.diagnostics[0]!.message).to.contain('>0');
  });

  it('checks anchors against the scale and duplicate criterion ids', () => {
    const yaml = `id: r\nversion: 1.0.0\ntitle: R\ncriteria:\n  - id: a\n    kind: quality\n    label: A\n    definition: d\n    anchors: { "1": x, "2": y, "7": z }\n  - id: a\n    kind: risk\n    label: B\n    definition: d\n    anchors: { low: l, elevated: e, high: h }\npass: { mastery: 0.8 }\n`;
    const messages = loadRubric('r.yaml', yaml).diagnostics.map((d) => `${d.path}: ${d.message}`);
    expect(messages).to.include('criteria.0.anchors: no behavioural anchor for level 3');
    expect(messages).to.include('criteria.0.anchors.7: level 7 is outside the scale 1–3');
    expect(messages).to.include('criteria.1.id: criterion id "a" is used twice');
  });

  it('refuses a scale with more levels than anyone could anchor, at once (a typo like max: 30000000 must not hang the check)', () => {
    const rubric = (max: string) => `id: r\nversion: 1.0.0\ntitle: R\nscale: { min: 1, max: ${max} }\ncriteria:\n  - id: a\n    kind: quality\n    label: A\n    definition: d\n    anchors: { "1": x, "2": y, "3": z }\npass: { mastery: 0.8 }\n`;
    for (const max of ['11', '30000000', '100000000000000000000']) {
      const diagnostics = loadRubric('r.yaml', rubric(max)).diagnostics;
      expect(diagnostics.map((d) => `${d.path}: ${d.message}`), max).to.include('scale: a scale has at most 10 levels, each with a behavioural anchor');
      expect(diagnostics.find((d) => d.path === 'scale')!.line, max).to.equal(4);
      expect(diagnostics.filter((d) => d.path?.startsWith('criteria')), max).to.deep.equal([]);
    }
    expect(loadRubric('r.yaml', rubric('3')).diagnostics).to.deep.equal([]);
  });

  it('reads the pass rule: a rubric-wide criterion minimum and a limit on elevated risks, checked', () => {
    const rubric = (pass: string) => `id: r\nversion: 1.0.0\ntitle: R\ncriteria:\n  - id: a\n    kind: quality\n    label: A\n    definition: d\n    anchors: { "1": x, "2": y, "3": z }\npass: ${pass}\n`;
    const good = loadRubric('r.yaml', rubric('{ mastery: 0.7, criterionMinimum: 0.5, maxElevated: 2 }'));
    expect(good.diagnostics).to.deep.equal([]);
    expect(good.value!.pass).to.deep.equal({ mastery: 0.7, criterionMinimum: 0.5, maxElevated: 2 });
    const paths = (pass: string) => loadRubric('r.yaml', rubric(pass)).diagnostics.map((d) => d.path);
    expect(paths('{ mastery: 0.7, criterionMinimum: 1.5 }')).to.deep.equal(['pass.criterionMinimum']);
    expect(paths('{ mastery: 0.7, maxElevated: 1.5 }')).to.deep.equal(['pass.maxElevated']);
    expect(paths('{ mastery: 0.7, maxElevated: -1 }')).to.deep.equal(['pass.maxElevated']);
    expect(paths('{ mastery: 0.7, maxElevatd: 2 }')).to.deep.equal(['pass']);
  });

  it('reads ending rules: a not-passable ending must say why', async () => {
    const good = await fetchText('/stories/example/scenario.yaml');
    const loaded = loadScenario('s.yaml', good);
    expect(loaded.value!.endings['frame-lost']).to.deep.equal({ passable: false, reason: 'The session overruns by forty minutes and the frame is lost.' });
    const noReason = good.replace(/\n {4}reason: The session overruns[^\n]*/, '');
    const [d] = loadScenario('s.yaml', noReason).diagnostics;
    expect(d).to.include({ path: 'endings.frame-lost.reason', message: 'say why this ending cannot be passed (reason)' });
    expect(loadScenario('s.yaml', good.replace('frame-lost:', 'Frame Lost:')).diagnostics[0]!.path).to.match(/^endings/);
  });

  it('names file, field path and line for metadata with a bad field', async () => {
    const good = await fetchText('/stories/example/scenario.yaml');
    const bad = good.replace('attachment: secure', 'attachment: anxious');
    const line = bad.split('\n').findIndex((l) => l.includes('attachment: anxious')) + 1;
    const [d] = loadScenario('stories/example/scenario.yaml', bad).diagnostics;
    expect(d).to.include({ file: 'stories/example/scenario.yaml', path: 'client.attachment', line, rule: 'scenario-schema' });
    expect(d!.message).to.contain('"preoccupied"');
  });

  it('points an unknown field at its own line, and a missing field at its parent', () => {
    const result = loadScenario('s.yaml', 'id: x\ntitle: T\nclient:\n  name: A\n  attachment: secure\n  favourite: tea\n');
    const unknown = result.diagnostics.find((d) => d.message.includes('favourite'));
    expect(unknown).to.include({ path: 'client', line: 6 });
    const missing = result.diagnostics.find((d) => d.path === 'summary');
    expect(missing?.message).to.equal('required field is missing (expected string)');
  });

  it('reports YAML syntax errors with a line', () => {
    const [d] = loadRubric('r.yaml', 'id: r\ncriteria: [\n  - a\n').diagnostics;
    expect(d).to.include({ file: 'r.yaml', rule: 'yaml-syntax' });
    expect(d!.line).to.be.a('number');
  });
});

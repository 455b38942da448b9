/** The command line (`npm run check`) over files held in memory: paths, options, output, exit status. */
import { expect } from '@open-wc/testing';
import { memoryFiles } from '../../src/analysis/files.js';
import { main, parseArgs } from '../../src/cli/check-run.js';

const rubric = await (await fetch('/test/checker/corpus/shared/rubrics/basic.yaml')).text();
const clean = {
  'stories/rubrics/basic.yaml': rubric,
  'stories/s/scenario.yaml': await (await fetch('/test/checker/corpus/clean/s/scenario.yaml')).text(),
  'stories/s/story.ink': await (await fetch('/test/checker/corpus/clean/s/story.ink')).text(),
};
const broken = { ...clean, 'stories/s/story.ink': clean['stories/s/story.ink'].replace('#ending: done', '') };

function run(argv: string[], files: Record<string, string>) {
  const out: string[] = [];
  const status = main(argv, memoryFiles(files), (t) => out.push(t));
  return { status, out: out.join('\n') };
}

describe('npm run check (command line)', () => {
  it('checks stories/ by default and exits 0 without errors', () => {
    const { status, out } = run([], clean);
    expect(status).to.equal(0);
    expect(out).to.contain('━━ s — Corpus scenario');
    expect(out).to.contain('✓ no errors');
  });

  it('exits 1 when there is an error, and names file and line', () => {
    const { status, out } = run([], broken);
    expect(status).to.equal(1);
    expect(out).to.match(/stories\/s\/story\.ink\n\s+15\s+error\s+\[dead-end\]/);
    expect(out).to.contain('✗ 1 error');
  });

  it('prints one JSON document with --json', () => {
    const { status, out } = run(['--json'], broken);
    expect(status).to.equal(1);
    const json = JSON.parse(out) as { errors: number; scenarios: { id: string; paths: number; diagnostics: { rule: string; line: number }[] }[] };
    expect(json.errors).to.equal(1);
    expect(json.scenarios[0]).to.include({ id: 's', paths: 2 });
    expect(json.scenarios[0]!.diagnostics.map((d) => [d.rule, d.line])).to.deep.equal([['dead-end', 15]]);
  });

  it('checks one scenario folder, with the rubrics beside it', () => {
    expect(run(['stories/s'], clean).status).to.equal(0);
  });

  it('loads rubrics from another folder with --rubrics', () => {
    const files = { 'course/s/scenario.yaml': clean['stories/s/scenario.yaml'], 'course/s/story.ink': clean['stories/s/story.ink'], 'shared/basic.yaml': rubric };
    expect(run(['course'], files).status).to.equal(1);
    expect(run(['course', '--rubrics', 'shared'], files).status).to.equal(0);
  });

  it('exits 2 on a usage mistake', () => {
    expect(run(['--max-states'], clean).status).to.equal(2);
    expect(run(['--colour'], clean).status).to.equal(2);
    expect(run(['no-such-folder'], clean).status).to.equal(2);
    expect(run(['--help'], clean).status).to.equal(0);
  });

  it('reads the limits and the seed', () => {
    expect(parseArgs(['--max-states', '10', '--seed', '7', 'a', 'b/'])).to.deep.equal({
      paths: ['a', 'b'],
      json: false,
      rubrics: [],
      maxStates: 10,
      seed: 7,
    });
    // There is no limit by time: it would make a limited report depend on the machine.
    expect(parseArgs(['--max-seconds', '2'])).to.be.a('string').and.to.contain('unknown option --max-seconds');
  });

  it('gives the same JSON on every run, also when a limit stops the exploration', () => {
    // A counter the story prints: every lap is a new state, so the limit stops it.
    const looping = {
      ...clean,
      'stories/s/story.ink': `VAR laps = 0\n${clean['stories/s/story.ink']}\n=== spin ===\n~ laps++\nLap {laps}.\n+ [Again.] -> spin\n+ [Stop.] -> END\n`.replace(/^(-> \w+)$/m, '-> spin'),
    };
    const first = run(['--json', '--max-states', '40'], looping);
    const second = run(['--json', '--max-states', '40'], looping);
    const json = JSON.parse(first.out) as { scenarios: { complete: boolean; stoppedBy?: string; states: number }[] };
    expect(json.scenarios[0]).to.include({ complete: false, stoppedBy: 'states' });
    expect(json.scenarios[0]!.states).to.be.within(40, 41);
    expect(second.out).to.equal(first.out);
    // And a complete one.
    expect(run(['--json'], clean).out).to.equal(run(['--json'], clean).out);
  });
});

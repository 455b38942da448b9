import { expect } from '@open-wc/testing';
import { compileInk, normalisePath } from '../../src/ink/compile.js';
import { compileExample, compileFiles } from './helpers.js';

describe('compileInk', () => {
  it('compiles the example with its INCLUDE, with no diagnostics, and a stable hash', async () => {
    const a = await compileExample();
    const b = await compileExample();
    expect(a.diagnostics).to.deep.equal([]);
    expect(a.files).to.deep.equal(['stories/example/story.ink', 'stories/example/endings.ink']);
    expect(a.story?.hash).to.match(/^[0-9a-f]{16}$/);
    expect(a.story?.hash).to.equal(b.story?.hash);
  });

  it('gives a different hash when the story changes', () => {
    const a = compileFiles({ 'a.ink': 'Hello.\n-> END\n' });
    const b = compileFiles({ 'a.ink': 'Hello!\n-> END\n' });
    expect(a.story?.hash).not.to.equal(b.story?.hash);
  });

  it('reports a broken ink file with file and line, in an included file too', () => {
    const result = compileFiles({
      'stories/s/story.ink': 'INCLUDE part.ink\nHello.\n-> k\n',
      'stories/s/part.ink': '=== k ===\nFine line.\n* [A choice] {broken\n- -> END\n',
    });
    expect(result.story).to.equal(undefined);
    const error = result.diagnostics.find((d) => d.severity === 'error');
    expect(error).to.include({ file: 'stories/s/part.ink', line: 3, rule: 'ink-compile' });
    expect(error?.message).to.contain('Expected');
  });

  it('reports a missing INCLUDE and a missing main file', () => {
    const missing = compileFiles({ 'x/story.ink': 'INCLUDE nope.ink\nHi.\n-> END\n' });
    expect(missing.diagnostics.map((d) => d.message).join()).to.contain('x/nope.ink');
    const none = compileInk('x/absent.ink', () => undefined);
    expect(none.diagnostics[0]).to.include({ file: 'x/absent.ink', rule: 'ink-missing-file' });
  });

  it('reports a rating tag after the "]" (ink gives it to the output line) with file and line', () => {
    const result = compileFiles({
      'stories/s/story.ink': 'Hello. #client\n* [Fine #option: d.a #rate: attunement=3]\n* [Misplaced #option: d.b] #rate: attunement=1\n- -> END\n',
    });
    expect(result.story).to.exist;
    expect(result.diagnostics).to.have.length(1);
    expect(result.diagnostics[0]).to.include({ file: 'stories/s/story.ink', line: 3, severity: 'error', rule: 'tag-misplaced' });
    expect(result.diagnostics[0]!.message).to.contain('"#rate: attunement=1" is after the choice\'s "]"');
  });

  it('reports a rating tag on a line of its own before a choice', () => {
    const result = compileFiles({ 's.ink': 'Hi.\n#option: d.a\n* [A]\n- -> END\n' });
    expect(result.diagnostics[0]).to.include({ line: 2, rule: 'tag-misplaced' });
  });

  it('reports malformed choice tags on the choice line', () => {
    const result = compileFiles({ 's.ink': 'Hi.\n\n* [A #option: d.a #risk: shame=severe]\n- -> END\n' });
    expect(result.diagnostics[0]).to.include({ file: 's.ink', line: 3, rule: 'tag-syntax' });
  });

  it('maps each choice point to its file and line', async () => {
    const result = await compileExample();
    const lines = Object.values(result.choiceLocations).map((l) => `${l.file}:${l.line}`);
    expect(lines).to.include('stories/example/story.ink:17');
  });

  it('reads tag lines under a choice as the choice\'s tags, keeping every line number', () => {
    const oneLine = compileFiles({ 's.ink': 'Hi.\n* [A #option: d.a #rate: w=3 #feedback: Good.]\n  Fine. #client\n* [B #option: d.b #rate: w=1 #feedback: Less.]\n- -> END\n' });
    const underneath = compileFiles({
      's.ink': 'Hi.\n* [A]\n    #option: d.a\n    #rate: w=3 #feedback: Good.\n  Fine. #client\n* [B]\n  #option: d.b #rate: w=1\n  #feedback: Less.\n- -> END\n',
    });
    expect(underneath.diagnostics).to.deep.equal([]);
    // The same runtime story: only the source lines differ.
    expect(underneath.story!.json).to.equal(oneLine.story!.json);
    expect(Object.values(underneath.choiceLocations).map((l) => l.line).sort()).to.deep.equal([2, 6]);
    // A line tag under a choice keeps ink's meaning: it belongs to the next line.
    const cue = compileFiles({ 's.ink': 'Hi.\n* [A #option: d.a #rate: w=3 #feedback: Good.]\n  #cue: smiles\n  Fine. #client\n- -> END\n' });
    expect(cue.diagnostics).to.deep.equal([]);
    expect(Object.values(cue.choiceTags!)[0]).to.deep.equal(['option: d.a', 'rate: w=3', 'feedback: Good.']);
  });

  it('reports a problem in a tag written under a choice on the tag\'s own line', () => {
    const result = compileFiles({ 's.ink': 'Hi.\n* [A]\n  #option: d.a\n  #rate: w=great\n- -> END\n' });
    expect(result.diagnostics.map((d) => `${d.line} ${d.rule}`)).to.deep.equal(['4 tag-syntax']);
  });

  it('reports "//" and "#" that would cut text, and not the ink error they cause', () => {
    const url = compileFiles({ 's.ink': 'See https://example.org. #client\n-> END\n' });
    expect(url.diagnostics.map((d) => `${d.line} ${d.rule}`)).to.deep.equal(['1 text-comment']);
    const option = compileFiles({ 's.ink': 'Hi.\n* [See example.org//help #option: d.a]\n- -> END\n' });
    expect(option.story).to.equal(undefined);
    expect(option.diagnostics.map((d) => `${d.line} ${d.rule}`)).to.deep.equal(['2 text-comment']);
    const word = compileFiles({ 's.ink': 'I use C# at work. #client\n-> END\n' });
    expect(word.diagnostics.map((d) => `${d.line} ${d.rule}`)).to.deep.equal(['1 text-hash']);
    const escaped = compileFiles({ 's.ink': 'See https:\\/\\/example.org and C\\#. #client // a real comment\n/* a // block\n comment with C# */\n-> END\n' });
    expect(escaped.diagnostics).to.deep.equal([]);
  });

  it('suggests the knot or variable an unknown name is a typo of', () => {
    const result = compileFiles({ 's.ink': 'VAR trust = 1\n{trsut}\n-> clsoe\n=== close ===\n-> END\n' });
    expect(result.diagnostics.map((d) => d.message)).to.deep.equal(['Unresolved variable: trsut; did you mean "trust"?', 'Divert target not found: \'-> clsoe\'; did you mean "close"?']);
  });

  it('normalises include paths', () => {
    expect(normalisePath('stories/a/./b/../c.ink')).to.equal('stories/a/c.ink');
  });
});

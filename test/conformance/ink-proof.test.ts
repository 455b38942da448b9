import { expect } from '@open-wc/testing';
import { compileInk, type CompiledStory } from '../../src/ink/compile.js';
import { Session } from '../../src/session.js';
import { inklecateTranscript, playWithInkjs } from './inklecate-transcript.js';

/**
 * ink conformance through our engine: every ink-proof case is compiled, saved to JSON, reloaded and
 * played through `Session` with the choices in input.txt, and must print exactly inklecate's
 * transcript — or, for the few cases inkjs itself cannot reproduce, exactly the known difference,
 * line by line. If one of them starts matching, or differs in any other way (a crash included),
 * the test fails, so the list stays true. Choice tags, which the corpus's inklecate never prints,
 * are compared with bare inkjs played on the same input. Replay codes taken after every choice
 * must rebuild the session and, continued with the rest of the input, print the reference
 * transcript again.
 */

/** A line of inklecate's transcript (0-based) and what our engine prints there instead. */
interface LineDifference {
  line: number;
  inklecate: string;
  ours: string;
}

const EXPECTED_DIFFERENCES: Record<string, { reason: string; lines: LineDifference[] }> = {
  I026: {
    reason: 'float formatting: C# prints 7 significant digits, JavaScript the shortest exact form',
    lines: [{ line: 3, inklecate: '0.6666667', ours: '0.6666666666666666' }],
  },
  I121: {
    reason: 'inkjs writes the float 2.0 as 2 in its story JSON, so 5 / 2.0 divides as integers',
    lines: [{ line: 4, inklecate: '2.5', ours: '2' }],
  },
  I133: {
    reason: 'inkjs writes the float 3.0 as 3 in its story JSON, so 7 / 3.0 divides as integers',
    lines: [{ line: 0, inklecate: '2.3333333', ours: '2' }],
  },
  I074: {
    reason: "randomness: LIST_RANDOM follows C#'s System.Random sequence in inklecate, inkjs's own PRNG here",
    lines: [
      { line: 0, inklecate: 'C', ours: 'B' },
      { line: 2, inklecate: 'B', ours: 'C' },
      { line: 3, inklecate: 'C', ours: 'B' },
      { line: 4, inklecate: 'C', ours: 'B' },
      { line: 7, inklecate: 'C', ours: 'D' },
      { line: 8, inklecate: 'C', ours: 'D' },
      { line: 9, inklecate: 'C', ours: 'D' },
    ],
  },
  I106: {
    reason: "randomness: shuffles follow C#'s System.Random sequence in inklecate, inkjs's own PRNG here",
    lines: [{ line: 4, inklecate: 'Shuffle: two one two one', ours: 'Shuffle: two one one two' }],
  },
  I131: {
    reason: 'a knot and a variable of the same name: inkjs recurses until the JavaScript stack overflows, inklecate does not',
    lines: [{ line: 0, inklecate: 'SCENE 1', ours: 'RUNTIME ERROR: Maximum call stack size exceeded' }],
  },
};

/** Cases whose output depends on the random seed; inkjs matches inklecate with this seed. */
const SEEDS: Record<string, number> = { I107: 13 };

/** What inkjs reproduces of the corpus (135 cases less the expected differences above). */
const REPRODUCED = 129;

const CORPUS = '/test/corpus/ink-proof/ink';
const CASES = Array.from({ length: 135 }, (_, i) => `I${String(i + 1).padStart(3, '0')}`);

async function text(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

/** Fetches a story and, recursively, the files it INCLUDEs, so the compiler can read them synchronously. */
async function fetchStoryFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const queue = ['story.ink'];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (files.has(name)) continue;
    const source = await text(`${dir}/${name}`);
    files.set(name, source);
    for (const m of source.matchAll(/^\s*INCLUDE\s+(.+?)\s*$/gm)) queue.push(m[1]!);
  }
  return files;
}

interface Case {
  id: string;
  story: CompiledStory;
  /** 1-based option numbers, as in input.txt. */
  input: number[];
  /** inklecate's transcript. */
  expected: string;
  /** What our engine must print: inklecate's transcript with any known difference applied. */
  reference: string;
}

/** inklecate's transcript with the known difference of `id` applied; throws if inklecate's side does not match. */
function withKnownDifference(id: string, expected: string): string {
  const difference = EXPECTED_DIFFERENCES[id];
  if (!difference) return expected;
  const lines = expected.split('\n');
  for (const d of difference.lines) {
    if (lines[d.line] !== d.inklecate) throw new Error(`${id}: inklecate's line ${d.line} is ${JSON.stringify(lines[d.line])}, not ${JSON.stringify(d.inklecate)}`);
    lines[d.line] = d.ours;
  }
  return lines.join('\n');
}

async function loadCase(id: string): Promise<Case> {
  const dir = `${CORPUS}/${id}`;
  const files = await fetchStoryFiles(dir);
  const compiled = compileInk('story.ink', (path) => files.get(path));
  expect(compiled.story, `${id} compiles: ${JSON.stringify(compiled.diagnostics)}`).to.exist;
  // "saved to JSON and reloaded": the session only ever sees the JSON text.
  const story = { json: JSON.stringify(JSON.parse(compiled.story!.json)), hash: compiled.story!.hash };
  const input = (await text(`${dir}/input.txt`)).split('\n').filter((l) => l.trim() !== '').map(Number);
  const expected = await text(`${dir}/transcript.txt`);
  return { id, story, input, expected, reference: withKnownDifference(id, expected) };
}

const seedOf = (c: Case) => SEEDS[c.id] ?? 0;

/** Plays the first `upTo` choices of the case's input. */
function play(c: Case, upTo = c.input.length): Session {
  return finish(new Session(c.story, { seed: seedOf(c) }), c, 0, upTo);
}

function finish(session: Session, c: Case, from: number, upTo = c.input.length): Session {
  for (const n of c.input.slice(from, upTo)) {
    if (session.ended) break;
    session.choose(n - 1);
  }
  return session;
}

interface Result {
  c: Case;
  session: Session;
  transcript: string;
}

describe('ink-proof conformance through the session engine', () => {
  const results = new Map<string, Result>();
  before(async () => {
    for (const id of CASES) {
      const c = await loadCase(id);
      const session = play(c);
      results.set(id, { c, session, transcript: inklecateTranscript(session.beats) });
    }
  });

  for (const id of CASES) {
    const difference = EXPECTED_DIFFERENCES[id];
    it(`${id} ${difference ? `prints the known difference (${difference.reason})` : 'matches inklecate'}`, () => {
      const { c, session, transcript } = results.get(id)!;
      expect(transcript).to.equal(c.reference);
      if (difference) expect(transcript, `${id} now matches inklecate: remove it from EXPECTED_DIFFERENCES`).not.to.equal(c.expected);
      // An error beat only where inklecate printed one, or where the known difference is an error.
      const errorExpected = /^RUNTIME ERROR/m.test(c.reference);
      expect(session.error !== undefined, `${id}: ${session.errorDetail ?? 'no error'}`).to.equal(errorExpected);
    });
  }

  it('I131 stops calmly for the trainee, keeping ink’s words for the author', () => {
    const { session } = results.get('I131')!;
    expect(session.error).to.equal('the story could not go on from this point');
    expect(session.errorDetail).to.equal('Maximum call stack size exceeded');
  });

  it(`reproduces exactly ${REPRODUCED} cases, counted from the transcripts`, () => {
    const matching = CASES.filter((id) => results.get(id)!.transcript === results.get(id)!.c.expected);
    expect(matching.filter((id) => EXPECTED_DIFFERENCES[id])).to.deep.equal([]);
    expect(CASES.filter((id) => !matching.includes(id))).to.deep.equal(Object.keys(EXPECTED_DIFFERENCES).sort());
    expect(matching.length).to.equal(REPRODUCED);
  });

  it('offers the same options with the same choice tags as bare inkjs, on every case', () => {
    let compared = 0;
    for (const id of CASES) {
      const { c, session } = results.get(id)!;
      const bare = playWithInkjs(c.story.json, seedOf(c), c.input.map((n) => n - 1));
      expect(inklecateTranscript(session.beats, { choiceTags: true }), id).to.equal(inklecateTranscript(bare, { choiceTags: true }));
      compared += session.beats.filter((b) => b.kind === 'choices' && b.options.some((o) => o.tags.length > 0)).length;
    }
    // The corpus's one case with choice tags (I100): the tags inside and before the brackets.
    expect(compared).to.equal(1);
    const i100 = results.get('I100')!.session.beats.find((b) => b.kind === 'choices');
    expect(i100?.kind === 'choices' && i100.options.map((o) => o.tags)).to.deep.equal([['tag both', 'choice only tag']]);
  });

  it('every case that offers a choice has input that plays it to its end', () => {
    const withChoices = CASES.filter((id) => results.get(id)!.session.beats.some((b) => b.kind === 'choices'));
    for (const id of withChoices) {
      const { c, session } = results.get(id)!;
      expect(c.input.length, `${id} input`).to.be.greaterThan(0);
      expect(session.ended, `${id} played to its end`).to.equal(true);
    }
    expect(withChoices.length).to.equal(37);
  });
});

describe('replay identity on every ink-proof case', () => {
  for (const id of CASES) {
    it(`${id}: a replay code taken after any choice rebuilds the session and continues into the reference transcript`, async () => {
      const c = await loadCase(id);
      for (let step = 0; step <= c.input.length; step++) {
        const partial = play(c, step);
        const rebuilt = Session.fromReplayCode(c.story, partial.replayCode());
        expect(inklecateTranscript(rebuilt.beats, { choiceTags: true }), `${id} after ${step} choices`).to.equal(
          inklecateTranscript(partial.beats, { choiceTags: true }),
        );
        expect(inklecateTranscript(finish(rebuilt, c, rebuilt.path.length).beats), `${id} continued from ${step}`).to.equal(c.reference);
      }
    });
  }
});

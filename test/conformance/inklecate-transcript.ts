import type { Beat } from '../../src/session.js';

/**
 * Writes a session's beats the way inklecate's console player prints a play-through, so that our
 * engine's output can be compared with the transcripts in the ink-proof corpus: each line of text,
 * its tags as `# tags: a, b`, a blank line and numbered options at each choice, and the `?> `
 * prompt in front of whatever is printed next.
 */
export function inklecateTranscript(beats: readonly Beat[]): string {
  const out: string[] = [];
  let prompt = '';
  const print = (line: string) => {
    out.push(prompt + line);
    prompt = '';
  };
  for (const beat of beats) {
    if (beat.kind === 'line') {
      print(beat.text);
      if (beat.tags.length > 0) print(`# tags: ${beat.tags.join(', ')}`);
    } else if (beat.kind === 'choices') {
      print('');
      beat.options.forEach((o, i) => print(`${i + 1}: ${o.text}`));
      if (beat.chosen !== undefined) prompt = '?> ';
    } else {
      print(`RUNTIME ERROR: ${beat.detail}`);
    }
  }
  if (prompt) out.push(prompt);
  return out.length === 0 ? '' : out.join('\n') + '\n';
}

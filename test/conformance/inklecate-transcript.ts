import { Story } from 'inkjs';

/** What a transcript is written from: a session's beats, or bare inkjs's play (`playWithInkjs`). */
export type TranscriptBeat =
  | { kind: 'line'; text: string; tags: readonly string[] }
  | { kind: 'choices'; options: readonly { text: string; tags: readonly string[] }[]; chosen?: number }
  | { kind: 'error'; detail: string };

/**
 * Writes a play-through the way inklecate's console player prints it, so that our engine's output
 * can be compared with the transcripts in the ink-proof corpus: each line of text, its tags as
 * `# tags: a, b`, a blank line and numbered options at each choice, and the `?> ` prompt in front
 * of whatever is printed next. The corpus's inklecate predates choice tags and never prints them;
 * with `choiceTags` each option's tags follow it the same way (`# tags: a, b`), for comparing with
 * bare inkjs.
 */
export function inklecateTranscript(beats: readonly TranscriptBeat[], { choiceTags = false } = {}): string {
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
      beat.options.forEach((o, i) => {
        print(`${i + 1}: ${o.text}`);
        if (choiceTags && o.tags.length > 0) print(`# tags: ${o.tags.join(', ')}`);
      });
      if (beat.chosen !== undefined) prompt = '?> ';
    } else {
      print(`RUNTIME ERROR: ${beat.detail}`);
    }
  }
  if (prompt) out.push(prompt);
  return out.length === 0 ? '' : out.join('\n') + '\n';
}

/**
 * Plays story JSON with bare inkjs — no session, no work budget, no replay — taking the 0-based
 * options in `choices` in turn: the independent reference for what the corpus's inklecate does not
 * print (choice tags). Stops at the first error, with ink's message.
 */
export function playWithInkjs(json: string, seed: number, choices: readonly number[]): TranscriptBeat[] {
  const beats: TranscriptBeat[] = [];
  const story = new Story(json);
  story.allowExternalFunctionFallbacks = true;
  let failed: string | undefined;
  story.onError = (message: string, type: number) => {
    if (type !== 1) failed ??= message;
  };
  story.state.storySeed = seed;
  const detail = (error: unknown) => String(error instanceof Error ? error.message : error).replace(/^(?:\s*(?:RUNTIME ERROR|Error|StoryException):\s*)+/i, '').trim();
  let next = 0;
  try {
    for (;;) {
      while (story.canContinue && failed === undefined) {
        const text = story.Continue() ?? '';
        const tags = [...(story.currentTags ?? [])];
        if (text === '' && tags.length === 0) continue;
        beats.push({ kind: 'line', text: text.replace(/\n$/, ''), tags });
      }
      if (failed !== undefined) break;
      const offered = story.currentChoices;
      if (offered.length === 0) break;
      const beat = { kind: 'choices' as const, options: offered.map((c) => ({ text: c.text, tags: [...(c.tags ?? [])] })), chosen: undefined as number | undefined };
      beats.push(beat);
      if (next >= choices.length) break;
      beat.chosen = choices[next++]!;
      story.ChooseChoiceIndex(beat.chosen);
    }
  } catch (error) {
    failed ??= detail(error);
  }
  if (failed !== undefined) beats.push({ kind: 'error', detail: detail(failed) });
  return beats;
}

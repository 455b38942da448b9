/**
 * A play-through of one compiled story: deterministic from its seed, recorded as a transcript of
 * typed beats, scored against a rubric, and rebuildable from its replay code. Framework-free: the
 * player, the checker, the LMS bridge and the tests all drive a story through this one class.
 */
import { Story } from 'inkjs';
import type { CompiledStory } from './ink/compile.js';
import { EndlessLoopError, WorkMeter } from './ink/work-budget.js';
import { nestingProblem } from './limits.js';
import {
  decodeReplayCode,
  encodeReplayCode,
  MAX_SEED,
  ReplayCodeError,
  seedProblem,
  shortHash,
  type ReplayStep,
} from './replay-code.js';
import { ratedOptions, scoreAttempt, type FacedDecision, type Score } from './scoring.js';
import type { Rubric } from './schemas/rubric.js';
import type { EndingRule } from './schemas/scenario.js';
import { parseLineTags, parseOptionTags, type OptionTags, type Speaker } from './tags.js';

export type ClientState = Record<string, number | string | boolean>;

export interface LineBeat {
  kind: 'line';
  text: string;
  speaker: Speaker;
  cues: string[];
  /** Every tag on the line, as written. */
  tags: string[];
  /** Set on the lines of a named ending (`#ending: id`). */
  ending?: string;
  /** True when this line repeats the text of the option just chosen (ink's default echo). */
  echoesChoice?: boolean;
}

export interface PresentedOption {
  /** Index among the options ink offered at this point (what a replay code stores). */
  index: number;
  text: string;
  tags: string[];
  /** The option's parsed rating tags. */
  rating: OptionTags;
  /** Where ink's choice point is (`choice.sourcePath`), for mapping back to file and line. */
  sourcePath: string;
}

export interface ChoiceBeat {
  kind: 'choices';
  /** Position in the sequence of choices made (0 for the first). */
  step: number;
  /** The decision id when the options carry `#option:` tags; unrated choice sets have none. */
  decision?: string;
  options: PresentedOption[];
  /** The client-state variables as they stood when the options were shown. */
  state: ClientState;
  /** Filled in when the trainee chooses. */
  chosen?: number;
  confidence?: number;
}

export interface ErrorBeat {
  kind: 'error';
  /** What a trainee is told: calm, in plain words, no exception text. */
  message: string;
  /** ink's own words, for the author (and for comparing with other ink players). */
  detail: string;
}

export type Beat = LineBeat | ChoiceBeat | ErrorBeat;

export interface SessionOptions {
  /** Seed for ink's randomness (a whole number 0…MAX_SEED); a session is fully determined by seed and choices. */
  seed?: number;
  /** Needed for `score()`; the session plays without one. */
  rubric?: Rubric;
  mastery?: number;
  /** The scenario's ending rules (`endings:` in scenario.yaml): an attempt ending on a not-passable one is not passed. */
  endings?: Readonly<Record<string, EndingRule>>;
  /** ink variables to snapshot at each decision (the scenario's declared client state). */
  stateVariables?: readonly string[];
}

/**
 * Parsed story JSON per compiled story. inkjs builds its runtime objects from the parsed JSON
 * without changing it, so sessions of one story (rewinds, replays, fuzzing, analysis) share one
 * parse: constructing a Story from the object is about 2.5× faster than from the string.
 */
const parsedStories = new WeakMap<CompiledStory, object>();
function parsedStory(story: CompiledStory): object {
  let parsed = parsedStories.get(story);
  if (!parsed) {
    // Checked before parsing: ink builds a story recursively, and a story nested thousands deep
    // would fail with "Maximum call stack size exceeded" instead of saying what is wrong.
    const tooDeep = nestingProblem(story.json, 'The story');
    if (tooDeep) throw new Error(tooDeep);
    parsed = JSON.parse(story.json) as object;
    parsedStories.set(story, parsed);
  }
  return parsed;
}

/** A randomly chosen seed: ink's own default has only 100 values. */
export const randomSeed = () => Math.floor(Math.random() * (MAX_SEED + 1));

/**
 * What a trainee is told when ink stops with an error: the problem is in the story, in plain words,
 * without ink's or JavaScript's wording (`detail` keeps that for the author).
 */
export function describeStoryError(detail: string, error?: unknown): string {
  if (error instanceof EndlessLoopError) {
    return error.limit === 'lines'
      ? 'the story kept printing lines without offering a choice or reaching an ending; it seems to loop without end'
      : 'the story kept working without offering a choice or reaching an ending; it seems to loop without end';
  }
  const external = /external(?: function)?s?:? '([^']*)'/i.exec(detail);
  if (external) {
    const name = external[1]!.length > 40 ? `${external[1]!.slice(0, 39)}…` : external[1]!;
    return `the story calls a function ("${name}") that it does not define, so it cannot go on`;
  }
  if (/ran out of content|reached end of content/i.test(detail)) return 'the story reached a point where it neither offers a choice nor ends';
  if (/divide by zero|division by zero/i.test(detail)) return 'a calculation in the story divides by zero';
  return 'the story could not go on from this point';
}

/** ink's message without its prefixes ("RUNTIME ERROR: ", "Error: "). */
function inkMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^(?:\s*(?:RUNTIME ERROR|Error|StoryException):\s*)+/i, '').trim();
}

export class Session {
  readonly beats: Beat[] = [];
  readonly seed: number;
  readonly storyHash: string;
  /**
   * Set when the story stopped with an error: what a trainee is told, in plain words. The session
   * stops where it was and keeps what it has.
   */
  error?: string;
  /** ink's own message for the same error, for the author. */
  errorDetail?: string;

  private readonly ink: Story;
  private readonly meter: WorkMeter;
  private readonly steps: ReplayStep[] = [];
  private readonly options: SessionOptions;
  private pendingError?: ErrorBeat;

  constructor(
    readonly story: CompiledStory,
    options: SessionOptions = {},
  ) {
    this.options = options;
    const seed = options.seed ?? randomSeed();
    // Checked before anything is played: a bad seed would otherwise fail only at the first choice.
    const problem = seedProblem(seed);
    if (problem) throw new RangeError(problem);
    this.seed = seed;
    this.storyHash = story.hash;
    this.ink = new Story(parsedStory(story));
    // EXTERNAL functions run their ink fallback (the checker refuses an EXTERNAL without one).
    this.ink.allowExternalFunctionFallbacks = true;
    this.ink.onError = (message: string, type: number) => {
      // ErrorType 1 is a warning (e.g. "ran out of content" is an error, 2)
      if (type !== 1) this.fail(message);
    };
    this.ink.state.storySeed = this.seed;
    this.meter = new WorkMeter(this.ink);
    this.advance();
  }

  /** Rebuilds a session from a replay code. Throws ReplayCodeError if the code is damaged or for another story. */
  static fromReplayCode(story: CompiledStory, code: string, options: Omit<SessionOptions, 'seed'> = {}): Session {
    const replay = decodeReplayCode(code);
    if (replay.storyHash !== shortHash(story.hash)) {
      throw new ReplayCodeError(
        'story-changed',
        'This saved attempt was made on an earlier version of the scenario, which has since been changed, so it cannot be replayed faithfully.',
      );
    }
    const session = new Session(story, { ...options, seed: replay.seed });
    replay.steps.forEach((step, i) => {
      const offered = session.currentChoices?.options.length ?? 0;
      if (step.index >= offered) {
        throw new ReplayCodeError('invalid-step', `The saved choice ${i + 1} does not exist in this story (it offers ${offered} options there).`);
      }
      session.choose(step.index, step.confidence);
    });
    return session;
  }

  /** The options on offer now, or undefined when the story has ended (or failed). */
  get currentChoices(): ChoiceBeat | undefined {
    const last = this.beats[this.beats.length - 1];
    return last?.kind === 'choices' && last.chosen === undefined ? last : undefined;
  }

  get ended(): boolean {
    return this.currentChoices === undefined;
  }

  /** The ending reached (`#ending:` tag), if the story has ended on one. */
  get ending(): string | undefined {
    if (!this.ended) return undefined;
    for (let i = this.beats.length - 1; i >= 0; i--) {
      const beat = this.beats[i]!;
      if (beat.kind === 'line' && beat.ending) return beat.ending;
      if (beat.kind === 'choices') break;
    }
    return undefined;
  }

  /** The steps taken so far (what a replay code holds). */
  get path(): readonly ReplayStep[] {
    return this.steps;
  }

  /** Takes option `index` of the current choices; returns the beats that followed. */
  choose(index: number, confidence?: number): Beat[] {
    const current = this.currentChoices;
    if (!current) throw new Error('There is no choice to make: the story has ended.');
    if (!Number.isInteger(index) || index < 0 || index >= current.options.length) {
      throw new RangeError(`Option ${index} does not exist; there are ${current.options.length}.`);
    }
    const step: ReplayStep = confidence === undefined ? { index } : { index, confidence };
    // Validate the confidence before changing anything, so a bad value cannot corrupt the session.
    encodeReplayCode({ storyHash: this.storyHash, seed: this.seed, steps: [step] });
    current.chosen = index;
    if (confidence !== undefined) current.confidence = confidence;
    this.steps.push(step);
    const before = this.beats.length;
    try {
      this.ink.ChooseChoiceIndex(index);
    } catch (error) {
      this.fail(error);
      this.flushError();
      return this.beats.slice(before);
    }
    this.advance(current.options[index]!.text);
    return this.beats.slice(before);
  }

  /** A new session at the moment decision `step` was offered, before it was answered. */
  rewindTo(step: number): Session {
    const session = new Session(this.story, { ...this.options, seed: this.seed });
    for (const s of this.steps.slice(0, step)) session.choose(s.index, s.confidence);
    return session;
  }

  replayCode(): string {
    return encodeReplayCode({ storyHash: this.storyHash, seed: this.seed, steps: this.steps });
  }

  /** Current value of each declared client-state variable. */
  clientState(): ClientState {
    const state: ClientState = {};
    for (const name of this.options.stateVariables ?? []) {
      const value: unknown = this.ink.variablesState.$(name);
      if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') state[name] = value;
    }
    return state;
  }

  /** Every rated decision answered so far, in the form the scoring model takes. */
  facedDecisions(): FacedDecision[] {
    const faced: FacedDecision[] = [];
    for (const beat of this.beats) {
      if (beat.kind !== 'choices' || beat.decision === undefined || beat.chosen === undefined) continue;
      faced.push({
        decision: beat.decision,
        options: ratedOptions(beat.options),
        chosen: beat.chosen,
        ...(beat.confidence !== undefined ? { confidence: beat.confidence } : {}),
      });
    }
    return faced;
  }

  score(): Score {
    if (!this.options.rubric) throw new Error('Scoring needs a rubric: pass one in the session options.');
    const ending = this.ending;
    const rule = ending === undefined ? undefined : this.options.endings?.[ending];
    return scoreAttempt(this.facedDecisions(), this.options.rubric, {
      ...(this.options.mastery !== undefined ? { mastery: this.options.mastery } : {}),
      ...(ending !== undefined ? { ending: { id: ending, passable: rule?.passable ?? true, ...(rule?.reason ? { reason: rule.reason } : {}) } } : {}),
    });
  }

  private advance(chosenText?: string) {
    let first = true;
    // A story that loops without ever offering a choice would otherwise hang the page: the meter
    // stops it after a fixed amount of work (the same on every machine, see work-budget.ts).
    this.meter.beginTurn();
    try {
      while (this.ink.canContinue && this.error === undefined) {
        this.meter.line();
        this.ink.Continue();
        const raw = this.ink.currentText ?? '';
        const tags = [...(this.ink.currentTags ?? [])];
        // ink yields "" (not even a newline) for content that prints nothing, such as pure logic.
        if (raw === '' && tags.length === 0) continue;
        const parsed = parseLineTags(tags);
        const text = raw.replace(/\n$/, '');
        const echoes = first && chosenText !== undefined && text.trim() !== '' && text.trim() === chosenText.trim();
        first = false;
        const speaker = echoes && !tags.some((t) => ['client', 'narration'].includes(t.trim())) ? 'therapist' : parsed.speaker;
        this.beats.push({
          kind: 'line',
          text,
          speaker,
          cues: parsed.cues,
          tags,
          ...(parsed.ending ? { ending: parsed.ending } : {}),
          ...(echoes ? { echoesChoice: true } : {}),
        });
      }
    } catch (error) {
      this.fail(error);
    }
    this.flushError();
    if (this.error !== undefined) return;
    const choices = this.ink.currentChoices;
    if (choices.length === 0) return;
    const options: PresentedOption[] = choices.map((c) => ({
      index: c.index,
      text: c.text,
      tags: [...(c.tags ?? [])],
      rating: parseOptionTags(c.tags),
      sourcePath: c.sourcePath,
    }));
    const decision = options.find((o) => o.rating.decision !== undefined)?.rating.decision;
    this.beats.push({
      kind: 'choices',
      step: this.steps.length,
      ...(decision !== undefined ? { decision } : {}),
      options,
      state: this.clientState(),
    });
  }

  /**
   * Records an ink error and stops the story there; the beats so far are kept. ink reports an error
   * during the Continue() that produced the line before it, so the error beat is added after that
   * line (see `advance`).
   */
  private fail(error: unknown) {
    if (this.error !== undefined) return;
    const message = inkMessage(error);
    const detail = message.length > 1000 ? `${message.slice(0, 999)}…` : message;
    this.error = describeStoryError(message, error);
    this.errorDetail = detail;
    this.pendingError = { kind: 'error', message: this.error, detail };
  }

  private flushError() {
    if (this.pendingError === undefined) return;
    this.beats.push(this.pendingError);
    this.pendingError = undefined;
  }
}

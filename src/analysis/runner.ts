/**
 * Drives one inkjs story for the explorer: runs from a saved state to the next choice point (or
 * the end), and records what happened on the way (the lines' ending tags, runtime errors and
 * warnings, every container entered). Browser- and Node-safe.
 */
import { Story } from 'inkjs';
import type { Container } from 'inkjs/engine/Container';
import type { SourceLocation } from '../ink/tag-placement.js';
import { EndlessLoopError, WorkMeter } from '../ink/work-budget.js';
import { parseLineTags, parseOptionTags, type OptionTags } from '../tags.js';

/** Parses the tags of the options ink offered. */
export const withRatings = (options: readonly RawOption[]): OptionInfo[] => options.map((o) => ({ ...o, rating: parseOptionTags(o.tags) }));

export interface OptionInfo {
  /** Index among the options offered (what a replay code stores). */
  index: number;
  text: string;
  tags: string[];
  rating: OptionTags;
  /** Runtime path of the choice point (`choice.sourcePath`). */
  sourcePath: string;
}

export interface RuntimeProblem {
  severity: 'error' | 'warning';
  message: string;
  /** Runtime path where ink reported it, when it said. */
  path?: string;
  location?: SourceLocation;
}

/** What running from one choice to the next produced. */
/** A choice as ink offers it, before its tags are parsed (parsing is left to whoever needs it). */
export type RawOption = Omit<OptionInfo, 'rating'>;

export type Outcome =
  | { kind: 'choices'; options: RawOption[]; warnings: RuntimeProblem[] }
  | { kind: 'end'; ending?: string; endPath?: string; error?: RuntimeProblem; warnings: RuntimeProblem[] };

const RUNTIME_MESSAGE = /^RUNTIME (ERROR|WARNING):\s*(?:'([^']*)' line (\d+):\s*|\(([^)]*)\):\s*)?([\s\S]*)$/;

/** ControlCommand.CommandType.End */
const END_COMMAND = 20;

export class StoryRunner {
  story!: Story;
  /** The same work budget per turn as the player's session (`work-budget.ts`). */
  private meter!: WorkMeter;
  /** Every container the story entered, across all runs. */
  readonly visited = new Set<Container>();
  private problems: RuntimeProblem[] = [];
  /** The last container entered and where `-> END` was met: where a run stopped. */
  private lastContainer?: Container;
  private endedAt?: string;

  constructor(
    private readonly json: string,
    private readonly seed: number,
    private readonly locate?: (path: string) => SourceLocation | undefined,
  ) {
    this.fresh();
  }

  /** A new Story object (after an exception the old one may be mid-step). */
  private fresh() {
    const story = new Story(this.json);
    story.allowExternalFunctionFallbacks = true;
    story.onError = (message: string, type: number) => {
      const m = RUNTIME_MESSAGE.exec(message.trim());
      // Without line numbers ink names the position as "Ink Pointer -> knot.0 -- index 3".
      const pointer = m?.[4] ? /^Ink Pointer -> (.*) -- index (-?\d+)$/.exec(m[4]) : null;
      const path = pointer ? (Number(pointer[2]) >= 0 ? `${pointer[1]}.${pointer[2]}` : pointer[1]) : m?.[4];
      const location = m?.[2] && m[3] ? { file: m[2], line: Number(m[3]) } : path ? this.locate?.(path) : undefined;
      this.problems.push({
        severity: type === 1 || m?.[1] === 'WARNING' ? 'warning' : 'error',
        message: (m?.[5] ?? message).trim(),
        ...(path ? { path } : {}),
        ...(location ? { location } : {}),
      });
    };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the hooks below replace inkjs methods and need both `this`es
    const runner = this;
    const target = story as unknown as { VisitContainer(c: Container, atStart: boolean): void };
    const visit = target.VisitContainer;
    target.VisitContainer = function (this: unknown, container: Container, atStart: boolean) {
      runner.visited.add(container);
      runner.lastContainer = container;
      return visit.call(this, container, atStart);
    };
    // Where `-> END` was met (ink clears the position when it ends the story).
    const flow = story as unknown as { PerformLogicAndFlowControl(o: unknown): boolean; state: { currentPointer: { path: { toString(): string } | null } } };
    const perform = flow.PerformLogicAndFlowControl;
    flow.PerformLogicAndFlowControl = function (this: typeof flow, o: unknown) {
      if ((o as { _commandType?: number } | null)?._commandType === END_COMMAND) runner.endedAt ??= this.state.currentPointer.path?.toString();
      return perform.call(this, o);
    };
    story.state.storySeed = this.seed;
    this.meter = new WorkMeter(story);
    this.story = story;
  }

  get root(): Container {
    return (this.story as unknown as { mainContentContainer: Container }).mainContentContainer;
  }

  /** Runs from the beginning of the story. */
  start(): Outcome {
    this.fresh();
    return this.advance();
  }

  /** Restores a saved state and takes option `index` there. */
  choose(saved: string, index: number): Outcome {
    try {
      this.story.state.LoadJson(saved);
      this.story.state.ResetErrors();
      this.story.ChooseChoiceIndex(index);
    } catch (error) {
      this.fresh();
      return { kind: 'end', error: { severity: 'error', message: String((error as Error).message ?? error) }, warnings: [] };
    }
    return this.advance();
  }

  save(): string {
    return this.story.state.ToJson();
  }

  variable(name: string): unknown {
    return this.story.variablesState.$(name);
  }

  private advance(): Outcome {
    this.problems = [];
    this.lastContainer = undefined;
    this.endedAt = undefined;
    const story = this.story;
    let ending: string | undefined;
    this.meter.beginTurn();
    try {
      while (story.canContinue) {
        this.meter.line();
        story.Continue();
        const tags = story.currentTags ?? [];
        if (tags.length > 0) {
          const parsed = parseLineTags(tags);
          if (parsed.ending) ending = parsed.ending;
        }
        if (this.problems.some((p) => p.severity === 'error')) break;
      }
    } catch (error) {
      const message =
        error instanceof EndlessLoopError
          ? `${error.message}: it seems to loop without end (a loop of diverts or logic with no way out)`
          : String((error as Error).message ?? error).replace(/^(?:\s*(?:RUNTIME ERROR|Error):\s*)+/i, '');
      this.problems.push({ severity: 'error', message });
      this.fresh();
    }
    const warnings = this.problems.filter((p) => p.severity === 'warning');
    const error = this.problems.find((p) => p.severity === 'error');
    const lastPath = (this.lastContainer as Container | undefined)?.path.toString();
    if (error) {
      if (!error.path && !error.location && lastPath) {
        error.path = lastPath;
        const location = this.locate?.(lastPath);
        if (location) error.location = location;
      }
      return { kind: 'end', error, warnings };
    }

    const choices = this.story.currentChoices;
    if (choices.length > 0) {
      return {
        kind: 'choices',
        warnings,
        options: choices.map((c) => ({
          index: c.index,
          text: c.text,
          tags: [...(c.tags ?? [])],
          sourcePath: c.sourcePath,
        })),
      };
    }
    const previous = (this.story.state as unknown as { previousPointer?: { path?: { toString(): string } | null; isNull?: boolean } }).previousPointer;
    const endPath = this.endedAt ?? (previous && !previous.isNull ? previous.path?.toString() : undefined) ?? lastPath;
    return { kind: 'end', ...(ending ? { ending } : {}), ...(endPath ? { endPath } : {}), warnings };
  }
}

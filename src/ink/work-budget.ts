/**
 * How much ink may do between two choices before the story is judged to loop without end: one
 * definition, used by the player's session and by the checker alike. It counts work, never time,
 * so the same story, seed and choices give the same result on any machine at any load (a replay
 * rebuilt on a slow machine — the LMS reporter rebuilds every session from its code — sees exactly
 * what the trainee saw).
 *
 * Work is counted per ink step (one piece of content executed): one unit per step, plus one unit per
 * 16 pieces of text in the line being built, because inkjs re-reads the pending line at every step
 * (a loop that adds a space per lap costs time in proportion to the square of its laps). On the
 * reference machine of `npm run bench` a unit takes about a microsecond, so the work budget is a few
 * seconds there; a story that loops 2,000 times silently and then ends uses 60% of it, real stories
 * (the shipped scenarios, The Intercept, the ink-proof corpus) at most 1,100 units in a turn.
 */
import type { Story } from 'inkjs';

/** Units of work ink may do from one choice to the next (or to the end). */
export const MAX_WORK_PER_TURN = 3_000_000;

/** Lines ink may print from one choice to the next: a story printing more is looping. */
export const MAX_LINES_PER_TURN = 10_000;

/** Thrown out of ink's Continue() when a turn exceeds its budget. The story object is then unusable. */
export class EndlessLoopError extends Error {
  constructor(readonly limit: 'work' | 'lines') {
    super(
      limit === 'lines'
        ? `the story printed more than ${MAX_LINES_PER_TURN.toLocaleString('en-GB')} lines without offering a choice or ending`
        : `the story did more than ${MAX_WORK_PER_TURN.toLocaleString('en-GB')} steps of work without offering a choice or ending`,
    );
    this.name = 'EndlessLoopError';
  }
}

/** Counts the work one inkjs Story does, per turn. */
export class WorkMeter {
  private work = 0;
  private lines = 0;

  /** Attaches to `story`: from now on every ink step is counted. */
  constructor(story: Story) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the hook replaces an inkjs method and needs both `this`es
    const meter = this;
    const target = story as unknown as { Step(): void; state: { outputStream: readonly unknown[] } };
    const step = target.Step;
    target.Step = function (this: typeof target) {
      meter.work += 1 + (this.state.outputStream.length >> 4);
      if (meter.work > MAX_WORK_PER_TURN) throw new EndlessLoopError('work');
      step.call(this);
    };
  }

  /** Starts counting a new turn (after a choice, or at the start). */
  beginTurn() {
    this.work = 0;
    this.lines = 0;
  }

  /** Counts one Continue() of the turn; throws EndlessLoopError past the line budget. */
  line() {
    if (++this.lines > MAX_LINES_PER_TURN) throw new EndlessLoopError('lines');
  }

  /** Work done so far this turn (for figures and tests). */
  get used(): number {
    return this.work;
  }
}

/**
 * A rater's work in progress on the review page (`review.html`), framework-free: what they have
 * rated so far, kept in this browser's localStorage (never sent anywhere) so they can stop and
 * resume, and the ratings file made from it. The options of each decision are shown in an order
 * shuffled once per rater (the seed is kept, so the order stays the same after resuming).
 */
import * as z from 'zod/mini';
import { ID } from '../ids.js';
import { RATINGS_FORMAT, RATINGS_VERSION, RatingsFileSchema, type RatingsFile } from '../schemas/ratings.js';
import { RISK_LEVELS, type RiskLevel } from '../tags.js';
import { browserStorage, MemoryStorage, type StorageLike } from '../attempts.js';
import type { ReviewDecision, ReviewTask } from './review-task.js';
import { seededRandom } from '../seeded-random.js';

export const REVIEW_DRAFT_VERSION = 1;
export const REVIEW_KEY_PREFIX = 'attune:review:';
export const reviewKey = (scenarioId: string) => REVIEW_KEY_PREFIX + scenarioId;

const Id = z.string().check(z.regex(ID));

export const OptionAnswerSchema = z.strictObject({
  /** The option's words when it was rated: an answer to words since changed is dropped on resume. */
  text: z.string(),
  ratings: z.record(Id, z.number().check(z.int())),
  risks: z.record(Id, z.enum(RISK_LEVELS)),
  comment: z.optional(z.string().check(z.maxLength(5000))),
});
export type OptionAnswer = z.infer<typeof OptionAnswerSchema>;

export const ReviewDraftSchema = z.strictObject({
  version: z.literal(REVIEW_DRAFT_VERSION),
  scenario: Id,
  storyHash: z.string(),
  reviewer: z.string().check(z.maxLength(60)),
  /** Seeds the option order of every decision. */
  seed: z.number().check(z.int(), z.minimum(0)),
  /** The decision the rater was on. */
  at: z.number().check(z.int(), z.minimum(0)),
  /** Keyed by `<decision>.<option>`. */
  answers: z.record(z.string(), OptionAnswerSchema),
  updated: z.string(),
});
export type ReviewDraft = z.infer<typeof ReviewDraftSchema>;

export const optionKey = (decision: string, option: string) => `${decision}.${option}`;

/** A fresh draft with a random option order. */
export function newDraft(task: ReviewTask, now = new Date(), seed = Math.floor(Math.random() * 2 ** 31)): ReviewDraft {
  return { version: REVIEW_DRAFT_VERSION, scenario: task.scenario.id, storyHash: task.storyHash, reviewer: '', seed, at: 0, answers: {}, updated: now.toISOString() };
}

/** The decision's options in this rater's order (Fisher–Yates, seeded by the draft's seed and the decision). */
export function shuffledOptions<O>(decision: { id: string; options: readonly O[] }, seed: number): O[] {
  let mix = seed;
  for (const ch of decision.id) mix = (Math.imul(mix, 31) + ch.charCodeAt(0)) >>> 0;
  const random = seededRandom(mix);
  const out = [...decision.options];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Ratings expected from one rater on a decision: every criterion it tests and every risk, per option. */
export const measuresPerOption = (d: Pick<ReviewDecision, 'criteria' | 'risks'>) => d.criteria.length + d.risks.length;

export function decisionProgress(decision: ReviewDecision, draft: ReviewDraft): { given: number; expected: number } {
  let given = 0;
  for (const o of decision.options) {
    const a = draft.answers[optionKey(decision.id, o.option)];
    if (!a) continue;
    given += decision.criteria.filter((c) => a.ratings[c] !== undefined).length + decision.risks.filter((r) => a.risks[r] !== undefined).length;
  }
  return { given, expected: decision.options.length * measuresPerOption(decision) };
}

export function reviewProgress(task: ReviewTask, draft: ReviewDraft): { given: number; expected: number } {
  return task.decisions.map((d) => decisionProgress(d, draft)).reduce((sum, p) => ({ given: sum.given + p.given, expected: sum.expected + p.expected }), { given: 0, expected: 0 });
}

/** Sets (or with `level` undefined clears) one rating; returns a new draft. */
export function withRating(draft: ReviewDraft, decision: string, option: { option: string; text: string }, measure: { id: string; kind: 'quality' | 'risk' }, level: number | RiskLevel | undefined, now = new Date()): ReviewDraft {
  const key = optionKey(decision, option.option);
  const prior = draft.answers[key] ?? { text: option.text, ratings: {}, risks: {} };
  const answer: OptionAnswer = { ...prior, text: option.text, ratings: { ...prior.ratings }, risks: { ...prior.risks } };
  const target = measure.kind === 'quality' ? answer.ratings : answer.risks;
  if (level === undefined) delete target[measure.id];
  else (target as Record<string, number | RiskLevel>)[measure.id] = level;
  return { ...draft, answers: { ...draft.answers, [key]: answer }, updated: now.toISOString() };
}

export function withComment(draft: ReviewDraft, decision: string, option: { option: string; text: string }, comment: string, now = new Date()): ReviewDraft {
  const key = optionKey(decision, option.option);
  const prior = draft.answers[key] ?? { text: option.text, ratings: {}, risks: {} };
  const { comment: _old, ...rest } = prior;
  const answer: OptionAnswer = comment.trim() === '' ? { ...rest, text: option.text } : { ...rest, text: option.text, comment: comment.slice(0, 5000) };
  return { ...draft, answers: { ...draft.answers, [key]: answer }, updated: now.toISOString() };
}

/**
 * The ratings file for what has been rated: one entry per option of every decision (null for a
 * rating not given), checked against the schema before it is offered.
 */
export function ratingsFileFrom(task: ReviewTask, draft: ReviewDraft, now = new Date()): RatingsFile {
  const { given, expected } = reviewProgress(task, draft);
  const entries = task.decisions.flatMap((d) =>
    d.options.map((o) => {
      const a = draft.answers[optionKey(d.id, o.option)];
      const comment = a?.comment?.trim();
      return {
        decision: d.id,
        option: o.option,
        text: o.text,
        ratings: Object.fromEntries(d.criteria.map((c) => [c, a?.ratings[c] ?? null])),
        risks: Object.fromEntries(d.risks.map((r) => [r, a?.risks[r] ?? null])),
        ...(comment ? { comment } : {}),
      };
    }),
  );
  return RatingsFileSchema.parse({
    format: RATINGS_FORMAT,
    version: RATINGS_VERSION,
    reviewer: draft.reviewer,
    date: now.toISOString(),
    scenario: task.scenario.id,
    rubric: { id: task.rubric.id, version: task.rubric.version },
    storyHash: task.storyHash,
    complete: given === expected,
    entries,
  });
}

/** The file name a rater's download gets: `<scenario>-<reviewer>-ratings.json`. */
export function ratingsFileName(file: Pick<RatingsFile, 'scenario' | 'reviewer'>): string {
  const who = file.reviewer.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'rater';
  return `${file.scenario}-${who}-ratings.json`;
}

export interface DraftLoad {
  draft: ReviewDraft;
  /** True when a saved draft was found and taken up. */
  resumed: boolean;
  /** What the rater should be told (a draft for another version of the story, unreadable data). */
  notes: string[];
}

/**
 * Keeps one draft per scenario in localStorage. If storage cannot be used the draft lives in
 * memory for the page's lifetime, and `persistent` is false so the page can say so.
 */
export class ReviewDraftStore {
  readonly persistent: boolean;
  private readonly storage: StorageLike;

  /** `storage` defaults to the browser's localStorage; null keeps the draft in memory only. */
  constructor(storage?: StorageLike | null) {
    const usable = storage === undefined ? browserStorage() : (storage ?? undefined);
    this.persistent = usable !== undefined;
    this.storage = usable ?? new MemoryStorage();
  }

  /** The saved draft for this task, reconciled with the story as it is now, or a new one. */
  load(task: ReviewTask, now = new Date()): DraftLoad {
    const key = reviewKey(task.scenario.id);
    let raw: string | null = null;
    try {
      raw = this.storage.getItem(key);
    } catch {
      return { draft: newDraft(task, now), resumed: false, notes: ['This browser would not let the page read its storage: your ratings are kept only while the page is open.'] };
    }
    if (raw === null) return { draft: newDraft(task, now), resumed: false, notes: [] };
    let parsed: ReturnType<typeof ReviewDraftSchema.safeParse> | undefined;
    try {
      parsed = ReviewDraftSchema.safeParse(JSON.parse(raw));
    } catch {
      parsed = undefined;
    }
    if (!parsed?.success) {
      // Kept where it is, under another key, rather than lost.
      this.write(`${key}:unreadable:${now.getTime()}`, raw);
      return { draft: newDraft(task, now), resumed: false, notes: ['Saved ratings for this scenario could not be read; they were set aside and you start afresh.'] };
    }
    const saved = parsed.data;
    const notes: string[] = [];
    const current = new Map(task.decisions.flatMap((d) => d.options.map((o) => [optionKey(d.id, o.option), o.text] as const)));
    const answers: ReviewDraft['answers'] = {};
    let dropped = 0;
    for (const [k, a] of Object.entries(saved.answers)) {
      if (current.get(k) === a.text) answers[k] = a;
      else dropped++;
    }
    if (saved.storyHash !== task.storyHash) {
      notes.push(dropped > 0 ? `The scenario has changed since you started: ${dropped} option${dropped === 1 ? ' was' : 's were'} reworded or removed, and ${dropped === 1 ? 'its ratings were' : 'their ratings were'} set aside.` : 'The scenario has changed since you started; all the options you rated are unchanged.');
    }
    return { draft: { ...saved, storyHash: task.storyHash, answers, at: Math.min(saved.at, Math.max(0, task.decisions.length - 1)) }, resumed: true, notes };
  }

  /** Saves the draft; false when storage refused. */
  save(draft: ReviewDraft): boolean {
    return this.write(reviewKey(draft.scenario), JSON.stringify(draft));
  }

  clear(scenarioId: string) {
    try {
      this.storage.removeItem(reviewKey(scenarioId));
    } catch {
      // nothing kept, nothing to clear
    }
  }

  private write(key: string, value: string): boolean {
    try {
      this.storage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  }
}

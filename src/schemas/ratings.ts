/**
 * A panel rater's ratings file: what the review page (`review.html`) downloads after a blind rating
 * of one scenario, and what `npm run agreement`, the agreement page and the checker read (from a
 * scenario's `panel/` folder). One entry per option; a rating left out (absent or null) is a
 * missing value, never a zero.
 */
import * as z from 'zod/mini';
import { ID } from '../ids.js';
import { RISK_LEVELS } from '../tags.js';
import './rubric.js'; // sets zod's English messages

export const RATINGS_FORMAT = 'attune-panel-ratings';
export const RATINGS_VERSION = 1;

const Id = z.string().check(z.regex(ID, 'use lower-case letters, digits and hyphens'));

export const RatingsEntrySchema = z.strictObject({
  decision: Id.check(z.describe('The decision id (from #option: <decision>.<option>)')),
  option: Id.check(z.describe('The option id')),
  text: z.string().check(z.describe('The option as the rater read it: a later change to the story makes this rating stale')),
  ratings: z
    ._default(z.record(Id, z.nullable(z.number().check(z.int()))), {})
    .check(z.describe('Level given on each quality criterion the decision tests; null = not rated')),
  risks: z._default(z.record(Id, z.nullable(z.enum(RISK_LEVELS))), {}).check(z.describe('Level given on each risk; null = not rated')),
  comment: z.optional(z.string().check(z.maxLength(5000))),
});

export const RatingsFileSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    format: z.literal(RATINGS_FORMAT),
    version: z.literal(RATINGS_VERSION),
    reviewer: z
      .string()
      .check(z.trim(), z.minLength(1, 'give the reviewer id or initials'), z.maxLength(60), z.describe('Reviewer id or initials (no names needed)')),
    date: z.string().check(z.iso.datetime({ offset: true }), z.describe('When the file was saved (ISO 8601)')),
    scenario: Id.check(z.describe('The scenario id')),
    rubric: z.strictObject({ id: Id, version: z.string() }),
    storyHash: z.string().check(z.regex(/^[0-9a-f]{16}$/, 'the 16-digit story hash'), z.describe('The story version rated')),
    complete: z.boolean().check(z.describe('False when the rater stopped before rating everything')),
    entries: z.array(RatingsEntrySchema),
  })
  .check(
    z.superRefine((file, ctx) => {
      const seen = new Set<string>();
      file.entries.forEach((e, i) => {
        const key = `${e.decision}.${e.option}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'option'], message: `option "${key}" has two entries` });
        seen.add(key);
      });
    }),
  );

export type RatingsFile = z.infer<typeof RatingsFileSchema>;
export type RatingsEntry = z.infer<typeof RatingsEntrySchema>;

/**
 * A panel's result as it travels in a scenario bundle and the library's catalogue (built from the
 * scenario's `panel/` folder): enough to say "panel-rated" with its agreement, and to mark the
 * contested options in feedback and the debrief.
 */
export const PanelSummarySchema = z.object({
  raters: z.number().check(z.int(), z.minimum(0)),
  /** Pooled over the quality criteria; null when undefined. */
  alpha: z.nullable(z.number()),
  icc: z.nullable(z.number()),
  meetsBar: z.nullable(z.boolean()),
  contested: z.array(
    z.object({
      decision: z.string(),
      option: z.string(),
      measures: z.array(z.string()),
      reasons: z.array(z.enum(['authors-differ', 'panel-split'])),
    }),
  ),
});
export type PanelSummary = z.infer<typeof PanelSummarySchema>;

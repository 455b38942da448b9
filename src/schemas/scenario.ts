import * as z from 'zod/mini';
import { ReferenceSchema } from './rubric.js';
import { ID } from '../ids.js';

const Id = z.string().check(z.regex(ID, 'use lower-case letters, digits and hyphens'));

/**
 * Text of at most `max` characters (and, unless `optional`, not empty). Every field has a limit
 * well above what a real scenario needs (the longest rationale is about 1,200 characters), so a
 * damaged or hostile bundle cannot make the page lay out megabytes of text.
 */
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max, `is too long (at most ${max.toLocaleString('en')} characters)`));
const optionalText = (max: number) => z.string().check(z.maxLength(max, `is too long (at most ${max.toLocaleString('en')} characters)`));
/** A list of at most `max` entries. */
const listOf = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max, `has too many entries (at most ${max})`));

export const ATTACHMENT_PATTERNS = ['secure', 'avoidant', 'preoccupied', 'disorganised'] as const;
export type AttachmentPattern = (typeof ATTACHMENT_PATTERNS)[number];

export const ClientStateVariableSchema = z
  .strictObject({
    variable: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an ink VAR name')),
    label: text(100),
    description: z.optional(optionalText(1000)),
    min: z.number(),
    max: z.number(),
    show: z._default(z.boolean(), true).check(z.describe('Whether the player may display it while playing')),
  })
  .check(z.refine((v) => v.max > v.min, { message: 'max must be greater than min', path: ['max'] }));

export const EndingRuleSchema = z
  .strictObject({
    passable: z._default(z.boolean(), true).check(z.describe('false: an attempt that reaches this ending is not passed, whatever its scores')),
    reason: z
      .optional(z.string().check(z.minLength(1)))
      .check(z.describe('Why the ending cannot be passed, in words for the trainee (e.g. "Marcus leaves therapy"); shown in the debrief')),
  })
  .check(z.refine((e) => e.passable || e.reason !== undefined, { message: 'say why this ending cannot be passed (reason)', path: ['reason'] }));

export const ScenarioSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: Id.check(z.describe('Must match the scenario folder name')),
  title: text(200),
  ink: z._default(z.string().check(z.regex(/\.ink$/, 'the main ink file, e.g. "story.ink"')), 'story.ink'),
  client: z.strictObject({
    name: text(100),
    age: z.optional(z.number().check(z.int(), z.positive())),
    pronouns: z.optional(optionalText(50)),
    attachment: z.enum(ATTACHMENT_PATTERNS),
    background: z.optional(optionalText(5000)),
  }),
  setting: z.optional(optionalText(1000)).check(z.describe('Where in the work we meet the client, e.g. "session 6, after a two-week break"')),
  summary: text(3000)
    .check(
      z.describe('The client and the situation, for the library card and the practice briefing (not shown before an assessment); never the skill to show'),
    ),
  objectives: listOf(text(500), 30)
    .check(z.minLength(1), z.describe('Learning objectives: shown before practice and in every debrief, not before an assessment')),
  contentNotes: listOf(text(500), 30).check(z.minLength(1), z.describe('What the scenario touches, shown before it starts')),
  minutes: z.number().check(z.positive()),
  rubric: Id.check(z.describe('The id of a rubric in stories/rubrics/')),
  mastery: z.optional(z.number().check(z.minimum(0), z.maximum(1))).check(z.describe("Overrides the rubric's mastery threshold")),
  endings: z
    ._default(z.record(Id, EndingRuleSchema), {})
    .check(z.describe('Per `#ending:` id: whether an attempt that ends there can pass (e.g. not when the client leaves therapy or the frame collapses)')),
  clientState: z._default(listOf(ClientStateVariableSchema, 30), []),
  rationale: z
    ._default(z.record(Id, z.strictObject({ text: text(10000), references: z._default(listOf(optionalText(500), 50), []) })), {})
    .check(z.describe('Expert rationale per decision id, shown in the debrief')),
  references: z._default(z.array(ReferenceSchema), []),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type EndingRule = z.infer<typeof EndingRuleSchema>;
export type ClientStateVariable = z.infer<typeof ClientStateVariableSchema>;

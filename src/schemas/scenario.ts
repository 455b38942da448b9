import * as z from 'zod/mini';
import { ReferenceSchema } from './rubric.js';
import { ID } from '../ids.js';

const Id = z.string().check(z.regex(ID, 'use lower-case letters, digits and hyphens'));

export const ATTACHMENT_PATTERNS = ['secure', 'avoidant', 'preoccupied', 'disorganised'] as const;
export type AttachmentPattern = (typeof ATTACHMENT_PATTERNS)[number];

export const ClientStateVariableSchema = z
  .strictObject({
    variable: z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an ink VAR name')),
    label: z.string().check(z.minLength(1)),
    description: z.optional(z.string()),
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
  title: z.string().check(z.minLength(1)),
  ink: z._default(z.string().check(z.regex(/\.ink$/, 'the main ink file, e.g. "story.ink"')), 'story.ink'),
  client: z.strictObject({
    name: z.string().check(z.minLength(1)),
    age: z.optional(z.number().check(z.int(), z.positive())),
    pronouns: z.optional(z.string()),
    attachment: z.enum(ATTACHMENT_PATTERNS),
    background: z.optional(z.string()),
  }),
  setting: z.optional(z.string()).check(z.describe('Where in the work we meet the client, e.g. "session 6, after a two-week break"')),
  summary: z
    .string()
    .check(
      z.minLength(1),
      z.describe('The client and the situation, for the library card and the practice briefing (not shown before an assessment); never the skill to show'),
    ),
  objectives: z
    .array(z.string().check(z.minLength(1)))
    .check(z.minLength(1), z.describe('Learning objectives: shown before practice and in every debrief, not before an assessment')),
  contentNotes: z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.describe('What the scenario touches, shown before it starts')),
  minutes: z.number().check(z.positive()),
  rubric: Id.check(z.describe('The id of a rubric in stories/rubrics/')),
  mastery: z.optional(z.number().check(z.minimum(0), z.maximum(1))).check(z.describe("Overrides the rubric's mastery threshold")),
  endings: z
    ._default(z.record(Id, EndingRuleSchema), {})
    .check(z.describe('Per `#ending:` id: whether an attempt that ends there can pass (e.g. not when the client leaves therapy or the frame collapses)')),
  clientState: z._default(z.array(ClientStateVariableSchema), []),
  rationale: z
    ._default(z.record(Id, z.strictObject({ text: z.string().check(z.minLength(1)), references: z._default(z.array(z.string()), []) })), {})
    .check(z.describe('Expert rationale per decision id, shown in the debrief')),
  references: z._default(z.array(ReferenceSchema), []),
});

export type Scenario = z.infer<typeof ScenarioSchema>;
export type EndingRule = z.infer<typeof EndingRuleSchema>;
export type ClientStateVariable = z.infer<typeof ClientStateVariableSchema>;

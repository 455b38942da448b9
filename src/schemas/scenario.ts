import { z } from 'zod';
import { ReferenceSchema } from './rubric.js';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens');

export const ATTACHMENT_PATTERNS = ['secure', 'avoidant', 'preoccupied', 'disorganised'] as const;
export type AttachmentPattern = (typeof ATTACHMENT_PATTERNS)[number];

export const ClientStateVariableSchema = z
  .object({
    variable: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an ink VAR name'),
    label: z.string().min(1),
    description: z.string().optional(),
    min: z.number(),
    max: z.number(),
    show: z.boolean().default(true).describe('Whether the player may display it while playing'),
  })
  .strict()
  .refine((v) => v.max > v.min, { message: 'max must be greater than min', path: ['max'] });

export const ScenarioSchema = z
  .object({
    $schema: z.string().optional(),
    id: Id.describe('Must match the scenario folder name'),
    title: z.string().min(1),
    ink: z.string().regex(/\.ink$/, 'the main ink file, e.g. "story.ink"').default('story.ink'),
    client: z
      .object({
        name: z.string().min(1),
        age: z.number().int().positive().optional(),
        pronouns: z.string().optional(),
        attachment: z.enum(ATTACHMENT_PATTERNS),
        background: z.string().optional(),
      })
      .strict(),
    setting: z.string().optional().describe('Where in the work we meet the client, e.g. "session 6, after a two-week break"'),
    summary: z.string().min(1),
    objectives: z.array(z.string().min(1)).min(1),
    contentNotes: z.array(z.string().min(1)).min(1).describe('What the scenario touches, shown before it starts'),
    minutes: z.number().positive(),
    rubric: Id.describe('The id of a rubric in stories/rubrics/'),
    mastery: z.number().min(0).max(1).optional().describe("Overrides the rubric's mastery threshold"),
    clientState: z.array(ClientStateVariableSchema).default([]),
    rationale: z
      .record(
        Id,
        z
          .object({ text: z.string().min(1), references: z.array(z.string()).default([]) })
          .strict(),
      )
      .default({})
      .describe('Expert rationale per decision id, shown in the debrief'),
    references: z.array(ReferenceSchema).default([]),
  })
  .strict();

export type Scenario = z.infer<typeof ScenarioSchema>;
export type ClientStateVariable = z.infer<typeof ClientStateVariableSchema>;

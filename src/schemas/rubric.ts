import { z } from 'zod';
import { RISK_LEVELS } from '../tags.js';

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens (e.g. "safety-and-pacing")');

export const ReferenceSchema = z
  .string()
  .min(10, 'give the full reference: authors, year, title, source')
  .describe('A full reference, e.g. "Safran, J. D., & Muran, J. C. (2000). Negotiating the therapeutic alliance. Guilford."');

const QualityCriterionSchema = z
  .object({
    id: Id.describe('Stable id used in #rate: tags'),
    kind: z.literal('quality'),
    label: z.string().min(1),
    definition: z.string().min(1).describe('What the criterion means, in plain words'),
    weight: z.number().positive().default(1).describe('Relative weight in the overall score'),
    anchors: z
      .record(z.string().regex(/^-?\d+$/, 'anchor keys are the scale levels, e.g. "1"'), z.string().min(1))
      .describe('Behavioural anchor for each level of the scale, keyed by level'),
    minimum: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('Optional: the attempt fails if this criterion scores below this fraction'),
  })
  .strict();

const RiskCriterionSchema = z
  .object({
    id: Id.describe('Stable id used in #risk: tags'),
    kind: z.literal('risk'),
    label: z.string().min(1),
    definition: z.string().min(1),
    anchors: z
      .object(Object.fromEntries(RISK_LEVELS.map((l) => [l, z.string().min(1)])) as Record<(typeof RISK_LEVELS)[number], z.ZodString>)
      .strict()
      .describe('What low, elevated and high look like for this risk'),
  })
  .strict();

export const CriterionSchema = z.discriminatedUnion('kind', [QualityCriterionSchema, RiskCriterionSchema]);

export const RubricSchema = z
  .object({
    $schema: z.string().optional(),
    id: Id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a semantic version such as "1.0.0"'),
    title: z.string().min(1),
    description: z.string().optional(),
    scale: z
      .object({ min: z.number().int(), max: z.number().int() })
      .strict()
      .refine((s) => s.max > s.min, { message: 'scale.max must be greater than scale.min' })
      .default({ min: 1, max: 3 })
      .describe('The levels every quality criterion is rated on (default 1–3)'),
    criteria: z.array(CriterionSchema).min(1),
    pass: z
      .object({
        mastery: z.number().min(0).max(1).describe('Overall score (0–1) needed to pass; a scenario may set its own'),
      })
      .strict()
      .describe('Any "high" risk always fails the attempt (a harm flag), whatever the scores'),
    references: z.array(ReferenceSchema).default([]),
  })
  .strict()
  .superRefine((rubric, ctx) => {
    const seen = new Set<string>();
    rubric.criteria.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `criterion id "${c.id}" is used twice` });
      seen.add(c.id);
      if (c.kind !== 'quality') return;
      for (let level = rubric.scale.min; level <= rubric.scale.max; level++) {
        if (!(String(level) in c.anchors)) {
          ctx.addIssue({ code: 'custom', path: ['criteria', i, 'anchors'], message: `no behavioural anchor for level ${level}` });
        }
      }
      for (const key of Object.keys(c.anchors)) {
        const level = Number(key);
        if (level < rubric.scale.min || level > rubric.scale.max) {
          ctx.addIssue({ code: 'custom', path: ['criteria', i, 'anchors', key], message: `level ${key} is outside the scale ${rubric.scale.min}–${rubric.scale.max}` });
        }
      }
    });
    if (!rubric.criteria.some((c) => c.kind === 'quality')) {
      ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'a rubric needs at least one quality criterion' });
    }
  });

export type Rubric = z.infer<typeof RubricSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type QualityCriterion = z.infer<typeof QualityCriterionSchema>;
export type RiskCriterion = z.infer<typeof RiskCriterionSchema>;

export const qualityCriteria = (rubric: Rubric): QualityCriterion[] =>
  rubric.criteria.filter((c): c is QualityCriterion => c.kind === 'quality');
export const riskCriteria = (rubric: Rubric): RiskCriterion[] =>
  rubric.criteria.filter((c): c is RiskCriterion => c.kind === 'risk');

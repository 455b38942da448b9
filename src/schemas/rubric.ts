import * as z from 'zod/mini';
import { RISK_LEVELS } from '../tags.js';
import { ID } from '../ids.js';

/** The most levels a quality scale may have (each needs a behavioural anchor). */
export const MAX_SCALE_LEVELS = 10;

// zod/mini loads no locale (every message would be "Invalid input"): the English messages the
// checker and the player show. Set here because every schema module imports this one.
z.config(z.locales.en());

const Id = z
  .string()
  .check(z.regex(ID, 'use lower-case letters, digits and hyphens (e.g. "safety-and-pacing")'));

export const ReferenceSchema = z
  .string()
  .check(
    z.minLength(10, 'give the full reference: authors, year, title, source'),
    z.describe('A full reference, e.g. "Safran, J. D., & Muran, J. C. (2000). Negotiating the therapeutic alliance. Guilford."'),
  );

const QualityCriterionSchema = z.strictObject({
  id: Id.check(z.describe('Stable id used in #rate: tags')),
  kind: z.literal('quality'),
  label: z.string().check(z.minLength(1)),
  definition: z.string().check(z.minLength(1), z.describe('What the criterion means, in plain words')),
  weight: z._default(z.number().check(z.positive()), 1).check(z.describe('Relative weight in the overall score')),
  anchors: z
    .record(z.string().check(z.regex(/^-?\d+$/, 'anchor keys are the scale levels, e.g. "1"')), z.string().check(z.minLength(1)))
    .check(z.describe('Behavioural anchor for each level of the scale, keyed by level')),
  minimum: z
    .optional(z.number().check(z.minimum(0), z.maximum(1)))
    .check(z.describe("Optional: the attempt fails if this criterion scores below this fraction (overrides the rubric's pass.criterionMinimum)")),
});

const RiskCriterionSchema = z.strictObject({
  id: Id.check(z.describe('Stable id used in #risk: tags')),
  kind: z.literal('risk'),
  label: z.string().check(z.minLength(1)),
  definition: z.string().check(z.minLength(1)),
  anchors: z
    .strictObject(
      Object.fromEntries(RISK_LEVELS.map((l) => [l, z.string().check(z.minLength(1))])) as Record<(typeof RISK_LEVELS)[number], z.ZodMiniString<string>>,
    )
    .check(z.describe('What low, elevated and high look like for this risk')),
});

export const CriterionSchema = z.discriminatedUnion('kind', [QualityCriterionSchema, RiskCriterionSchema]);

export const RubricSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    id: Id,
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'use a semantic version such as "1.0.0"')),
    title: z.string().check(z.minLength(1)),
    description: z.optional(z.string()),
    scale: z
      ._default(
        z
          .strictObject({ min: z.number().check(z.int()), max: z.number().check(z.int()) })
          .check(
            z.refine((s) => s.max > s.min, { message: 'scale.max must be greater than scale.min' }),
            // Every level needs a behavioural anchor; a huge scale is a typo (and would be checked level by level).
            z.refine((s) => s.max - s.min < MAX_SCALE_LEVELS, { message: `a scale has at most ${MAX_SCALE_LEVELS} levels, each with a behavioural anchor` }),
          ),
        { min: 1, max: 3 },
      )
      .check(z.describe('The levels every quality criterion is rated on (default 1–3)')),
    criteria: z.array(CriterionSchema).check(z.minLength(1)),
    pass: z
      .strictObject({
        mastery: z.number().check(z.minimum(0), z.maximum(1), z.describe('Overall score (0–1) needed to pass; a scenario may set its own')),
        criterionMinimum: z
          .optional(z.number().check(z.minimum(0), z.maximum(1)))
          .check(
            z.describe(
              'Optional: the lowest score (0–1, the share of the best available) any tested quality criterion may have for the attempt to pass; a criterion\'s own `minimum` overrides it',
            ),
          ),
        maxElevated: z
          .optional(z.number().check(z.int(), z.minimum(0)))
          .check(z.describe('Optional: the most "elevated" risks an attempt may take and still pass (2 means three or more fail it); each elevated risk of each option chosen counts')),
      })
      .check(z.describe('Any "high" risk always fails the attempt (a harm flag), whatever the scores')),
    explicitRisks: z
      .optional(z.boolean())
      .check(z.describe('true: every rated option must state a level for every risk (otherwise a risk not given is low)')),
    references: z._default(z.array(ReferenceSchema), []),
  })
  .check(
    z.superRefine((rubric, ctx) => {
      const seen = new Set<string>();
      rubric.criteria.forEach((c, i) => {
        if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `criterion id "${c.id}" is used twice` });
        seen.add(c.id);
        // A scale too large is reported on `scale`; checking its levels one by one would never end.
        if (c.kind !== 'quality' || rubric.scale.max - rubric.scale.min >= MAX_SCALE_LEVELS) return;
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
    }),
  );

export type Rubric = z.infer<typeof RubricSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type QualityCriterion = z.infer<typeof QualityCriterionSchema>;
export type RiskCriterion = z.infer<typeof RiskCriterionSchema>;

export const qualityCriteria = (rubric: Rubric): QualityCriterion[] =>
  rubric.criteria.filter((c): c is QualityCriterion => c.kind === 'quality');
/** The minimum a quality criterion must reach for the attempt to pass: its own, else the rubric's `pass.criterionMinimum`. */
export const criterionMinimum = (rubric: Rubric, criterion: QualityCriterion): number | undefined => criterion.minimum ?? rubric.pass.criterionMinimum;
export const riskCriteria = (rubric: Rubric): RiskCriterion[] =>
  rubric.criteria.filter((c): c is RiskCriterion => c.kind === 'risk');

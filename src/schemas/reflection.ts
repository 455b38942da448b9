/**
 * The therapist self-reflection (`stories/reflection.yaml`): a short, optional, private
 * questionnaire about the trainee's own relational pulls, and the "pulls to notice" it turns on in
 * each debrief. It is not a diagnostic instrument and is never used in scoring.
 *
 * - Each item is answered on a small Likert scale and loads on one or two dimensions, with +1, or
 *   -1 for a reverse-keyed item.
 * - `scoreReflection` gives each dimension the mean of its answered items (reverse-keyed answers
 *   flipped) and lists as tendencies the dimensions at or above the threshold, strongest first
 *   (a dimension needs at least half of its items answered to count).
 * - `pullsToNotice` returns, for one client pattern, the text for each tendency (with its evidence,
 *   labelled preliminary), or the pattern's general text when no tendency stands out.
 */
import * as z from 'zod/mini';
import { loadYaml, type LoadResult } from './load.js';
import { ReferenceSchema } from './rubric.js';
import { ATTACHMENT_PATTERNS, type AttachmentPattern } from './scenario.js';
import { ID } from '../ids.js';

const Id = z.string().check(z.regex(ID, 'use lower-case letters, digits and hyphens'));

const DimensionSchema = z.strictObject({
  id: Id,
  label: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(1), z.describe('What a high score on this dimension means, in plain words')),
});

const ItemSchema = z.strictObject({
  id: Id,
  text: z.string().check(z.minLength(1)),
  dimensions: z
    .record(Id, z.union([z.literal(1), z.literal(-1)]))
    .check(
      z.refine((d) => Object.keys(d).length >= 1 && Object.keys(d).length <= 2, { message: 'an item loads on one or two dimensions' }),
      z.describe('Dimension id → 1, or -1 for a reverse-keyed item'),
    ),
});

const PullSchema = z.strictObject({
  pattern: z.enum(ATTACHMENT_PATTERNS).check(z.describe("The client's attachment pattern")),
  tendency: Id.check(z.describe('The dimension id this text is for')),
  text: z.string().check(z.minLength(1)),
  evidence: z.string().check(z.minLength(1), z.describe('Author and year of the evidence, or "clinical inference"')),
});

export const ReflectionSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    id: Id,
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'use a semantic version such as "1.0.0"')),
    title: z.string().check(z.minLength(1)),
    intro: z.string().check(z.minLength(1), z.describe('Shown before the items: private, optional, not a diagnosis')),
    caveat: z.string().check(z.minLength(1), z.describe('Shown with the pulls to notice: the evidence is preliminary')),
    scale: z
      .strictObject({
        min: z.number().check(z.int()),
        max: z.number().check(z.int()),
        labels: z.record(z.string().check(z.regex(/^-?\d+$/)), z.string().check(z.minLength(1))),
      })
      .check(
        z.refine((s) => s.max > s.min, { message: 'scale.max must be greater than scale.min' }),
        z.refine((s) => Array.from({ length: s.max - s.min + 1 }, (_, i) => String(s.min + i)).every((l) => l in s.labels), {
          message: 'every level of the scale needs a label',
        }),
      ),
    threshold: z.number().check(z.describe('A dimension whose mean is at or above this is a tendency to notice')),
    dimensions: z.array(DimensionSchema).check(z.minLength(1)),
    items: z.array(ItemSchema).check(z.minLength(1)),
    pulls: z.array(PullSchema),
    general: z
      .strictObject(Object.fromEntries(ATTACHMENT_PATTERNS.map((p) => [p, z.string().check(z.minLength(1))])) as Record<AttachmentPattern, z.ZodMiniString<string>>)
      .check(z.describe('Per client pattern, shown when no tendency stands out')),
    references: z._default(z.array(ReferenceSchema), []),
  })
  .check(
    z.superRefine((r, ctx) => {
      const dims = new Set(r.dimensions.map((d) => d.id));
      if (dims.size !== r.dimensions.length) ctx.addIssue({ code: 'custom', path: ['dimensions'], message: 'dimension ids must be unique' });
      if (new Set(r.items.map((i) => i.id)).size !== r.items.length) ctx.addIssue({ code: 'custom', path: ['items'], message: 'item ids must be unique' });
      if (r.threshold < r.scale.min || r.threshold > r.scale.max) ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'threshold must lie on the scale' });
      r.items.forEach((item, i) => {
        for (const d of Object.keys(item.dimensions)) {
          if (!dims.has(d)) ctx.addIssue({ code: 'custom', path: ['items', i, 'dimensions', d], message: `unknown dimension "${d}"` });
        }
      });
      for (const d of dims) {
        if (!r.items.some((i) => d in i.dimensions)) ctx.addIssue({ code: 'custom', path: ['dimensions'], message: `no item measures "${d}"` });
      }
      const seen = new Set<string>();
      r.pulls.forEach((p, i) => {
        if (!dims.has(p.tendency)) ctx.addIssue({ code: 'custom', path: ['pulls', i, 'tendency'], message: `unknown dimension "${p.tendency}"` });
        const key = `${p.pattern}/${p.tendency}`;
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['pulls', i], message: `a second text for ${key}` });
        seen.add(key);
      });
      for (const pattern of ATTACHMENT_PATTERNS) {
        for (const d of dims) {
          if (!seen.has(`${pattern}/${d}`)) ctx.addIssue({ code: 'custom', path: ['pulls'], message: `no pull to notice for a ${pattern} client and "${d}"` });
        }
      }
    }),
  );

export type Reflection = z.infer<typeof ReflectionSchema>;

/** Item id → the level chosen. Items left out (or answered off the scale) are unanswered. */
export type ReflectionAnswers = Readonly<Record<string, number>>;

export interface DimensionResult {
  id: string;
  label: string;
  /** Mean of the answered items on the scale, reverse-keyed items flipped; null when none answered. */
  score: number | null;
  answered: number;
  items: number;
}

export interface ReflectionResult {
  dimensions: DimensionResult[];
  /** Dimension ids at or above the threshold, strongest first. */
  tendencies: string[];
  answered: number;
  complete: boolean;
}

/** Scores the answers: a mean per dimension and the tendencies that stand out. Pure. */
export function scoreReflection(reflection: Reflection, answers: ReflectionAnswers): ReflectionResult {
  const { min, max } = reflection.scale;
  const valid = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  const answeredItems = reflection.items.filter((item) => valid(answers[item.id]));
  const dimensions = reflection.dimensions.map((d): DimensionResult => {
    const items = reflection.items.filter((item) => d.id in item.dimensions);
    const values = items.flatMap((item) => {
      const v = answers[item.id];
      if (!valid(v)) return [];
      return [item.dimensions[d.id] === -1 ? min + max - v : v];
    });
    return {
      id: d.id,
      label: d.label,
      score: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length,
      answered: values.length,
      items: items.length,
    };
  });
  // A dimension counts as a tendency only when at least half of its items were answered.
  const tendencies = dimensions
    .filter((d) => d.score !== null && d.answered * 2 >= d.items && d.score + 1e-9 >= reflection.threshold)
    .sort((a, b) => b.score! - a.score!)
    .map((d) => d.id);
  return { dimensions, tendencies, answered: answeredItems.length, complete: answeredItems.length === reflection.items.length };
}

/**
 * The pulls to notice for one client pattern: one text per tendency, strongest first, each ending
 * with its evidence labelled preliminary; or the pattern's general text when nothing stands out.
 */
export function pullsToNotice(reflection: Reflection, result: ReflectionResult, pattern: AttachmentPattern): string[] {
  const texts = result.tendencies.flatMap((tendency) => {
    const pull = reflection.pulls.find((p) => p.pattern === pattern && p.tendency === tendency);
    return pull ? [`${pull.text} (Preliminary evidence: ${pull.evidence}.)`] : [];
  });
  return texts.length > 0 ? texts : [reflection.general[pattern]];
}

export const loadReflection = (file: string, text: string): LoadResult<Reflection> => loadYaml(ReflectionSchema, file, text, 'reflection-schema');

/**
 * JSON Schemas for rubric, scenario metadata and panel ratings files, generated from the zod schemas so that
 * editors (VS Code with the YAML extension, JetBrains) autocomplete and check them as authors type.
 * The files under docs/schemas/ are written by `npm run schemas`; a test keeps them up to date.
 * Pure: no file access (the browser test imports it too).
 */
import * as z from 'zod/mini';
import { RubricSchema } from '../schemas/rubric.js';
import { ScenarioSchema } from '../schemas/scenario.js';
import { RatingsFileSchema } from '../schemas/ratings.js';


function generate(schema: z.ZodMiniType, title: string, description: string) {
  // "input": what an author writes (fields with defaults are optional).
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  return { $schema: json.$schema, title, description, ...Object.fromEntries(Object.entries(json).filter(([k]) => k !== '$schema')) };
}

export function jsonSchemas(): Record<'rubric' | 'scenario' | 'ratings', object> {
  return {
    rubric: generate(
      RubricSchema,
      'Attune rubric',
      'A rubric file in stories/rubrics/: quality criteria rated on a scale with behavioural anchors, risks rated low/elevated/high, and the pass rule. See docs/authoring.md.',
    ),
    scenario: generate(
      ScenarioSchema,
      'Attune scenario metadata',
      "A scenario's scenario.yaml: title, client, summary, objectives, content notes, rubric, client-state variables and the rationale per decision. See docs/authoring.md.",
    ),
    ratings: generate(
      RatingsFileSchema,
      'Attune panel ratings',
      "One expert rater's blind ratings of a scenario, as the review page (review.html) saves them: one entry per option. A scenario's panel/ folder holds its panel's files. See docs/validation.md.",
    ),
  };
}

/** The text of each schema file, exactly as committed. */
export function jsonSchemaFiles(): Record<string, string> {
  const schemas = jsonSchemas();
  return {
    'docs/schemas/rubric.schema.json': JSON.stringify(schemas.rubric, null, 2) + '\n',
    'docs/schemas/scenario.schema.json': JSON.stringify(schemas.scenario, null, 2) + '\n',
    'docs/schemas/ratings.schema.json': JSON.stringify(schemas.ratings, null, 2) + '\n',
  };
}

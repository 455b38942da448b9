/**
 * JSON Schemas for rubric and scenario metadata files, generated from the zod schemas so that
 * editors (VS Code with the YAML extension, JetBrains) autocomplete and check them as authors type.
 * The files under docs/schemas/ are written by `npm run schemas`; a test keeps them up to date.
 * Pure: no file access (the browser test imports it too).
 */
import * as z from 'zod/mini';
import { RubricSchema } from '../schemas/rubric.js';
import { ScenarioSchema } from '../schemas/scenario.js';


function generate(schema: z.ZodMiniType, title: string, description: string) {
  // "input": what an author writes (fields with defaults are optional).
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }) as Record<string, unknown>;
  return { $schema: json.$schema, title, description, ...Object.fromEntries(Object.entries(json).filter(([k]) => k !== '$schema')) };
}

export function jsonSchemas(): Record<'rubric' | 'scenario', object> {
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
  };
}

/** The text of each schema file, exactly as committed. */
export function jsonSchemaFiles(): Record<string, string> {
  const schemas = jsonSchemas();
  return {
    'docs/schemas/rubric.schema.json': JSON.stringify(schemas.rubric, null, 2) + '\n',
    'docs/schemas/scenario.schema.json': JSON.stringify(schemas.scenario, null, 2) + '\n',
  };
}

/**
 * Every rule the checker can report, with its severity and a one-line summary. `docs/authoring.md`
 * explains each with an example of the mistake and the fix; a test keeps the two in step.
 */
export type RuleArea = 'ink' | 'tags' | 'files' | 'ratings' | 'structure' | 'metadata' | 'design';

export interface RuleInfo {
  id: string;
  severity: 'error' | 'warning' | 'error or warning';
  area: RuleArea;
  summary: string;
}

export const RULES: readonly RuleInfo[] = [
  // ink
  { id: 'ink-compile', severity: 'error or warning', area: 'ink', summary: 'The ink compiler reported a problem.' },
  { id: 'ink-todo', severity: 'warning', area: 'ink', summary: 'A TODO: note is left in the ink.' },
  { id: 'ink-missing-file', severity: 'error', area: 'ink', summary: 'The main ink file or an INCLUDEd file cannot be read.' },
  { id: 'ink-external-no-fallback', severity: 'error', area: 'ink', summary: 'An EXTERNAL function has no ink function of the same name to fall back on.' },
  { id: 'ink-not-included', severity: 'warning', area: 'ink', summary: 'An .ink file in the scenario folder is not part of the story (no INCLUDE names it).' },
  // tags
  { id: 'tag-misplaced', severity: 'error', area: 'tags', summary: 'A rating tag is where ink does not attach it to the choice (after the "]" or on a line of its own).' },
  { id: 'tag-syntax', severity: 'error', area: 'tags', summary: 'A tag of the grammar is malformed.' },
  { id: 'tag-duplicate', severity: 'error', area: 'tags', summary: 'A choice or line says the same thing twice (two #option: tags, a criterion rated twice, two speakers).' },
  { id: 'tag-unknown', severity: 'warning', area: 'tags', summary: 'A tag looks like a misspelt grammar tag.' },
  { id: 'text-hash', severity: 'error', area: 'tags', summary: 'A "#" inside text starts a tag there, cutting the text (write \\# for a "#" in text).' },
  { id: 'text-comment', severity: 'error', area: 'tags', summary: 'A "//" inside text starts a comment, dropping the rest of the line (write \\/\\/ for two slashes).' },
  { id: 'option-missing-id', severity: 'error', area: 'tags', summary: 'A choice is rated but has no #option: tag.' },
  // files
  { id: 'yaml-syntax', severity: 'error or warning', area: 'files', summary: 'A rubric or metadata file is not valid YAML.' },
  { id: 'rubric-schema', severity: 'error', area: 'files', summary: 'A rubric file breaks the rubric schema.' },
  { id: 'scenario-schema', severity: 'error', area: 'files', summary: 'A scenario.yaml breaks the metadata schema.' },
  { id: 'rubric-duplicate-id', severity: 'error', area: 'files', summary: 'Two rubric files have the same id.' },
  { id: 'scenario-missing', severity: 'error or warning', area: 'files', summary: 'A folder with ink files has no scenario.yaml (an error when the file is misnamed).' },
  { id: 'scenario-id-mismatch', severity: 'error', area: 'files', summary: "A scenario's id is not its folder name." },
  { id: 'rubric-missing', severity: 'error', area: 'files', summary: 'The metadata names a rubric that does not exist.' },
  // ratings
  { id: 'criterion-unknown', severity: 'error', area: 'ratings', summary: '#rate: names a criterion the rubric does not have as a quality criterion.' },
  { id: 'risk-unknown', severity: 'error', area: 'ratings', summary: '#risk: names a risk the rubric does not have.' },
  { id: 'rating-out-of-scale', severity: 'error', area: 'ratings', summary: "A rating is outside the rubric's scale." },
  { id: 'feedback-missing', severity: 'error', area: 'ratings', summary: 'A rated option has no #feedback:.' },
  { id: 'option-unrated', severity: 'error', area: 'ratings', summary: 'An option at a rated decision has no #option: tag or no ratings.' },
  { id: 'decision-mixed-ids', severity: 'error', area: 'ratings', summary: 'Options offered together name different decisions.' },
  { id: 'decision-mixed-criteria', severity: 'error', area: 'ratings', summary: 'Options at one decision rate different criteria.' },
  { id: 'risk-unstated', severity: 'error', area: 'ratings', summary: 'A rated option gives no level for a risk, and its rubric sets explicitRisks.' },
  { id: 'decision-no-quality', severity: 'warning', area: 'ratings', summary: 'A decision rates no quality criterion, so it cannot change any score.' },
  { id: 'option-duplicate-id', severity: 'error', area: 'ratings', summary: 'Two options offered together have the same option id.' },
  { id: 'decision-duplicate-id', severity: 'error', area: 'ratings', summary: 'Two different places in the story use the same decision id.' },
  { id: 'decision-single-option', severity: 'warning', area: 'ratings', summary: 'A rated decision can be offered with only one option.' },
  { id: 'decision-no-difference', severity: 'warning', area: 'ratings', summary: 'Every option at a decision is rated the same.' },
  { id: 'panel-contested', severity: 'warning', area: 'ratings', summary: 'The expert panel (`panel/*.json`) differs from the authors\' rating of an option, or splits on it.' },
  { id: 'decision-repeated', severity: 'warning', area: 'ratings', summary: 'A decision can be faced twice in one play-through.' },
  { id: 'best-option-harm', severity: 'error', area: 'ratings', summary: 'The best-rated option at a decision carries a high risk.' },
  // structure
  { id: 'dead-end', severity: 'error', area: 'structure', summary: 'The story stops with no choices and no #ending: tag.' },
  { id: 'runtime-error', severity: 'error', area: 'structure', summary: 'ink reported an error while the story was being explored.' },
  { id: 'runtime-warning', severity: 'warning', area: 'structure', summary: 'ink reported a warning while the story was being explored.' },
  { id: 'no-way-out', severity: 'error', area: 'structure', summary: 'From some point no ending can be reached (the story loops forever).' },
  { id: 'unreachable', severity: 'warning', area: 'structure', summary: 'A knot, stitch or function is never reached.' },
  { id: 'choice-never-offered', severity: 'warning', area: 'structure', summary: 'A choice is never offered on any path.' },
  { id: 'no-rated-decisions', severity: 'warning', area: 'structure', summary: 'The scenario has no rated decision at all.' },
  { id: 'exploration-limit', severity: 'warning', area: 'structure', summary: 'The story is too large to explore within the limits; the figures cover what was explored.' },
  // metadata
  { id: 'client-state-undeclared', severity: 'error', area: 'metadata', summary: 'clientState names a variable the ink does not declare.' },
  { id: 'client-state-unset', severity: 'warning', area: 'metadata', summary: 'A client-state variable is declared but the story never changes it.' },
  { id: 'client-state-range', severity: 'warning', area: 'metadata', summary: 'A client-state variable goes outside its declared min–max.' },
  { id: 'ending-unknown', severity: 'error', area: 'metadata', summary: 'The metadata has a rule (`endings:`) for an ending id no reachable line is tagged with.' },
  { id: 'rationale-unknown-decision', severity: 'warning', area: 'metadata', summary: 'The metadata has a rationale for a decision id the story does not use.' },
  { id: 'criterion-untested', severity: 'warning', area: 'metadata', summary: 'A rubric criterion or risk is tested by no decision of the scenarios checked.' },
  // design
  { id: 'concept-unknown', severity: 'warning', area: 'design', summary: 'A #concepts: id is not one of the known source-article concepts.' },
  { id: 'concepts-inconsistent', severity: 'warning', area: 'design', summary: 'Options at one decision tag different concepts.' },
  { id: 'length-bias', severity: 'warning', area: 'design', summary: 'The best option is the longest or second-longest in more than 55% of decisions.' },
  { id: 'few-trade-offs', severity: 'warning', area: 'design', summary: 'Fewer than 3 decisions where the best option is not top on every criterion it tests (scenarios with 6 or more decisions).' },
  { id: 'objective-leak', severity: 'error', area: 'design', summary: 'A best option shares a run of four or more content words with the scenario\'s title, setting, summary or objectives.' },
  { id: 'best-position-fixed', severity: 'warning', area: 'design', summary: 'The best option is always in the same position.' },
];

export const RULE_IDS = new Set(RULES.map((r) => r.id));

/**
 * Generated "diamond chain" stories for the benchmark and the tests: n rated decisions of three
 * options each, whose branches reconverge after every decision. There are 3^n distinct paths but
 * only n + 1 distinct states, so a checker that merges equal states does linear work where
 * path-by-path enumeration does exponential work.
 */
import { RubricSchema, type Rubric } from '../schemas/rubric.js';

/** The ink source of a diamond chain of `n` decisions. */
export function diamondChain(n: number): string {
  const lines = ['// A generated diamond chain: every decision reconverges before the next.', '-> d1', ''];
  for (let i = 1; i <= n; i++) {
    // Rotate the ratings so that the best option's position varies.
    const levels = [3, 2, 1].map((_, k) => [3, 2, 1][(k + i) % 3]!);
    lines.push(`=== d${i} ===`, `The client pauses (${i} of ${n}). #client`);
    ['a', 'b', 'c'].forEach((option, k) => {
      const risk = levels[k] === 1 ? 'elevated' : 'low';
      lines.push(
        `* [Reply ${option.toUpperCase()} to moment ${i} #option: d${i}.${option} #rate: attunement=${levels[k]} #risk: shame=${risk} #feedback: Feedback for ${option} at ${i}.]`,
        `    You answer (${option}).`,
      );
    });
    lines.push(`- -> ${i < n ? `d${i + 1}` : 'finish'}`, '');
  }
  lines.push('=== finish ===', 'The session ends. #ending: done', '-> END', '');
  return lines.join('\n');
}

/** The rubric diamond chains are rated against: one quality criterion, one risk. */
export function diamondRubric(): Rubric {
  return RubricSchema.parse({
    id: 'diamond',
    version: '1.0.0',
    title: 'Diamond chain rubric',
    criteria: [
      { id: 'attunement', kind: 'quality', label: 'Attunement', definition: 'Attunement.', anchors: { 1: 'Low.', 2: 'Some.', 3: 'High.' } },
      { id: 'shame', kind: 'risk', label: 'Shame', definition: 'Shame.', anchors: { low: 'Low.', elevated: 'Elevated.', high: 'High.' } },
    ],
    pass: { mastery: 0.7 },
  });
}

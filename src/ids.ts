/**
 * The one shape of every id in Attune: scenarios, rubrics and their criteria, decisions, options,
 * concepts, endings. Ids name files and travel to LMSs, so they stay plain.
 */
export const ID = /^[a-z0-9][a-z0-9-]*$/;

/** An id in words: "late-disclosure" → "Late disclosure". */
export function humanise(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

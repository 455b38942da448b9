/**
 * The one shape of every id in Attune: scenarios, rubrics and their criteria, decisions, options,
 * concepts, endings. Ids name files and travel to LMSs, so they stay plain.
 */
export const ID = /^[a-z0-9][a-z0-9-]*$/;

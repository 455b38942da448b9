/** The seeded generator every seeded random walk in the tests uses, so each can be replayed from its number. */
export { seededRandom as prng } from '../../src/seeded-random.js';

/**
 * A short, synchronous fingerprint of a compiled story, used to tell whether a saved replay code
 * still belongs to the story it was made on. It detects change; it is not a security measure.
 *
 * Two 32-bit FNV-1a lanes (different offset bases, the second over rotated character codes) give
 * 64 bits as 16 hex characters: ample for "is this the same story", and computable in Node and the
 * browser without the asynchronous Web Crypto API.
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ ((c << 3) | (c >>> 13)), 0x01000193);
  }
  // Final avalanche so that short inputs still spread over all bits.
  a = Math.imul(a ^ (a >>> 15), 0x2c1b3c6d);
  b = Math.imul(b ^ (b >>> 13), 0x297a2d39);
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

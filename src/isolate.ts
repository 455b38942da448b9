/**
 * Text from outside (a URL parameter, an address, a file's contents) quoted inside one of Attune's
 * own sentences, isolated: wrapped in Unicode's first-strong isolate (U+2068 … U+2069), the plain-text
 * equivalent of `<bdi>`, so a right-to-left override or right-to-left script in it cannot reorder
 * the sentence around it. Works wherever the sentence goes (the page, `attune-error` events, logs).
 * An isolate closes any override or embedding opened inside it; a stray closing isolate inside
 * would end ours early, so those are dropped.
 */
export function isolate(text: string): string {
  return `\u2068${text.replace(/\u2069/g, '')}\u2069`;
}

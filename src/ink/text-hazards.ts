/**
 * Characters that silently cut what a trainee sees. ink reads `//` as the start of a comment and
 * `#` as the start of a tag wherever they appear, so "https://example.org" in a client's line cuts
 * the line at "https:" (and loses its `#client` and `#cue:` tags), and "C#" or "no#1" starts a
 * tag in the middle of a word. Found in the source, line by line, with the fix: `\/\/` and `\#`.
 * (A `#` after a space, as in "the #1 rule", is found in the parsed tags: see `textCutByHash`.)
 */
import type { Diagnostic } from '../diagnostics.js';

/** Lines that are ink logic or declarations rather than text. */
const NOT_TEXT = /^\s*(?:~|VAR\b|CONST\b|INCLUDE\b|EXTERNAL\b|LIST\b)/;

export function findTextHazards(file: string, source: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  let inBlockComment = false;
  source.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    let bracketOpen = false;
    for (let i = 0; i < line.length; i++) {
      if (inBlockComment) {
        if (line[i] === '*' && line[i + 1] === '/') {
          inBlockComment = false;
          i++;
        }
        continue;
      }
      const c = line[i]!;
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '/' && line[i + 1] === '*') {
        inBlockComment = true;
        i++;
        continue;
      }
      if (c === '[' && /^\s*(?:[*+]\s*)+/.test(line)) bracketOpen = true;
      if (c === ']') bracketOpen = false;
      if (c === '/' && line[i + 1] === '/') {
        const before = line.slice(0, i);
        const cut = line.slice(i + 2).trim();
        // A comment after a space is a comment, unless it swallows the "]" of an open choice.
        const inWord = /\S$/.test(before) && before.trim() !== '';
        const swallowsBracket = bracketOpen && cut.includes(']');
        if (inWord || swallowsBracket) {
          found.push({
            file,
            line: index + 1,
            severity: 'error',
            rule: 'text-comment',
            message: `"//" starts a comment in ink, so everything after it on this line is dropped ("//${cut.length > 40 ? cut.slice(0, 39) + '…' : cut}")${swallowsBracket ? ', including the "]" that closes the option' : ''}: write \\/\\/ for two slashes in text (e.g. https:\\/\\/example.org)`,
          });
        }
        return;
      }
      if (c === '#' && !NOT_TEXT.test(line) && /[\p{L}\p{N}]/u.test(line[i - 1] ?? '')) {
        const word = /[\p{L}\p{N}]*$/u.exec(line.slice(0, i))?.[0] ?? '';
        found.push({
          file,
          line: index + 1,
          severity: 'error',
          rule: 'text-hash',
          message: `ink starts a tag at the "#" in "${word}#${line.slice(i + 1).split(/\s/)[0] ?? ''}", cutting the text there: write \\# for a "#" in text (e.g. C\\#), or put a space before "#" if it is a tag`,
        });
      }
    }
  });
  return found;
}

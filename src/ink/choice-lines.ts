/**
 * Options written over several lines. ink reads a choice from one line only, so a rated option
 * with all its tags inside `[...]` grows to hundreds of characters. Attune also accepts the
 * option's grammar tags on lines of their own directly under the choice:
 *
 *     * [“It sounds as if coming here wasn't quite your idea.”]
 *         #option: arrival.name-it
 *         #rate: attunement=3
 *         #feedback: You named the reluctance without arguing with it.
 *         ~ trust += 1
 *
 * Before compiling, those lines are moved inside the brackets (`* [“…” #option: … #rate: …]`) and
 * left empty, so every other line keeps its number and the story compiles exactly as if the tags
 * had been written on the choice. Only lines of choice tags (`#option:`, `#rate:`, `#risk:`,
 * `#feedback:`, `#concepts:`, `#action`, or typos of them) with no line tag among them move: in plain ink such tags there would belong
 * to the next line of text, where they mean nothing, so no story that worked before changes.
 * Line tags (`#client`, `#cue:`) under a choice keep ink's meaning.
 */
import { tagRole } from '../tags.js';

/** A tag moved onto a choice, with the line it was written on (for messages). */
export interface MovedTag {
  text: string;
  line: number;
}

export interface ChoiceLinesResult {
  /** The source with the tag lines moved into their choices (same number of lines). */
  text: string;
  /** Tags moved, by the 1-based line of the choice they were moved to. */
  moved: Map<number, MovedTag[]>;
}

const BULLETS = /^\s*(?:[*+]\s*)+/;

/** Index just past the end of a `{…}` starting at `i` (nested braces counted), or -1. */
function skipBraces(line: string, i: number): number {
  let depth = 0;
  for (; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '{') depth++;
    else if (line[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * Where the `]` closing a choice's `[…]` is on a choice line, or -1 (no brackets, or the line is
 * not a choice). Labels `(name)` and conditions `{…}` before the text are skipped; a `//` comment
 * ends the line as it does for ink.
 */
export function closingBracket(line: string): number {
  const bullets = BULLETS.exec(line);
  if (!bullets) return -1;
  let i = bullets[0].length;
  let open = -1;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '\\') i += 2;
    else if (c === '/' && line[i + 1] === '/') return -1;
    else if (c === '{') {
      i = skipBraces(line, i);
      if (i < 0) return -1;
    } else if (c === '[' && open < 0) {
      open = i++;
    } else if (c === ']' && open >= 0) return i;
    else i++;
  }
  return -1;
}

/** The tags of a line made only of tags (`#a: … #b`), split where ink splits them; undefined otherwise. */
export function tagsOfTagLine(line: string): string[] | undefined {
  const code = stripComment(line).trim();
  if (!code.startsWith('#')) return undefined;
  const tags: string[] = [];
  let current = '';
  for (let i = 1; i < code.length; i++) {
    const c = code[i]!;
    if (c === '\\' && i + 1 < code.length) {
      current += c + code[++i]!;
    } else if (c === '#') {
      tags.push(current.trim());
      current = '';
    } else current += c;
  }
  tags.push(current.trim());
  return tags;
}

/** The line without a trailing `// comment` (an escaped `\/\/` is kept). */
export function stripComment(line: string): string {
  for (let i = 0; i < line.length - 1; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '/' && line[i + 1] === '/') return line.slice(0, i);
  }
  return line;
}

/** Moves the tag lines under each bracketed choice inside its brackets. */
export function moveChoiceTagLines(source: string): ChoiceLinesResult {
  const lines = source.split('\n');
  const moved = new Map<number, MovedTag[]>();
  let inBlockComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Choices inside /* … */ are not choices.
    if (inBlockComment) {
      if (line.includes('*/')) inBlockComment = false;
      continue;
    }
    if (/^\s*\/\*/.test(line) && !line.includes('*/')) {
      inBlockComment = true;
      continue;
    }
    const close = closingBracket(line);
    if (close < 0) continue;
    const tags: MovedTag[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const found = tagsOfTagLine(lines[j]!);
      // A line of choice tags (or typos of them, reported later), with no line tag among them.
      const roles = found?.map(tagRole) ?? [];
      if (!roles.includes('choice') || roles.includes('line')) break;
      tags.push(...found!.map((text) => ({ text, line: j + 1 })));
    }
    if (tags.length === 0) continue;
    const before = line.slice(0, close).replace(/\s+$/, '');
    lines[i] = `${before} ${tags.map((t) => `#${t.text}`).join(' ')}${line.slice(close)}`;
    for (let k = i + 1; k < j; k++) lines[k] = '';
    moved.set(i + 1, tags);
    i = j - 1;
  }
  return { text: lines.join('\n'), moved };
}

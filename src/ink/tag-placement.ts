import type { Diagnostic } from '../diagnostics.js';
import { isChoiceTag, parseLineTags, parseOptionTags } from '../tags.js';
import type { MovedTag } from './choice-lines.js';

export interface SourceLocation {
  file: string;
  line: number;
}

/**
 * The few members of inkjs's parsed hierarchy we read. inkjs does not export these classes from
 * its public entry points, so we describe the shape instead of deep-importing.
 */
interface ParsedNode {
  typeName: string;
  content?: ParsedNode[] | null;
  debugMetadata?: { fileName: string | null; startLineNumber: number } | null;
  // Text
  text?: string;
  // Tag
  isStart?: boolean;
  // LegacyTag (a Wrap around a runtime Tag)
  objToWrap?: { text?: string };
  // Choice
  startContent?: ParsedNode | null;
  choiceOnlyContent?: ParsedNode | null;
  innerContent?: ParsedNode | null;
  runtimeChoice?: { path: { toString(): string } } | null;
}

interface FoundTag {
  /** null when the tag's text is computed at run time (`#cue: {mood}`) and cannot be read here. */
  text: string | null;
  line: number;
  file: string;
}

/**
 * Finds the tags that will not reach the place the author meant (a rating after a choice's `]`,
 * or on a line of its own before a choice) and the tags whose syntax is wrong, with file and
 * line; and records where each choice point is so later checks can point at it.
 */
export function checkTagPlacement(
  story: unknown,
  mainFile: string,
  fileOf: (inkName: string) => string,
  /** Tags written on lines under a choice and moved onto it, by file and choice line (`choice-lines.ts`). */
  movedTags: ReadonlyMap<string, ReadonlyMap<number, readonly MovedTag[]>> = new Map(),
) {
  const diagnostics: Diagnostic[] = [];
  const choiceLocations: Record<string, SourceLocation> = {};
  /** The tags written on each choice (those readable without running the story), by runtime path. */
  const choiceTags: Record<string, string[]> = {};
  /** The line each of those tags is written on (its choice's line, or its own line under the choice). */
  const choiceTagLines: Record<string, { text: string; line: number }[]> = {};

  const where = (node: ParsedNode, fallback: SourceLocation): SourceLocation => {
    const dm = node.debugMetadata;
    return dm ? { file: fileOf(dm.fileName ?? fallback.file), line: dm.startLineNumber } : fallback;
  };

  /**
   * Reads the tags in a run of content. A tag is a start marker, its text, and an end marker; a
   * tag whose text is computed at run time has `text: null`. Choices met on the way are handed to
   * `visitChoice`, other nested content is scanned in turn into the same list.
   */
  const scan = (
    nodes: readonly ParsedNode[] | null | undefined,
    at: SourceLocation,
    found: FoundTag[],
    // A tag may open in one content list and close in a nested one, so the open tag is shared.
    state: { open: { parts: string[]; dynamic: boolean; at: SourceLocation } | null } = { open: null },
  ) => {
    for (const node of nodes ?? []) {
      const here = where(node, at);
      if (node.typeName === 'Tag') {
        if (node.isStart) state.open = { parts: [], dynamic: false, at: here };
        else if (state.open) {
          found.push({ text: state.open.dynamic ? null : state.open.parts.join('').trim(), ...state.open.at });
          state.open = null;
        }
      } else if (node.typeName === 'LegacyTag') {
        found.push({ text: node.objToWrap?.text?.trim() ?? null, ...here });
      } else if (node.typeName === 'Choice') {
        visitChoice(node, here);
      } else if (node.typeName === 'ContentList' || !state.open) {
        scan(node.content, here, found, state);
      } else if (node.typeName === 'Text' && typeof node.text === 'string') {
        state.open.parts.push(node.text);
      } else {
        state.open.dynamic = true;
      }
    }
    return found;
  };

  const visitChoice = (choice: ParsedNode, at: SourceLocation) => {
    const path = choice.runtimeChoice?.path.toString();
    if (path) choiceLocations[path] = at;
    const onChoice: FoundTag[] = [];
    const state = { open: null };
    scan(choice.startContent?.content, at, onChoice, state);
    scan(choice.choiceOnlyContent?.content, at, onChoice, state);
    const readable = onChoice.flatMap((t) => (t.text === null ? [] : [t.text]));
    if (path) choiceTags[path] = readable;
    const moved = movedTags.get(at.file)?.get(at.line) ?? [];
    if (path) choiceTagLines[path] = readable.map((text) => ({ text, line: moved.find((t) => t.text.trim() === text.trim())?.line ?? at.line }));
    for (const p of parseOptionTags(readable).problems) {
      // A tag written on a line under the choice is reported on that line.
      const line = moved.find((t) => t.text.trim() === p.tag.trim())?.line ?? at.line;
      diagnostics.push({ file: at.file, line, severity: p.severity, rule: p.rule, message: p.message });
    }
    checkLineTags(
      scan(choice.innerContent?.content, at, []),
      'is after the choice\'s "]", so ink gives it to the line printed after the choice, not to the choice. Move it inside the brackets: * [What you say #option: …]',
    );
  };

  const checkLineTags = (tags: FoundTag[], misplacedReason: string) => {
    for (const tag of tags) {
      if (tag.text === null) continue;
      if (isChoiceTag(tag.text)) {
        diagnostics.push({ file: tag.file, line: tag.line, severity: 'error', rule: 'tag-misplaced', message: `"#${tag.text}" ${misplacedReason}` });
        continue;
      }
      for (const p of parseLineTags([tag.text]).problems) {
        diagnostics.push({ file: tag.file, line: tag.line, severity: p.severity, rule: p.rule, message: p.message });
      }
    }
  };

  const root = story as ParsedNode;
  checkLineTags(
    scan(root.content, where(root, { file: mainFile, line: 1 }), []),
    'is not on a choice: a tag on a line of its own attaches to the next line of text. Put it inside the choice\'s brackets: * [What you say #option: …]',
  );
  return { diagnostics, choiceLocations, choiceTags, choiceTagLines };
}

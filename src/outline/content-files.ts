/**
 * What a content file must be before anything reads it (P4), checked as the loaders read it
 * (src/outline/loaders.ts, src/build/content-text.ts):
 * - UTF-8. A file saved as UTF-16 or in an old code page (cp1258, TCVN3) cannot be read right,
 *   so it is refused, in the words a teacher needs ("lưu lại tệp bằng UTF-8").
 * - No invisible characters (a soft hyphen or a zero-width space pasted from Word splits a word
 *   for search and quotations, and nothing shows it): refused by line; no-break spaces are read
 *   as spaces.
 * - NFC. Text typed in decomposed Unicode (NFD: "ệ" as "e" + two combining marks, as some
 *   Vietnamese keyboards and Mac editors write it) is composed as it is read, so it reads,
 *   searches and matches quotations like the rest; nothing is lost, so nothing is refused.
 * - An ASCII name (README): the name is the page's name, so a name such as "cải-cách.mdx" is
 *   refused with the name to use instead, "cai-cach.mdx".
 * - YAML that keeps dates as written: `date: 2024-02-30` stays the string "2024-02-30" for the
 *   schema to check, where Astro's parser would roll it over to 1 March.
 * - In a YAML list, an id for every entry and no id twice.
 * - In a folder of Markdown/MDX files, no file the collection would not read (a section saved as
 *   .md where the outline's are .mdx would be left out without a word).
 */
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import { slugifyVietnamese } from '../site/slug';
import { ContentValidationError, type ContentProblem } from './validate/problems';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const SAVE_AS_UTF8 = 'expected UTF-8: hãy mở tệp và lưu lại tệp bằng UTF-8 (Notepad: Tệp › Lưu thành… › Mã hóa: UTF-8)';

/** The text of a content file: refused unless it is UTF-8, composed to NFC. */
export function decodeContentText(file: string, bytes: Uint8Array): string {
  const problem = (message: string) => new ContentValidationError([{ file, field: 'encoding', message: `${message}; ${SAVE_AS_UTF8}` }]);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0)) {
    throw problem('the file is saved as UTF-16 (or is not text)');
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    throw problem(`line ${line} holds bytes that are not UTF-8 (an old code page such as cp1258 or TCVN3?)`);
  }
  const composed = text.normalize('NFC').replace(WIDE_SPACES, ' ');
  const invisible = checkInvisibleCharacters(file, composed);
  if (invisible.length) throw new ContentValidationError(invisible);
  return composed;
}

/**
 * Spaces that only differ from a space in where a line may break (no-break, narrow no-break,
 * figure space: Word and web pages put them in). Read as spaces: they look the same, and a
 * quotation or a passage typed with a plain space must still be found in the text.
 */
const WIDE_SPACES = /[\u00A0\u2007\u202F]/g;

/** Characters that show nothing, with what they are, as a teacher pasting from Word meets them. */
const INVISIBLE: Readonly<Record<string, string>> = {
  '\u00AD': 'a soft hyphen, as Word pastes it',
  '\u200B': 'a zero-width space',
  '\u200C': 'a zero-width non-joiner',
  '\u200D': 'a zero-width joiner',
  '\u2060': 'a word joiner',
  '\uFEFF': 'a byte order mark inside the text',
  '\u200E': 'a left-to-right mark',
  '\u200F': 'a right-to-left mark',
  '\u202A': 'a direction embedding',
  '\u202B': 'a direction embedding',
  '\u202C': 'a direction mark',
  '\u202D': 'a direction override',
  '\u202E': 'a direction override',
};
const INVISIBLE_GLOBAL = new RegExp(`[${Object.keys(INVISIBLE).join('')}]`, 'gu');

/**
 * Characters that cannot be seen: inside a word they split it for search and for the check that
 * a quotation stands in the text, and nothing on the screen shows why. Named by line, with the
 * words around them (the character shown as "|"), to be deleted.
 */
export function checkInvisibleCharacters(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((line, i) => {
    const all = [...line.matchAll(INVISIBLE_GLOBAL)];
    if (all.length === 0) return;
    const match = all[0];
    const char = match[0];
    const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    // About 20 characters each side, cut at a space where the line goes on.
    const from = Math.max(0, match.index - 20);
    const to = match.index + 21;
    let before = line.slice(from, match.index);
    let after = line.slice(match.index + 1, to).replace(INVISIBLE_GLOBAL, '|');
    if (from > 0) before = before.replace(/^\S*\s/, '');
    if (to < line.length) after = after.replace(/\s\S*$/, '');
    const more = all.length > 1 ? ` (and ${all.length - 1} more on this line)` : '';
    problems.push({ file, field: `line ${i + 1}`, message: `an invisible character (${code}, ${INVISIBLE[char]}) stands in “${before}|${after}”${more}; expected none: delete it (retype the word), it splits the word for search and for quotations` });
  });
  return problems;
}

/**
 * A problem when a content file's name (`name`, relative to its collection's folder) is not
 * lower-case ASCII letters, digits and "-", with the name to use instead.
 */
export function checkFileName(file: string, name: string): ContentProblem[] {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  const parts = stem.split('/');
  if (parts.every((part) => /^[a-z0-9-]+$/.test(part))) return [];
  const suggested = parts.map((part) => slugifyVietnamese(part) || 'muc').join('/') + extension.toLowerCase();
  return [{ file, field: 'file name', message: `"${name}" is not lower-case ASCII; expected a name such as "${suggested}" (a–z without tone marks, digits and "-"): it is the name of the page` }];
}

/**
 * A Markdown or MDX file begins with its fields between two lines "---". Without the first, or
 * without the closing one, the fields would be read as text and the schema would only say that
 * title, kind and order are missing.
 */
export function checkFrontmatterFence(file: string, contents: string): ContentProblem[] {
  const lines = contents.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') {
    return [{ file, field: 'frontmatter', message: `the file begins with "${lines[0]?.slice(0, 30) ?? ''}"; expected a line "---", then the fields (title: …), then another line "---", then the text` }];
  }
  if (!lines.some((line, i) => i > 0 && line.trimEnd() === '---')) {
    return [{ file, field: 'frontmatter', message: 'no line "---" closes the fields that begin on line 1; expected a line "---" after the last field, before the text' }];
  }
  return [];
}

/**
 * In an MDX file, "<" right before a digit, "=", "<" or "-" (as in "<5%", "<=") is read as the
 * start of a tag and fails with a message about links: named here with the fix, its line counted
 * in the whole file ("< 10 ngày", with a space, is read as text).
 */
export function checkMdxText(file: string, contents: string): ContentProblem[] {
  const lines = contents.replace(/\r\n?/g, '\n').split('\n');
  const bodyStart = lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---') + 1 : 0;
  const problems: ContentProblem[] = [];
  for (const { line, index: i } of proseLines(lines.slice(bodyStart), bodyStart)) {
    const match = /(^|[^\\])<(?=[\d=<-])/.exec(line);
    if (match) {
      const at = match.index + match[1].length;
      problems.push({ file, field: `line ${i + 1}`, message: `"${line.slice(at).split(' ').slice(0, 3).join(' ')}…": in MDX a "<" here starts a tag; expected "\\<" (or "&lt;") to write the sign itself` });
    }
  }
  return problems;
}

/**
 * The lines of an MDX text that MDX reads as prose: outside fenced code (``` or ~~~), with inline
 * code spans blanked; `index` counts from `first` (the line number of `lines[0]`, from 0).
 */
export function proseLines(lines: readonly string[], first = 0): Array<{ line: string; index: number }> {
  const prose: Array<{ line: string; index: number }> = [];
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence === undefined) prose.push({ line: line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)), index: first + i });
  });
  return prose;
}

/** Files an editor or the system leaves beside content, never content: hidden files, backups, Windows' thumbnails. */
const NOT_CONTENT = /^\.|~$|^(Thumbs\.db|desktop\.ini)$/i;

/**
 * Problems for the files of a collection's folder (`names`, relative to `folder`) that its
 * pattern would not read: only files ending in one of `extensions` are content there.
 */
export function checkStrayFiles(folder: string, names: readonly string[], extensions: readonly string[]): ContentProblem[] {
  return names
    .filter((name) => !name.split('/').some((part) => NOT_CONTENT.test(part)) && !extensions.some((extension) => name.endsWith(extension)))
    .map((name) => {
      const stem = name.replace(/\.[^./]*$/, '');
      return {
        file: `${folder}/${name}`,
        field: 'file name',
        message: `this file is not read (the files of ${folder}/ end in ${extensions.join(' or ')}); expected a name such as "${stem}${extensions[extensions.length - 1]}", or move the file out of the folder`,
      };
    });
}

/** The extensions a glob pattern of a collection reads: "**\/*.mdx" → [".mdx"], "**\/*.{md,mdx}" → [".md", ".mdx"]. */
export function patternExtensions(pattern: string): string[] {
  const tail = pattern.slice(pattern.lastIndexOf('.') + 1);
  return (tail.startsWith('{') ? tail.slice(1, -1).split(',') : [tail]).map((extension) => `.${extension}`);
}

/**
 * The problem to show for YAML that does not parse: a line indented with a tab (the usual cause,
 * which the parser reports as a cascade of hundreds of errors), else the parser's first error;
 * what follows from it is only counted.
 */
function yamlProblem(file: string, field: string, text: string, errors: ReadonlyArray<{ message: string; linePos?: Array<{ line: number }> }>, expected: string): ContentProblem {
  const tabbed = text.split('\n').findIndex((line) => /^ *\t/.test(line));
  const firstErrorLine = errors[0].linePos?.[0]?.line ?? Infinity;
  if (tabbed >= 0 && tabbed + 1 <= firstErrorLine) return { file, field, message: `line ${tabbed + 1} is indented with a tab; expected spaces (YAML does not allow tabs for indentation)` };
  const more = errors.length > 1 ? ` (${errors.length - 1} more error${errors.length > 2 ? 's' : ''} may follow from this one)` : '';
  return { file, field, message: `${errors[0].message}${more}; expected ${expected}` };
}

/** The frontmatter of a Markdown/MDX file as data, dates kept as written (YAML 1.2 core schema). */
export function parseFrontmatter(file: string, frontmatter: string): Record<string, unknown> {
  const document = parseDocument(frontmatter, { prettyErrors: true });
  if (document.errors.length > 0) throw new ContentValidationError([yamlProblem(file, 'frontmatter', frontmatter, document.errors, 'YAML')]);
  const data = document.toJS();
  return data && typeof data === 'object' && !Array.isArray(data) ? data : {};
}

/** One entry of a YAML list with ids: its id, its data and the line where it starts. */
export interface YamlListEntry {
  id: string;
  line: number;
  data: Record<string, unknown>;
}

const ID = /^[a-z0-9-]+$/;

/**
 * The entries of a YAML list (content/hieu-dinh, thuat-ngu, trich-dan). Refuses a file that is
 * not a list, an entry without an id or with one that is not lower-case ASCII, and an id used
 * twice (Astro's file() loader would only warn and keep the later entry), naming both lines.
 */
export function parseYamlList(file: string, text: string): YamlListEntry[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true });
  if (document.errors.length > 0) throw new ContentValidationError([yamlProblem(file, 'YAML', text, document.errors, 'a YAML list')]);
  if (!isSeq(document.contents)) {
    throw new ContentValidationError([{ file, field: 'YAML', message: 'the file is not a list; expected one entry per "- id: …"' }]);
  }
  const problems: ContentProblem[] = [];
  const entries: YamlListEntry[] = [];
  const lineOf = new Map<string, number>();
  for (const item of document.contents.items) {
    const line = lineCounter.linePos(item && typeof item === 'object' && 'range' in item && item.range ? item.range[0] : 0).line;
    const field = `id (line ${line})`;
    if (!isMap(item)) {
      problems.push({ file, field: `entry (line ${line})`, message: 'is not a set of fields; expected "- id: …" followed by the fields' });
      continue;
    }
    const raw = item.get('id');
    const id = typeof raw === 'number' ? String(raw) : raw;
    if (typeof id !== 'string' || !ID.test(id)) {
      problems.push({ file, field, message: `${id === undefined ? 'missing' : `"${String(id)}"`}; expected an id of lower-case ASCII letters, digits and "-", e.g. "chu-trong-thuc-te"` });
      continue;
    }
    const earlier = lineOf.get(id);
    if (earlier !== undefined) {
      problems.push({ file, field, message: `"${id}" is already the id of the entry at line ${earlier}; expected an id used once in the file` });
      continue;
    }
    lineOf.set(id, line);
    entries.push({ id, line, data: item.toJS(document) as Record<string, unknown> });
  }
  if (problems.length > 0) throw new ContentValidationError(problems);
  return entries;
}

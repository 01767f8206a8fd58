/**
 * The one format of every content error (P4): the file, the field, what was found and what was
 * expected. The validators (structure.ts, relations.ts) report problems with these helpers;
 * load.ts throws them all at once.
 */

/** One problem found in the content, located by file and field. */
export interface ContentProblem {
  /** Path of the content file, relative to the project (e.g. `content/de-cuong/a-i-1.mdx`). */
  file: string;
  /** The frontmatter field or body part at fault (e.g. `order`, `cites[1]`, `body`). */
  field: string;
  /** What was found and what was expected. */
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file} › ${problem.field}: ${problem.message}`;
}

/** The error that stops the build: lists every problem, one a line, then a hint. */
export class ContentValidationError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `Nội dung không hợp lệ (${problems.length} lỗi) / invalid content:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n') +
        '\nSửa các tệp trên rồi chạy lại `npm run build`.',
    );
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}

/** Throws a ContentValidationError when there is any problem. */
export function throwIfProblems(problems: ContentProblem[]): void {
  if (problems.length > 0) throw new ContentValidationError(problems);
}

/** `"a", "b", "c"`, sorted: the ids a field may hold. */
export function listIds(ids: Iterable<string>): string {
  const all = [...ids].sort();
  return all.length ? all.map((id) => `"${id}"`).join(', ') : '(none yet)';
}

/**
 * A problem when `id` is not among `known`.
 * @param what what the id should name, e.g. 'the id of a file in content/van-ban'
 */
export function checkId(file: string, field: string, id: string, known: Iterable<string>, what: string): ContentProblem[] {
  const ids = [...known];
  return ids.includes(id) ? [] : [{ file, field, message: `"${id}" is not ${what}; expected one of ${listIds(ids)}` }];
}

/** checkId for each id of a list field (`cites[0]`, `cites[1]`, …). */
export function checkIds(file: string, field: string, ids: readonly string[], known: Iterable<string>, what: string): ContentProblem[] {
  const list = [...known];
  return ids.flatMap((id, index) => checkId(file, `${field}[${index}]`, id, list, what));
}

/** A problem for every entry whose key an earlier entry already has, naming both files. */
export function checkUnique<T extends { file: string }>(entries: readonly T[], key: (entry: T) => string, field: (entry: T) => string, expected: string): ContentProblem[] {
  const first = new Map<string, T>();
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const value = key(entry);
    const earlier = first.get(value);
    if (earlier) problems.push({ file: entry.file, field: field(entry), message: `"${value}" is already used by ${earlier.file}; expected ${expected}` });
    else first.set(value, entry);
  }
  return problems;
}

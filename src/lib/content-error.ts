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

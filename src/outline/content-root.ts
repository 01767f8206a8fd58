/**
 * Where the content files live. `OUTLINE_CONTENT_DIR` lets the tests build the site
 * from a small copy with one mistake in it, to check that the build stops and says where.
 */
export function contentRoot(): string {
  return (process.env.OUTLINE_CONTENT_DIR ?? './content').replace(/\/$/, '');
}

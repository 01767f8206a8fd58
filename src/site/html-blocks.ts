/**
 * Which HTML elements break the flow of text: a reader sees their words apart from the words
 * around them. Shared by what reads text out of built HTML at build time: the search records
 * (src/search/build/records.ts: a record ends where one starts or ends) and the text of a
 * section (src/outline/annotate/html-edit.ts: descriptions and hints); and, in the browser, by
 * the highlight of the words searched (src/browser/highlight-search-words.ts), which must mark
 * the words of a record as the index read them. So it imports nothing of Node.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'li', 'div', 'section', 'article', 'aside', 'header', 'footer', 'details', 'summary', 'blockquote',
  'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'caption', 'tr', 'td', 'th', 'figure', 'figcaption', 'br',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

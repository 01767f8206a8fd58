/**
 * The address a search result links to: its page and paragraph, carrying the words that page
 * marks on arrival (?hl=, read by src/browser/highlight-search-words.ts).
 */
import { MARKS_PARAM } from '../site/routes';
import { NEED, type SearchQuery } from './query';
import { wordsOf } from './words';

/** `url` (a site path, perhaps with #paragraph) with the words to mark: `page.html?hl=…#paragraph`. */
export function resultHref(url: string, words: string): string {
  const [path, hash] = url.split('#');
  return `${path}?${MARKS_PARAM}=${encodeURIComponent(words)}${hash ? `#${hash}` : ''}`;
}

/**
 * The words the page of a result marks: what was searched, less the words that only ask there
 * ("làm" of "làm gì", "gì"). That page reads them as written (parseWords: its script stays
 * light), which would take a "làm" before "gì" for a word to mark and mark every "làm" of its text.
 */
export function wordsToMark(marks: SearchQuery): string {
  const asking = new Set(marks.terms.filter((term) => term.need === NEED.asks).map((term) => term.exact));
  if (!asking.size) return marks.raw;
  // Cut out of what was searched, the rest as it stands: another spelling's words keep their quotation marks (query.ts).
  const text = marks.raw.normalize('NFC');
  let kept = '';
  let at = 0;
  for (const word of wordsOf(text)) {
    if (!asking.has(word.exact)) continue;
    kept += text.slice(at, word.start);
    at = word.end;
  }
  return (kept + text.slice(at)).replace(/\s+/g, ' ').trim();
}

/**
 * The word marks of a search result (classic script: runs from file://). A page search can lead
 * to loads it (page-setup.ts) only when opened from a result, ?hl=words#paragraph: the words are
 * marked in the text (whole words, the words typed together first, never a lone very common
 * word: src/search/highlight.ts) and the paragraph the result pointed at is shown at the top of
 * the screen.
 */
import { matchRanges, termsTogether } from '../search/highlight';
import { parseWords } from '../search/query';
import { MARKS_PARAM } from '../site/routes';

function markWords(root: Element, words: string): number {
  // Read as written (very common words, words that ask), not all search reads: every page opened from a result loads this script.
  const query = parseWords(words);
  if (query.terms.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  // Words typed together somewhere on the page are marked where they stand together, not alone in
  // other paragraphs. Found text by text, as they are marked: a run across an element ("144-<abbr>QĐ/TW")
  // is marked as no run, so its words must still be marked alone.
  const together = new Set<number>();
  for (const node of nodes) for (const term of termsTogether(node.data, query)) together.add(term);
  let count = 0;
  for (const node of nodes) {
    for (const [start, end] of matchRanges(node.data, query, together).reverse()) {
      const match = node.splitText(start);
      match.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      match.replaceWith(mark);
      mark.append(match);
      count += 1;
    }
  }
  return count;
}

/** The element the address's #fragment names, if any (a malformed fragment names none). */
function target(): HTMLElement | null {
  try {
    return location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    return null;
  }
}

function markResult(): void {
  const words = new URLSearchParams(location.search).get(MARKS_PARAM);
  const article = document.querySelector('main article');
  if (!words || !article) return;
  const marked = markWords(article, words);
  const paragraph = target();
  // Marking changed the text under the browser's own jump to the fragment: go there again.
  if (paragraph) paragraph.scrollIntoView({ block: 'start' });
  else if (marked > 0) article.querySelector('mark.search-hit')?.scrollIntoView({ block: 'start' });
}

// page-setup.ts loads it from <head>: it may arrive before the text.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', markResult);
else markResult();

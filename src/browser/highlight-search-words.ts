/**
 * The word marks of a search result (classic script: runs from file://). A page search can lead
 * to loads it (page-setup.ts) only when opened from a result, ?hl=words#paragraph: the words are
 * marked in the text (whole words, the words typed together first, never a lone very common
 * word: src/search/highlight.ts) and the paragraph the result pointed at is shown at the top of
 * the screen.
 */
import { matchRanges, termsTogether } from '../search/highlight';
import { parseWords } from '../search/query';
import { BLOCK_TAGS } from '../site/html-blocks';
import { MARKS_PARAM } from '../site/routes';

/** Text the search did not index (the printed masthead, the page's tools): nothing there was found. */
const NOT_SEARCHED = '[data-pagefind-ignore], script, style, template';

/**
 * The text nodes of `root` that were searched, cut where a block starts or ends (BLOCK_TAGS, as
 * the search records are cut): each piece reads as one text, across its links and abbreviations
 * ("<abbr>UBND</abbr> huyện"), never across a list or a line break.
 */
function piecesOf(root: Element): Text[][] {
  const pieces: Text[][] = [[]];
  const cut = () => {
    if (pieces[pieces.length - 1].length) pieces.push([]);
  };
  const visit = (parent: Node) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) pieces[pieces.length - 1].push(child as Text);
      else if (child instanceof Element) {
        const skipped = child.matches(NOT_SEARCHED);
        const apart = skipped || BLOCK_TAGS.has(child.localName);
        if (apart) cut();
        if (!skipped) visit(child);
        if (apart) cut();
      }
    }
  };
  visit(root);
  return pieces.filter((piece) => piece.length);
}

function markWords(root: Element, words: string): number {
  // Read as written (very common words, words that ask), not all search reads: every page opened from a result loads this script.
  const query = parseWords(words);
  if (query.terms.length === 0) return 0;
  const pieces = piecesOf(root).map((nodes) => ({ nodes, text: nodes.map((node) => node.data).join('') }));
  // Words typed together somewhere on the page are marked where they stand together, not alone in
  // other paragraphs; a piece of text is read whole, across its links and abbreviations.
  const together = new Set<number>();
  for (const { text } of pieces) for (const term of termsTogether(text, query)) together.add(term);
  let count = 0;
  for (const { nodes, text } of pieces) {
    const ranges = matchRanges(text, query, together);
    if (ranges.length === 0) continue;
    // Each range in the text node(s) it falls in; marked from the last, so that the earlier offsets stay.
    const spans: Array<[Text, number, number]> = [];
    let at = 0;
    for (const node of nodes) {
      const end = at + node.data.length;
      for (const [start, stop] of ranges) if (start < end && stop > at) spans.push([node, Math.max(start, at) - at, Math.min(stop, end) - at]);
      at = end;
    }
    for (const [node, start, end] of spans.reverse()) {
      const match = node.splitText(start);
      match.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      match.replaceWith(mark);
      mark.append(match);
    }
    count += ranges.length;
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

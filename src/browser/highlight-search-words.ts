/**
 * On the pages search can lead to (inline, classic: runs from file://): arriving from a
 * search result (?hl=words), the words are marked in the text and the heading is shown.
 */
import { parseQuery } from '../search/query';
import { matchRanges } from '../search/highlight';

function markWords(root: Element, words: string): number {
  const query = parseQuery(words);
  if (query.terms.length === 0) return 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let count = 0;
  for (const node of nodes) {
    const ranges = matchRanges(node.data, query);
    for (const [start, end] of ranges.reverse()) {
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

const words = new URLSearchParams(location.search).get('hl');
const article = document.querySelector('main article');
if (words && article && markWords(article, words) > 0) {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  (target ?? article.querySelector('mark.search-hit'))?.scrollIntoView();
}

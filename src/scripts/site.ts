/**
 * On every page (inline, classic: runs from file://). Two small things:
 * - "/" or Ctrl+K puts the cursor in the search box;
 * - arriving from a search result (?hl=words), the words are marked in the text.
 */
import { parseQuery } from '../lib/search-query';
import { matchRanges } from '../lib/search-rank';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey;
  const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (!slash && !ctrlK) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

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

/** The excerpt under a search result: the record's text, cut around the query's words when long. */
import { matchRanges } from './highlight';
import type { SearchQuery } from './query';
import { wordsOf } from './words';

/** `text` when short; else the window of about `size` words that holds the most marked words, the words typed together and the rarer ones first. */
export function excerptAround(text: string, query: SearchQuery, size = 40): string {
  const words = wordsOf(text);
  if (words.length <= size) return text;
  const marks = new Set(matchRanges(text, query).map(([start]) => start));
  const hits = words.map((w) => marks.has(w.start));
  const runs = runLengths(hits);
  // A marked word counts as many times as its run of marked words is long: the words typed
  // together ("hiện đại hóa") outweigh as many of them scattered ("hiện nay … hiện đại"). And
  // a word the text says less often counts more: a document's number ("172/2025") beside its
  // kind ("Nghị định", said in every other line).
  const times = new Map<string, number>();
  words.forEach((w, i) => hits[i] && times.set(w.folded, (times.get(w.folded) ?? 0) + 1));
  const weights = runs.map((run, i) => (run ? run / times.get(words[i].folded)! : 0));
  // The first window of `size` words with the most weight (sums of fractions: compared with a
  // margin, so that equal windows stay equal).
  const upTo = [0];
  weights.forEach((weight, i) => upTo.push(upTo[i] + weight));
  let from = 0;
  let best = upTo[size];
  for (let start = 1; start + size <= words.length; start += 1) {
    const sum = upTo[start + size] - upTo[start];
    if (sum > best + 1e-9) {
      best = sum;
      from = start;
    }
  }
  // Start a few words before the window's first hit, so it reads in context and the words
  // after it show too, without losing the window's last hit; then later if need be, so that
  // the window's longest run (the words typed together) has a fifth of the window after it
  // (as many as the text has): scattered marks before it give way to the words that follow it.
  const firstHit = hits.findIndex((hit, i) => i >= from && hit);
  if (firstHit >= 0) {
    let lastHit = firstHit;
    let longest = firstHit;
    for (let i = firstHit; i < from + size; i += 1) {
      if (!hits[i]) continue;
      lastHit = i;
      if (runs[i] > runs[longest]) longest = i;
    }
    let runStart = longest;
    while (runStart > 0 && hits[runStart - 1]) runStart -= 1;
    const runEnd = runStart + runs[longest];
    const context = Math.max(0, Math.min(firstHit - 4, words.length - size), lastHit - size + 1);
    from = Math.max(context, Math.min(runEnd + Math.floor(size / 5) - size, words.length - size, runStart));
  }
  const to = Math.min(words.length, from + size);
  const start = from === 0 ? 0 : words[from].start;
  const end = to === words.length ? text.length : words[to - 1].end;
  return `${from > 0 ? '… ' : ''}${text.slice(start, end).trim()}${to < words.length ? ' …' : ''}`;
}

/** Per word: the length of the run of marked words it stands in (0 when not marked). */
function runLengths(hits: boolean[]): number[] {
  const runs = hits.map(() => 0);
  for (let i = 0; i < hits.length; ) {
    let end = i;
    while (end < hits.length && hits[end]) end += 1;
    for (let k = i; k < end; k += 1) runs[k] = end - i;
    i = Math.max(end, i + 1);
  }
  return runs;
}

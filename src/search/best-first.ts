/**
 * Scoring only the records that can reach a search's first pages. On a large site a query of
 * common words finds thousands of records ("của dân do dân vì dân": 8,600 of the 2,000-page
 * bench site), and scoring each (its words in place, the runs) is what its first search costs
 * most. A record's bound (rank.ts, RecordScorer.bound: what its words could give, wherever they
 * stand) is cheap, and so is what its page gains from its other records (counted, not scored).
 * So records are scored highest bound first, until no record left can bring its page among the
 * best `wanted` pages found so far: its bound plus its page's gain is below the `wanted`-th of
 * them. What is left out ranks below those pages, so the first `wanted` pages are the ones
 * scoring every record gives, by construction (the compact engine scores them all; a unit test
 * compares the two on every test query).
 */
import { MORE_RECORDS_AT_MOST, MORE_RECORDS_WEIGHT } from './rank';

/** The records found for a query, by slot. */
export interface Candidates {
  count: number;
  /** The page of a record. */
  page(slot: number): number;
  /** At least its score. */
  bound(slot: number): number;
  /** What its page gains from its other records that match (fromOtherRecords): exactly, counted before scoring. */
  fromOtherRecords(slot: number): number;
  score(slot: number): number;
}

/**
 * What a page gains from its records other than its best (results.ts, rankPages), given how many
 * of its records match with a word that is not very common (rank.ts, rule 7): each beyond the
 * first, the best record taken to be among them (it is, unless all its words are very common:
 * a constant of the page either way, which the pruning above relies on).
 */
export function fromOtherRecords(matchesOnPage: number): number {
  return MORE_RECORDS_WEIGHT * Math.min(Math.max(matchesOnPage - 1, 0), MORE_RECORDS_AT_MOST);
}

/** Scores are sums of fractions: a bound equal to a score may come out a rounding below it. */
const ROUNDING = 1e-9;

/**
 * The slots worth scoring and their scores (those above 0), in the order of slots. `wanted`:
 * how many pages the search needs ranked (the results shown, and one more to know whether
 * there are more).
 */
export function scoreBestFirst(candidates: Candidates, wanted: number): { slots: number[]; scores: number[] } {
  const { count } = candidates;
  // The most each record can give its page. Fewer records than pages wanted: each is scored, in order, no bound needed.
  const most = new Float64Array(count);
  const pruned = wanted < count;
  if (pruned) for (let slot = 0; slot < count; slot += 1) most[slot] = candidates.bound(slot) + candidates.fromOtherRecords(slot);
  // Highest bound first (ties: the first slot first), taken from a heap: the search stops after
  // a few of thousands, so only those few are put in order.
  const order = pruned ? new SlotHeap(most) : undefined;
  const best = new BestPages(wanted);
  const scores = new Float64Array(count);
  for (let next = 0; next < count; next += 1) {
    const slot = order ? order.pop() : next;
    if (best.full && most[slot] + ROUNDING < best.least) break;
    const score = candidates.score(slot);
    scores[slot] = score;
    // Its page scores at least this (its best record may be another, not scored yet).
    if (score > 0) best.offer(candidates.page(slot), score + candidates.fromOtherRecords(slot));
  }
  const slots: number[] = [];
  const kept: number[] = [];
  for (let slot = 0; slot < count; slot += 1) {
    if (scores[slot] > 0) {
      slots.push(slot);
      kept.push(scores[slot]);
    }
  }
  return { slots, scores: kept };
}

/** The slots by `key`, highest first, ties by slot: a binary heap, made in one pass, that gives them one at a time. */
class SlotHeap {
  private readonly heap: Int32Array;
  private size: number;

  constructor(private readonly key: Float64Array) {
    this.size = key.length;
    this.heap = Int32Array.from({ length: key.length }, (_, slot) => slot);
    for (let i = (this.size >> 1) - 1; i >= 0; i -= 1) this.down(i);
  }

  /** Whether slot a comes before slot b. */
  private before(a: number, b: number): boolean {
    return this.key[a] > this.key[b] || (this.key[a] === this.key[b] && a < b);
  }

  pop(): number {
    const top = this.heap[0];
    this.size -= 1;
    this.heap[0] = this.heap[this.size];
    this.down(0);
    return top;
  }

  private down(at: number): void {
    const { heap, size } = this;
    const slot = heap[at];
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      if (child + 1 < size && this.before(heap[child + 1], heap[child])) child += 1;
      if (!this.before(heap[child], slot)) break;
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = slot;
  }
}

/** The best `size` pages by the least each is known to score; `least`, the lowest of them once there are `size`. */
class BestPages {
  private readonly pages = new Map<number, number>();
  least = -Infinity;

  constructor(private readonly size: number) {}

  get full(): boolean {
    return this.pages.size >= this.size;
  }

  offer(page: number, score: number): void {
    const known = this.pages.get(page);
    if (known !== undefined) {
      if (score <= known) return;
    } else if (this.full) {
      if (score <= this.least) return;
      // The page with the lowest score leaves for this one.
      for (const [other, value] of this.pages) {
        if (value === this.least) {
          this.pages.delete(other);
          break;
        }
      }
    }
    this.pages.set(page, score);
    if (this.full) this.least = Math.min(...this.pages.values());
  }
}

/**
 * Reading what a teacher typed in the search box. Shared by both search paths
 * (Pagefind over http, the offline engine from file://) so they understand a query alike.
 */
import { foldVietnamese } from './fold-vietnamese';

export interface QueryTerm {
  /** As typed, lower-cased (tone marks kept): "đảng". */
  exact: string;
  /** Folded: "dang". */
  folded: string;
  /** True when the teacher typed tone or vowel marks, so the exact spelling should rank first. */
  marked: boolean;
}

export interface SearchQuery {
  raw: string;
  terms: QueryTerm[];
  /** Quoted phrases, folded, words separated by one space. */
  phrases: string[];
}

/** Letters (any script, with their marks) and digits make words; everything else separates them. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text, in order. */
export function splitWords(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

export function parseQuery(raw: string): SearchQuery {
  const text = raw.normalize('NFC').toLowerCase();
  const phrases = [...text.matchAll(/"([^"]+)"|“([^”]+)”/g)]
    .map((m) => splitWords(foldVietnamese(m[1] ?? m[2])).join(' '))
    .filter(Boolean);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const word of splitWords(text)) {
    if (seen.has(word)) continue;
    seen.add(word);
    const folded = foldVietnamese(word);
    terms.push({ exact: word, folded, marked: folded !== word });
  }
  return { raw, terms, phrases };
}

/** What kind of query this is, for the message the page shows when there is nothing to search. */
export function queryState(raw: string): 'empty' | 'no-words' | 'ok' {
  if (raw.trim() === '') return 'empty';
  return splitWords(raw).length === 0 ? 'no-words' : 'ok';
}

/**
 * The spellings to ask Pagefind for. Pagefind 1.6 folds tone marks but keeps đ apart
 * from d, so "dao duc" finds nothing where the text has "đạo đức". In Vietnamese d and đ
 * only begin a syllable: every folded term that begins with d is asked both ways, and
 * the results are merged. At most `limit` spellings (2^3 = 8 covers three d-syllables);
 * past that, the remaining d-syllables are asked with đ only.
 */
export function spellingVariants(query: SearchQuery, limit = 8): string[] {
  let variants: string[][] = [[]];
  for (const term of query.terms) {
    const base = term.marked ? term.exact : term.folded;
    // A term typed with its marks is taken as spelled (who types "dụng" types "đ" too).
    const options = /^d/.test(term.folded) && !term.marked ? [base, `đ${base.slice(1)}`] : [base];
    const next = variants.flatMap((prefix) => options.map((option) => [...prefix, option]));
    variants = next.length <= limit ? next : variants.map((prefix) => [...prefix, options[options.length - 1]]);
  }
  return variants.map((words) => words.join(' ')).filter(Boolean);
}

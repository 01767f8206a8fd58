/**
 * The glossary in search: "CCHC" also finds the passages that say "cải cách hành chính",
 * and the other way round. A query gets alternative spellings with each abbreviation
 * replaced by its full form (or the full form by the abbreviation); each spelling is
 * searched and the results merged, on both search paths alike.
 */
import { foldVietnamese } from '../site/fold-vietnamese';
import { splitWords } from './words';

export interface Synonym {
  /** The abbreviation, e.g. "CCHC" or "CB,GV,NV". */
  short: string;
  /** Its full form, e.g. "cải cách hành chính". */
  full: string;
}

const folded = (text: string) => splitWords(foldVietnamese(text));

/** A synonym's words, read once (a query is read again at every keystroke): each way of replacing one form by the other. */
const replacements = new WeakMap<Synonym, Array<[string[], string[]]>>();
function replacementsOf(synonym: Synonym): Array<[string[], string[]]> {
  let known = replacements.get(synonym);
  if (!known) {
    const shortWords = folded(synonym.short);
    known = [
      [shortWords, splitWords(synonym.full.toLowerCase())],
      [folded(synonym.full), shortWords],
    ];
    replacements.set(synonym, known);
  }
  return known;
}

/** Replaces the first run of `from` (folded words) in `words` by `to`; undefined when absent. */
function replaceRun(words: string[], from: string[], to: string[]): string[] | undefined {
  for (let at = 0; at + from.length <= words.length; at += 1) {
    if (from.every((word, i) => words[at + i] === word)) return [...words.slice(0, at), ...to, ...words.slice(at + from.length)];
  }
  return undefined;
}

/** Other spellings of the query, at most `limit`, never the query itself. */
export function querySynonyms(raw: string, synonyms: Synonym[], limit = 3): string[] {
  const words = folded(raw);
  const found = new Set<string>();
  for (const synonym of synonyms) {
    for (const [from, to] of replacementsOf(synonym)) {
      const replaced = replaceRun(words, from, to);
      if (replaced) found.add(replaced.join(' '));
    }
  }
  found.delete(words.join(' '));
  return [...found].slice(0, limit);
}

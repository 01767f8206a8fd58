/**
 * The Party's congresses are numbered in Roman numerals ("Đại hội lần thứ XIII", "Đại hội VI"),
 * and a teacher types "đại hội 13". A number typed right after "đại hội", "khóa" or "lần thứ" is
 * also searched in Roman numerals, as another spelling of the query (query.ts, readQuery), the
 * way a glossary abbreviation is (synonyms.ts).
 */
import { foldVietnamese } from '../site/fold-vietnamese';
import { splitWords } from './words';

/** The words after which a number is a congress's (or a term's) number, folded. */
const NUMBERED_AFTER = [['dai', 'hoi'], ['khoa'], ['lan', 'thu']];

/** The largest number written in Roman numerals here: the Party's congresses and the National Assembly's terms stay far below it. */
const LARGEST = 39;

export function toRoman(n: number): string {
  const tens = ['', 'x', 'xx', 'xxx'][Math.floor(n / 10)];
  const units = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'][n % 10];
  return tens + units;
}

/** The query with each congress number typed in Arabic numerals written in Roman ones; none when it has no such number. */
export function romanSpellings(raw: string): string[] {
  const words = splitWords(raw.toLowerCase());
  const folded = words.map((word) => foldVietnamese(word));
  let changed = false;
  const spelled = words.map((word, i) => {
    const n = /^\d{1,2}$/.test(word) ? Number(word) : 0;
    const numbered = NUMBERED_AFTER.some((before) => before.every((w, k) => folded[i - before.length + k] === w));
    if (n < 1 || n > LARGEST || !numbered) return word;
    changed = true;
    return toRoman(n);
  });
  return changed ? [spelled.join(' ')] : [];
}

/**
 * The outline counts its points in words ("Thứ nhất", "Thứ hai", … "Thứ năm": the shortcomings
 * of A.II.3), and a teacher types "thứ 3" or "ton tai thu 3". A number from 1 to 10 typed right
 * after "thứ" is searched as its word first, and as typed too ("Điều thứ 1" of the Constitution
 * stands so): query.ts, readQuery. After "lần thứ" the number is a congress's: Roman numerals
 * (roman-numerals.ts), not words.
 */
import { foldVietnamese } from '../site/fold-vietnamese';
import { splitWords } from './words';

/** The ordinal words, as the outline spells them: "thứ nhất", "thứ tư" (not "một", "bốn"). */
const ORDINAL_WORDS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/**
 * The query with each number after "thứ" written as its word; none when it has no such number.
 * The word keeps its marks even in a query typed without any: the digit says which word it is
 * ("thu 4" is "thu tư", not "thứ tự").
 */
export function ordinalSpellings(raw: string): string[] {
  const words = splitWords(raw.toLowerCase());
  const folded = words.map((word) => foldVietnamese(word));
  let changed = false;
  const spelled = words.map((word, i) => {
    const n = /^\d{1,2}$/.test(word) ? Number(word) : 0;
    if (n < 1 || n > ORDINAL_WORDS.length || folded[i - 1] !== 'thu' || folded[i - 2] === 'lan') return word;
    changed = true;
    return ORDINAL_WORDS[n - 1];
  });
  return changed ? [spelled.join(' ')] : [];
}

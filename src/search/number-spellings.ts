/**
 * Numbers a teacher types in digits that the outline writes otherwise. Each is searched as the
 * outline writes it too, as another spelling of the query (query.ts, readQuery), the way a
 * glossary abbreviation is (synonyms.ts):
 * - a congress's or a term's number, in Roman numerals: "đại hội 13", "lần thứ 13", "khóa 15"
 *   ("Đại hội lần thứ XIII", "Đại hội VI");
 * - a point counted in words: "thứ 3" ("Thứ ba", the shortcomings of A.II.3). This one is
 *   searched first, and as typed next ("Điều thứ 1" of the Constitution stands so). After "lần
 *   thứ" the number is a congress's, not a point's.
 */
import { foldVietnamese } from '../site/fold-vietnamese';
import { WORD_RE } from './words';

/** The words after which a number is a congress's (or a term's) number, folded. */
const NUMBERED_AFTER = [['dai', 'hoi'], ['khoa'], ['lan', 'thu']];

/** The largest number written in Roman numerals here: the Party's congresses and the National Assembly's terms stay far below it. */
const LARGEST = 39;

/** The ordinal words, as the outline spells them: "thứ nhất", "thứ tư" (not "một", "bốn"). */
const ORDINAL_WORDS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

export function toRoman(n: number): string {
  const tens = ['', 'x', 'xx', 'xxx'][Math.floor(n / 10)];
  const units = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'][n % 10];
  return tens + units;
}

/**
 * The query with each number of one or two digits that `spell` writes otherwise (given the
 * number and the folded words before it) so written, the rest as typed (quotes too); none when
 * there is no such number.
 */
function respell(raw: string, spell: (n: number, before: string[]) => string | undefined): string[] {
  const text = raw.normalize('NFC');
  const before: string[] = [];
  let out = '';
  let from = 0;
  for (const match of text.matchAll(WORD_RE)) {
    const written = /^\d{1,2}$/.test(match[0]) ? spell(Number(match[0]), before) : undefined;
    if (written !== undefined) {
      out += text.slice(from, match.index) + written;
      from = match.index! + match[0].length;
    }
    before.push(foldVietnamese(match[0]));
  }
  return from ? [out + text.slice(from)] : [];
}

/** The query with each congress number typed in Arabic numerals written in Roman ones; none when it has no such number. */
export function romanSpellings(raw: string): string[] {
  return respell(raw, (n, before) => {
    const numbered = NUMBERED_AFTER.some((words) => words.every((w, k) => before[before.length - words.length + k] === w));
    return n >= 1 && n <= LARGEST && numbered ? toRoman(n) : undefined;
  });
}

/**
 * The query with each number after "thứ" written as its word; none when it has no such number.
 * The word keeps its marks even in a query typed without any: the digit says which word it is
 * ("thu 4" is "thu tư", not "thứ tự").
 */
export function ordinalSpellings(raw: string): string[] {
  return respell(raw, (n, before) => (n >= 1 && n <= ORDINAL_WORDS.length && before.at(-1) === 'thu' && before.at(-2) !== 'lan' ? ORDINAL_WORDS[n - 1] : undefined));
}

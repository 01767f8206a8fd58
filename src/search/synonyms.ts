/**
 * The glossary in search: "CCHC" also finds the passages that say "cải cách hành chính",
 * and the other way round. A query gets alternative spellings with each abbreviation
 * replaced by its full form (or the full form by the abbreviation); each spelling is
 * searched and the results merged, on both search paths alike.
 */
import { foldVietnamese } from '../site/fold-vietnamese';
import { canonicalSpelling } from './spelling';
import { splitWords } from './words';

export interface Synonym {
  /** The abbreviation, e.g. "CCHC" or "CB,GV,NV". */
  short: string;
  /** Its full form, e.g. "cải cách hành chính". */
  full: string;
  /** Only the short form is spelled out: the text never says it, so searching for it finds nothing. */
  oneWay?: boolean;
}

/**
 * How teachers name what the outline names otherwise, for search only (no page shows them):
 * "Bác Hồ", "Bác" ("làm theo Bác") and "HCM" are Hồ Chí Minh, whom the outline calls "Hồ Chí
 * Minh", "Chủ tịch Hồ Chí Minh" or "Người", never "Bác"; "HS" is "học sinh", which the outline writes out; a school's
 * "hiệu trưởng" is its "người đứng đầu", as Part B says (B.I.3); a "trang web" is what B.I.6
 * calls "Website", "virút" is how Vietnamese spells the "virus" it names, and "Trường học kết
 * nối" is the portal B.I.6 names only by its address, truonghocketnoi.edu.vn.
 */
export const SPOKEN_NAMES: readonly Synonym[] = [
  { short: 'Bác Hồ', full: 'Hồ Chí Minh', oneWay: true },
  { short: 'Bác', full: 'Hồ Chí Minh', oneWay: true },
  { short: 'HCM', full: 'Hồ Chí Minh', oneWay: true },
  { short: 'HS', full: 'học sinh', oneWay: true },
  { short: 'hiệu trưởng', full: 'người đứng đầu', oneWay: true },
  { short: 'trang web', full: 'website', oneWay: true },
  { short: 'virút', full: 'virus', oneWay: true },
  { short: 'trường học kết nối', full: 'truonghocketnoi', oneWay: true },
];

/** A word as compared: as spelled ("kỹ" as "kĩ": spelling.ts) and folded; `marked`: it has tone marks (or "đ"). */
interface Compared {
  exact: string;
  folded: string;
  marked: boolean;
}

/** The words of a text as compared, one for each word. */
function compared(text: string): Compared[] {
  return splitWords(text.toLowerCase()).map((word) => {
    const exact = canonicalSpelling(word);
    const folded = foldVietnamese(exact);
    return { exact, folded, marked: folded !== exact };
  });
}

/**
 * Whether a word typed is a word of a form: typed with marks, as spelled, as search reads marks
 * (rank.ts, rule 3: "bậc", "bắc", "bạc" are not "Bác"); typed without, folded ("bac" may be "Bác").
 * "đ" is a mark as there: "đao" (for "đào") is spelled otherwise, and gives no other spelling.
 */
const sameWord = (typed: Compared, form: Compared) => (typed.marked ? typed.exact === form.exact : typed.folded === form.folded);

/** One way of replacing a form by the other: the words to find, the words put in their place. */
type Replacement = [from: Compared[], to: string[]];

/** A synonym's words, read once (a query is read again at every keystroke): each way of replacing one form by the other. */
const replacements = new WeakMap<Synonym, Replacement[]>();
function replacementsOf(synonym: Synonym): Replacement[] {
  let known = replacements.get(synonym);
  if (!known) {
    const shortWords = compared(synonym.short);
    const shortFolded = shortWords.map((word) => word.folded);
    const fullWords = splitWords(synonym.full.toLowerCase());
    known = [[shortWords, fullWords], ...(synonym.oneWay ? [] : [[compared(synonym.full), shortFolded] as Replacement])];
    // A glossary abbreviation of several parts is often typed in one piece ("CBGVNV" for
    // "CB,GV,NV"): it stands for the full form, and for the parts as the text writes them.
    if (shortWords.length > 1 && !synonym.oneWay) {
      // Spelled ("GDĐT"), so that typed with its "Đ" it is found as spelled, and "gddt" folded.
      const onePiece = compared(shortWords.map((word) => word.exact).join(''));
      known.push([onePiece, fullWords], [onePiece, shortFolded]);
    }
    replacements.set(synonym, known);
  }
  return known;
}

/** Where the first run of `from` stands in `words` (sameWord); -1 when absent. */
function runAt(words: Compared[], from: Compared[]): number {
  for (let at = 0; at + from.length <= words.length; at += 1) {
    if (from.every((word, i) => sameWord(words[at + i], word))) return at;
  }
  return -1;
}

/**
 * Other spellings of the query, at most `limit`, never the query itself. The words around the
 * replaced run stay as typed, tone marks and all: "Luật cán bộ công chức" gives "luật cb công
 * chức", whose "công" must not mark "cống" (nor "cán" mark "cần").
 */
export function querySynonyms(raw: string, synonyms: readonly Synonym[], limit = 3): string[] {
  const words = compared(raw);
  const kept = splitWords(raw.toLowerCase());
  const found = new Set<string>();
  const matches = synonyms
    .flatMap((synonym) => replacementsOf(synonym).map(([from, to]) => ({ synonym, from, to, at: runAt(words, from) })))
    // "Bác Hồ Chí Minh" already says "Hồ Chí Minh": no "hồ chí minh chí minh".
    .filter(({ synonym, at }) => at >= 0 && !(synonym.oneWay && runAt(words, compared(synonym.full)) >= 0));
  // A form inside a longer one found is not replaced on its own ("Bác" of "Bác Hồ").
  const inLonger = (m: (typeof matches)[number]) => matches.some((o) => o.from.length > m.from.length && m.at < o.at + o.from.length && o.at < m.at + m.from.length);
  for (const match of matches) {
    const { from, to, at } = match;
    if (!inLonger(match)) found.add([...kept.slice(0, at), ...to, ...kept.slice(at + from.length)].join(' '));
  }
  found.delete(kept.join(' '));
  return [...found].slice(0, limit);
}

/**
 * Questions typed without tone marks. Many teachers type none on a phone: "cai cach hanh chinh
 * la gi". Typed with its marks, the question's "là" is a very common word and "gì" a word that
 * asks (common-words.ts), so neither has to stand in a passage; typed without, "la" and "gi" are
 * words like any other, both needed, and "gi", the last word typed, may begin "giá", "giao" or
 * "giữa": the passages that say what the reform is lose to any that hold such words.
 *
 * So a query typed without a single mark that ends or begins with a question's words ("la gi",
 * "nhu the nao", "vi sao") is read with that question spelled as the teacher meant it: "cai cach
 * hanh chinh là gì". It is then searched as the same question typed with its marks is, and its
 * other words stay as typed (without marks they still find every spelling). Only at either end
 * and only beside other words: "la gi" alone, or in the middle of other words, is left as typed;
 * but a "gi" before other words is "gì" wherever it stands ("truong lam gi ve chuyen doi so"), a
 * "de" after a question's "gì" is "để" ("lam gi de …"), and "truong minh" is "trường mình",
 * which asks as "gì" does (common-words.ts, QUESTION_WORDS).
 */
import { foldVietnamese } from '../site/fold-vietnamese';
import { OUR_UNITS } from './common-words';

/** How a question ends: "… là gì", "… như thế nào". Longest first, so that the longest is spelled. */
export const ENDINGS = ['để làm gì', 'như thế nào', 'gồm những gì', 'làm được gì', 'những gì', 'được gì', 'là gì', 'làm gì', 'có gì', 'nói gì', 'dạy gì', 'bàn gì', 'nêu gì', 'viết gì', 'thế nào', 'ra sao', 'làm sao', 'ở đâu', 'bao nhiêu'];
/** How a question begins: "vì sao …", "thế nào là …". */
export const BEGINNINGS = ['như thế nào là', 'làm thế nào để', 'thế nào là', 'vì sao', 'tại sao', 'làm sao', 'bao nhiêu'];

/** A phrase's words without their marks, as a pattern: any spaces between them. */
const unmarked = (phrase: string) => foldVietnamese(phrase).split(' ').join('\\s+');

/**
 * Built at the first query, not as the module loads, so that a page which only marks words
 * (highlight-search-words.ts, beside query.ts) does not carry them.
 */
let patterns: { ending: RegExp; beginning: RegExp; spelled: Map<string, string>; ours: RegExp } | undefined;
const patternsOnce = () =>
  (patterns ??= {
    // "mình" after the school or a unit of OUR_UNITS, not before "bạch" ("minh bạch").
    ours: new RegExp(`(?<=(?:^|[^\\p{L}\\p{N}])(?:${[['truong'], ...OUR_UNITS].map((words) => words.join('\\s+')).join('|')})\\s+)minh(?![\\p{L}\\p{N}])(?!\\s+bach(?![\\p{L}\\p{N}]))`, 'giu'),
    ending: new RegExp(`(?<=^|[^\\p{L}\\p{N}])(${ENDINGS.map(unmarked).join('|')})(?=[^\\p{L}\\p{N}]*$)`, 'iu'),
    beginning: new RegExp(`(?<=^[^\\p{L}\\p{N}]*)(${BEGINNINGS.map(unmarked).join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
    spelled: new Map([...ENDINGS, ...BEGINNINGS].map((phrase) => [foldVietnamese(phrase), phrase])),
  });

/**
 * The words without which spellQuestion changes nothing: the last word of an ending, the first of
 * a beginning, "gi" and "minh". Most queries hold none, and are then left as typed before the
 * patterns are built and run (each costs a few milliseconds the first time, more on a phone).
 */
let triggers: Set<string> | undefined;
const triggersOnce = () =>
  (triggers ??= new Set(['gi', 'minh', ...ENDINGS.map((phrase) => foldVietnamese(phrase).split(' ').pop()!), ...BEGINNINGS.map((phrase) => foldVietnamese(phrase).split(' ')[0])]));

/** `raw` with a question typed without marks at either end spelled with them; anything else as typed. */
export function spellQuestion(raw: string): string {
  const text = raw.normalize('NFC');
  const lower = text.toLowerCase();
  // A mark anywhere: the teacher types with marks, and means what they typed.
  if (foldVietnamese(text) !== lower) return raw;
  // Pieces between anything but [a-z0-9]: a word the patterns below find whole is one of them (or
  // spelled with a letter that only case-folds to a-z, such as "ſ", which they would give back as typed).
  const trigger = triggersOnce();
  if (!lower.split(/[^a-z0-9]+/).some((word) => trigger.has(word))) return raw;
  const { ending, beginning, spelled, ours } = patternsOnce();
  const hasWord = (part: string) => /[\p{L}\p{N}]/u.test(part);
  /** `out` with the phrase found spelled with its marks. */
  const spell = (out: string, found: RegExpExecArray) =>
    out.slice(0, found.index) + (spelled.get(found[0].toLowerCase().split(/\s+/).join(' ')) ?? found[0]) + out.slice(found.index + found[0].length);
  // "gi" alone is "gì" (no other word is spelled so), but as the last word typed it may begin "giáo".
  let out = text.replace(/(?<![\p{L}\p{N}])gi(?![\p{L}\p{N}])(?=.*[\p{L}\p{N}])/giu, 'gì');
  // After the question, "de" is "để" (what for), not "đề": "lam gi de cai cach …".
  out = out.replace(/(?<=[\p{L}\p{N}]\s+gì\s+)de(?![\p{L}\p{N}])/giu, 'để');
  // "truong minh" is "trường mình" (our school), as is "don vi minh", "chi bo minh" and the other
  // units of OUR_UNITS; not "Hồ Chí Minh" nor "minh bạch": the teacher speaks of the school, the
  // outline's Part B. (A person named "Trương Minh …" typed without marks is read so
  // too: the outline names none.)
  out = out.replace(ours, 'mình');
  const atEnd = ending.exec(out);
  if (atEnd && hasWord(out.slice(0, atEnd.index))) out = spell(out, atEnd);
  const atStart = beginning.exec(out);
  if (atStart && hasWord(out.slice(atStart.index + atStart[0].length))) out = spell(out, atStart);
  return out === text ? raw : out;
}

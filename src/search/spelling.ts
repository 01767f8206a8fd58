/**
 * Two ways to write one word, both correct, which search and marking take as one spelling
 * (the page keeps its own):
 * - the tone of a word ending in "oa", "oe" or "uy", on the first vowel ("hòa", "khỏe",
 *   "thủy", old style) or on the second ("hoà", "khoẻ", "thuỷ", new style); the outline writes
 *   both. Only those endings differ: "hoàn", "toán" (a consonant follows) and "quý" ("qu" is
 *   one consonant) are written one way only;
 * - a final "y" or "i" after a consonant ("kỹ"/"kĩ", "lý"/"lí", "kỷ"/"kỉ", "mỹ"/"mĩ"): the
 *   outline writes "y", schoolbooks "i". Not after "qu": "quy" is also the start of "quyết".
 * A teacher's keyboard or school habit writes one of them, the page may have the other. This
 * gives the one spelling words are compared by: the tone on the second vowel, and "i". Each
 * letter stays one letter, so positions in a text and in its comparable form match
 * (highlight.ts marks by position).
 */

/** The five tone marks, as combining characters. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const PAIRS = new Set(['oa', 'oe', 'uy']);
/** The last two letters of a word, each with or without a tone (NFC, lower case). */
const ENDING = /([oòóỏõọuùúủũụ])([aàáảãạeèéẻẽẹyỳýỷỹỵ])$/;
const SECOND_VOWELS = new Set('aàáảãạeèéẻẽẹyỳýỷỹỵ');
/** A vowel just before the pair: another syllable shape ("ngoa" has none; "quy" has "u" as part of "qu"). */
const VOWEL_BEFORE = /[aăâeêiîoôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵq]$/;

/** A consonant, then "y" with or without a tone, and nothing else ("kỹ", "lý", "tỷ"; not "quy", not "y"). */
const CONSONANT_Y = /^(?:b|ch?|d|đ|gh?|kh?|l|m|ng?h?|ph?|r|s|th?|tr|v|x|h)[yýỳỷỹỵ]$/;
const I_FOR_Y = new Map([['y', 'i'], ['ý', 'í'], ['ỳ', 'ì'], ['ỷ', 'ỉ'], ['ỹ', 'ĩ'], ['ỵ', 'ị']]);

/**
 * A word (NFC, lower case) as search compares it: a final "y" after a consonant written "i",
 * the tone of a final "oa", "oe", "uy" on its second vowel; any other word as it is.
 */
export function canonicalSpelling(word: string): string {
  // Most words end otherwise: a look at the last letter spares them the patterns (every word of an index comes here).
  const last = word.charAt(word.length - 1);
  if (!SECOND_VOWELS.has(last)) return word;
  if (CONSONANT_Y.test(word)) return word.slice(0, -1) + I_FOR_Y.get(last)!;
  const found = ENDING.exec(word);
  if (!found) return word;
  const [, first, second] = found;
  const [firstBase, ...firstTone] = first.normalize('NFD');
  const [secondBase, ...secondTone] = second.normalize('NFD');
  if (!PAIRS.has(firstBase + secondBase) || firstTone.length === 0) return word;
  const before = word.slice(0, found.index);
  if (VOWEL_BEFORE.test(before) || secondTone.length > 0 || !TONE.test(firstTone.join(''))) return word;
  return `${before}${firstBase}${(secondBase + firstTone.join('')).normalize('NFC')}`;
}

/** The same ending, tone on the second vowel (as canonicalSpelling writes it). */
const CANONICAL_ENDING = /([ou])([àáảãạèéẻẽẹỳýỷỹỵ])$/;

/**
 * The other tone placement of a word that canonicalSpelling gives ("hoà" → "hòa"), or
 * undefined when there is none: a teacher still typing "hò" is on the way to "hòa", that is
 * "hoà".
 */
export function otherTonePlacement(word: string): string | undefined {
  const found = CANONICAL_ENDING.exec(word);
  if (!found) return undefined;
  const [, first, second] = found;
  const [secondBase, ...tone] = second.normalize('NFD');
  const before = word.slice(0, found.index);
  if (!PAIRS.has(first + secondBase) || VOWEL_BEFORE.test(before)) return undefined;
  return `${before}${(first + tone.join('')).normalize('NFC')}${secondBase}`;
}

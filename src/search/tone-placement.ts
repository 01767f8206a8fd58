/**
 * Vietnamese writes the tone of a word ending in "oa", "oe" or "uy" in two ways, both correct
 * and both found in the outline: on the first vowel ("hòa", "khỏe", "thủy", old style) or on
 * the second ("hoà", "khoẻ", "thuỷ", new style). A teacher's keyboard writes one of them, the
 * page may have the other: to search and to mark, they are one spelling. This gives the one
 * spelling words are compared by (the tone on the second vowel); the page keeps its own.
 *
 * Only those endings differ: "hoàn", "toán" (a consonant follows) and "quý" ("qu" is one
 * consonant) are written one way only. Each letter stays one letter, so positions in a text
 * and in its comparable form match (highlight.ts marks by position).
 */

/** The five tone marks, as combining characters. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
const PAIRS = new Set(['oa', 'oe', 'uy']);
/** The last two letters of a word, each with or without a tone (NFC, lower case). */
const ENDING = /([oòóỏõọuùúủũụ])([aàáảãạeèéẻẽẹyỳýỷỹỵ])$/;
const SECOND_VOWELS = new Set('aàáảãạeèéẻẽẹyỳýỷỹỵ');
/** A vowel just before the pair: another syllable shape ("ngoa" has none; "quy" has "u" as part of "qu"). */
const VOWEL_BEFORE = /[aăâeêiîoôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵq]$/;

/** A word (NFC, lower case) with the tone of a final "oa", "oe", "uy" on its second vowel; any other word as it is. */
export function canonicalTonePlacement(word: string): string {
  // Most words end otherwise: a look at the last letter spares them the pattern (every word of an index comes here).
  if (!SECOND_VOWELS.has(word.charAt(word.length - 1))) return word;
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

/** The same ending, tone on the second vowel (as canonicalTonePlacement writes it). */
const CANONICAL_ENDING = /([ou])([àáảãạèéẻẽẹỳýỷỹỵ])$/;

/**
 * The other way to write a word that canonicalTonePlacement gives ("hoà" → "hòa"), or
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

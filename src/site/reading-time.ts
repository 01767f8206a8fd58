/**
 * Reading time of a Vietnamese text, in whole minutes (at least 1).
 * Vietnamese words are counted as syllables (one per space-separated token);
 * 200 syllables a minute is a calm reading pace for a study text.
 */
export const SYLLABLES_PER_MINUTE = 200;

export function countSyllables(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countSyllables(text) / SYLLABLES_PER_MINUTE));
}

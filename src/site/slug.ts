/**
 * ASCII ids and file names without tone marks, made with the same folding as search
 * (fold-vietnamese.ts): one Vietnamese folding for the whole site.
 */
import { foldVietnamese } from './fold-vietnamese';

/** Longest slug kept: long headings give ids that are still readable but not a whole sentence. */
export const MAX_SLUG_LENGTH = 48;

/** ASCII slug without tone marks: `"Mục tiêu chính trị"` → `"muc-tieu-chinh-tri"`. */
export function slugifyVietnamese(text: string): string {
  const slug = splitCamelCase(foldKeepingCase(text))
    .toLowerCase()
    // Apostrophes join a word ("don't" → "dont"); "&" is read out, as the ids made so far spell it.
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
}

/** Folds letter by letter, keeping capitals (for splitCamelCase): "ĐT" → "DT". */
function foldKeepingCase(text: string): string {
  return [...text.normalize('NFC')]
    .map((letter) => {
      const folded = foldVietnamese(letter);
      return letter !== letter.toLowerCase() ? folded.toUpperCase() : folded;
    })
    .join('');
}

/** "eGov" → "e Gov", "ND2020" → "ND 2020": word parts that a capital or a digit starts become words. */
function splitCamelCase(text: string): string {
  return text
    .replace(/([A-Z]{2,})(\d+)/g, '$1 $2')
    .replace(/([a-z\d]+)([A-Z]{2,})/g, '$1 $2')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-rt-z\d]+)/g, '$1 $2');
}

/**
 * Returns a function that slugs text and keeps the results unique within one page,
 * adding `-2`, `-3`… to repeats (the same rule as github-slugger, but ASCII).
 */
export function createSlugger(reserved: Iterable<string> = []): (text: string) => string {
  const seen = new Map<string, number>();
  for (const slug of reserved) seen.set(slug, 1);
  return (text: string) => {
    const base = slugifyVietnamese(text) || 'muc';
    let slug = base;
    let count = seen.get(base) ?? 0;
    while (seen.has(slug)) {
      count += 1;
      slug = `${base}-${count}`;
    }
    seen.set(base, count);
    seen.set(slug, 1);
    return slug;
  };
}

import slugify from '@sindresorhus/slugify';

/** Longest slug kept: long headings give ids that are still readable but not a whole sentence. */
export const MAX_SLUG_LENGTH = 48;

/** ASCII slug without tone marks: `"Mục tiêu chính trị"` → `"muc-tieu-chinh-tri"`. */
export function slugifyVietnamese(text: string): string {
  const slug = slugify(text.replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')));
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG_LENGTH);
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

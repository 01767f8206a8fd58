/**
 * Vietnamese text folding, shared by slugs, search and tests.
 *
 * "Folding" removes what a teacher typing on a phone usually leaves out:
 * tone marks, vowel marks (ă â ê ô ơ ư) and the stroke of đ, and case.
 * `foldVietnamese("Đại hội Đảng")` → `"dai hoi dang"`.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .normalize('NFC');
}

/** Collapses every run of white space (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

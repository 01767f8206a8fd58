/**
 * Vietnamese text folding, shared by slugs, search and tests.
 *
 * "Folding" removes what a teacher typing on a phone usually leaves out:
 * tone marks, vowel marks (ă â ê ô ơ ư) and the stroke of đ, and case.
 * `foldVietnamese("Đại hội Đảng")` → `"dai hoi dang"`.
 *
 * Each letter folds to one letter, so positions in an NFC text and in its folding match
 * (the search marks words in the original text by positions found in the folded one).
 */
const FOLDED = new Map<string, string>([['đ', 'd']]);
for (const [from, to] of [[0xc0, 0x24f], [0x1e00, 0x1eff]]) {
  for (let code = from; code <= to; code += 1) {
    const letter = String.fromCharCode(code).toLowerCase();
    const base = letter.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (base.length === 1 && base !== letter) FOLDED.set(letter, base);
  }
}

export function foldVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\x00-\x7f]/g, (letter) => FOLDED.get(letter) ?? (/[\u0300-\u036f]/.test(letter) ? '' : letter));
}

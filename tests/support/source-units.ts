/**
 * The outline's source text as the word-for-word checks compare it (P2): its text units, each
 * with the listed corrections applied. Shared by tests/build/fidelity.test.ts (the pages) and
 * tests/browser/presentation.test.ts (the slides).
 */
import { readFileSync } from 'node:fs';
import { collapseWhitespace } from '../../src/site/text';
import { readCorrections, SOURCE_TEXT } from './site';

/** Web-page leftovers that are not part of the outline (facts.md). */
export const LEFTOVERS = ['Lượt xem:', 'Đọc bài viết'];
/** Markers at the start of a line: bullets, dashes, list numbers ("1.", "1,", "6.1-", "I,", "A."). */
const LEADING_MARKER = /^(?:[•–-]|\d+(?:\.\d+)?[.,-]|[IVX]+[.,]|[A-C]\.)\s+/;

export const corrections = readCorrections();
// Typos and the heading that named the wrong area are corrected in the text; numbering is checked apart.
export const fixes = corrections.filter((c) => c.kind === 'sua-loi' || c.kind === 'de-muc');
export const source = readFileSync(SOURCE_TEXT, 'utf8');

/** The source's text units: each line, split where the masthead puts columns apart, markers removed. */
export function sourceUnits(): string[] {
  return source
    .split('\n')
    .flatMap((line) => line.split(/\s{3,}/))
    .map((unit) => collapseWhitespace(unit).replace(LEADING_MARKER, ''))
    .filter((unit) => /\p{L}/u.test(unit) && !LEFTOVERS.includes(unit));
}

export function applyFixes(unit: string): string {
  return fixes.reduce((text, fix) => text.split(fix.original).join(fix.corrected), unit);
}

/**
 * The masthead is laid out in two columns, so its lines are read in another order than the
 * source's; from the theme on, the text comes in the source's order. Index of the theme's unit.
 */
export function themeIndex(units: string[]): number {
  return units.findIndex((u) => u.startsWith('“Tư tưởng'));
}

/** The units (corrected) that `text` lacks, looking for each after the previous one. */
export function missingInOrder(units: string[], text: string): string[] {
  let from = 0;
  const missing: string[] = [];
  for (const unit of units.map(applyFixes)) {
    const at = text.indexOf(unit, from);
    if (at === -1) missing.push(unit);
    else from = at + unit.length;
  }
  return missing;
}

/** What a box's value reads as: a count, a date in words, a unit's name as the printed header writes it (worksheet.ts). */
import { formatVietnameseDate } from './vietnamese-date';

/** A count as the form asks for it: a whole number from 0. */
export function isCount(value: string): boolean {
  return /^\d+$/.test(value);
}

/**
 * The day a date box's value names (YYYY-MM-DD, the year of four to six digits: Chromium's box
 * takes up to six), or undefined for no real day ("2024-02-30", "15/10/2024").
 */
function boxDate(value: string): Date | undefined {
  const match = /^(\d{4,6})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  // Set apart from Date.UTC, which reads the years 0–99 as 1900–1999.
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** A real calendar date written as the date box writes it (YYYY-MM-DD); an odd year ("0004") too: the page asks about it (dateAsRead), an import keeps it. */
export function isCalendarDate(value: string): boolean {
  return boxDate(value) !== undefined;
}

/**
 * What the date box holds, as the printed header will write it ("ngày 1 tháng 2 năm 2024"),
 * and whether its year is far (more than a year) from both the outline's and this year: a date
 * box in a browser set to English reads "20/10/2024" month first, Firefox may take a year of
 * "4", and Chromium's box takes a year of up to six digits ("202410"). Undefined for an empty
 * box or no real date.
 */
export function dateAsRead(value: string, outlineYear: number, thisYear: number): { words: string; year: number; farYear: boolean } | undefined {
  const date = boxDate(value);
  if (!date) return undefined;
  const year = date.getUTCFullYear();
  const far = (other: number) => Math.abs(year - other) > 1;
  return { words: formatVietnameseDate(date), year, farYear: far(outlineYear) && far(thisYear) };
}

/**
 * A unit's name as the printed header writes it ("Chi bộ Trường Tiểu học An Hải"), the proper
 * name it ends with held together by no-break spaces: the header's column is narrow, and a long
 * name broke inside the place or person it names ("TIỂU HỌC AN / HẢI", "PHẠM / VĂN ĐỒNG"). That
 * name is the run of capitalised words at its end ("An Hải", "Phạm Văn Đồng"), of at most
 * PROPER_NAME_WORDS words and PROPER_NAME_CHARS characters, so that it still fits the column; when
 * the name ends in no such run, its last two words. A name of three words or fewer is as typed.
 */
export function printedUnitName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 4) return name;
  let held = 0;
  while (held < PROPER_NAME_WORDS && held < words.length - 1 && isCapitalised(words[words.length - 1 - held])) {
    if (words.slice(-(held + 1)).join(' ').length > PROPER_NAME_CHARS) break;
    held += 1;
  }
  const kept = Math.max(held, 2);
  return [...words.slice(0, -kept), words.slice(-kept).join('\u00a0')].join(' ');
}

/** The longest proper name the printed header holds together: "Nguyễn Thị Minh Khai". */
const PROPER_NAME_WORDS = 4;

/** The same, in characters: about half the header column's line at its print size. */
const PROPER_NAME_CHARS = 24;

/** Whether a word begins with a capital letter ("Hải", "THCS"), not a small one or a digit ("học", "2"). */
function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** The boxes whose names the printed header writes as a unit's (printedUnitName), in capitals (worksheet.css). */
export const UNIT_FIELDS: ReadonlySet<string> = new Set(['superior', 'cell']);

/**
 * The line the search page shows once a search is done: how many results, or why none, and
 * what the teacher should know about them (a document the outline does not cite, words found
 * only in part or only spelled otherwise). The page passes its own `t` (the strings it embeds).
 */
import type { UiKey } from '../site/ui-strings';
import type { DocumentNotice } from './document-numbers';

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

export interface SearchFound {
  /** Results on screen. */
  count: number;
  /** Of those, the first ones that have every word typed (the others, after them, only some: looser-search.ts, addLooser); `partial` when none. */
  whole: number;
  /** More pages matched than are shown ("Xem thêm kết quả"). */
  more: boolean;
  /** Nothing had every word typed: the results have only some of them. */
  partial: boolean;
  /** The query was typed with tone marks (the advice for none is then to type without). */
  typedWithMarks: boolean;
  /** A document the query names by its number and the outline does not cite. */
  notice?: DocumentNotice;
  /** Words typed that no page holds (said only of a query of several words). */
  absent: readonly string[];
  severalWords: boolean;
  /** Words typed with marks that the pages have only spelled otherwise ("tớ" as "tổ"). */
  notAsTyped: readonly string[];
}

/** The status line; "{query}" stands where the page writes what was typed. */
export function searchStatus(found: SearchFound, t: Translate): string {
  // More results than shown: whatever the line says, it ends with the button's hint.
  const moreNote = found.more && found.count ? ` ${t('search.moreAtEnd')}` : '';
  return `${statusLine(found, t)}${moreNote}`;
}

function statusLine(found: SearchFound, t: Translate): string {
  const none = found.typedWithMarks ? 'search.none' : 'search.noneUnmarked';
  const counted = t(!found.count ? none : found.more ? 'search.countMore' : 'search.count', { count: found.count });
  // A phrase few pages hold whole: how many do, and that those after them have some of its words.
  // (Words found only spelled otherwise are said in the same sentence: "every word" is then not "as typed".)
  const spelled = found.notAsTyped.length > 0;
  const inPart = found.whole < found.count ? t(spelled ? 'search.countWholeSpelled' : 'search.countWhole', { count: found.whole, words: wordList(found.notAsTyped, t) }) : undefined;
  const partAfter = inPart ? ` ${t('search.looseAfter')}` : '';
  // A document the outline does not cite is said so first; what was found comes after, whole or
  // in part (the site may still name it: the areas pages name Nghị quyết 76/NQ-CP).
  if (found.notice) {
    const foundNote = !found.count ? '' : found.partial ? t('search.looseResults') : `${inPart ?? counted}${partAfter}`;
    return [t(found.notice.key, found.notice.vars), foundNote].join(' ').trim();
  }
  // Which words no page holds explains a search that found nothing whole.
  const absentNote = found.absent.length && found.severalWords ? ` ${t('search.absentWords', { words: wordList(found.absent, t) })}` : '';
  if (found.partial && found.count) return `${t('search.noneAll')}${absentNote} ${t('search.looseResults')}`;
  // Said so that a count is not read as the words found as typed.
  if (inPart) return `${inPart}${partAfter}`;
  const spelledNote = found.count && spelled ? ` ${t('search.notAsTyped', { words: wordList(found.notAsTyped, t) })}` : '';
  return `${counted}${found.count ? spelledNote : absentNote}`;
}

/** Words named in a status line: “a”, “b” hay “c”. */
export function wordList(words: readonly string[], t: Translate): string {
  const quoted = words.map((word) => `“${word}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} ${t('search.or')} ${quoted.at(-1)}` : quoted.join('');
}

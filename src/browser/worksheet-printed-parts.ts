/**
 * Reads the worksheet page as its printed copy reads (the header and signature print shows, each
 * area's answer and counts) into the parts of its plain text (src/site/worksheet-plain-text.ts).
 */
import type { WorksheetTextArea, WorksheetTextParts } from '../site/worksheet-plain-text';
import { UNIT_FIELDS } from '../site/worksheet-values';
import { t } from './embedded-strings';

/**
 * An element's text as print shows it: a field left empty shows the blank printed after it; a
 * unit's name in capitals, its no-break spaces (printedUnitName) plain ones.
 */
function printedText(el: Element): string {
  const field = (el as HTMLElement).dataset.printField;
  if (field !== undefined) {
    const value = (el.textContent ?? '').replace(/\u00a0/g, ' ').trim();
    // The units' names print in capitals (worksheet.css).
    if (value) return UNIT_FIELDS.has(field) ? value.toLocaleUpperCase('vi') : value;
    return el.nextElementSibling?.classList.contains('print-blank') ? (el.nextElementSibling.textContent ?? '') : '';
  }
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node instanceof Element && !node.classList.contains('print-blank')) text += printedText(node);
  }
  return text.trim();
}

/** The printed lines of a block (its paragraphs, the blanks standing in for empty fields). */
const printedLines = (block: Element | null) => (block ? [...block.querySelectorAll('p:not(.print-blank)')].map(printedText).filter(Boolean) : []);

export function plainTextParts(form: HTMLFormElement): WorksheetTextParts {
  const head = document.querySelector('.worksheet-print-head');
  const title = [head?.querySelector('.print-title'), head?.querySelector('.print-subtitle')].map((el) => el?.textContent?.trim() ?? '').filter(Boolean);
  const areas: WorksheetTextArea[] = [...form.querySelectorAll('fieldset.worksheet__area')].map((area) => {
    const before = area.previousElementSibling;
    return {
      ...(before?.matches('h2.worksheet__group') ? { group: before.textContent?.trim() ?? '' } : {}),
      title: area.querySelector(':scope > legend')?.textContent?.trim() ?? '',
      answer: area.querySelector('textarea')?.value ?? '',
      counts: [...area.querySelectorAll('.worksheet__count')].map((count) => ({ label: count.querySelector('label')?.textContent?.trim() ?? '', value: count.querySelector('input')?.value ?? '' })),
    };
  });
  return {
    head: printedLines(head?.querySelector('.masthead-print') ?? null),
    title,
    areas,
    sign: printedLines(document.querySelector('.worksheet-print-sign')),
    blank: t('worksheet.blankName'),
    answerLabel: t('worksheet.results'),
    countsLabel: t('worksheet.counts'),
  };
}

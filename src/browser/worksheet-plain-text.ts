/**
 * Reads the worksheet page as its printed copy reads (the header and signature print shows, each
 * area's answer and counts) into the parts of its plain text (src/site/worksheet-text.ts).
 */
import type { WorksheetTextArea, WorksheetTextParts } from '../site/worksheet-text';
import { t } from './embedded-strings';

/** The fields print writes in capitals (worksheet.css): the units' names in the header. */
const CAPITALS = new Set(['superior', 'cell']);

/**
 * An element's text as print shows it: a field left empty shows the blank printed after it; a
 * unit's name in capitals, its no-break spaces (printedUnitName) plain ones.
 */
function printedText(el: Element): string {
  const field = (el as HTMLElement).dataset.printField;
  if (field !== undefined) {
    const value = (el.textContent ?? '').replace(/\u00a0/g, ' ').trim();
    if (value) return CAPITALS.has(field) ? value.toLocaleUpperCase('vi') : value;
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
      answerLabel: t('worksheet.results'),
      answer: area.querySelector('textarea')?.value ?? '',
      countsLabel: t('worksheet.counts'),
      counts: [...area.querySelectorAll('.worksheet__count')].map((count) => ({ label: count.querySelector('label')?.textContent?.trim() ?? '', value: count.querySelector('input')?.value ?? '' })),
    };
  });
  return {
    head: printedLines(head?.querySelector('.masthead-print') ?? null),
    title,
    areas,
    sign: printedLines(document.querySelector('.worksheet-print-sign')),
    blank: t('worksheet.blankName'),
  };
}

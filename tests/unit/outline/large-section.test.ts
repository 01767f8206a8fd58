/**
 * A 2 MB section (issue 13, item 8) goes through every step that reads a section's whole text
 * without overflowing the stack or repeating the work on every page.
 */
import { describe, expect, it } from 'vitest';
import { annotateSection } from '../../../src/outline/annotate/annotate-section';
import { markAbbreviations } from '../../../src/outline/annotate/mark-abbreviations';
import type { Outline } from '../../../src/outline/load';
import { buildOutlineTree } from '../../../src/outline/nav';
import { frameView } from '../../../src/outline/views/outline-pages';
import { firstWordsHint } from '../../../src/site/text';

const TWO_MB = 2_000_000;
/** A paragraph of about 2 MB made of `phrase` said again and again. */
const paragraph = (phrase: string) => phrase.repeat(Math.ceil(TWO_MB / Buffer.byteLength(phrase)));

// Generous: the machine running the tests may be busy, and each case handles 2 MB.
describe('a 2 MB section', { timeout: 30_000 }, () => {
  it('links every one of some 120 000 mentions of a document in one paragraph', () => {
    const text = paragraph('Nghị định 90 ');
    const result = annotateSection(`<p>${text}</p>`, 'a-i', [{ id: 'nd-90', mentions: ['Nghị định 90'], href: 'van-ban/nd-90.html' }], []);
    expect(result.html.split('href="van-ban/nd-90.html"')).toHaveLength(text.split('Nghị định 90').length);
    expect(result.passages).toHaveLength(1);
  });
  it('marks the first abbreviation in a text node of 2 MB', () => {
    const html = markAbbreviations(`<p>${paragraph('CCHC và ')}</p>`, [{ id: 'cchc', term: 'CCHC', aliases: [], full: 'cải cách hành chính' }], new Set(), (id) => `thuat-ngu.html#${id}`);
    expect(html.match(/<abbr/g)).toHaveLength(1);
  });
  it('takes a hint from the first words only', () => {
    expect(firstWordsHint(`Câu đầu ngắn. ${paragraph('chữ ')}`)).toBe('Câu đầu ngắn.');
    expect(firstWordsHint(paragraph('chữ '), 3)).toBe('chữ chữ chữ…');
  });
  it('counts the reading times of the menu once per build, not once per page', () => {
    const items = [
      { id: 'a', kind: 'part' as const, order: 1, title: 'Phần A', number: 'A' },
      { id: 'a-i', kind: 'section' as const, order: 2, parent: 'a', title: 'Mục lớn', number: 'A.I' },
    ];
    const outline = { tree: buildOutlineTree(items), pages: items, textOf: new Map([['a', 'Mở đầu.'], ['a-i', paragraph('chữ ')]]), header: { title: 'Đề cương', masthead: { cell: 'Chi bộ' } } } as unknown as Outline;
    const first = frameView(outline).tree;
    const words = Math.ceil(TWO_MB / Buffer.byteLength('chữ ')) + 2;
    expect(first[0].minutes).toBe(Math.round(words / 200));
    // A part's time counts its sections', and says so; its own page gives its own text's.
    expect([first[0].time, first[0].children[0].time]).toEqual([`${first[0].minutes} phút đọc cả phần`, `${first[0].minutes} phút đọc`]);
    // Every page's menu shows the same tree: the 2 MB are counted once, not once for each of the 48 pages.
    expect(frameView(outline).tree).toBe(first);
  });
});

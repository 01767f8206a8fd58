import { describe, expect, it } from 'vitest';
import { annotateSection } from '../../../src/outline/annotate/annotate-section';
import { fillCorrections, headingHtml } from '../../../src/outline/annotate/corrections';
import { markAbbreviations } from '../../../src/outline/annotate/mark-abbreviations';
import { quotedPassageHtml } from '../../../src/outline/annotate/passage-html';
import { stripParagraphIds, headingsOf, shiftHeadings } from '../../../src/outline/annotate/section-html';

const docs = [
  { id: 'dh-vi', mentions: ['Đại hội lần thứ VI'], href: 'van-ban/dh-vi.html' },
  { id: 'nd-90', mentions: ['Nghị định số 90/2020/NĐ-CP'], href: 'van-ban/nd-90.html' },
];

describe('annotateSection', () => {
  const html = '<p>Từ Đại hội lần thứ VI. Theo Nghị định số 90/2020/NĐ-CP và Nghị định số 90/2020/NĐ-CP.</p><ul><li>Đại hội lần thứ VII khác.</li></ul><h3 id="muc">Về Đại hội lần thứ VI</h3><p>Người nói: “Tổ chức phải gọn gàng”.</p>';
  const result = annotateSection(html, 'a-i', docs, [{ id: 'gon', text: 'Tổ chức phải gọn gàng', url: 'https://nguon.example/', noteHtml: 'Nguồn: x' }]);

  it('gives every paragraph and list item an id', () => {
    expect(result.passages.map((p) => [p.id, p.kind])).toEqual([['a-i-p1', 'p'], ['a-i-p2', 'li'], ['a-i-p3', 'p']]);
  });
  it('links every mention, whole words only, headings included', () => {
    expect(result.html.match(/href="van-ban\/nd-90.html"/g)).toHaveLength(2);
    expect(result.html.match(/href="van-ban\/dh-vi.html"/g)).toHaveLength(2);
    expect(result.html).toContain('Đại hội lần thứ VII khác');
    expect(result.html).not.toMatch(/<a[^>]*>Đại hội lần thứ VI<\/a>I/);
  });
  it('reports each citation with its paragraph and sentence', () => {
    expect(result.citations).toEqual([
      { document: 'dh-vi', paragraph: 'a-i-p1', sentence: 'Từ Đại hội lần thứ VI.', editorial: false },
      { document: 'nd-90', paragraph: 'a-i-p1', sentence: 'Theo Nghị định số 90/2020/NĐ-CP và Nghị định số 90/2020/NĐ-CP.', editorial: false },
      { document: 'dh-vi', paragraph: 'muc', sentence: 'Về Đại hội lần thứ VI', editorial: false },
    ]);
  });
  it('gives the text of the section as a reader reads it, without the notes the site adds', () => {
    const noted = annotateSection('<p>Một<a class="fix" href="#">hai</a>.</p><aside class="editor-note"><p>Ghi chú</p></aside><ul><li>Ba</li><li>bốn</li></ul>', 's', [], [
      { id: 'q', text: 'Ba', noteHtml: 'Nguồn' },
    ]);
    expect(noted.text).toBe('Mộthai. Ba; bốn');
  });
  it('closes list items and headings, so that items do not run into each other', () => {
    const listed = annotateSection('<h3 id="h">6.1- Kết quả</h3><ul><li>Một</li><li>Hai;</li><li>Ba.</li></ul><p>Bốn</p><ul><li>Năm</li></ul>', 's', [], []);
    expect(listed.text).toBe('6.1- Kết quả: Một; Hai; Ba. Bốn Năm');
  });
  it('marks a quotation as <q cite> with its note after the paragraph', () => {
    expect(result.quotations).toEqual(['gon']);
    expect(result.html).toContain('<q class="quote" id="trich-gon" cite="https://nguon.example/">Tổ chức phải gọn gàng</q>');
    expect(result.html).toMatch(/<\/p><aside class="quote-notes" data-editorial><ul><li>Nguồn: x<\/li><\/ul><\/aside>/);
  });
  it('marks a quotation that begins with corrected words (a link), and orders the notes as the text', () => {
    const fixed = '<p>Nền hành chính “<a class="fix" href="hieu-dinh.html#c">chú trọng thực tế</a> và nỗ lực làm việc” và “ít mà tốt”.</p>';
    const marked = annotateSection(fixed, 's', [], [
      { id: 'it', text: 'ít mà tốt', noteHtml: 'hai' },
      { id: 'cu', text: 'chú trọng thực tế và nỗ lực làm việc', noteHtml: 'một' },
    ]);
    expect(marked.quotations.sort()).toEqual(['cu', 'it']);
    expect(marked.html).toContain('“<q class="quote" id="trich-cu"><a class="fix" href="hieu-dinh.html#c">chú trọng thực tế</a> và nỗ lực làm việc</q>” và “<q class="quote" id="trich-it">ít mà tốt</q>”');
    expect(marked.html).toContain('<ul><li>một</li><li>hai</li></ul>');
  });
  it('does not cut a link to mark a quotation that ends inside it', () => {
    const marked = annotateSection('<p>Một <a href="x.html">hai ba</a> bốn.</p>', 's', [], [{ id: 'q', text: 'Một hai', noteHtml: 'n' }]);
    expect(marked.quotations).toEqual([]);
  });
});

describe('quotedPassageHtml', () => {
  const block = 'Chỉ đạo theo <a class="doc-ref" href="van-ban/nd-30.html">Nghị định số 30</a>. <a class="fix" href="hieu-dinh.html#xd" title="Đã hiệu đính; nguyên văn: “Xây đựng”">Xây dựng</a> và hoàn thiện.';
  it('keeps the corrections and document links of the words it quotes, hrefs relative to the page', () => {
    expect(quotedPassageHtml('Chỉ đạo theo Nghị định số 30. Xây dựng và hoàn thiện.', block, 'linh-vuc/the-che.html')).toBe(
      'Chỉ đạo theo <a class="doc-ref" href="../van-ban/nd-30.html">Nghị định số 30</a>. <a class="fix" href="../hieu-dinh.html#xd" title="Đã hiệu đính; nguyên văn: “Xây đựng”">Xây dựng</a> và hoàn thiện.',
    );
  });
  it('quotes a sentence of the block with only its own marks, escaped, and no link to the page itself', () => {
    expect(quotedPassageHtml('Xây dựng và <hoàn thiện>.', block, 'linh-vuc/the-che.html')).toBe(
      '<a class="fix" href="../hieu-dinh.html#xd" title="Đã hiệu đính; nguyên văn: “Xây đựng”">Xây dựng</a> và &lt;hoàn thiện&gt;.',
    );
    expect(quotedPassageHtml('Chỉ đạo theo Nghị định số 30.', block, 'van-ban/nd-30.html')).toBe('Chỉ đạo theo Nghị định số 30.');
  });
});

describe('section HTML on a page', () => {
  it('puts sub-headings under the section heading and lists them', () => {
    const html = shiftHeadings('<h3 id="a">A</h3><p>x</p>', 2);
    expect(html).toBe('<h2 id="a">A</h2><p>x</p>');
    expect(headingsOf(html)).toEqual([{ depth: 2, slug: 'a', text: 'A' }]);
  });
  it('leaves out paragraph ids in the full text, and keeps the notes on quotation sources', () => {
    expect(stripParagraphIds('<p id="s-p1">x</p><aside class="quote-notes">n</aside>')).toBe('<p>x</p><aside class="quote-notes">n</aside>');
  });
});

describe('markAbbreviations', () => {
  const glossary = [
    { id: 'cchc', term: 'CCHC', aliases: [], full: 'cải cách hành chính' },
    { id: 'gd-dt', term: 'GD&ĐT', aliases: [], full: 'Giáo dục và Đào tạo' },
  ];
  it('marks the first use on the page only, linked to the glossary', () => {
    const seen = new Set<string>();
    const first = markAbbreviations('<p>CCHC và CCHC; Phòng GD&amp;ĐT; xCCHC</p>', glossary, seen, (id) => `thuat-ngu.html#${id}`);
    expect(first).toBe('<p><a class="abbr-link" href="thuat-ngu.html#cchc"><abbr title="cải cách hành chính">CCHC</abbr></a> và CCHC; Phòng <a class="abbr-link" href="thuat-ngu.html#gd-dt"><abbr title="Giáo dục và Đào tạo">GD&amp;ĐT</abbr></a>; xCCHC</p>');
    expect(markAbbreviations('<p>CCHC</p>', glossary, seen, (id) => `thuat-ngu.html#${id}`)).toBe('<p>CCHC</p>');
  });
  it('inside a link, marks without nesting another link', () => {
    expect(markAbbreviations('<p><a href="x.html">số 27-CCHC</a></p>', glossary, new Set(), (id) => `thuat-ngu.html#${id}`)).toBe('<p><a href="x.html">số 27-<abbr title="cải cách hành chính">CCHC</abbr></a></p>');
  });
  it('says in the tooltip what is not certain about a full form', () => {
    const doubtful = [{ id: 'cb-cc-vc', term: 'CB,CC,VC', aliases: [], full: 'cán bộ, công chức, viên chức', doubt: 'có thể là tên một phần mềm' }];
    expect(markAbbreviations('<p>PMIS; CB,CC,VC</p>', doubtful, new Set(), (id) => `#${id}`)).toContain('<abbr title="cán bộ, công chức, viên chức (có thể là tên một phần mềm)">CB,CC,VC</abbr>');
  });
});

describe('fillCorrections', () => {
  const corrections = new Map([
    ['x', { id: 'x', original: 'trong thực tê', corrected: 'trong thực tế', probable: false, note: 'Lỗi gõ.' }],
    ['y', { id: 'y', original: 'A & B', corrected: 'A và B', probable: true, note: 'Có lẽ <là> vậy.' }],
  ]);
  it('puts the corrected words, linked to the editorial page, where <Fix> stands', () => {
    expect(fillCorrections('<p>Làm <span data-fix="x"></span>.</p>', corrections)).toBe(
      '<p>Làm <a class="fix" href="hieu-dinh.html#x" title="Đã hiệu đính; nguyên văn: “trong thực tê”">trong thực tế</a>.</p>',
    );
    expect(fillCorrections('<span data-fix="y"></span>', corrections)).toContain('class="fix fix--probable"');
    expect(fillCorrections('<span data-fix="y"></span>', corrections)).toContain('title="Sửa theo phỏng đoán; nguyên văn: “A &amp; B”"');
  });
  it('writes the editor\'s note where <EditorNote> stands, its text escaped', () => {
    expect(fillCorrections('<aside data-editor-note="y"></aside>', corrections)).toBe(
      '<aside class="editor-note" aria-label="Ghi chú biên tập"><p><strong class="editor-note__label">Ghi chú biên tập:</strong> Có lẽ &lt;là&gt; vậy. <a class="editor-note__more" href="hieu-dinh.html#y">(xem trang Hiệu đính)</a></p></aside>',
    );
  });
  it('refuses an id that has no entry', () => {
    expect(() => fillCorrections('<span data-fix="z"></span>', corrections)).toThrow(/no entry "z"/);
  });
});

describe('headingHtml', () => {
  const numbering = { id: 'danh-so', original: '1. … 1. … 1.', corrected: '1. … 2. … 3.', probable: false, note: '' };
  const heading = { id: 'de-muc', original: 'Cải cách hành chính công', corrected: 'Cải cách tài chính công', probable: false, note: '' };
  it('marks a restored number with the number the source has', () => {
    expect(headingHtml({ label: '2.', title: 'Xây dựng <nền>' }, { label: numbering })).toBe(
      '<a class="fix" href="hieu-dinh.html#danh-so" title="Đã đánh số lại; nguyên văn: “1.”">2.</a> Xây dựng &lt;nền&gt;',
    );
  });
  it('marks a corrected title, and leaves a heading without corrections as text', () => {
    expect(headingHtml({ label: '5,', title: 'Cải cách tài chính công' }, { title: heading })).toBe(
      '5, <a class="fix" href="hieu-dinh.html#de-muc" title="Đã hiệu đính; nguyên văn: “Cải cách hành chính công”">Cải cách tài chính công</a>',
    );
    expect(headingHtml({ title: 'KẾT LUẬN' })).toBe('KẾT LUẬN');
  });
});

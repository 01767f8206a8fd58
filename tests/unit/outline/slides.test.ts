import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksOf, cutPoints, lineCount, rawTextOf, sliceHtml, SlideProblem, textWidth } from '../../../src/outline/slide-text';
import {
  BUDGET,
  blocksHeight,
  contentOf,
  documentSlides,
  documentsHeight,
  evenOut,
  headingHeight,
  makeSlides,
  planSection,
  quotationSize,
  SIGNATURE_HEIGHT,
  SLIDE_LAYOUT,
  type PlannedSlide,
  type SlidesInput,
} from '../../../src/outline/slides';
import { collapseWhitespace } from '../../../src/site/text';

/** A sentence of about 90 characters, numbered so that each is told apart. */
const sentence = (n: number) => `Câu thứ ${n} nói về việc xây dựng nền hành chính phục vụ nhân dân, gọn nhẹ và hiệu quả.`;
const paragraph = (from: number, count: number) => Array.from({ length: count }, (_, i) => sentence(from + i)).join(' ');
const textSlides = (plan: PlannedSlide[]) => plan.filter((s): s is Extract<PlannedSlide, { kind: 'text' }> => s.kind === 'text');
/** Every word of the planned slides, in order: continued pieces joined back with a space. */
const wordsOf = (plan: PlannedSlide[]) => collapseWhitespace(textSlides(plan).flatMap((s) => s.blocks.map((b) => b.text)).join(' '));
const HEAD = 100;

describe('blocksOf: the outline\'s words of a section, without what the pages add', () => {
  const html = [
    '<h3 id="muc">6.1- Kết quả</h3>',
    '<p id="s-p1">Người yêu cầu: “<q class="quote" id="trich-gon" cite="https://x.example/">Tổ chức phải gọn gàng</q>” theo <a class="doc-ref" href="van-ban/nd.html">Nghị định số 30</a>.</p>',
    '<aside class="quote-notes" data-editorial><ul><li>Nguồn: …</li></ul></aside>',
    '<ul>\n<li id="s-p2">Một <a class="fix" href="hieu-dinh.html#x" title="t">GD&amp;ĐT</a></li>\n<li id="s-p3">Hai</li>\n</ul>',
    '<aside class="editor-note"><p id="s-p4"><strong>Ghi chú biên tập:</strong> không phải lời đề cương.</p></aside>',
    '<ul><li>Ba</li></ul>',
  ].join('\n');
  const blocks = blocksOf(html);

  it('keeps sub-headings, paragraphs and list items in order, and leaves out quotation and editor\'s notes', () => {
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['h', '6.1- Kết quả'],
      ['p', 'Người yêu cầu: “Tổ chức phải gọn gàng” theo Nghị định số 30.'],
      ['li', 'Một GD&ĐT'],
      ['li', 'Hai'],
      ['li', 'Ba'],
    ]);
  });
  it('turns links into plain words, drops ids, keeps the quotation marked and notes its id', () => {
    expect(blocks[1].html).toBe('Người yêu cầu: “<q class="quote" cite="https://x.example/">Tổ chức phải gọn gàng</q>” theo Nghị định số 30.');
    expect(blocks[1].quotes).toEqual(['gon']);
    expect(blocks.map((b) => b.html).join('')).not.toMatch(/<a |id="/);
  });
  it('gives an editor\'s note to the block before it, without its label and its link, for a slide of its own', () => {
    const note = '<aside class="editor-note" aria-label="Ghi chú biên tập"><p id="s-p9"><strong class="editor-note__label">Ghi chú biên tập:</strong> Nghị định đúng là <a class="doc-ref" href="van-ban/nd-135.html">Nghị định số 135</a>. <a class="editor-note__more" href="hieu-dinh.html#n">(xem trang Hiệu đính)</a></p></aside>';
    const noted = blocksOf(`<ul><li>Một</li><li>Hai</li></ul>${note}<p>Ba</p>`);
    expect(noted.map((b) => [b.text, b.notes])).toEqual([
      ['Một', undefined],
      ['Hai', ['Nghị định đúng là Nghị định số 135.']],
      ['Ba', undefined],
    ]);
    const plan = planSection(noted, { headTop: HEAD });
    expect(plan.map((s) => (s.kind === 'text' ? s.blocks.map((b) => b.text) : s.kind === 'note' ? s.html : s.kind))).toEqual([['Một', 'Hai'], 'Nghị định đúng là Nghị định số 135.', ['Ba']]);
  });
  it('gives a note that follows a sub-heading to the paragraph after it; refuses one inside a list item, and one with no words after it', () => {
    const note = '<aside class="editor-note"><p>Ghi chú.</p></aside>';
    expect(blocksOf(`<h3>Mục</h3>${note}<p>Một</p>`).map((b) => [b.text, b.notes])).toEqual([['Mục', undefined], ['Một', ['Ghi chú.']]]);
    expect(() => blocksOf(`<ul><li>Một ${note}</li></ul>`)).toThrow('an editor\'s note stands inside "Một');
    expect(() => blocksOf(`<p>Một</p><h3>Mục</h3>${note}`)).toThrow('no words of the outline after it');
  });
  it('keeps a probable correction marked (its note comes from data-note, and counts in the room the block takes), and any other link as plain words', () => {
    const html = '<p>trục <a class="fix fix--probable" href="hieu-dinh.html#x" title="t" data-note="(sửa theo phỏng đoán)">ioffice</a> và <a class="fix" href="hieu-dinh.html#y" title="t">MISA</a>.</p>';
    const [block] = blocksOf(html);
    expect(block.html).toBe('trục <span class="fix fix--probable" data-note="(sửa theo phỏng đoán)">ioffice</span> và MISA.');
    expect(block.text).toBe('trục ioffice và MISA.');
    expect(block.shownAfter).toBe('(sửa theo phỏng đoán)');
    // A line that the note pushes over the width takes a line more.
    const words = 'chữ '.repeat(34).trim();
    const [plain] = blocksOf(`<p>${words}</p>`);
    const [marked] = blocksOf(`<p>${words} <a class="fix fix--probable" href="#" data-note="(sửa theo phỏng đoán)">x</a></p>`);
    expect(blocksHeight([marked])).toBeGreaterThan(blocksHeight([{ ...plain, text: `${words} x` }]));
  });
  it('tells the items of one list from those of the next', () => {
    expect(blocks.slice(2).map((b) => b.list)).toEqual([{ tag: 'ul', index: 0 }, { tag: 'ul', index: 0 }, { tag: 'ul', index: 1 }]);
    expect(contentOf(blocks.slice(2)).map((c) => (c.type === 'list' ? c.items.length : 0))).toEqual([2, 1]);
  });
});

describe('documentSlides: the documents a section cites, with their status, on as many slides as they take', () => {
  const doc = (n: number, status = 'Tình trạng (cập nhật 11/2026): Đã được sửa đổi, bổ sung; phần đánh giá viên chức chưa xác minh được') => ({ title: `Nghị định số ${n}/2020/NĐ-CP`, status });
  it('keeps a short list on one slide, in order', () => {
    expect(documentSlides([doc(1), doc(2)])).toEqual([[doc(1), doc(2)]]);
    expect(documentSlides([])).toEqual([]);
  });
  it('goes on to another slide when the next would not fit, every document once and in order', () => {
    const docs = Array.from({ length: 9 }, (_, i) => doc(i + 1));
    const slides = documentSlides(docs);
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.flat()).toEqual(docs);
    // Each slide fits, and is full: the first document of the next would not have fitted on it.
    for (const list of slides) expect(documentsHeight(list)).toBeLessThanOrEqual(BUDGET);
    slides.slice(0, -1).forEach((list, i) => expect(documentsHeight([...list, slides[i + 1][0]])).toBeGreaterThan(BUDGET));
  });
  it('refuses a status longer than a slide, naming the document', () => {
    expect(() => documentSlides([doc(7, 'rất dài '.repeat(400))])).toThrow(expect.objectContaining({ about: { document: 'Nghị định số 7/2020/NĐ-CP' } }));
  });
});

describe('cutPoints: where a block may be cut', () => {
  const text = 'Một câu. Hai câu; còn tiếp, và tiếp nữa. Xem tr. 91 và “Câu trích. Vẫn trích” sau đó. 100% giáo viên.';
  const levelAfter = (words: string) => cutPoints(text).find((p) => text.slice(0, p.end).endsWith(words))?.level;

  it('ranks a sentence end first, then ; and :, then a comma, then any space', () => {
    expect(levelAfter('Một câu.')).toBe(1);
    expect(levelAfter('Hai câu;')).toBe(2);
    expect(levelAfter('còn tiếp,')).toBe(3);
    expect(levelAfter('và')).toBe(4);
    expect(levelAfter('sau đó.')).toBe(1);
  });
  it('does not take an abbreviation for a sentence end, and cuts a quotation only as a last resort', () => {
    expect(levelAfter('tr.')).toBe(4);
    expect(levelAfter('Câu trích.')).toBe(2);
  });
});

describe('sliceHtml: a piece of a block as balanced HTML', () => {
  const html = 'Người nói: “<q class="quote" cite="u">Tổ chức phải gọn gàng. Nhiệm vụ &amp; quyền hạn rõ ràng</q>”. <em>Hết.</em>';
  const raw = rawTextOf(html);
  const cut = cutPoints(raw).find((p) => raw.slice(0, p.end).endsWith('gọn gàng.'))!;

  it('closes the elements it crosses and opens them again, so both pieces stay marked', () => {
    expect(sliceHtml(html, 0, cut.end)).toBe('Người nói: “<q class="quote" cite="u">Tổ chức phải gọn gàng.</q>');
    expect(sliceHtml(html, cut.start, raw.length)).toBe('<q class="quote" cite="u">Nhiệm vụ &amp; quyền hạn rõ ràng</q>”. <em>Hết.</em>');
  });
  it('loses and adds no word', () => {
    const pieces = [sliceHtml(html, 0, cut.end), sliceHtml(html, cut.start, raw.length)];
    expect(collapseWhitespace(pieces.map(rawTextOf).join(' '))).toBe(collapseWhitespace(raw));
  });
});

describe('lineCount: how many lines a text takes', () => {
  it('wraps at spaces within the width, and a wider box or a smaller size takes fewer lines', () => {
    const text = paragraph(1, 6);
    const lines = lineCount(text, 1152, 30);
    expect(lines).toBeGreaterThan(Math.floor(textWidth(text, 30) / 1152));
    expect(lines).toBeLessThanOrEqual(Math.ceil(textWidth(text, 30) / 1152) + 2);
    expect(lineCount(text, 2304, 30)).toBeLessThan(lines);
    expect(lineCount('Đề cương', 1152, 30)).toBe(1);
    expect(lineCount('', 1152, 30)).toBe(0);
  });
  it('counts tone marks as the letter they sit on, bold as wider', () => {
    expect(textWidth('ấ', 30)).toBe(textWidth('a', 30));
    expect(textWidth('Đề cương', 30, true)).toBeGreaterThan(textWidth('Đề cương', 30));
  });
});

describe('planSection: packing a section into slides', () => {
  it('packs short paragraphs onto the first slide, under the heading', () => {
    const plan = planSection(blocksOf(`<p>${sentence(1)}</p><p>${sentence(2)}</p>`), { headTop: HEAD });
    expect(plan).toHaveLength(1);
    expect(textSlides(plan)[0]).toMatchObject({ head: true });
    expect(textSlides(plan)[0].blocks).toHaveLength(2);
  });

  it('moves a paragraph that fits a slide of its own whole to the next slide rather than cutting it', () => {
    const blocks = blocksOf(`<p>${paragraph(1, 6)}</p><p>${paragraph(10, 7)}</p>`);
    expect(blocksHeight([blocks[1]])).toBeLessThanOrEqual(BUDGET);
    const plan = planSection(blocks, { headTop: HEAD });
    expect(textSlides(plan).map((s) => s.blocks.map((b) => b.text))).toEqual([[blocks[0].text], [blocks[1].text]]);
    expect(textSlides(plan).flatMap((s) => s.blocks).some((b) => b.continued || b.continues)).toBe(false);
  });

  it('leaves a heading alone on its slide when the first paragraph fits only on a slide of its own', () => {
    const blocks = blocksOf(`<p>${paragraph(1, 10)}</p>`);
    expect(blocksHeight(blocks, 400)).toBeGreaterThan(BUDGET);
    const plan = planSection(blocks, { headTop: 400 });
    expect(textSlides(plan).map((s) => [s.head, s.blocks.length])).toEqual([[true, 0], [false, 1]]);
  });

  const long = blocksOf(`<p>${paragraph(1, 30)}</p>`);

  it('cuts a paragraph longer than a slide at sentence ends, keeping every word, each slide within the budget', () => {
    expect(blocksHeight(long)).toBeGreaterThan(2 * BUDGET);
    const plan = planSection(long, { headTop: HEAD });
    const slides = textSlides(plan);
    expect(slides.length).toBeGreaterThanOrEqual(3);
    expect(wordsOf(plan)).toBe(long[0].text);
    for (const slide of slides) {
      expect(blocksHeight(slide.blocks, slide.head ? HEAD : 0)).toBeLessThanOrEqual(BUDGET);
      // Every piece ends where a sentence ends: no font is shrunk, nothing is cut mid-sentence.
      expect(slide.blocks[0].text).toMatch(/^Câu thứ \d+ .*\.$/);
    }
    expect(slides.map((s) => [s.blocks[0].continued ?? false, s.blocks[0].continues ?? false])).toEqual(
      slides.map((_, i) => [i > 0, i < slides.length - 1]),
    );
  });

  it('makes the pieces of a cut paragraph even: no slide holds a lone line', () => {
    const plan = planSection(blocksOf(`<p>${paragraph(1, 13)}</p>`), { headTop: 0 });
    const heights = textSlides(plan).map((s) => blocksHeight(s.blocks));
    expect(heights).toHaveLength(2);
    expect(Math.min(...heights) / Math.max(...heights)).toBeGreaterThan(0.6);
  });

  it('cuts one sentence longer than a slide at its clauses', () => {
    const clauses = Array.from({ length: 40 }, (_, i) => `vế thứ ${i + 1} của một câu rất dài về cải cách hành chính`).join(', ');
    const blocks = blocksOf(`<p>Mở đầu ${clauses}.</p>`);
    const plan = planSection(blocks, { headTop: 0 });
    expect(textSlides(plan).length).toBeGreaterThan(1);
    expect(wordsOf(plan)).toBe(blocks[0].text);
    for (const slide of textSlides(plan).slice(0, -1)) expect(slide.blocks[0].text).toMatch(/,$/);
  });

  it('never ends a slide with a sub-heading', () => {
    const blocks = blocksOf(`<p>${paragraph(1, 9)}</p><h3>Tiểu mục</h3><p>${paragraph(20, 4)}</p>`);
    const plan = planSection(blocks, { headTop: HEAD });
    for (const slide of textSlides(plan)) expect(slide.blocks.at(-1)?.kind).not.toBe('h');
    expect(wordsOf(plan)).toBe(collapseWhitespace(blocks.map((b) => b.text).join(' ')));
  });

  it('follows a paragraph holding quotations with a slide for each, in order', () => {
    const html = `<p>${sentence(1)} “<q class="quote" id="trich-mot">Một</q>” và “<q class="quote" id="trich-hai">Hai</q>”.</p><p>${sentence(2)}</p>`;
    const plan = planSection(blocksOf(html), { headTop: HEAD });
    expect(plan.map((s) => (s.kind === 'quote' ? s.quote : s.kind === 'text' ? s.blocks.length : s.kind))).toEqual([1, 'mot', 'hai', 1]);
  });

  it('puts the reporter\'s name on the last slide with at least the last sentence', () => {
    const fits = planSection(blocksOf(`<p>${paragraph(1, 2)}</p>`), { headTop: HEAD, signature: true });
    expect(fits).toHaveLength(1);
    expect(textSlides(fits)[0]).toMatchObject({ head: true, signature: true });

    const full = blocksOf(`<p>${paragraph(1, 5)}</p>`);
    const headTop = BUDGET - blocksHeight(full) - SIGNATURE_HEIGHT / 2;
    const plan = planSection(full, { headTop, signature: true });
    const last = textSlides(plan).at(-1)!;
    expect(last.signature).toBe(true);
    expect(last.blocks.map((b) => b.text)).toEqual([sentence(5)]);
    expect(wordsOf(plan)).toBe(full[0].text);
  });

  it('evens out a list whose last items spill onto the next slide', () => {
    const list = (n: number) => blocksOf(`<ul>${Array.from({ length: n }, (_, i) => `<li>${sentence(i + 1)}</li>`).join('')}</ul>`);
    // The fewest items that no longer fit one slide: the last one would stand alone.
    let n = 1;
    while (blocksHeight(list(n)) <= BUDGET) n += 1;
    const plan = planSection(list(n), { headTop: 0 });
    const counts = textSlides(plan).map((s) => s.blocks.length);
    expect(counts).toHaveLength(2);
    expect(Math.abs(counts[0] - counts[1])).toBeLessThanOrEqual(1);
  });

  it('never leaves a list\'s first item alone at the foot of a slide, nor the words that introduce the list', () => {
    // Part B's opening: a long heading, a note, a sentence ending in ":" and eight short items.
    let checked = 0;
    for (const items of [4, 6, 8, 10]) {
      for (const headTop of [120, 170, 220]) {
        const list = Array.from({ length: items }, (_, i) => `<li>Cải cách lĩnh vực thứ ${i + 1}</li>`).join('');
        const blocks = blocksOf(`<p><em>(phần này các chi bộ tự liên hệ)</em></p><p>${paragraph(1, 2)} Chi bộ xác định những vấn đề về các lĩnh vực như :</p><ul>${list}</ul>`);
        const slides = textSlides(planSection(blocks, { headTop }));
        // Avoidable when the introduction and its list fit a slide together.
        if (blocksHeight(blocks.slice(1)) > BUDGET) continue;
        slides.slice(0, -1).forEach((slide, i) => {
          const last = slide.blocks.at(-1);
          const before = slide.blocks.at(-2);
          const next = slides[i + 1].blocks[0];
          if (!last) return;
          const where = `${items} items under ${headTop} px, slide ${i + 1}`;
          expect(last.kind === 'p' && last.text.endsWith(':') && next.kind === 'li', `${where}: the introduction ends the slide`).toBe(false);
          expect(last.kind === 'li' && before?.kind !== 'li' && next.kind === 'li', `${where}: one item alone`).toBe(false);
        });
        expect(wordsOf(slides)).toBe(collapseWhitespace(blocks.map((b) => b.text).join(' ')));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(4);
  });

  it('evenOut leaves slides alone when moving a block would not help', () => {
    const [a, b] = blocksOf(`<p>${sentence(1)}</p><p>${paragraph(2, 9)}</p>`);
    const plan: PlannedSlide[] = [{ kind: 'text', head: false, blocks: [a] }, { kind: 'text', head: false, blocks: [b] }];
    expect(evenOut(structuredClone(plan), 0)).toEqual(plan);
  });
});

describe('makeSlides: the whole deck', () => {
  const input: SlidesInput = {
    title: { id: 'tieu-de', name: 'Đề cương', page: 'index.html', html: '<p>“Chủ đề”; vận dụng, liên hệ.</p>', head: { left: ['ĐẢNG ỦY', 'CHI BỘ'], right: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Lý Sơn, ngày 15 tháng 10 năm 2024'], docType: 'ĐỀ CƯƠNG', docSubtitle: 'SINH HOẠT' } },
    sections: [
      { id: 'phan-a', heading: 'A. PHẦN LÝ LUẬN', name: 'A. Phần lý luận', page: 'phan-a.html', html: '' },
      { id: 'a-i-1', heading: '1. Mục một', name: 'Mục A.I.1 · 1. Mục một', page: 'a-i-1.html', html: `<p>${paragraph(1, 12)} “<q class="quote" id="trich-gon">Gọn</q>”.</p><p>${sentence(30)}</p>` },
      { id: 'phan-c', heading: 'C. KẾT LUẬN', name: 'C. Kết luận', page: 'phan-c.html', html: `<p>${paragraph(40, 3)}</p>` },
    ],
    quotations: [{ id: 'gon', text: 'Gọn', speaker: 'Hồ Chí Minh', status: 'Chưa xác minh được nguồn' }],
    signature: { role: 'Người báo cáo', name: 'Dương Văn Nông' },
  };
  const slides = makeSlides(input);

  it('opens with the title slide, gives a part without text a slide of its own, numbers and names every slide', () => {
    expect(slides.map((s) => [s.kind, s.id])).toEqual([
      ['title', 'tieu-de'],
      ['divider', 'phan-a'],
      ['text', 'a-i-1'],
      ['text', 'a-i-1--2'],
      ['quote', 'a-i-1--3'],
      ['text', 'a-i-1--4'],
      ['text', 'phan-c'],
    ]);
    expect(slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(slides[2]).toMatchObject({ heading: '1. Mục một', name: 'Mục A.I.1 · 1. Mục một', page: 'a-i-1.html' });
    expect(slides[3].heading).toBeUndefined();
    expect(slides[4].quote?.id).toBe('gon');
    expect(slides.at(-1)?.signature?.name).toBe('Dương Văn Nông');
  });

  it('says where on its page each slide stands: its first paragraph, the paragraph a quotation follows, the top for a section\'s first slide', () => {
    // The paragraphs numbered as on the section pages (src/outline/annotate): "a-i-1-p1", "a-i-1-p2".
    const numbered = (section: SlidesInput['sections'][number]) => {
      let n = 0;
      return { ...section, html: section.html.replace(/<p>/g, () => `<p id="${section.id}-p${++n}">`) };
    };
    const withIds = makeSlides({ ...input, sections: input.sections.map(numbered) });
    expect(withIds.map((s) => [s.id, s.anchor])).toEqual([
      ['tieu-de', undefined],
      ['phan-a', undefined],
      ['a-i-1', undefined],
      // The first paragraph goes on from the slide before: the page opens at its start.
      ['a-i-1--2', 'a-i-1-p1'],
      ['a-i-1--3', 'a-i-1-p1'],
      ['a-i-1--4', 'a-i-1-p2'],
      ['phan-c', undefined],
    ]);
  });

  it('gives the words that close a part a slide of their own, named after the part, opening its page at them', () => {
    const partEnd = { id: 'a-ket', name: 'Phần A', page: 'phan-a.html', html: '<p id="a-ket-p1">Trên đây là phần lý luận.</p>' };
    const withEnd = makeSlides({ ...input, sections: [...input.sections.slice(0, 2), partEnd, ...input.sections.slice(2)] });
    const slide = withEnd.find((s) => s.section === 'a-ket');
    expect(slide).toMatchObject({ kind: 'text', id: 'a-ket', name: 'Phần A', page: 'phan-a.html', anchor: 'a-ket-p1' });
    expect(slide?.heading).toBeUndefined();
    expect(slide?.content).toEqual([{ type: 'p', html: 'Trên đây là phần lý luận.' }]);
    expect(withEnd.indexOf(slide!)).toBe(withEnd.findIndex((s) => s.section === 'phan-c') - 1);
  });

  it('stops on a quotation that content/trich-dan does not list', () => {
    expect(() => makeSlides({ ...input, quotations: [] })).toThrow(/quotation "gon"/);
    expect(() => makeSlides({ ...input, quotations: [] })).toThrow(expect.objectContaining({ about: { section: 'a-i-1' } }));
  });

  it('says which section holds text it cannot lay out (the presentation view names its file)', () => {
    const wide = { id: 'b-1', heading: '1. Rộng', name: 'Mục B.1', page: 'b-1.html', html: `<p>${'x'.repeat(5000)}</p>` };
    expect(() => makeSlides({ ...input, sections: [...input.sections, wide] })).toThrow(SlideProblem);
    expect(() => makeSlides({ ...input, sections: [...input.sections, wide] })).toThrow(expect.objectContaining({ about: { section: 'b-1' }, message: expect.stringContaining('wider than a slide') }));
  });

  it('sets a long quotation at body size rather than letting it overflow', () => {
    const details: Array<[string, string]> = [['Xuất xứ', 'Hồ Chí Minh']];
    expect(quotationSize({ id: 'q', text: 'Ngắn', speaker: '', status: '' }, details)).toBe('large');
    expect(quotationSize({ id: 'q', text: paragraph(1, 6), speaker: '', status: '' }, details)).toBe('normal');
  });

  it('measures headings longer than one line as taller', () => {
    expect(headingHeight('Một dòng')).toBeLessThan(headingHeight(paragraph(1, 2)));
  });
});

describe('the stylesheet draws the sizes the slides are cut for', () => {
  const css = readFileSync(join(import.meta.dirname, '../../../src/styles/presentation.css'), 'utf8');
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  for (const [name, value] of Object.entries(SLIDE_LAYOUT)) {
    it(`--slide-${kebab(name)}: ${value}`, () => {
      expect(css).toMatch(new RegExp(`--slide-${kebab(name)}: ${String(value).replace('.', '\\.')};`));
    });
  }
});


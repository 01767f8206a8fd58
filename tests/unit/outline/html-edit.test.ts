import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { isInside, readableText, replaceWithHtml, textNodes } from '../../../src/outline/annotate/html-edit';

const read = (html: string, leaveOut?: string[]) => readableText(parse(html), leaveOut);

// annotate.test.ts already covers, through annotateSection: list items and headings closed with
// "; " and ": ", an item ending in "." or ";" left as it is, ".editor-note" left out, inline
// links read without a space. These are the other promises of readableText.
describe('readableText', () => {
  it('reads the words of two blocks apart, and inline elements as part of their word', () => {
    expect(read('<p>Cải cách</p><p>hành chính</p>')).toBe('Cải cách hành chính');
    expect(read('<p>Dòng một<br>dòng hai</p>')).toBe('Dòng một dòng hai');
    expect(read('<table><tr><td>Bộ</td><td>Ngành</td></tr></table>')).toBe('Bộ Ngành');
    expect(read('<p>Nghị định số 90/2020/NĐ-<em>CP</em><sup>1</sup></p>')).toBe('Nghị định số 90/2020/NĐ-CP1');
  });
  it('decodes entities and collapses no-break spaces, tabs and newlines to one space', () => {
    expect(read('<p>  Phòng GD&amp;ĐT&nbsp;và\n\tUBND&#160; xã  </p>')).toBe('Phòng GD&ĐT và UBND xã');
  });
  it('leaves out elements by tag name, whatever the case of the tag', () => {
    expect(read('<p>Đảng viên <SPAN>(ghi chú)</SPAN> gương mẫu</p>', ['span'])).toBe('Đảng viên gương mẫu');
    expect(read('<p>Một</p><aside><p>Chú thích</p></aside><p>Hai</p>', ['aside'])).toBe('Một Hai');
  });
  it('leaves out an element by one of its several classes, and only by a whole class name', () => {
    expect(read('<p>Một <span class="chu editor-note">bỏ</span>hai</p>', ['.editor-note'])).toBe('Một hai');
    expect(read('<p>Một <span class="editor-note-x">giữ</span> hai</p>', ['.editor-note'])).toBe('Một giữ hai');
    expect(read('<p>Một <span class="quote-notes">bỏ</span> <b>đậm</b></p>', ['.editor-note', '.quote-notes', 'b'])).toBe('Một');
  });
  it('does not close an item or heading that already ends with ? ! … or :', () => {
    expect(read('<h2>Vì sao phải cải cách?</h2><p>Vì dân.</p>')).toBe('Vì sao phải cải cách? Vì dân.');
    expect(read('<ul><li>Nâng cao chất lượng…</li><li>Tinh gọn bộ máy!</li><li>Gồm:</li><li>Một</li></ul>')).toBe(
      'Nâng cao chất lượng… Tinh gọn bộ máy! Gồm: Một',
    );
  });
  it('puts the closer right after the last word, not after trailing space or inline markup', () => {
    expect(read('<ul><li> Rà soát văn bản  </li><li><em>Xây dựng</em> thể chế</li><li>Ba</li></ul>')).toBe('Rà soát văn bản; Xây dựng thể chế; Ba');
  });
  it('closes each of several headings in a row', () => {
    expect(read('<h2>Phần A</h2><h3>Mục I</h3><p>Nội dung.</p>')).toBe('Phần A: Mục I: Nội dung.');
  });
  it('closes nothing at the end: a last item or heading keeps no ";" or ":"', () => {
    expect(read('<p>Các việc</p><ul><li>Một</li><li>Hai</li></ul>')).toBe('Các việc Một; Hai');
    expect(read('<h3>Kết luận</h3>')).toBe('Kết luận');
  });
  it('closes an item with ";" even when a left-out note ends it', () => {
    expect(read('<ul><li>Một<aside class="editor-note">Ghi chú.</aside></li><li>Hai</li></ul>', ['.editor-note'])).toBe('Một; Hai');
  });
  it('gives an empty string for no words at all', () => {
    expect(read('')).toBe('');
    expect(read('<ul><li> </li></ul><h2>&nbsp;</h2>')).toBe('');
    expect(read('<p><span class="editor-note">Chỉ có ghi chú</span></p>', ['.editor-note'])).toBe('');
  });
});

describe('textNodes', () => {
  const root = parse('<p>Thực hiện <a href="van-ban/nd-90.html">Nghị định <b>90</b></a> và <q>ít mà tốt</q>.</p>');
  it('gives the text nodes in document order, those inside nested elements included', () => {
    expect(textNodes(root).map((n) => n.text)).toEqual(['Thực hiện ', 'Nghị định ', '90', ' và ', 'ít mà tốt', '.']);
  });
  it('leaves out everything inside the skipped tags, however deep', () => {
    expect(textNodes(root, new Set(['a', 'q'])).map((n) => n.text)).toEqual(['Thực hiện ', ' và ', '.']);
    expect(textNodes(parse('<DIV><A>Một</A>hai</DIV>'), new Set(['a'])).map((n) => n.text)).toEqual(['hai']);
  });
  it('gives the nodes themselves, so that they can be replaced in the tree', () => {
    const nodes = textNodes(root);
    expect(nodes[2].parentNode).toBe(root.querySelector('b'));
  });
  it('gives none for an element without text', () => {
    expect(textNodes(parse('<p><br></p>'))).toEqual([]);
  });
});

describe('isInside', () => {
  const root = parse('<aside class="editor-note ghi-chu"><p>Ghi <a href="#">chú</a></p></aside><p>Văn bản</p>');
  const [ghi, chu, vanBan] = textNodes(root);
  it('finds an ancestor by tag, at any depth', () => {
    expect([isInside(chu, 'a'), isInside(chu, 'p'), isInside(chu, 'aside')]).toEqual([true, true, true]);
    expect([isInside(ghi, 'a'), isInside(vanBan, 'aside')]).toEqual([false, false]);
  });
  it('finds an ancestor by one of its classes, written ".name"', () => {
    expect([isInside(ghi, '.editor-note'), isInside(ghi, '.ghi-chu'), isInside(vanBan, '.editor-note')]).toEqual([true, true, false]);
  });
  it('does not take a class name for a tag, a tag for a class, or part of a class name', () => {
    expect([isInside(ghi, 'editor-note'), isInside(ghi, '.aside'), isInside(ghi, '.editor')]).toEqual([false, false, false]);
  });
  it('looks at the ancestors only, not at the element itself', () => {
    const aside = root.querySelector('aside')!;
    expect(isInside(aside, '.editor-note')).toBe(false);
    expect(isInside(root.querySelector('a')!, '.editor-note')).toBe(true);
  });
});

describe('replaceWithHtml', () => {
  it('puts the nodes of the markup where the text node stood, the siblings kept in order', () => {
    const root = parse('<p>Theo <i>đề cương</i> Nghị định 90 nay</p>');
    const node = textNodes(root)[2];
    replaceWithHtml(node, ' <a class="doc-ref" href="van-ban/nd-90.html">Nghị định 90</a> nay');
    expect(root.toString()).toBe('<p>Theo <i>đề cương</i> <a class="doc-ref" href="van-ban/nd-90.html">Nghị định 90</a> nay</p>');
  });
  it('makes the new nodes children of the parent, so that the tree can be walked and queried again', () => {
    const root = parse('<p>Tổ chức phải gọn gàng</p>');
    replaceWithHtml(textNodes(root)[0], 'Tổ chức phải <q class="quote">gọn gàng</q>');
    const p = root.querySelector('p')!;
    expect(p.childNodes).toHaveLength(2);
    expect(p.childNodes.every((child) => child.parentNode === p)).toBe(true);
    expect(textNodes(root).map((n) => [n.text, isInside(n, 'q'), isInside(n, 'p')])).toEqual([
      ['Tổ chức phải ', false, true],
      ['gọn gàng', true, true],
    ]);
    expect(root.querySelector('p > q')?.text).toBe('gọn gàng');
  });
  it('reads escaped markup as text: "&lt;" stays a character, not a tag', () => {
    const root = parse('<p>x</p>');
    replaceWithHtml(textNodes(root)[0], 'a &lt;b&gt; &amp; c');
    expect(textNodes(root).map((n) => n.text)).toEqual(['a <b> & c']);
    expect(root.querySelector('b')).toBeNull();
  });
  it('replaces an element node as well, by several elements', () => {
    const root = parse('<p>a<i>b</i>c</p>');
    replaceWithHtml(root.querySelector('i')!, '<u>B</u><u>C</u>');
    expect(root.toString()).toBe('<p>a<u>B</u><u>C</u>c</p>');
  });
  it('removes the node when the markup is empty', () => {
    const root = parse('<p>a<i>b</i>c</p>');
    replaceWithHtml((root.firstChild as HTMLElement).childNodes[0], '');
    expect(root.toString()).toBe('<p><i>b</i>c</p>');
    expect((root.firstChild as HTMLElement).childNodes).toHaveLength(2);
  });
});

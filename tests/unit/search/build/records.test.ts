import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../../../src/search/build/records';

const page = (body: string) => `<html><head><title>Trang · Đề cương</title></head><body><nav><a>Mục lục</a></nav><main><article data-pagefind-body>${body}</article></main></body></html>`;

describe('records of a built page', () => {
  it('cuts the indexed part into paragraphs, list items, headings and rows, each with the id to link to', () => {
    const records = extractRecords(
      page(`<h1 id="h-x">1. Tiêu đề trang</h1>
        <p id="x-p1">Đoạn <a href="#">một</a>.</p>
        <h2 id="muc">Mục hai</h2>
        <ul><li id="x-p2">Ý thứ nhất<ul><li id="x-p3">ý con</li></ul></li></ul>
        <p>Đoạn không có id</p>
        <table><tr><th>Số hiệu</th><td>27-NQ/TW</td></tr><tr><th><a href="van-ban/nd-90.html">Nghị định số 90</a></th><td>Còn hiệu lực</td></tr></table>
        <aside data-pagefind-ignore><p>Bỏ qua</p></aside>
        <form><label>Tìm</label></form>`),
    );
    expect(records).toEqual({
      title: '1. Tiêu đề trang',
      records: [
        { anchor: 'x-p1', heading: '', text: 'Đoạn một.' },
        { anchor: 'muc', heading: '', text: 'Mục hai' },
        { anchor: 'x-p2', heading: 'Mục hai', text: 'Ý thứ nhất' },
        { anchor: 'x-p3', heading: 'Mục hai', text: 'ý con' },
        { anchor: 'muc', heading: 'Mục hai', text: 'Đoạn không có id' },
        { anchor: 'muc', heading: 'Mục hai', text: 'Số hiệu 27-NQ/TW' },
        // A row that opens with a link to another page is a reference line.
        { anchor: 'muc', heading: 'Mục hai', text: 'Nghị định số 90 Còn hiệu lực', reference: true },
      ],
    });
  });
  it('does not take a paragraph of the outline that opens with a corrected word, a named document or an abbreviation for a list entry', () => {
    const { records } = extractRecords(
      page(`<ul><li id="b-p4"><a class="fix" href="hieu-dinh.html#so-luong">Số lượng thủ tục</a> đã giải quyết</li>
        <li id="b-p5"><a class="doc-ref" href="van-ban/nd-30.html">Nghị định số 30</a> quy định</li>
        <li id="b-p6"><a class="abbr-link" href="thuat-ngu.html#tthc"><abbr>TTHC</abbr></a> được rà soát</li>
        <li id="b-p7"><a href="van-ban/nd-30.html">Nghị định số 30</a> — còn hiệu lực</li></ul>`),
    )!;
    expect(records.map((r) => [r.anchor, r.reference ?? false])).toEqual([['b-p4', false], ['b-p5', false], ['b-p6', false], ['b-p7', true]]);
  });
  it('skips a page that is not indexed', () => {
    expect(extractRecords('<html><body><main><p>x</p></main></body></html>')).toBeUndefined();
  });
});

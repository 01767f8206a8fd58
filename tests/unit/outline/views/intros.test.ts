/** The reference pages' opening words, made from the content (a new quarter's outline says its own dates). */
import { describe, expect, it } from 'vitest';
import type { Outline } from '../../../../src/outline/load';
import { documentsIntro } from '../../../../src/outline/views/document-pages';
import { quotationsIntro } from '../../../../src/outline/views/reference-pages';

const doc = (id: string, checked: string, changes: { amendedBy?: string; replacedBy?: string } = {}, kind = 'Nghị định') => ({ id, checked, kind, ...changes });
const outlineOf = (documents: unknown[], citations: unknown[], header: Record<string, unknown> = {}) =>
  ({ documents, citations, header: { masthead: { date: new Date('2024-12-18T00:00:00Z') }, ...header } }) as unknown as Outline;

describe('documentsIntro', () => {
  it("says the outline's date, the month the statuses were checked, the note-only document by its kind, and that some changed since", () => {
    const outline = outlineOf(
      [doc('nq-18', '11/2026', { amendedBy: 'Luật số 52/2019/QH14', replacedBy: 'Nghị định số 172/2025/NĐ-CP (ngày 30/6/2025)' }), doc('nd-135', '11/2026')],
      [{ document: 'nq-18', editorial: false }, { document: 'nd-135', editorial: true }],
    );
    expect(documentsIntro(outline)).toBe(
      'Các văn kiện của Đảng và văn bản quy phạm pháp luật mà đề cương viện dẫn, các kỳ Đại hội Đảng mà đề cương nhắc đến, và một nghị định chỉ được nêu trong ghi chú biên tập, kèm tình trạng hiện nay theo kết quả đối chiếu tháng 11/2026. Đề cương ghi ngày 18/12/2024; một số văn bản đã được thay thế sau ngày đó.',
    );
  });
  it('says what could not be verified is said so, and that documents were amended after the outline only when one was', () => {
    const outline = outlineOf(
      [{ ...doc('a', '11/2026', { amendedBy: 'Nghị định số 48/2025/NĐ-CP' }), statusShort: 'Còn hiệu lực; tình trạng năm 2025–2026 chưa xác minh được' }],
      [{ document: 'a', editorial: false }],
    );
    expect(documentsIntro(outline)).toMatch(/tháng 11\/2026 \(điều gì chưa xác minh được thì ghi rõ như vậy\)\. Đề cương ghi ngày 18\/12\/2024; một số văn bản đã được sửa đổi sau ngày đó\.$/);
  });
  it('gives the range of months when the statuses were checked at different times, and claims no change when none is said', () => {
    // An amendment made before the outline (2023) is no change since.
    const outline = outlineOf([doc('a', '02/2027', { amendedBy: 'Nghị định số 71/2023/NĐ-CP' }), doc('b', '11/2026')], [{ document: 'a', editorial: false }, { document: 'b', editorial: false }]);
    const intro = documentsIntro(outline);
    expect(intro).toContain('theo kết quả đối chiếu từ tháng 11/2026 đến tháng 02/2027.');
    expect(intro).toMatch(/Đề cương ghi ngày 18\/12\/2024\.$/);
    expect(intro).not.toContain('ghi chú biên tập');
  });
});

describe('quotationsIntro', () => {
  it('names the month the sources were checked only when the header gives it', () => {
    expect(quotationsIntro(outlineOf([], [], { quotationsChecked: '11/2026' }))).toContain('đối chiếu với các nguồn công khai (tháng 11/2026).');
    expect(quotationsIntro(outlineOf([], []))).toContain('đối chiếu với các nguồn công khai. Trang web');
  });
});

import { describe, expect, it } from 'vitest';
import { createSlugger, slugifyVietnamese } from '../../../src/site/slug';

describe('slugifyVietnamese', () => {
  it('makes ASCII slugs without tone marks', () => {
    expect(slugifyVietnamese('Mục tiêu chính trị')).toBe('muc-tieu-chinh-tri');
    expect(slugifyVietnamese('Đẩy mạnh công tác chuyển đổi số')).toBe('day-manh-cong-tac-chuyen-doi-so');
    expect(slugifyVietnamese('6.1- Kết quả thực hiện')).toBe('6-1-ket-qua-thuc-hien');
  });
  it('cuts long headings at a word, within 48 characters', () => {
    const slug = slugifyVietnamese('Tăng cường vai trò lãnh đạo của Đảng đối với công cuộc xây dựng nền hành chính nhà nước');
    expect(slug).toBe('tang-cuong-vai-tro-lanh-dao-cua-dang-doi-voi');
    expect(slug.length).toBeLessThanOrEqual(48);
  });
});

describe('createSlugger', () => {
  it('keeps slugs unique within a page', () => {
    const slug = createSlugger();
    expect([slug('Kết quả'), slug('Kết quả'), slug('Kết quả')]).toEqual(['ket-qua', 'ket-qua-2', 'ket-qua-3']);
  });
  it('avoids reserved ids', () => {
    const slug = createSlugger(['noi-dung']);
    expect(slug('Nội dung')).toBe('noi-dung-2');
  });
  it('never returns an empty id', () => {
    expect(createSlugger()('***')).toBe('muc');
  });
});

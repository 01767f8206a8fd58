import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  buildOutlineTree,
  fullHeading,
  isWordPrefix,
  menuTitle,
  placeOf,
  previousAndNext,
  readingOrder,
  type OutlineItem,
} from '../../../src/outline/nav';

const items: OutlineItem[] = [
  { id: 'ky-ten', kind: 'closing', order: 70, title: 'Người báo cáo' },
  { id: 'a-i-2', kind: 'section', order: 22, parent: 'a-i', number: 'A.I.2', label: '2.', title: 'Vì dân phục vụ' },
  { id: 'tieu-de', kind: 'header', order: 0, title: 'Đề cương' },
  { id: 'phan-a', kind: 'part', order: 10, number: 'A', label: 'A.', title: 'PHẦN LÝ LUẬN', navTitle: 'Phần lý luận' },
  { id: 'a-i', kind: 'part', order: 20, parent: 'phan-a', number: 'A.I', label: 'I.', title: 'Quan điểm' },
  { id: 'a-i-1', kind: 'section', order: 21, parent: 'a-i', number: 'A.I.1', label: '1.', title: 'Thống nhất' },
  { id: 'phan-c', kind: 'section', order: 60, number: 'C', label: 'C.', title: 'KẾT LUẬN' },
];

describe('reading order', () => {
  it('lists the pages by order, leaving out the header block and the signature', () => {
    expect(readingOrder(items).map((i) => i.id)).toEqual(['phan-a', 'a-i', 'a-i-1', 'a-i-2', 'phan-c']);
  });
  it('gives previous and next pages, none before the first or after the last', () => {
    expect(previousAndNext(items, 'a-i-1')).toMatchObject({ previous: { id: 'a-i' }, next: { id: 'a-i-2' } });
    expect(previousAndNext(items, 'phan-a').previous).toBeUndefined();
    expect(previousAndNext(items, 'phan-c').next).toBeUndefined();
    expect(previousAndNext(items, 'tieu-de')).toEqual({});
  });
});

describe('tree and breadcrumbs', () => {
  it('nests sections under their parts', () => {
    const tree = buildOutlineTree(items);
    expect(tree.map((n) => n.item.id)).toEqual(['phan-a', 'phan-c']);
    expect(tree[0].children[0].children.map((n) => n.item.id)).toEqual(['a-i-1', 'a-i-2']);
  });
  it('lists ancestors outermost first', () => {
    expect(ancestorsOf(items, 'a-i-2').map((i) => i.id)).toEqual(['phan-a', 'a-i']);
    expect(ancestorsOf(items, 'phan-a')).toEqual([]);
  });
  it('stops on a parent cycle instead of looping', () => {
    const cyclic: OutlineItem[] = [
      { id: 'x', kind: 'part', order: 1, parent: 'y', title: 'X' },
      { id: 'y', kind: 'part', order: 2, parent: 'x', title: 'Y' },
    ];
    expect(ancestorsOf(cyclic, 'x').map((i) => i.id)).toEqual(['x', 'y']);
  });
});

describe('titles', () => {
  it('prints the label before the title, and prefers the short title in menus', () => {
    expect(fullHeading(items[3])).toBe('A. PHẦN LÝ LUẬN');
    expect(menuTitle(items[3])).toBe('A. Phần lý luận');
    expect(menuTitle(items[0])).toBe('Người báo cáo');
  });
});

describe('isWordPrefix', () => {
  it('accepts the first words of a heading, cut at a word boundary, case and final stop aside', () => {
    expect(isWordPrefix('Phần lý luận', 'PHẦN LÝ LUẬN')).toBe(true);
    expect(isWordPrefix('Xây dựng phát triển chính quyền điện tử', 'Xây dựng phát triển chính quyền điện tử.')).toBe(true);
    expect(isWordPrefix('Những nhiệm vụ, giải pháp lớn cơ bản', 'Những nhiệm vụ, giải pháp lớn cơ bản trong xây dựng')).toBe(true);
  });
  it('refuses a short title that drops words from the middle or cuts a word', () => {
    expect(isWordPrefix('Vận dụng, liên hệ tại đơn vị', 'VẬN DỤNG, LIÊN HỆ VỚI VIỆC THỰC HIỆN VÀ PHÁT HUY DÂN CHỦ TẠI CƠ QUAN, ĐƠN VỊ HIỆN NAY')).toBe(false);
    expect(isWordPrefix('Cải cách th', 'Cải cách thể chế')).toBe(false);
    expect(isWordPrefix('', 'Kết luận')).toBe(false);
  });
});

describe('placeOf', () => {
  it('names a lettered part "Phần", a section below it "Mục", and nothing without a number', () => {
    expect(placeOf('B')).toBe('Phần B');
    expect(placeOf('C')).toBe('Phần C');
    expect(placeOf('A.I')).toBe('Mục A.I');
    expect(placeOf('A.II.1')).toBe('Mục A.II.1');
    expect(placeOf(undefined)).toBeUndefined();
  });
});

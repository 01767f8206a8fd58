import { describe, expect, it } from 'vitest';
import { socialMeta } from '../../../src/site/social-meta';

const base = { path: 'van-ban/nd-90.html', title: 'Nghị định 90', description: 'Mô tả', siteName: 'Đề cương', image: 'og-image.png', imageAlt: 'Ảnh' };

describe('socialMeta', () => {
  it('without a site address, leaves out only the tags that need one', () => {
    const tags = socialMeta(base);
    expect(tags.map((t) => t.property)).toEqual(['og:type', 'og:locale', 'og:site_name', 'og:title', 'og:description']);
    expect(tags.find((t) => t.property === 'og:type')?.content).toBe('article');
  });
  it('with one, writes absolute addresses under its folder, with or without a final slash', () => {
    for (const site of ['https://truong.example/tai-lieu/de-cuong/', 'https://truong.example/tai-lieu/de-cuong']) {
      const tags = Object.fromEntries(socialMeta({ ...base, site: new URL(site) }).map((t) => [t.property, t.content]));
      expect(tags['og:url']).toBe('https://truong.example/tai-lieu/de-cuong/van-ban/nd-90.html');
      expect(tags['og:image']).toBe('https://truong.example/tai-lieu/de-cuong/og-image.png');
    }
  });
});

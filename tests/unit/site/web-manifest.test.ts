import { describe, expect, it } from 'vitest';
import { webManifest } from '../../../src/site/web-manifest';

describe('the web app manifest', () => {
  const manifest = webManifest({ name: 'Đề cương sinh hoạt theo chủ điểm quý III năm 2024', shortName: 'Đề cương', description: 'Mô tả' });
  it('names the site in Vietnamese, short enough under an icon', () => {
    expect(manifest).toMatchObject({ name: 'Đề cương sinh hoạt theo chủ điểm quý III năm 2024', short_name: 'Đề cương', lang: 'vi' });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  });
  it('every URL is relative to the manifest at the site top, naming a file (any sub-path, P1)', () => {
    expect(manifest.start_url).toBe('index.html');
    expect(manifest.scope).toBe('.');
    for (const icon of manifest.icons) expect(icon.src).toMatch(/^[a-z0-9-]+\.(png|svg)$/);
  });
  it('has PNG icons of 192 and 512 pixels, also for phones that crop them', () => {
    const sizes = (purpose: string) => manifest.icons.filter((i) => i.type === 'image/png' && i.purpose === purpose).map((i) => i.sizes);
    expect(sizes('any')).toEqual(['192x192', '512x512']);
    expect(sizes('maskable')).toEqual(['192x192', '512x512']);
  });
});

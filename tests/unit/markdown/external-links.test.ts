import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { externalLinks } from '../../../src/markdown/external-links';

/** The page a Markdown text makes (a plugin may be async: the result is awaited). */
const html = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [externalLinks] })).html;

describe('externalLinks: a Markdown page\'s link to another site', () => {
  it('opens in a new window and says so, the words outside search', async () => {
    expect(await html('Nguồn: [Hiến pháp](https://tulieuvankien.dangcongsan.vn/a).')).toBe(
      '<p>Nguồn: <a href="https://tulieuvankien.dangcongsan.vn/a" target="_blank" rel="noopener noreferrer">Hiến pháp</a><span class="external" data-pagefind-ignore=""> (trang ngoài, mở cửa sổ mới)</span>.</p>\n',
    );
  });
  it('says a page is in English when its address does (an "english." site, an "/en/" path)', async () => {
    expect(await html('[PAPI](https://english.example.vn/papi)')).toContain('hreflang="en"');
    expect(await html('[PAPI](https://english.example.vn/papi)')).toContain('(trang tiếng Anh, mở cửa sổ mới)');
  });
  it('leaves this site\'s own links alone', async () => {
    expect(await html('[Mục A.II.2](../a-ii-2.html#a-ii-2-p3)')).toBe('<p><a href="../a-ii-2.html#a-ii-2-p3">Mục A.II.2</a></p>\n');
  });
});

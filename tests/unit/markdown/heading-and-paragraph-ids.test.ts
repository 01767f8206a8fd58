import { markdownToHtml, mdxToJs, type HastPluginEntry } from 'satteri';
import { describe, expect, it } from 'vitest';
import { asciiHeadingIds } from '../../../src/markdown/ascii-heading-ids';
import { paragraphIds } from '../../../src/markdown/paragraph-ids';

/** The page a Markdown text makes with these plugins (awaited, as a plugin may be async). */
const html = async (markdown: string, plugins: HastPluginEntry[], features: { headingAttributes?: boolean; rawHtml?: boolean } = {}) =>
  (await markdownToHtml(markdown, { hastPlugins: plugins, features })).html;
const headings = (markdown: string, features?: { headingAttributes?: boolean }) => html(markdown, [asciiHeadingIds], features);
const paragraphs = (markdown: string, features?: { rawHtml?: boolean }) => html(markdown, [paragraphIds], features);
/** The ids an MDX section's compiled code gives its elements. */
const mdxIds = async (mdx: string) => (await mdxToJs(mdx, { hastPlugins: [asciiHeadingIds, paragraphIds] })).code.match(/id: "[^"]*"/g);

describe('asciiHeadingIds: the id of a heading', () => {
  it('is its words in ASCII, without tone marks, at every level', async () => {
    expect(await headings('# Về bảo đảm an toàn thông tin\n\n### Đẩy mạnh chuyển đổi số\n\n###### Ưu tiên nguồn lực\n')).toBe(
      '<h1 id="ve-bao-dam-an-toan-thong-tin">Về bảo đảm an toàn thông tin</h1>\n' +
        '<h3 id="day-manh-chuyen-doi-so">Đẩy mạnh chuyển đổi số</h3>\n' +
        '<h6 id="uu-tien-nguon-luc">Ưu tiên nguồn lực</h6>\n',
    );
  });
  it('reads the words inside code, emphasis and links of the heading', async () => {
    expect(await headings('## Nghị định `90/2020` **đã** sửa [lần hai](van-ban/nd-90.html)\n')).toBe(
      '<h2 id="nghi-dinh-90-2020-da-sua-lan-hai">Nghị định <code>90/2020</code> <strong>đã</strong> sửa <a href="van-ban/nd-90.html">lần hai</a></h2>\n',
    );
  });
  it('is unique on the page: a repeated heading, at any level or in any case, gets -2, -3…', async () => {
    expect(await headings('# Kết quả\n\n## Kết quả\n\n### KẾT QUẢ\n\n## Đ\n\n## đ\n')).toBe(
      '<h1 id="ket-qua">Kết quả</h1>\n<h2 id="ket-qua-2">Kết quả</h2>\n<h3 id="ket-qua-3">KẾT QUẢ</h3>\n<h2 id="d">Đ</h2>\n<h2 id="d-2">đ</h2>\n',
    );
  });
  it('is the same for a heading typed in decomposed Unicode (NFD), which counts as a repeat', async () => {
    const nfd = 'Về bảo đảm'.normalize('NFD');
    expect(await headings(`# ${nfd}\n\n# Về bảo đảm\n`)).toBe(`<h1 id="ve-bao-dam">${nfd}</h1>\n<h1 id="ve-bao-dam-2">Về bảo đảm</h1>\n`);
  });
  it('starts afresh on every page', async () => {
    expect(await headings('## Kết quả\n')).toBe('<h2 id="ket-qua">Kết quả</h2>\n');
    expect(await headings('## Kết quả\n')).toBe('<h2 id="ket-qua">Kết quả</h2>\n');
  });
  it('is "muc" for a heading without letters or digits', async () => {
    expect(await headings('## ***\n\n## …\n')).toBe('<h2 id="muc">***</h2>\n<h2 id="muc-2">…</h2>\n');
  });
  it('stays as written when the heading already has one', async () => {
    expect(await headings('## Về bảo đảm { #bao-dam }\n\n## Về nhà\n', { headingAttributes: true })).toBe(
      '<h2 id="bao-dam">Về bảo đảm</h2>\n<h2 id="ve-nha">Về nhà</h2>\n',
    );
  });
  it('is given in MDX sections as well', async () => {
    expect(await mdxIds('# Về nhà\n\nMột đoạn.\n\n## Về nhà\n')).toEqual(['id: "ve-nha"', 'id: "ve-nha-2"']);
  });
});

describe('paragraphIds: the id of a paragraph of a Markdown page', () => {
  it('numbers the paragraphs "doan-1", "doan-2"… in order, headings and tight list items left alone', async () => {
    expect(await paragraphs('## Giới thiệu\n\nĐoạn một.\n\n- mục\n- mục khác\n\nĐoạn *hai*.\n')).toBe(
      '<h2>Giới thiệu</h2>\n<p id="doan-1">Đoạn một.</p>\n<ul>\n<li>mục</li>\n<li>mục khác</li>\n</ul>\n<p id="doan-2">Đoạn <em>hai</em>.</p>\n',
    );
  });
  it('numbers the paragraphs inside a quotation and a loose list too', async () => {
    expect(await paragraphs('> Trích dẫn.\n\n- Một\n\n- Hai\n')).toBe(
      '<blockquote>\n<p id="doan-1">Trích dẫn.</p>\n</blockquote>\n<ul>\n<li>\n<p id="doan-2">Một</p>\n</li>\n<li>\n<p id="doan-3">Hai</p>\n</li>\n</ul>\n',
    );
  });
  it('gives no id to a source line, "Nguồn: …", even in bold, and does not count it', async () => {
    expect(await paragraphs('Giới thiệu về PCI.\n\nNguồn: [VCCI](https://pcivietnam.vn).\n\n**Nguồn:** Bộ Nội vụ\n\nĐoạn sau.\n')).toBe(
      '<p id="doan-1">Giới thiệu về PCI.</p>\n<p>Nguồn: <a href="https://pcivietnam.vn">VCCI</a>.</p>\n<p><strong>Nguồn:</strong> Bộ Nội vụ</p>\n<p id="doan-2">Đoạn sau.</p>\n',
    );
  });
  it('gives an id to a paragraph that only mentions a source, or whose first word is not exactly "Nguồn:"', async () => {
    expect(await paragraphs('Theo Nguồn: x\n\nnguồn: y\n\nNguồn lực\n')).toBe(
      '<p id="doan-1">Theo Nguồn: x</p>\n<p id="doan-2">nguồn: y</p>\n<p id="doan-3">Nguồn lực</p>\n',
    );
  });
  it('keeps the id a paragraph already has, and does not count it', async () => {
    expect(await paragraphs('<p id="gioi-thieu">Có sẵn</p>\n\nĐoạn mới\n', { rawHtml: true })).toBe(
      '<p id="gioi-thieu">Có sẵn</p>\n<p id="doan-1">Đoạn mới</p>\n',
    );
  });
  it('starts again at "doan-1" on every page', async () => {
    expect(await paragraphs('Một.\n\nHai.\n')).toBe('<p id="doan-1">Một.</p>\n<p id="doan-2">Hai.</p>\n');
    expect(await paragraphs('Ba.\n')).toBe('<p id="doan-1">Ba.</p>\n');
  });
  it('gives no id to the paragraphs of an MDX section, whose ids src/outline/annotate gives', async () => {
    expect(await mdxIds('Một đoạn văn.\n\nĐoạn khác.\n')).toBeNull();
  });
});

describe('both plugins, as astro.config.mjs runs them', () => {
  it('number headings and paragraphs apart', async () => {
    expect(await html('## Về tổ chức\n\nTổ chức phải gọn gàng.\n\n## Về tổ chức\n\nNguồn: Bộ Nội vụ\n', [asciiHeadingIds, paragraphIds])).toBe(
      '<h2 id="ve-to-chuc">Về tổ chức</h2>\n<p id="doan-1">Tổ chức phải gọn gàng.</p>\n<h2 id="ve-to-chuc-2">Về tổ chức</h2>\n<p>Nguồn: Bộ Nội vụ</p>\n',
    );
  });
});

/** Content HTML that would run code is refused (src/outline/validate/safe-html.ts). */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/outline/validate/problems';
import { checkSafeHtml } from '../../../src/outline/validate/safe-html';

const FILE = 'content/de-cuong/a-i-1.mdx';
const check = (html: string) => checkSafeHtml(FILE, html).map(formatProblem);

describe('checkSafeHtml', () => {
  it('accepts text, web links, relative links, anchors and mail links', () => {
    expect(check('<p>Xem <a href="https://vanban.chinhphu.vn/">văn bản</a>, <a href="van-ban/nd-90.html#x">NĐ 90</a>, <a href="#muc">mục</a>, <a href="mailto:a@b.vn">thư</a>.</p>')).toEqual([]);
  });
  it('refuses a javascript: link however it is written, naming the file and the value', () => {
    expect(check('<p>Xem <a href="javascript:alert(1)">nguồn</a>.</p>')).toEqual([
      `${FILE} › body link: <a href="javascript:alert(1)"> runs code when opened; expected an address starting with https:// or http://, or a page of the site`,
    ]);
    expect(check('<a href=" JavaScript:alert(1)">x</a><a href="java&#x09;script:alert(1)">y</a><a href="vbscript:x">z</a><a href="data:text/html,x">d</a>')).toHaveLength(4);
  });
  it('refuses a <script>, an <iframe> and event attributes', () => {
    expect(check('<p>Một</p>\n<script>alert(2)</script>')).toEqual([
      `${FILE} › body: <script> "<script>alert(2)</script>"; expected text, links and the site's own components, with no <script> (the site's scripts live in src/browser)`,
    ]);
    expect(check('<iframe src="https://x.example/"></iframe>')[0]).toContain('› body: <iframe>');
    expect(check('<p onclick="alert(3)">Một</p>')).toEqual([`${FILE} › body: <p onclick="alert(3)"> runs code; expected no event attributes (onclick, onload…)`]);
  });
});

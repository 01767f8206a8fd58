import { describe, expect, it } from 'vitest';
import { checkSiteLinks } from '../../../src/build/link-check';

const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;

function check(pages: Record<string, string>, extraFiles: string[] = []) {
  const map = new Map(Object.entries(pages));
  return checkSiteLinks(map, new Set([...map.keys(), ...extraFiles]));
}

describe('checkSiteLinks', () => {
  it('accepts relative links to files and existing fragments', () => {
    const report = check({
      'index.html': page('<a href="van-ban/a.html#dieu-1">A</a><link rel="icon" href="favicon.svg">'),
      'van-ban/a.html': page('<h2 id="dieu-1">Điều 1</h2><a href="../index.html">Về</a>'),
    }, ['favicon.svg']);
    expect(report).toEqual({ problems: [], unreachable: [] });
  });
  it('reports root-absolute URLs and folder URLs', () => {
    const { problems } = check({ 'index.html': page('<a href="/a.html">x</a><a href="van-ban/">y</a>') });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('absolute path'),
      expect.stringContaining('points to a folder'),
    ]);
  });
  it('reports a missing file and a missing fragment, listing the ids that exist', () => {
    const { problems } = check({
      'index.html': page('<a href="b.html">b</a><a href="c.html#nowhere">c</a>'),
      'c.html': page('<h2 id="here">x</h2>'),
    });
    expect(problems).toEqual([
      { page: 'index.html', href: 'b.html', message: 'no such file in dist/: "b.html"' },
      { page: 'index.html', href: 'c.html#nowhere', message: 'no id "nowhere" in c.html (ids there: here)' },
    ]);
  });
  it('checks script and stylesheet URLs too', () => {
    const { problems } = check({ 'index.html': page('<script src="/_astro/x.js"></script>') });
    expect(problems).toHaveLength(1);
  });
  it('refuses stylesheets, scripts and images from outside the site', () => {
    const { problems } = check({ 'index.html': page('<link rel="stylesheet" href="https://cdn.example/x.css"><img src="//cdn.example/a.png">') });
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('outside the site'), expect.stringContaining('outside the site')]);
  });
  it('ignores links that leave the site', () => {
    expect(check({ 'index.html': page('<a href="https://smas.edu.vn/">x</a><a href="mailto:a@b.c">m</a>') }).problems).toEqual([]);
  });
  it('lists pages no link leads to', () => {
    expect(check({ 'index.html': page(''), 'orphan.html': page('') }).unreachable).toEqual(['orphan.html']);
  });
});

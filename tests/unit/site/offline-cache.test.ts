import { describe, expect, it } from 'vitest';
import { cacheNameFor, isOfflineMessage, isOlderCache, isUnstoredSitePage, offlineFiles, offlineMessage, offlinePage, isContentNamed, isSiteStylesheet, readFailures, recordFailure, storedPathFor, waitsAfterFailure } from '../../../src/site/offline-cache';
import { stringsFor } from '../../../src/site/ui-strings';

describe('the files a visit stores', () => {
  const built = [
    '404.html',
    'a-i-1.html',
    'assets/page-setup.1234567890.js',
    'assets/style.abc.css',
    'ban-ngoai-tuyen.zip',
    'favicon.svg',
    'icon-192.png',
    'index.html',
    'manifest.webmanifest',
    'og-image.png',
    'pagefind/pagefind.js',
    'pagefind/index/vi_1.pf_index',
    'search-index.js',
    'sw.js',
    'tim-kiem.html',
    'van-ban/index.html',
  ];
  it('every page, style, script, the compact index, icons and manifest; not the zip, Pagefind, the preview picture or the worker', () => {
    expect(offlineFiles(built)).toEqual([
      '404.html',
      'a-i-1.html',
      'assets/page-setup.1234567890.js',
      'assets/style.abc.css',
      'favicon.svg',
      'icon-192.png',
      'index.html',
      'manifest.webmanifest',
      'search-index.js',
      'tim-kiem.html',
      'van-ban/index.html',
    ]);
  });
  it('is sorted, whatever order the folder was read in', () => {
    expect(offlineFiles([...built].reverse())).toEqual(offlineFiles(built));
  });
});

describe('caches: one per version, each site deletes only its own', () => {
  const top = 'https://truong.example/tai-lieu/de-cuong/';
  it('names the site and the version', () => {
    expect(cacheNameFor(top, 'abc')).toBe('de-cuong https://truong.example/tai-lieu/de-cuong/ abc');
  });
  it('an older version of the same site is deleted; the current one, another site on the server, or anything else is not', () => {
    expect(isOlderCache(cacheNameFor(top, 'old'), top, 'new')).toBe(true);
    expect(isOlderCache(cacheNameFor(top, 'new'), top, 'new')).toBe(false);
    // Next quarter's outline, published beside this one: same server, another folder.
    expect(isOlderCache(cacheNameFor('https://truong.example/tai-lieu/de-cuong-quy-iv/', 'x'), top, 'new')).toBe(false);
    // A folder inside this one is another site too.
    expect(isOlderCache(cacheNameFor(`${top}cu/`, 'x'), top, 'new')).toBe(false);
    expect(isOlderCache('some-other-cache', top, 'new')).toBe(false);
  });
});

describe('after a failed attempt to store the site', () => {
  it('pages wait half a minute after one failure, longer after each in a row, a day at most; a failure time ahead of the clock does not make them wait', () => {
    const now = Date.UTC(2026, 10, 30);
    const after = (failures: number, ms: number) => `${now - ms} ${failures}`;
    expect(waitsAfterFailure(null, now)).toBe(false);
    expect(waitsAfterFailure(after(1, 1000), now)).toBe(true);
    expect(waitsAfterFailure(after(1, 31_000), now)).toBe(false);
    expect(waitsAfterFailure(after(2, 31_000), now)).toBe(true);
    expect(waitsAfterFailure(after(2, 6 * 60_000), now)).toBe(false);
    expect(waitsAfterFailure(after(9, 23 * 3600_000), now)).toBe(true);
    expect(waitsAfterFailure(after(9, 25 * 3600_000), now)).toBe(false);
    expect(waitsAfterFailure(`${now + 365 * 24 * 3600_000} 1`, now)).toBe(false);
    // A time alone, as pages wrote it before, is one failure.
    expect(waitsAfterFailure(String(now - 1000), now)).toBe(true);
    expect(waitsAfterFailure('garbage', now)).toBe(false);
  });
  it('counts the failures in a row', () => {
    expect(recordFailure(null, 5)).toBe('5 1');
    expect(recordFailure('5 1', 40_000)).toBe('40000 2');
    expect(recordFailure('7', 40_000)).toBe('40000 2');
    // Four tabs told of one failed attempt: one failure.
    expect(recordFailure('5 1', 900)).toBe('900 1');
    expect(readFailures('9 2')).toEqual({ at: 9, count: 2 });
  });
  it('keeps from an attempt that failed only the files named by their content', () => {
    for (const path of ['assets/page-setup.9c6a261e25.js', 'assets/style.BV4352Ub.css', 'assets/documents-table.cKcx83a9.css']) expect(isContentNamed(path), path).toBe(true);
    for (const path of ['index.html', 'search-index.js', 'van-ban/index.html', 'icon-192.png', 'manifest.webmanifest', 'assets/style.css']) expect(isContentNamed(path), path).toBe(false);
    // The site's own stylesheet, for the page said with no network; not a page's own (documents-table).
    expect(['assets/style.BV4352Ub.css', 'assets/documents-table.cKcx83a9.css', 'style.BV4352Ub.css'].map(isSiteStylesheet)).toEqual([true, false, false]);
  });
});

describe('which stored file answers a request', () => {
  const top = 'http://127.0.0.1:8080/truong/de-cuong/';
  const stored = new Set(['index.html', 'tim-kiem.html', 'a-i-1.html', 'van-ban/index.html', 'search-index.js']);
  it('a page with a query or a fragment is the page', () => {
    expect(storedPathFor(`${top}tim-kiem.html?q=dao%20duc`, top, stored)).toBe('tim-kiem.html');
    expect(storedPathFor(`${top}a-i-1.html?hl=c%E1%BA%A3i#a-i-1-p2`, top, stored)).toBe('a-i-1.html');
  });
  it('a folder is its index.html', () => {
    expect(storedPathFor(top, top, stored)).toBe('index.html');
    expect(storedPathFor(`${top}van-ban/`, top, stored)).toBe('van-ban/index.html');
  });
  it('anything not stored, or outside the site, goes to the network', () => {
    expect(storedPathFor(`${top}ban-ngoai-tuyen.zip`, top, stored)).toBeUndefined();
    expect(storedPathFor(`${top}pagefind/pagefind.js`, top, stored)).toBeUndefined();
    expect(storedPathFor('http://127.0.0.1:8080/truong/index.html', top, stored)).toBeUndefined();
    expect(storedPathFor('http://127.0.0.1:8080/truong/de-cuong-cu/index.html', top, stored)).toBeUndefined();
    expect(storedPathFor(`${top}%E0%A4%A.html`, top, stored)).toBeUndefined();
  });
  it('another outline in a sub-folder of this one is not this site (its pages get no status line from this worker)', () => {
    const root = 'http://127.0.0.1:8080/';
    expect(storedPathFor(`${root}quy-4/index.html`, root, stored)).toBeUndefined();
    expect(storedPathFor(`${root}quy-4/`, root, stored)).toBeUndefined();
    expect(storedPathFor(`${root}index.html`, root, stored)).toBe('index.html');
  });
});

describe('the page said with no network for what is not stored', () => {
  const strings = stringsFor(['offline.']);
  it('says in Vietnamese that it needs the network, that the stored pages still read, and links home with the site\'s stylesheet', () => {
    const html = offlinePage(strings, 'https://truong.example/de-cuong/index.html', 'https://truong.example/de-cuong/assets/style.x.css');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain(`<h1>${strings['offline.noNetwork']}</h1>`);
    expect(html).toContain('cần có mạng');
    expect(html).toContain('<a href="https://truong.example/de-cuong/index.html">Về trang chủ</a>');
    expect(html).toContain('<link rel="stylesheet" href="https://truong.example/de-cuong/assets/style.x.css">');
  });
  it('answers for the site\'s own pages only: the zip, a page that does not exist in its folders; never another site of the same server', () => {
    const stored = new Set(['index.html', 'a-i-1.html', 'van-ban/index.html', 'assets/style.x.css']);
    const top = 'https://truong.example/';
    const unstored = (path: string) => isUnstoredSitePage(top + path, top, stored, 'ban-ngoai-tuyen.zip');
    expect(['ban-ngoai-tuyen.zip', 'a-iii.html', 'van-ban/khong-co.html?hl=x'].map(unstored)).toEqual([true, true, true]);
    // Stored (the cache answers), or not the site's: the network answers as usual, with or without it.
    expect(['a-i-1.html', 'moodle/index.php', 'thu-vien/sach.html', 'tin-tuc/', 'anh.jpg'].map(unstored)).toEqual([false, false, false, false, false]);
    expect(isUnstoredSitePage('https://khac.example/a.html', top, stored, 'ban-ngoai-tuyen.zip')).toBe(false);
  });
  it('writes an address as text, never as markup', () => {
    expect(offlinePage(strings, 'https://x.example/"><script>')).not.toContain('"><script>');
  });
});

describe('what the status line says', () => {
  const strings = stringsFor(['offline.']);
  it('once stored: that the site reads with no network, and a way to close the line', () => {
    const message = offlineMessage('ready', strings);
    expect(message).toEqual({ kind: 'ready', text: strings['offline.ready'], close: 'Đóng' });
    expect(message.text).toContain('không có mạng');
    expect(isOfflineMessage(message)).toBe(true);
  });
  it('a newer version: says so and offers to reload', () => {
    const message = offlineMessage('updated', strings);
    expect(message.text).toBe(strings['offline.updated']);
    expect(message.reload).toBe(strings['offline.reload']);
    expect(isOfflineMessage(message)).toBe(true);
  });
  it('while a first copy is stored: that it is, to keep the network, and how far it has come', () => {
    const message = offlineMessage('storing', strings, { done: 12, total: 64 });
    expect(message).toEqual({ kind: 'storing', text: strings['offline.storing'], close: 'Đóng', progress: 'Đã lưu 12/64 tệp.' });
    expect(message.text).toContain('xin giữ mạng');
    expect(isOfflineMessage(message)).toBe(true);
  });
  it('any other message posted to the page is ignored', () => {
    for (const other of [null, 'ready', { kind: 'ready' }, { kind: 'other', text: 'x', close: 'y' }, { kind: 'updated', text: 'x', close: 'y', reload: 1 }, { kind: 'storing', text: 'x', close: 'y', progress: 3 }]) {
      expect(isOfflineMessage(other)).toBe(false);
    }
  });
});

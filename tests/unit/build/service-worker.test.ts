import { describe, expect, it } from 'vitest';
import { offlineVersion, serviceWorkerText } from '../../../src/build/service-worker';
import { GLOBALS } from '../../../src/site/routes';

const file = (path: string, text: string) => ({ path, data: new TextEncoder().encode(text) });

describe('the version of the stored files', () => {
  const files = [file('index.html', '<h1>Đề cương</h1>'), file('a-i-1.html', 'Nhà nước vì dân'), file('search-index.js', 'x')];
  const code = 'self.addEventListener("fetch",()=>{})';
  it('is 16 hex digits, the same for the same build whatever the order of the files', () => {
    const version = offlineVersion(files, code);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(offlineVersion([...files].reverse(), code)).toBe(version);
  });
  it('changes when one sentence, one file name, the list or the worker changes', () => {
    const version = offlineVersion(files, code);
    expect(offlineVersion([files[0], file('a-i-1.html', 'Nhà nước vì toàn dân'), files[2]], code)).not.toBe(version);
    expect(offlineVersion([files[0], file('a-i-2.html', 'Nhà nước vì dân'), files[2]], code)).not.toBe(version);
    expect(offlineVersion(files.slice(0, 2), code)).not.toBe(version);
    expect(offlineVersion(files, `${code};`)).not.toBe(version);
  });
  it('does not mistake where one file ends for where the next begins', () => {
    expect(offlineVersion([file('a', 'bc'), file('d', '')], code)).not.toBe(offlineVersion([file('a', 'b'), file('d', 'c')], code));
  });
});

describe('sw.js', () => {
  it('gives the worker its list, version and words as a global, then its code', () => {
    const text = serviceWorkerText({ version: 'abc', files: ['index.html'], strings: { 'offline.close': 'Đóng' } }, '(()=>{})();');
    const [first, second] = text.split('\n');
    expect(first).toBe(`self.${GLOBALS.offlineCopy}={"version":"abc","files":["index.html"],"strings":{"offline.close":"Đóng"}};`);
    expect(second).toBe('(()=>{})();');
  });
});

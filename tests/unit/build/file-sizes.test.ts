import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillFileSizes, formatFileSize } from '../../../src/build/file-sizes';

describe('file sizes written into the pages', () => {
  const root = mkdtempSync(join(tmpdir(), 'sizes-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reads as a Vietnamese reader reads a size: whole kilobytes, megabytes with a decimal comma', () => {
    expect(formatFileSize(334_961)).toBe('327 KB');
    expect(formatFileSize(100)).toBe('1 KB');
    expect(formatFileSize(1_258_291)).toBe('1,2 MB');
    // Not "1000 KB".
    expect(formatFileSize(1_023_500)).toBe('1,0 MB');
  });
  it('fills every place a page names a file, and leaves the rest of the page as it was', () => {
    writeFileSync(join(root, 'ban.zip'), Buffer.alloc(2048));
    const page = '<!doctype html><p>Tải — tệp nén .zip<span data-file-size="ban.zip"></span>: giải nén “ở đây” &amp; xem.</p><!-- note -->';
    writeFileSync(join(root, 'index.html'), page);
    writeFileSync(join(root, 'other.html'), '<p>Không có tệp.</p>');
    expect(fillFileSizes(root)).toBe(1);
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toBe(page.replace('></span>', '>, 2 KB</span>'));
    expect(readFileSync(join(root, 'other.html'), 'utf8')).toBe('<p>Không có tệp.</p>');
  });
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropKept, lastGoodDir, putBack, setAside } from '../../../src/build/keep-last-build';

let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));
const fresh = () => {
  work = mkdtempSync(join(tmpdir(), 'keep-last-'));
  return join(work, 'dist');
};
const write = (dir: string, text: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
};

describe('keep-last-build: the last good dist/ survives a build that stops', () => {
  it('sets the last build aside beside dist/ and puts it back over what a stopped build left', () => {
    const dist = fresh();
    write(dist, 'good');
    expect(setAside(dist)).toBe(true);
    expect(lastGoodDir(dist)).toBe(join(work, '.dist-last-good'));
    expect(existsSync(dist)).toBe(false);
    write(dist, 'half');
    putBack(dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('good');
    expect(existsSync(lastGoodDir(dist))).toBe(false);
  });
  it('has nothing to keep for a first build or an empty dist/', () => {
    const dist = fresh();
    expect(setAside(dist)).toBe(false);
    mkdirSync(dist);
    expect(setAside(dist)).toBe(false);
    expect(existsSync(lastGoodDir(dist))).toBe(false);
  });
  it('after a build that was killed before it put the last one back, starts again from that one, not the half-built dist/', () => {
    const dist = fresh();
    write(lastGoodDir(dist), 'good');
    write(dist, 'half');
    expect(setAside(dist)).toBe(true);
    expect(existsSync(dist)).toBe(false);
    putBack(dist);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('good');
  });
  it('leaves a dist/ that is a link where it is (a deploy folder), and drops the copy once a build has finished', () => {
    const dist = fresh();
    write(join(work, 'site'), 'deployed');
    symlinkSync(join(work, 'site'), dist);
    expect(setAside(dist)).toBe(false);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('deployed');
    write(lastGoodDir(dist), 'good');
    dropKept(dist);
    expect(existsSync(lastGoodDir(dist))).toBe(false);
  });
});

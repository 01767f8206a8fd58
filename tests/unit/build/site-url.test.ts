import { describe, expect, it } from 'vitest';
import { siteFromEnv } from '../../../src/build/site-url';

describe('siteFromEnv (SITE_URL)', () => {
  it('gives the address, or nothing when SITE_URL is unset or empty', () => {
    expect(siteFromEnv('https://truong.example/tai-lieu/de-cuong/')).toBe('https://truong.example/tai-lieu/de-cuong/');
    expect(siteFromEnv(undefined)).toBeUndefined();
    expect(siteFromEnv('')).toBeUndefined();
  });
  it('names SITE_URL and shows an example when the address is wrong', () => {
    expect(() => siteFromEnv('truong.example/de-cuong')).toThrow(
      'SITE_URL="truong.example/de-cuong" is not a full web address; expected one starting with https:// or http://, e.g. SITE_URL=https://truong.example/tai-lieu/de-cuong/ npm run build',
    );
    expect(() => siteFromEnv('ftp://truong.example/')).toThrow(/^SITE_URL="ftp:\/\/truong.example\/"/);
  });
});

import { describe, expect, it } from 'vitest';
import { BEGINNINGS, ENDINGS, spellQuestion } from '../../../src/search/question-phrases';
import { foldVietnamese } from '../../../src/site/fold-vietnamese';

describe('a question typed without tone marks', () => {
  it('is spelled with its marks at the end of the query, the other words as typed', () => {
    expect(spellQuestion('cai cach hanh chinh la gi')).toBe('cai cach hanh chinh là gì');
    expect(spellQuestion('tinh gian bien che nhu the nao')).toBe('tinh gian bien che như thế nào');
    expect(spellQuestion('Mot cua O DAU?')).toBe('Mot cua ở đâu?');
    expect(spellQuestion('chuyen doi so de lam gi')).toBe('chuyen doi so để làm gì');
    expect(spellQuestion('cntt lam duoc gi')).toBe('cntt làm được gì');
    expect(spellQuestion('chi so sipas bao nhieu')).toBe('chi so sipas bao nhiêu');
    expect(spellQuestion('bac ho noi gi')).toBe('bac ho nói gì');
  });
  it('is spelled, every one of them, at its end or beginning (none is passed over as holding no question word)', () => {
    for (const ending of ENDINGS) expect(spellQuestion(`cai cach ${foldVietnamese(ending)}`)).toBe(`cai cach ${ending}`);
    for (const beginning of BEGINNINGS) expect(spellQuestion(`${foldVietnamese(beginning)} cai cach`)).toBe(`${beginning} cai cach`);
  });
  it('is spelled at the beginning of the query', () => {
    expect(spellQuestion('vi sao phai tinh gian bien che')).toBe('vì sao phai tinh gian bien che');
    // Spelled in lower case: search reads case alike.
    expect(spellQuestion('Tai sao  cai cach')).toBe('tại sao  cai cach');
    expect(spellQuestion('the nao la mot cua')).toBe('thế nào là mot cua');
    expect(spellQuestion('vi sao cai cach la gi')).toBe('vì sao cai cach là gì');
  });
  it('spells a "gi" before other words "gì" wherever it stands: no other word is spelled so', () => {
    expect(spellQuestion('truong lam gi ve chuyen doi so')).toBe('truong lam gì ve chuyen doi so');
    expect(spellQuestion('cai cach la gi hanh chinh')).toBe('cai cach la gì hanh chinh');
    // A "de" after it is "để" (what for), not the "đề" of "đề cương".
    expect(spellQuestion('truong lam gi de cai cach')).toBe('truong lam gì để cai cach');
    expect(spellQuestion('de cuong gi de')).toBe('de cuong gì để');
    expect(spellQuestion('gi de cuong')).toBe('gì de cuong');
    // Last, it may be the start of "giáo", "giải": as typed.
    expect(spellQuestion('cai cach gi')).toBe('cai cach gi');
    expect(spellQuestion('gi?')).toBe('gi?');
  });
  it('spells "truong minh" (our school) "trường mình", not the "Minh" of a name nor "minh bạch"', () => {
    expect(spellQuestion('truong minh da lam duoc gi ve chuyen doi so')).toBe('truong mình da lam duoc gì ve chuyen doi so');
    expect(spellQuestion('don vi minh cai cach ra sao')).toBe('don vi mình cai cach ra sao');
    expect(spellQuestion('chi bo minh da lam duoc gi')).toBe('chi bo mình da làm được gì');
    expect(spellQuestion('co quan minh')).toBe('co quan mình');
    expect(spellQuestion('tu tuong ho chi minh')).toBe('tu tuong ho chi minh');
    expect(spellQuestion('co quan minh bach')).toBe('co quan minh bach');
    expect(spellQuestion('truong minh bach')).toBe('truong minh bach');
    expect(spellQuestion('truong minhxyz')).toBe('truong minhxyz');
    expect(spellQuestion('pham vi minh bach')).toBe('pham vi minh bach');
    expect(spellQuestion('pham vi minh')).toBe('pham vi minh');
  });
  it('is left as typed alone, in the middle of other words, or inside a longer word', () => {
    expect(spellQuestion('la gi')).toBe('la gi');
    expect(spellQuestion('vi sao')).toBe('vi sao');
    expect(spellQuestion('cai cach la giao vien')).toBe('cai cach la giao vien');
    expect(spellQuestion('cai cach bala gi')).toBe('cai cach bala gi');
    expect(spellQuestion('cai cach la gioi')).toBe('cai cach la gioi');
    expect(spellQuestion('vi saoxyz')).toBe('vi saoxyz');
  });
  it('is left as typed when the teacher types with marks: they mean what they typed', () => {
    expect(spellQuestion('cải cách la gi')).toBe('cải cách la gi');
    expect(spellQuestion('đại hội la gi')).toBe('đại hội la gi');
    expect(spellQuestion('cải cách hành chính là gì')).toBe('cải cách hành chính là gì');
  });
});

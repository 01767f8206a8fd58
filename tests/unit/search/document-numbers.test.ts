import { describe, expect, it } from 'vitest';
import { citationOf, documentNamedBy, findDocumentReference, separateDocumentNumbers, type KnownDocument } from '../../../src/search/document-numbers';
import { readQuery } from '../../../src/search/query';

const documents: KnownDocument[] = [
  { kind: 'Nghị quyết', number: '27-NQ/TW', cited: 'cited', path: 'van-ban/nq-27-nq-tw-2022.html', issuedYear: '2022' },
  { kind: 'Quy định', number: '144-QĐ/TW', cited: 'cited', path: 'van-ban/qd-144-qd-tw-2024.html' },
  { kind: 'Nghị định', number: '90/2020/NĐ-CP', cited: 'cited', path: 'van-ban/nd-90-2020-nd-cp.html' },
  { kind: 'Nghị định', number: '135/2020/NĐ-CP', cited: 'editorial', path: 'van-ban/nd-135-2020-nd-cp.html', section: 'B.I.4' },
  { kind: 'Luật', number: '22/2008/QH12', cited: 'cited', path: 'van-ban/luat-can-bo-cong-chuc.html' },
];

describe('findDocumentReference', () => {
  it('reads a kind, with or without tone marks or "số", and a number with its year', () => {
    expect(findDocumentReference('Nghị quyết 18')).toEqual({ kinds: ['Nghị quyết'], number: '18', year: undefined, name: { kind: 'Nghị quyết', number: '18' }, atEnd: true });
    expect(findDocumentReference('Nghị quyết 18 về kinh tế')).toMatchObject({ number: '18', atEnd: false });
    expect(findDocumentReference('nghi dinh so 90/2021')).toMatchObject({ kinds: ['Nghị định'], number: '90', year: '2021', name: { kind: 'Nghị định', number: '90/2021' } });
    expect(findDocumentReference('NĐ 135')).toMatchObject({ kinds: ['Nghị định'], number: '135' });
    expect(findDocumentReference('quyết định 876')).toMatchObject({ kinds: ['Quyết định'], name: { kind: 'Quyết định', number: '876' } });
    expect(findDocumentReference('QĐ 144')).toMatchObject({ kinds: ['Quy định', 'Quyết định'], name: { kind: 'QĐ', number: '144' } });
  });
  it('reads a number written with its sign', () => {
    expect(findDocumentReference('112/2020/NĐ-CP')).toMatchObject({ kinds: ['Nghị định'], number: '112', year: '2020' });
    expect(findDocumentReference('27-NQ/TW')).toMatchObject({ kinds: ['Nghị quyết'], number: '27' });
  });
  it('finds nothing in a query that names no document', () => {
    for (const query of ['đạo đức công vụ', 'lớp 9', 'năm 2023 – 2024', 'TTHC 5', 'dụng nhân như dụng mộc']) expect(findDocumentReference(query), query).toBeUndefined();
  });
});

describe('an abbreviation with its number glued on', () => {
  it('is searched apart ("nq27" as "nq 27"), with or without marks, in any case', () => {
    expect(separateDocumentNumbers('NQ27')).toBe('NQ 27');
    expect(separateDocumentNumbers('nđ90 đánh giá')).toBe('nđ 90 đánh giá');
    expect(separateDocumentNumbers('qd144')).toBe('qd 144');
    expect(readQuery('Nd30/2020', []).spellings[0].raw).toBe('Nd 30/2020');
  });
  it('reads any of these abbreviations so, even where no document is meant: no page writes them glued either', () => {
    expect(separateDocumentNumbers('ct2018')).toBe('ct 2018');
    expect(separateDocumentNumbers('hd1')).toBe('hd 1');
  });
  it('leaves other words with digits as typed', () => {
    for (const query of ['cntt2', 'ttc3', 'lớp 9a1', 'f0', 'abnq27']) expect(separateDocumentNumbers(query), query).toBe(query);
  });
});

describe('whether the outline cites it', () => {
  it('matches kind, number and, when typed, year', () => {
    expect(citationOf(findDocumentReference('nghị định 90')!, documents).cited).toBe('cited');
    expect(citationOf(findDocumentReference('nghị định 90/2020')!, documents).cited).toBe('cited');
    expect(citationOf(findDocumentReference('nghị định 90/2021')!, documents).cited).toBe('no');
    expect(citationOf(findDocumentReference('nghị quyết 90')!, documents).cited).toBe('no');
    expect(citationOf(findDocumentReference('QĐ 144')!, documents).cited).toBe('cited');
  });
  it('takes the year of issue of a number written without one (a Party document), and never denies one whose year is not known', () => {
    expect(citationOf(findDocumentReference('nghị quyết 27/2022')!, documents).cited).toBe('cited');
    expect(citationOf(findDocumentReference('nq 27/2021')!, documents).cited).toBe('no');
    // 144-QĐ/TW is listed here without its year: a year typed cannot tell it is another document.
    expect(citationOf(findDocumentReference('quy định 144/2024')!, documents).cited).toBe('cited');
    expect(documentNamedBy('Nghị quyết số 27/2022', documents)?.notice).toBeUndefined();
  });
  it('says so before any result for a document the outline does not cite, or cites only in a note', () => {
    expect(documentNamedBy('Nghị quyết 18', documents)?.notice).toEqual({ key: 'search.notCited', vars: { kind: 'Nghị quyết', number: '18', section: '' } });
    expect(documentNamedBy('nghi dinh 135', documents)?.notice).toEqual({ key: 'search.notCitedEditorial', vars: { kind: 'Nghị định', number: '135', section: 'B.I.4' } });
    expect(documentNamedBy('Luật 80/2025/QH15', documents)?.notice).toEqual({ key: 'search.notCited', vars: { kind: 'Luật', number: '80/2025', section: '' } });
    expect(documentNamedBy('nghị định 90', documents)?.notice).toBeUndefined();
    expect(documentNamedBy('chữ ký số', documents)?.notice).toBeUndefined();
  });
  it('reads the number glued to its kind there too ("NQ18"), as the search itself does', () => {
    expect(documentNamedBy('NQ18', documents)).toEqual({ page: undefined, notice: { key: 'search.notCited', vars: { kind: 'Nghị quyết', number: '18', section: '' } } });
    expect(documentNamedBy('nđ135', documents)).toEqual({ page: 'van-ban/nd-135-2020-nd-cp.html', notice: { key: 'search.notCitedEditorial', vars: { kind: 'Nghị định', number: '135', section: 'B.I.4' } } });
    expect(documentNamedBy('nq27', documents)).toEqual({ page: 'van-ban/nq-27-nq-tw-2022.html', notice: undefined });
  });
  it('says nothing yet of a number that may still be being typed, the start of a cited one ("Nghị quyết 2…7")', () => {
    expect(documentNamedBy('nghị quyết 2', documents)?.notice).toBeUndefined();
    expect(documentNamedBy('luat 2', documents)?.notice).toBeUndefined();
    // Finished: followed by other words, a year or a sign, or the start of no cited number.
    expect(documentNamedBy('nghị quyết 2 về', documents)?.notice?.key).toBe('search.notCited');
    expect(documentNamedBy('nghị quyết 2/2022', documents)?.notice?.key).toBe('search.notCited');
    expect(documentNamedBy('nghị quyết 3', documents)?.notice?.key).toBe('search.notCited');
    // Only a cited document's number counts: 135 is named only in a note.
    expect(documentNamedBy('nghị định 13', documents)?.notice?.key).toBe('search.notCited');
  });
});

describe('the page of a document named', () => {
  it('is the page of the document a query names by its number, however typed', () => {
    for (const query of ['nghị quyết 27', 'nghi quyet so 27', 'NQ27', 'nghị quyết 27 về nhà nước pháp quyền', '27-NQ/TW']) {
      expect(documentNamedBy(query, documents)?.page, query).toBe('van-ban/nq-27-nq-tw-2022.html');
    }
    // Only an editor's note names it: its page still exists.
    expect(documentNamedBy('nghị định 135', documents)?.page).toBe('van-ban/nd-135-2020-nd-cp.html');
  });
  it('is none for a document the site does not have, or a query that names none', () => {
    expect(documentNamedBy('nghị quyết 18', documents)?.page).toBeUndefined();
    expect(documentNamedBy('nghị định 90/2021', documents)?.page).toBeUndefined();
    expect(documentNamedBy('cải cách hành chính', documents)?.page).toBeUndefined();
  });
});

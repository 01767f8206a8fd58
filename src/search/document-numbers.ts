/**
 * A query that names a document by its number ("Nghị quyết 18", "nd 135/2020", "90/2020/NĐ-CP"):
 * whether the outline cites that document. Without this, "Nghị quyết 18" finds a page through
 * the "18" of a date and says "Tìm thấy 1 kết quả", as if the outline spoke of it. The page
 * embeds the numbered documents it knows (src/outline/views/search-data.ts, searchDocuments).
 */
import { foldVietnamese } from '../site/fold-vietnamese';

/** A numbered document of the site, as the search page embeds it. */
export interface KnownDocument {
  /** The kind as the document's title says it, e.g. "Nghị định". */
  kind: string;
  /** Its number as written, e.g. "90/2020/NĐ-CP" or "27-NQ/TW". */
  number: string;
  /** cited: the outline cites it; editorial: only an editor's note names it. */
  cited: 'cited' | 'editorial';
  /** Its page on the site, e.g. "van-ban/nq-27-nq-tw-2022.html". */
  path: string;
  /** For an editorial one: the number of the section whose note names it, e.g. "B.I.4". */
  section?: string;
  /**
   * The year it was issued, when known: a Party document's number carries none ("27-NQ/TW"), and
   * a teacher may still name it with its year ("Nghị quyết 27/2022").
   */
  issuedYear?: string;
}

/** A document a query names by its number. */
export interface DocumentReference {
  /** The kinds it may be (an abbreviation such as "QĐ" stands for two). */
  kinds: string[];
  number: string;
  year?: string;
  /** How a sentence names it (ui-strings.ts: "{kind} số {number}"): "Nghị quyết", "18"; "QĐ", "144/2024". */
  name: { kind: string; number: string };
  /** Whether its number ends what was typed, without a year: it may still be being typed ("Nghị quyết 2…7"). */
  atEnd: boolean;
}

/** Kind words as folded text, with the kinds they name. Longer words first, so "quyet dinh" is not read as "qd". */
const KINDS: Array<[folded: string, kinds: string[]]> = [
  ['nghi quyet', ['Nghị quyết']],
  ['nghi dinh', ['Nghị định']],
  ['quyet dinh', ['Quyết định']],
  ['quy dinh', ['Quy định']],
  ['thong tu', ['Thông tư']],
  ['chi thi', ['Chỉ thị']],
  ['ket luan', ['Kết luận']],
  ['huong dan', ['Hướng dẫn']],
  ['luat', ['Luật']],
  ['nq', ['Nghị quyết']],
  ['nd', ['Nghị định']],
  ['qd', ['Quy định', 'Quyết định']],
  ['tt', ['Thông tư']],
  ['ct', ['Chỉ thị']],
  ['kl', ['Kết luận']],
  ['hd', ['Hướng dẫn']],
];
/**
 * "nghi quyet so 18", "nd 135/2020", "luat 80/2025/qh15": a kind, maybe "số", a number, maybe a
 * year. Built at the first query, not as the module loads: the pages that only mark words
 * (highlight-search-words.ts, through query.ts) do not carry it.
 */
let named: RegExp | undefined;
const namedOnce = () => (named ??= new RegExp(`(?<![a-z0-9])(${KINDS.map(([folded]) => folded.replace(' ', '\\s+')).join('|')})\\s*(?:so\\s*)?(\\d+)(?:\\s*/\\s*(\\d{4}))?(?![0-9])`));
/** "90/2020/nd-cp", "27-nq/tw": a number written with its sign, the kind in the sign. */
const SIGNED = /(?<![a-z0-9/])(\d+)(?:\/(\d{4}))?[-/](nq|nd|qd|tt|ct|kl|hd)(?![a-z])/;

/** An abbreviation of a kind with its number glued on: "nq27", "NĐ90", "qđ144". */
const GLUED = /(?<![\p{L}\p{N}])(nq|n[dđ]|q[dđ]|tt|ct|kl|hd)(?=\d)/giu;

/**
 * The query with a kind's abbreviation and its number apart ("nq27" → "nq 27"): the pages write
 * them apart ("27-NQ/TW"), and a word of letters and digits stands on no page.
 */
export function separateDocumentNumbers(query: string): string {
  return query.replace(GLUED, '$1 ');
}

/** The document a query names by its number, if it names one. */
export function findDocumentReference(query: string): DocumentReference | undefined {
  const text = query.normalize('NFC');
  const folded = foldVietnamese(text);
  const found = namedOnce().exec(folded);
  if (found) {
    const word = found[1].replace(/\s+/g, ' ');
    const kinds = KINDS.find(([folded]) => folded === word)![1];
    // An abbreviation standing for two kinds is named as typed ("QĐ"): folding keeps positions.
    const label = kinds.length === 1 ? kinds[0] : text.slice(found.index, found.index + found[1].length).toUpperCase();
    const atEnd = !found[3] && folded.slice(found.index + found[0].length).trim() === '';
    return reference(kinds, label, found[2], found[3], atEnd);
  }
  const signed = SIGNED.exec(folded);
  if (!signed) return undefined;
  const kinds = KINDS.find(([folded]) => folded === signed[3])![1];
  return reference(kinds, kinds.length === 1 ? kinds[0] : signed[3].toUpperCase(), signed[1], signed[2], false);
}

function reference(kinds: string[], label: string, number: string, year: string | undefined, atEnd: boolean): DocumentReference {
  const plain = String(Number(number));
  return { kinds, number: plain, year, name: { kind: label, number: `${plain}${year ? `/${year}` : ''}` }, atEnd };
}

/**
 * The number and year of a document: "90/2020/NĐ-CP" → 90, 2020; "27-NQ/TW" → 27 and the year it
 * was issued (2022), or no year when that is not known.
 */
function numberOf(doc: KnownDocument): { number: string; year?: string } {
  const match = /^(\d+)(?:\/(\d{4}))?/.exec(doc.number);
  return { number: match ? String(Number(match[1])) : '', year: match?.[2] ?? doc.issuedYear };
}

/**
 * Whether the outline cites the document `reference` names: cited, only in an editor's note, or
 * not at all. A year typed must be the document's; a document whose year is not known is taken
 * to be the one named (the page must never say the outline does not cite what it cites).
 */
export function citationOf(reference: DocumentReference, documents: KnownDocument[]): { cited: 'cited' | 'editorial' | 'no'; document?: KnownDocument } {
  const document = documents.find((doc) => {
    const { number, year } = numberOf(doc);
    return reference.kinds.includes(doc.kind) && number === reference.number && (!reference.year || !year || year === reference.year);
  });
  return document ? { cited: document.cited, document } : { cited: 'no' };
}

/** The notice the search page shows before any result: a UI string key and what fills it. */
export interface DocumentNotice {
  key: 'search.notCited' | 'search.notCitedEditorial';
  vars: { kind: string; number: string; section: string };
}

/** What a query that names a document by its number asks of the search page. */
export interface NamedDocument {
  /**
   * The document's page, when the site has it ("nghị quyết 27", "nd 30/2020", "NQ27"): the search
   * page puts it first, opening at its top (results.ts, documentPageFirst), where its title,
   * number, date and status stand.
   */
  page?: string;
  /** Said before any result when the outline does not cite the document, or cites it only in an editor's note. */
  notice?: DocumentNotice;
}

/** What the search page does for a query that names a document by its number; undefined for any other query. */
export function documentNamedBy(query: string, documents: KnownDocument[]): NamedDocument | undefined {
  const named = findDocumentReference(separateDocumentNumbers(query));
  if (!named) return undefined;
  const { cited, document } = citationOf(named, documents);
  return { page: document?.path, notice: cited === 'cited' ? undefined : noticeOf(named, cited, document, documents) };
}

function noticeOf(named: DocumentReference, cited: 'editorial' | 'no', document: KnownDocument | undefined, documents: KnownDocument[]): DocumentNotice | undefined {
  // "Nghị quyết 2", on the way to "27" (the page searches as the teacher types): not said yet.
  const begins = (doc: KnownDocument) => named.kinds.includes(doc.kind) && doc.cited === 'cited' && numberOf(doc).number.startsWith(named.number);
  if (named.atEnd && documents.some(begins)) return undefined;
  return { key: cited === 'editorial' ? 'search.notCitedEditorial' : 'search.notCited', vars: { ...named.name, section: document?.section ?? '' } };
}

/**
 * Very common Vietnamese words: they stand on almost every page, so on their own they say
 * nothing about where a teacher should read. Ranking counts them only inside a run of the
 * query's words standing together ("một cửa", "của dân"), and they are never marked alone.
 * Spelled with their tone marks: "cửa" is not "của".
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'của', 'một', 'và', 'các', 'là', 'được', 'những', 'có', 'cho', 'trong', 'với', 'này', 'đã',
  'để', 'thì', 'mà', 'như', 'khi', 'từ', 'theo', 'về', 'ở', 'tại', 'do', 'vì', 'bởi', 'hay',
  'hoặc', 'nhưng', 'cũng', 'nên', 'sẽ', 'đang', 'lại', 'ra', 'vào', 'số', 'các', 'nào', 'đó',
  'còn', 'đều', 'rằng', 'thế', 'sự', 'việc', 'phải', 'mới',
]);

/**
 * Very common words as typed without marks, where that spelling is nearly always one of them:
 * "o" is "ở" (an "ô" is rare), "cua" is "của" far more than "cửa". A word typed so is needed no
 * more than they are, and counts only where it stands with the other words typed ("cai cach thu
 * tuc o truong" needs no "ở"). Left out: the spellings that are often another word in this kind
 * of text (in the outline, a fifth of their occurrences or more): "so" (sổ, and "chuyen doi so"
 * means "số"), "dang" (Đảng), "nen" (nền), "de" (đề), "co" (cơ), "tu" (tư), "the" (thể), "tai"
 * (tài), "vi" (vị), "do" (độ), "ma" (mã), "ra" (rà), "su" (sử), "nay" ("hiện nay"), "thi",
 * "cung", "boi", "rang", "con"; those stay words to find. ("cho", "trong", "khi", "hay" need no
 * entry: spelled so, they are very common words as typed.)
 */
export const COMMON_WORDS_UNMARKED: ReadonlySet<string> = new Set([
  'cac', 'cua', 'da', 'deu', 'duoc', 'hoac', 'la', 'lai', 'mot', 'nao', 'nhu', 'nhung', 'o',
  'phai', 'se', 'va', 'vao', 've', 'viec', 'voi',
]);

/** Whether a word, as written (any case), is one of the very common ones. */
export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.has(word.normalize('NFC').toLowerCase());
}

/**
 * The words that make a teacher's words a question ("… cần làm gì …", "vì sao …", "bao nhiêu
 * …", "trường mình …"): the outline answers, it does not ask, so when nothing holds every word of
 * a question, its other words are searched without these (query.ts, looserQueries). Spelled as
 * typed, tone marks and all; none is a word a query may mean ("bao" typed without marks stands
 * for "bảo", "báo"; "làm", "ta" and "ai" mean something in "việc làm", "nước ta", "ứng dụng AI").
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['gì', 'sao', 'đâu', 'mấy', 'nhiêu', 'chăng', 'hả', 'nhỉ', 'nhé', 'ạ', 'mình']);

/**
 * The teacher's own unit, named before "mình" ("chi bộ mình", "đơn vị mình"): the outline's
 * Part B tells what the unit did, "tại đơn vị Trường THCS An Hải", item by item, most of them
 * without naming it (B.I.4 never does). Before "mình" these words ask as "mình" does (query.ts):
 * they count where they stand with the other words typed, and a passage needs them no more.
 * Elsewhere they are words like any other ("chi bộ nơi tổ chức sinh hoạt"). Not "trường": Part
 * B's items say "nhà trường" often, and "trường mình" finds them by it. Folded: typed with or
 * without marks ("tờ mình" reads as "tổ mình" too: no passage speaks of either).
 */
export const OUR_UNITS: ReadonlyArray<readonly string[]> = [['chi', 'bo'], ['don', 'vi'], ['co', 'quan'], ['lop'], ['to']];

/**
 * Verbs that ask with "gì" after them, perhaps with "được" between: "Bác Hồ nói gì về cán bộ",
 * "nghị quyết dạy gì", "nhà trường đã làm gì để …", "trường mình làm được gì về …": the teacher
 * asks what a passage says or what was done, not for the word "nói" or "làm" (the outline says
 * "nói" once; its Part B tells what the school did without saying "làm"). Before "gì" they ask
 * too (query.ts); elsewhere they are words like any other ("dạy học", "việc làm").
 */
export const VERBS_THAT_ASK: ReadonlySet<string> = new Set(['nói', 'dạy', 'bàn', 'nêu', 'viết', 'bảo', 'làm']);
/**
 * The same typed without marks, before a "gì" ("noi gi", read "noi gì": question-phrases.ts).
 * Written out (a unit test checks them against VERBS_THAT_ASK), not computed as the module
 * loads: the pages that only mark words (highlight-search-words.ts) do not carry them.
 */
export const VERBS_THAT_ASK_UNMARKED: ReadonlySet<string> = new Set(['noi', 'day', 'ban', 'neu', 'viet', 'bao', 'lam']);
/**
 * Those that ask before "về" as well: "Bác Hồ nói về cán bộ" asks what Bác said of cán bộ, as
 * "nói gì về" does. Not "làm", "bảo" ("làm về", "bảo vệ"); without marks only those no other
 * word is spelled like before "ve" ("ban ve" may be "bản vẽ", "day ve" "dây về", "neu ve" "nêu vệ sinh").
 */
export const VERBS_THAT_ASK_ABOUT: ReadonlySet<string> = new Set(['nói', 'viết', 'nêu', 'bàn', 'dạy', 'noi', 'viet']);

/** Plain-text helpers shared by the build and the browser: white space, sentences, escaping, hints. */

/** Collapses every run of white space (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** The sentences of a text: a sentence ends with . ; ! ? or … followed by a space and a capital, digit or opening quote. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.;!?…])\s+(?=[\p{Lu}“"(0-9])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for `words` standing as whole words (not inside a longer word or number). */
export function wholeWordsPattern(alternatives: string[], flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * A one-line hint taken from the text's own words: its first sentence or list item, cut after
 * `maxWords` words with an ellipsis. A colon does not end it (a heading and what follows it
 * read on: "6.1- Kết quả …: Thực hiện …"); a semicolon does, and is left out. Returns '' for
 * an empty text.
 */
export function firstWordsHint(text: string, maxWords = 24): string {
  // Word by word from the start, so that a very long text (a 2 MB section) is never copied whole.
  const words: string[] = [];
  for (const [word] of text.matchAll(/\S+/g)) {
    words.push(word);
    if (words.length > maxWords) return `${words.slice(0, maxWords).join(' ')}…`;
    if (/[.;!?]$/.test(word)) break;
  }
  // A list item ends with ";": the hint is the item, without it.
  return words.join(' ').replace(/;$/, '');
}

/** JSON to embed in a <script type="application/json">: "<" escaped, so no "</script" can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A line of content text as HTML: escaped, with Markdown links `[words](href)` turned into
 * links (the only markup a one-line field such as a document's notice may hold).
 */
export function inlineLinksHtml(text: string): string {
  const link = /\[([^\]]+)\]\(([^)\s]+)\)/g;
  let html = '';
  let at = 0;
  for (const match of text.matchAll(link)) {
    html += `${escapeHtml(text.slice(at, match.index))}<a href="${escapeHtml(match[2])}">${escapeHtml(match[1])}</a>`;
    at = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(at));
}

/** The hrefs of the Markdown links `[words](href)` in a line of content text. */
export function inlineLinkTargets(text: string): string[] {
  return [...text.matchAll(/\[[^\]]+\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

/** The text without a full stop at its end ("… An Hải." → "… An Hải"), for a heading followed by ":" or " · ". */
export function withoutFinalStop(text: string): string {
  return text.replace(/\s*\.$/, '');
}

/** A page's <title>: its own title, without a final full stop, then the site's ("Cải cách thể chế · Đề cương …"). */
export function pageTitle(title: string, siteTitle: string): string {
  return `${withoutFinalStop(title)} · ${siteTitle}`;
}

/** The query without the quotation marks typed around it (`"đạo đức công vụ"` → `đạo đức công vụ`), to quote it again in a sentence. */
export function withoutOuterQuotes(text: string): string {
  return text.trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, '').trim();
}

/**
 * A field's text continuing a sentence after ":" ("Đề ra đường lối…" → "đề ra đường lối…"): its
 * first letter in lower case, unless its first word begins a name, that is, the next word is
 * capitalised too ("Luật Viên chức (sửa đổi)…" stays as it is).
 */
export function continuingSentence(text: string): string {
  const [first = '', second = ''] = text.split(/\s+/, 2);
  const capital = (word: string) => word.charAt(0) !== word.charAt(0).toLocaleLowerCase('vi');
  if (capital(first) && capital(second)) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

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
 * A one-line hint taken from the text's own words: its first sentence, cut after
 * `maxWords` words with an ellipsis. Returns '' for an empty text.
 */
export function firstWordsHint(text: string, maxWords = 24): string {
  // Word by word from the start, so that a very long text (a 2 MB section) is never copied whole.
  const words: string[] = [];
  for (const [word] of text.matchAll(/\S+/g)) {
    words.push(word);
    if (words.length > maxWords) return `${words.slice(0, maxWords).join(' ')}…`;
    if (/[.:;!?]$/.test(word)) break;
  }
  return words.join(' ');
}

/** JSON to embed in a <script type="application/json">: "<" escaped, so no "</script" can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

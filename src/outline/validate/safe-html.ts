/**
 * Authors are trusted, a snippet pasted from elsewhere is not (P4): the HTML a content file
 * renders to may not run code in a reader's browser. Refused, with the file and the value:
 * a <script> (or <iframe>, <object>, <embed>), an event attribute such as onclick, and an
 * address that runs code (javascript:, vbscript:, or data: in a link). Checked on the rendered
 * HTML, so every way of writing a link (Markdown, HTML, a reference, an autolink) is seen.
 */
import { parse } from 'node-html-parser';
import type { ContentProblem } from './problems';

const CODE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data']);

/** The scheme of an address as a browser reads it (it skips white space and control characters). */
function schemeOf(address: string): string {
  return /^([a-z][a-z0-9+.-]*):/i.exec(address.replace(/[\s\u0000-\u001f]+/g, ''))?.[1].toLowerCase() ?? '';
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** A problem for every element or attribute of `html` that would run code. */
export function checkSafeHtml(file: string, html: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const element of parse(html, { comment: false }).querySelectorAll('*')) {
    const tag = element.rawTagName.toLowerCase();
    if (CODE_ELEMENTS.has(tag)) {
      problems.push({ file, field: 'body', message: `<${tag}> "${short(element.toString())}"; expected text, links and the site's own components, with no <${tag}> (the site's scripts live in src/browser)` });
      continue;
    }
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) {
        problems.push({ file, field: 'body', message: `<${tag} ${attribute}="${short(value)}"> runs code; expected no event attributes (onclick, onload…)` });
      } else if (URL_ATTRIBUTES.has(attribute)) {
        const scheme = schemeOf(value);
        if (scheme === 'javascript' || scheme === 'vbscript' || (scheme === 'data' && attribute === 'href')) {
          problems.push({ file, field: 'body link', message: `<${tag} ${attribute}="${short(value)}"> runs code when opened; expected an address starting with https:// or http://, or a page of the site` });
        }
      }
    }
  }
  return problems;
}

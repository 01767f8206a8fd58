/**
 * Build time: the text of the slides (src/outline/slides.ts), taken from a section's rendered,
 * annotated HTML: its blocks (paragraphs, list items, sub-headings), where a block may be cut
 * (sentence ends first), a cut block as balanced HTML, and how many lines a text takes at a
 * given width. Pure: no Astro, no browser.
 */
import { parse, type HTMLElement, type Node, type TextNode } from 'node-html-parser';
import { collapseWhitespace, escapeHtml } from '../site/text';

/**
 * Content the slides cannot lay out, and what it belongs to: a section's text, a quotation (its
 * id) or a cited document (its title). The presentation view names the file and field (P4).
 */
export class SlideProblem extends Error {
  constructor(
    message: string,
    readonly about: { section?: string; quotation?: string; document?: string } = {},
  ) {
    super(message);
    this.name = 'SlideProblem';
  }
}

/** A paragraph, a list item or a sub-heading of a section, as a slide shows it. */
export interface TextBlock {
  kind: 'p' | 'li' | 'h';
  /** Its id on the section's page ("a-ii-2-p3"), where it has one: leaving the slides opens the page there. */
  anchor?: string;
  /** Inner HTML: the outline's words with their inline markup (quotations, emphasis); no ids, no links. */
  html: string;
  /** The words, white space collapsed. */
  text: string;
  /** The list a list item belongs to, counted from 0 within the section (items of one list share it). */
  list?: { tag: 'ul' | 'ol'; index: number };
  /** Ids of the quotations (content/trich-dan) marked in it, in the order they stand. */
  quotes: string[];
  /** The editor's notes that stand right after it (inner HTML, without their label and link): each gets a slide of its own. */
  notes?: string[];
  /** What CSS shows after its probable corrections ("(sửa theo phỏng đoán)"): not its words, but it takes room on the slide. */
  shownAfter?: string;
  /** A piece after a cut: it continues the block of the slide before. */
  continued?: boolean;
  /** A piece before a cut: the block continues on the next slide. */
  continues?: boolean;
}

/** What the section pages add around the outline's words, which a slide leaves out. */
const SITE_NOTES = ['.quote-notes', '[data-editorial]'];

/**
 * The blocks of a section's HTML in reading order. Left out: the notes on quotation sources
 * (each quotation gets a slide of its own). An editor's note (not the outline's words) goes
 * with the block before it, for a slide of its own after it. Links become plain text (a
 * projected slide is read, not clicked); a probable correction stays marked (its data-note is
 * shown after it); ids go (a block may be cut in two).
 */
export function blocksOf(html: string): TextBlock[] {
  const root = parse(html);
  for (const note of root.querySelectorAll(SITE_NOTES.join(', '))) note.remove();
  // An editor's note on a slide: its words, without its label (the slide has its own) and its link.
  for (const part of root.querySelectorAll('.editor-note__label, .editor-note__more')) part.remove();
  for (const link of root.querySelectorAll('a')) {
    const note = link.classList.contains('fix--probable') ? link.getAttribute('data-note') : undefined;
    link.replaceWith(note ? `<span class="fix fix--probable" data-note="${escapeHtml(note)}">${link.innerHTML}</span>` : link.innerHTML);
  }
  const blocks: TextBlock[] = [];
  /** Notes met before any words, or right after a sub-heading: they go with the next paragraph or list item. */
  let notesFirst: string[] = [];
  let lists = 0;
  const add = (kind: TextBlock['kind'], el: HTMLElement, list?: TextBlock['list']) => {
    const quotes = el.querySelectorAll('q[id^="trich-"]').map((q) => q.id.slice('trich-'.length));
    for (const marked of el.querySelectorAll('[id]')) marked.removeAttribute('id');
    const text = collapseWhitespace(el.textContent);
    if (!text) return;
    if (el.querySelector('.editor-note')) throw new SlideProblem(`an editor's note stands inside "${text.slice(0, 60)}…": put it after the paragraph or the list.`);
    const notes = kind === 'h' ? [] : notesFirst;
    blocks.push({ kind, ...(el.id ? { anchor: el.id } : {}), html: el.innerHTML.trim(), text, quotes, ...(list ? { list } : {}), ...(notes.length ? { notes } : {}), ...probableNotes(el) });
    if (kind !== 'h') notesFirst = [];
  };
  const addNote = (aside: HTMLElement) => {
    for (const el of aside.querySelectorAll('[id]')) el.removeAttribute('id');
    const note = (aside.querySelector('p') ?? aside).innerHTML.trim();
    if (!collapseWhitespace(aside.textContent)) return;
    const before = blocks.at(-1);
    if (before && before.kind !== 'h') before.notes = [...(before.notes ?? []), note];
    else notesFirst.push(note);
  };
  const walk = (parent: HTMLElement) => {
    for (const node of parent.childNodes) {
      if (node.nodeType === 3) {
        if (collapseWhitespace((node as TextNode).text)) add('p', parse(`<p>${(node as TextNode).rawText}</p>`).querySelector('p')!);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as HTMLElement;
      const tag = el.rawTagName.toLowerCase();
      if (el.classList.contains('editor-note')) addNote(el);
      else if (/^h[1-6]$/.test(tag)) add('h', el);
      else if (tag === 'ul' || tag === 'ol') {
        const list = { tag, index: lists++ } as const;
        for (const item of el.childNodes) if (item.nodeType === 1 && (item as HTMLElement).rawTagName.toLowerCase() === 'li') add('li', item as HTMLElement, list);
      } else if (tag === 'p') add('p', el);
      // A wrapper (div, section, blockquote…) holding blocks: its blocks; holding only words: one paragraph.
      else if (el.querySelector('p, li, h1, h2, h3, h4, h5, h6')) walk(el);
      else add('p', el);
    }
  };
  walk(root);
  if (notesFirst.length) throw new SlideProblem(`an editor's note has no words of the outline after it in its section: "${collapseWhitespace(parse(notesFirst[0]).textContent).slice(0, 60)}…"`);
  return blocks;
}

/** The notes CSS shows after the probable corrections of a block, to count their room. */
function probableNotes(el: HTMLElement): { shownAfter?: string } {
  const notes = el.querySelectorAll('.fix--probable[data-note]').map((fix) => fix.getAttribute('data-note') ?? '');
  return notes.length ? { shownAfter: notes.join(' ') } : {};
}

/** Where a text may be cut, from best to worst: 1 a sentence end, 2 after ; or :, 3 after a comma or dash, 4 any space. */
export type CutLevel = 1 | 2 | 3 | 4;

export interface CutPoint {
  /** The piece before ends here (the white space is left out). */
  end: number;
  /** The piece after starts here. */
  start: number;
  level: CutLevel;
}

const CLOSING = /[”’"»)\]]/u;

/**
 * The places where `text` may be cut: each run of white space, ranked. Inside a quotation
 * (“…”) every place ranks one lower, so a quotation is cut only when nothing else fits.
 */
export function cutPoints(text: string): CutPoint[] {
  const points: CutPoint[] = [];
  let depth = 0;
  let counted = 0;
  for (const space of text.matchAll(/\s+/gu)) {
    const end = space.index;
    for (; counted < end; counted += 1) {
      if (text[counted] === '“') depth += 1;
      else if (text[counted] === '”') depth = Math.max(0, depth - 1);
    }
    const start = end + space[0].length;
    if (end === 0 || start >= text.length) continue;
    let before = end - 1;
    while (before > 0 && CLOSING.test(text[before])) before -= 1;
    const mark = text[before];
    const next = text[start];
    // "tr. 91", "TP. Hà Nội", "NXB. Chính trị": a period that ends an abbreviation ends no sentence.
    const abbreviation = /(?:^|[\s(])(?:tr|Tr|TP|Tp|TS|ThS|PGS|GS|NXB|Nxb|St)$/u.test(text.slice(Math.max(0, before - 4), before));
    let level: CutLevel = 4;
    if (/[.!?…]/u.test(mark) && /[\p{Lu}\p{N}“"‘(]/u.test(next) && !(mark === '.' && abbreviation)) level = 1;
    else if (/[;:]/u.test(mark)) level = 2;
    else if (/[,–—-]/u.test(mark)) level = 3;
    if (depth > 0) level = Math.min(4, level + 1) as CutLevel;
    points.push({ end, start, level });
  }
  return points;
}

/**
 * The part of an element's content between two offsets of its text (its text nodes joined, as
 * `textContent` gives them), as HTML: the inline elements it crosses are closed at the end and
 * opened again at the start, so a quotation cut across two slides stays marked on both.
 */
export function sliceHtml(html: string, from: number, to: number): string {
  const root = parse(html);
  let offset = 0;
  const serialize = (nodes: Node[]): string => {
    let out = '';
    for (const node of nodes) {
      if (node.nodeType === 3) {
        const text = (node as TextNode).text;
        const start = Math.max(from, offset) - offset;
        const end = Math.min(to, offset + text.length) - offset;
        if (start < end) out += escapeHtml(text.slice(start, end));
        offset += text.length;
      } else if (node.nodeType === 1) {
        const el = node as HTMLElement;
        const length = el.textContent.length;
        const inside = length === 0 ? offset >= from && offset < to : offset < to && offset + length > from;
        if (!inside) {
          offset += length;
          continue;
        }
        const tag = el.rawTagName.toLowerCase();
        const attributes = Object.entries(el.attributes)
          .filter(([name]) => name !== 'id')
          .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
          .join('');
        const inner = serialize(el.childNodes);
        out += el.isVoidElement ? `<${tag}${attributes}>` : `<${tag}${attributes}>${inner}</${tag}>`;
      }
    }
    return out;
  };
  return serialize(root.childNodes);
}

/** The text of `html` as sliceHtml counts it (text nodes joined, entities decoded). */
export function rawTextOf(html: string): string {
  return parse(html).textContent;
}

/**
 * Advance widths of DejaVu Sans (regular, then bold) for the characters from space (32) to
 * "~" (126), in thousandths of an em. It is the widest of the system fonts the site names
 * (Segoe UI, Roboto, Noto Sans and Arial set the same text narrower), and the one Debian's
 * browsers use for system-ui, so an estimate made with it is never short anywhere.
 */
const REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838,
  838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390,
  337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,
  525, 636, 337, 636, 838,
];
const BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838,
  838, 580, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457,
  365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652,
  582, 712, 365, 712, 838,
];
/** Letters of Vietnamese whose base letter is not ASCII, and punctuation beyond ASCII. */
const OTHER: Record<string, [number, number]> = {
  đ: [635, 716], Đ: [775, 838], ư: [634, 712], Ư: [858, 835], ơ: [612, 687], Ơ: [913, 874],
  '“': [518, 657], '”': [518, 657], '‘': [318, 380], '’': [318, 380], '–': [500, 500], '—': [1000, 1000], '…': [1000, 1000],
};

const widths = new Map<string, number>();

/** The width of one character in ems. Tone marks do not widen a letter: "ấ" is as wide as "a". */
function charWidth(char: string, bold: boolean): number {
  const key = bold ? `b${char}` : char;
  let width = widths.get(key);
  if (width === undefined) {
    const base = char.normalize('NFD')[0];
    const other = OTHER[char] ?? OTHER[base];
    const code = base.charCodeAt(0);
    // Anything else (symbols, other scripts): as wide as an em, so the estimate errs on the long side.
    width = other ? other[bold ? 1 : 0] / 1000 : code >= 32 && code <= 126 ? (bold ? BOLD : REGULAR)[code - 32] / 1000 : 1;
    widths.set(key, width);
  }
  return width;
}

/** The width of `text` in px at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char, bold);
  return ems * size;
}

/**
 * How many lines `text` takes in a box `width` px wide at `size` px, wrapping at spaces as a
 * browser does (a word longer than the line is broken, as `overflow-wrap: anywhere` does).
 * Browsers also break after hyphens and slashes, which can only make the text shorter.
 */
export function lineCount(text: string, width: number, size: number, bold = false): number {
  const words = collapseWhitespace(text).split(' ').filter(Boolean);
  if (words.length === 0) return 0;
  const space = textWidth(' ', size, bold);
  let lines = 1;
  let x = 0;
  for (const word of words) {
    let w = textWidth(word, size, bold);
    if (x > 0 && x + space + w <= width) {
      x += space + w;
      continue;
    }
    if (x > 0) lines += 1;
    while (w > width) {
      lines += 1;
      w -= width;
    }
    x = w;
  }
  return lines;
}

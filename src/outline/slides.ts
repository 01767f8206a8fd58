/**
 * Build time: the slides of the meeting mode (trinh-chieu.html), made from the outline's own
 * rendered and annotated HTML (Outline.htmlOf), so no text is ever copied. A section's text is
 * cut at paragraph and list-item boundaries so that each slide fits a 16:9 screen at the type
 * sizes of SLIDE_LAYOUT; a block too long for one slide continues on the next (cut at a
 * sentence end, or at a clause when one sentence alone is too long) rather than shrinking.
 * Each quotation gets a slide of its own after the paragraph that holds it, and so does an
 * editor's note after its paragraph; each section's cited documents, with their status today,
 * follow its text; the reporter's name closes the last slide, together with at least the last
 * words of the text.
 *
 * The sizes are estimated with the widths of the widest common system font (slide-text.ts) and
 * checked in real browsers (tests/browser/presentation.test.ts).
 */
import { blocksOf, cutPoints, lineCount, rawTextOf, sliceHtml, SlideProblem, type CutLevel, type TextBlock } from './slide-text';
import { collapseWhitespace } from '../site/text';

/**
 * A slide at 1280×720 CSS px: the sizes src/styles/presentation.css draws (it scales them with
 * the screen, so a slide wraps the same at 1920×1080), in px. A unit test checks both agree.
 */
export const SLIDE_LAYOUT = {
  width: 1280,
  height: 720,
  paddingX: 64,
  paddingTop: 40,
  /** The footer (section name, slide number) stands in this strip. */
  paddingBottom: 80,
  bodySize: 30,
  bodyLine: 1.4,
  blockGap: 18,
  itemIndent: 44,
  itemGap: 8,
  headingSize: 40,
  headingLine: 1.2,
  headingGap: 24,
  subheadingSize: 32,
  subheadingLine: 1.25,
  subheadingGap: 12,
  mastheadSize: 28,
  mastheadLine: 1.3,
  titleSize: 56,
  subtitleSize: 36,
  titleLine: 1.2,
  titleGap: 32,
  quoteLabelSize: 28,
  quoteSize: 40,
  quoteSmallSize: 30,
  quoteLine: 1.35,
  quoteGap: 28,
  detailSize: 28,
  detailLine: 1.4,
  detailGap: 8,
  signatureGap: 24,
} as const;

/** Part of the content box the text may fill: room for fonts and browsers that set it a little longer. */
export const FILL = 0.95;

const L = SLIDE_LAYOUT;
const CONTENT_WIDTH = L.width - 2 * L.paddingX;
/** The height text may take on a slide. */
export const BUDGET = (L.height - L.paddingTop - L.paddingBottom) * FILL;
const BODY_LINE = L.bodySize * L.bodyLine;

/** A continued piece shows "… " before it and " …" after it (CSS), which takes room too. */
const ELLIPSIS = '… ';

function blockLines(block: TextBlock): number {
  if (block.kind === 'h') return lineCount(block.text, CONTENT_WIDTH, L.subheadingSize, true);
  // What CSS adds after a probable correction takes room too (counted on every piece of a cut block).
  const text = `${block.continued ? ELLIPSIS : ''}${block.text}${block.shownAfter ? ` ${block.shownAfter}` : ''}${block.continues ? ` ${ELLIPSIS}` : ''}`;
  return lineCount(text, block.kind === 'li' ? CONTENT_WIDTH - L.itemIndent : CONTENT_WIDTH, L.bodySize);
}

const sameList = (a?: TextBlock, b?: TextBlock) => a?.kind === 'li' && b?.kind === 'li' && a.list?.index === b.list?.index;

/** The height of blocks laid out one after the other on a slide, below `top` px taken by a heading. */
export function blocksHeight(blocks: readonly TextBlock[], top = 0): number {
  let height = top;
  blocks.forEach((block, i) => {
    const lines = blockLines(block);
    if (block.kind === 'h') height += (i > 0 ? L.subheadingGap : 0) + lines * L.subheadingSize * L.subheadingLine + L.subheadingGap;
    else if (block.kind === 'li') height += (sameList(blocks[i - 1], block) ? L.itemGap : 0) + lines * BODY_LINE + (sameList(block, blocks[i + 1]) ? 0 : L.blockGap);
    else height += lines * BODY_LINE + L.blockGap;
  });
  return height;
}

/** The height of a section heading at the top of a slide. */
export function headingHeight(heading: string): number {
  return lineCount(heading, CONTENT_WIDTH, L.headingSize, true) * L.headingSize * L.headingLine + L.headingGap;
}

/** The height of the reporter's role and name under the last words. */
export const SIGNATURE_HEIGHT = L.signatureGap + 2 * BODY_LINE;

/** The masthead and title of the title slide, as the title slide lays them out. */
export interface TitleHead {
  /** Left column (superior body, cell), right column (party, place and date). */
  left: string[];
  right: string[];
  docType?: string;
  docSubtitle?: string;
}

/** The height of the title slide's masthead and title, above the theme. */
function titleHeadHeight(head: TitleHead): number {
  const column = (lines: string[]) =>
    lines.reduce((sum, line) => sum + lineCount(line, CONTENT_WIDTH / 2, L.mastheadSize, true) * L.mastheadSize * L.mastheadLine, 0);
  const title =
    (head.docType ? lineCount(head.docType, CONTENT_WIDTH, L.titleSize, true) * L.titleSize * L.titleLine : 0) +
    (head.docSubtitle ? lineCount(head.docSubtitle, CONTENT_WIDTH, L.subtitleSize, true) * L.subtitleSize * L.titleLine : 0);
  return Math.max(column(head.left), column(head.right)) + L.titleGap + title + L.titleGap;
}

/** A quotation as its slide shows it: the words and, as the quotations page words it, where they come from. */
export interface QuotationSlide {
  id: string;
  text: string;
  /** Whose words, or where they come from. */
  speaker: string;
  /** How the quotations page names that line ("Lời của" for a person, "Xuất xứ" otherwise); the default label when absent. */
  speakerLabel?: string;
  /** The source status as the quotations page names it ("Nguồn thứ cấp"…). */
  status: string;
  source?: string;
  note?: string;
}

/** The rows under a quotation: label and value. */
export function quotationDetails(q: QuotationSlide, labels: { speaker: string; source: string; note: string }): Array<[string, string]> {
  return [
    [q.speakerLabel ?? labels.speaker, q.speaker],
    [labels.source, q.source ? `${q.status} — ${q.source}` : q.status],
    ...(q.note ? [[labels.note, q.note] as [string, string]] : []),
  ];
}

/** The size of a quotation's words: large, or body size when large would not fit. */
export function quotationSize(q: QuotationSlide, details: Array<[string, string]>): 'large' | 'normal' {
  const detailsHeight = details.reduce(
    (sum, [label, value]) => sum + lineCount(`${label}: ${value}`, CONTENT_WIDTH, L.detailSize) * L.detailSize * L.detailLine + L.detailGap,
    0,
  );
  const fixed = L.quoteLabelSize * L.detailLine + L.quoteGap + L.quoteGap + detailsHeight;
  const quoteHeight = (size: number) => lineCount(`“${q.text}”`, CONTENT_WIDTH, size) * size * L.quoteLine;
  if (fixed + quoteHeight(L.quoteSize) <= BUDGET) return 'large';
  if (fixed + quoteHeight(L.quoteSmallSize) <= BUDGET) return 'normal';
  throw new SlideProblem('it does not fit on one slide even at body size; expected a shorter source or note', { quotation: q.id });
}

/**
 * A slide of one section as planned: its text blocks (the first slide under the heading), a
 * quotation, an editor's note (its inner HTML), or documents the section cites.
 */
export type PlannedSlide =
  | { kind: 'text'; head: boolean; blocks: TextBlock[]; signature?: boolean }
  | { kind: 'quote'; quote: string }
  | { kind: 'note'; html: string }
  | { kind: 'documents'; documents: SlideDocument[] };

/** A document a section cites, as its slide lists it: its title, a remark ("nêu trong ghi chú biên tập"), its status today. */
export interface SlideDocument {
  title: string;
  remark?: string;
  status?: string;
}

/** The label over a note's or the documents' slide, and the gap under it. */
const LABEL_HEIGHT = L.quoteLabelSize * L.detailLine + L.quoteGap;

/** The height of a document on its slide: its title (and remark) in bold, its status under it. */
function documentHeight(doc: SlideDocument): number {
  const title = lineCount(doc.remark ? `${doc.title} ${doc.remark}` : doc.title, CONTENT_WIDTH, L.detailSize, true);
  const status = doc.status ? lineCount(doc.status, CONTENT_WIDTH, L.detailSize) : 0;
  return (title + status) * L.detailSize * L.detailLine + L.quoteGap;
}

/** The height of a documents slide's text: its label, then each document. */
export function documentsHeight(documents: readonly SlideDocument[]): number {
  return documents.reduce((sum, doc) => sum + documentHeight(doc), LABEL_HEIGHT);
}

/** The documents a section cites, on as many slides as they take, in order. */
export function documentSlides(documents: readonly SlideDocument[]): SlideDocument[][] {
  const slides: SlideDocument[][] = [];
  let height = Infinity;
  for (const doc of documents) {
    const needed = documentHeight(doc);
    if (LABEL_HEIGHT + needed > BUDGET) throw new SlideProblem('it is longer than a slide; expected a shorter status', { document: doc.title });
    if (height + needed > BUDGET) {
      slides.push([]);
      height = LABEL_HEIGHT;
    }
    slides.at(-1)!.push(doc);
    height += needed;
  }
  return slides;
}

/** An editor's note fits on one slide, under its label, at the size of the text. */
function checkNoteFits(html: string): void {
  const text = collapseWhitespace(rawTextOf(html));
  if (LABEL_HEIGHT + lineCount(text, CONTENT_WIDTH, L.bodySize) * BODY_LINE > BUDGET) throw new SlideProblem(`an editor's note is longer than a slide: "${text.slice(0, 60)}…"; expected a shorter note`);
}

interface Draft {
  head: boolean;
  blocks: TextBlock[];
}

/** A piece of `block` between two offsets of its raw text; its HTML is made only when `withHtml`. */
function pieceOf(block: TextBlock, raw: string, from: number, to: number, isLast: boolean, withHtml = true): TextBlock {
  return {
    ...block,
    html: withHtml ? sliceHtml(block.html, from, to) : '',
    text: collapseWhitespace(raw.slice(from, to)),
    quotes: isLast ? block.quotes : [],
    notes: isLast ? block.notes : undefined,
    continued: block.continued || from > 0,
    continues: block.continues || !isLast,
  };
}

/**
 * Cuts a block too long for one slide into pieces, the first on `first` (a slide with what
 * already stands on it), the others on slides of their own. Each piece ends at the best cut
 * that fits: a sentence end if one does, else a clause, else a space. Among the cuts that give
 * as few pieces, it takes those that make the pieces most even, so no slide holds a lone line.
 * Undefined when not even a first piece fits on `first`.
 */
function cutBlock(block: TextBlock, first: Draft, headTop: number): TextBlock[] | undefined {
  const raw = rawTextOf(block.html);
  const points = cutPoints(raw);
  const fits = (slide: Draft, piece: TextBlock, budget: number) => blocksHeight([...slide.blocks, piece], slide.head ? headTop : 0) <= budget;

  /** The offsets of the pieces: each piece as long as fits within `scale` of a slide. */
  const greedy = (scale: number, maxLevel: CutLevel): { cuts: Array<[number, number]>; level: CutLevel } | undefined => {
    const cuts: Array<[number, number]> = [];
    let start = 0;
    let level: CutLevel = 1;
    for (;;) {
      const slide = cuts.length === 0 ? first : { head: false, blocks: [] };
      const budget = BUDGET * scale;
      if (fits(slide, pieceOf(block, raw, start, raw.length, true, false), budget)) return { cuts: [...cuts, [start, raw.length]], level };
      let chosen: (typeof points)[number] | undefined;
      for (let allowed = 1; allowed <= maxLevel && !chosen; allowed += 1) {
        // Heights grow with the piece, so the last cut that fits is found by halving.
        const candidates = points.filter((p) => p.end > start && p.level <= allowed);
        let low = 0;
        let high = candidates.length - 1;
        while (low <= high) {
          const middle = (low + high) >> 1;
          if (fits(slide, pieceOf(block, raw, start, candidates[middle].end, false, false), budget)) {
            chosen = candidates[middle];
            low = middle + 1;
          } else high = middle - 1;
        }
        if (chosen) level = Math.max(level, allowed) as CutLevel;
      }
      if (!chosen) return undefined;
      cuts.push([start, chosen.end]);
      start = chosen.start;
    }
  };

  const plain = greedy(1, 4);
  if (!plain) return undefined;
  let best = plain.cuts;
  for (let scale = 0.5; scale < 1; scale += 0.02) {
    const even = greedy(scale, plain.level);
    if (even && even.cuts.length <= plain.cuts.length) {
      best = even.cuts;
      break;
    }
  }
  return best.map(([from, to], i) => pieceOf(block, raw, from, to, i === best.length - 1));
}

/**
 * The slides of one section: its blocks packed in reading order under its heading (or under
 * the title slide's head), `headTop` px high. A block that does not fit where the slide stands
 * moves whole to the next slide when it fits there (a heading left alone stays as the section's
 * title slide); only a block longer than a slide is cut. A sub-heading never ends a slide. When
 * a paragraph holding quotations is done, their slides follow. With `signature`, the last slide
 * keeps room for the reporter's name under at least the last sentence.
 */
export function planSection(blocks: readonly TextBlock[], options: { headTop: number; signature?: boolean }): PlannedSlide[] {
  const { headTop } = options;
  const planned: PlannedSlide[] = [];
  let slide: Draft = { head: true, blocks: [] };
  const height = (draft: Draft, extra: TextBlock[] = []) => blocksHeight([...draft.blocks, ...extra], draft.head ? headTop : 0);
  const flush = () => {
    if (slide.head || slide.blocks.length > 0) planned.push({ kind: 'text', ...slide });
    slide = { head: false, blocks: [] };
  };

  blocks.forEach((block, i) => {
    if (block.kind === 'h') {
      // Keep the sub-heading with the first lines of what follows it.
      const next = blocks[i + 1];
      const firstLines = next && next.kind !== 'h' ? [{ ...next, text: next.text.slice(0, 120) }] : [];
      if (slide.blocks.length > 0 && height(slide, [block, ...firstLines]) > BUDGET) flush();
      slide.blocks.push(block);
      return;
    }
    if (height(slide, [block]) <= BUDGET) slide.blocks.push(block);
    else {
      // A sub-heading goes along with the block it stands over.
      const heading = slide.blocks.at(-1)?.kind === 'h' ? slide.blocks.pop() : undefined;
      const lead = heading ? [heading] : [];
      if (blocksHeight([...lead, block]) <= BUDGET) {
        flush();
        slide.blocks.push(...lead, block);
      } else {
        // Longer than a slide: it starts on a slide of its own, or right under the section heading.
        if (slide.blocks.length > 0) flush();
        slide.blocks.push(...lead);
        let pieces = cutBlock(block, slide, headTop);
        if (!pieces) {
          slide.blocks.pop();
          flush();
          slide.blocks.push(...lead);
          pieces = cutBlock(block, slide, headTop);
        }
        if (!pieces) throw new SlideProblem(`a word of "${block.text.slice(0, 60)}…" is wider than a slide; expected words a line can hold`);
        pieces.forEach((piece, k) => {
          if (k > 0) flush();
          slide.blocks.push(piece);
        });
      }
    }
    if (block.quotes.length > 0 || block.notes?.length) {
      flush();
      for (const quote of block.quotes) planned.push({ kind: 'quote', quote });
      for (const html of block.notes ?? []) {
        checkNoteFits(html);
        planned.push({ kind: 'note', html });
      }
    }
  });

  if (!options.signature) {
    flush();
    return evenOut(planned, headTop);
  }
  if (height(slide) + SIGNATURE_HEIGHT > BUDGET || (slide.blocks.length === 0 && !slide.head)) {
    // The name never stands alone: the last words go with it.
    const last = slide.blocks.pop() ?? lastTextBlockOf(planned);
    if (last) {
      const [before, after] = splitLastSentence(last);
      if (before) slide.blocks.push(before);
      flush();
      slide.blocks.push(after);
    }
  }
  planned.push({ kind: 'text', ...slide, signature: true });
  return planned;
}

/**
 * Evens out two text slides in a row where the second holds little (the last items of a list,
 * a short last paragraph): whole blocks move from the end of the first to the second, to the
 * place that makes the fuller of the two least full. Whatever the balance, a slide never ends
 * with a list's first item alone, nor with the words that introduce a list (ending in ":") when
 * the list starts on the next, and a list's last item does not go over alone when that can be
 * helped. Pieces of a cut block stay where the cut put them.
 */
export function evenOut(planned: PlannedSlide[], headTop: number): PlannedSlide[] {
  for (let i = planned.length - 1; i > 0; i -= 1) {
    const first = planned[i - 1];
    const second = planned[i];
    if (first.kind !== 'text' || second.kind !== 'text' || second.head || first.blocks.length === 0 || second.blocks[0]?.continued) continue;
    const blocks = [...first.blocks, ...second.blocks];
    const original = first.blocks.length;
    // Only whole blocks after the last piece of a cut block may move.
    const lowest = Math.max(1, first.blocks.findLastIndex((b) => b.continues || b.continued) + 1);
    const score = (k: number): [number, number] | undefined => {
      const height = Math.max(blocksHeight(blocks.slice(0, k), first.head ? headTop : 0), blocksHeight(blocks.slice(k)));
      const before = blocks[k - 1];
      const after = blocks[k];
      if (k !== original && (height > BUDGET || before.kind === 'h')) return undefined;
      const loneFirstItem = sameList(before, after) && !sameList(blocks[k - 2], before);
      const loneLastItem = sameList(before, after) && !sameList(after, blocks[k + 1]);
      const introLeftBehind = before?.kind === 'p' && /:\s*$/.test(before.text) && after?.kind === 'li';
      return [Number(loneFirstItem) + Number(introLeftBehind) + Number(loneLastItem), height];
    };
    let best = original;
    let bestScore = score(original)!;
    for (let k = original - 1; k >= lowest; k -= 1) {
      const candidate = score(k);
      if (candidate && (candidate[0] < bestScore[0] || (candidate[0] === bestScore[0] && candidate[1] < bestScore[1]))) {
        best = k;
        bestScore = candidate;
      }
    }
    first.blocks = blocks.slice(0, best);
    second.blocks = blocks.slice(best);
  }
  return planned;
}

/** Takes the last block off the last text slide planned (a quotation slide came after it). */
function lastTextBlockOf(planned: PlannedSlide[]): TextBlock | undefined {
  const last = planned.at(-1);
  if (last?.kind !== 'text') return undefined;
  const block = last.blocks.pop();
  if (last.blocks.length === 0 && !last.head) planned.pop();
  return block;
}

/** A block cut before its last sentence (the first part is undefined when it has only one). */
function splitLastSentence(block: TextBlock): [TextBlock | undefined, TextBlock] {
  const raw = rawTextOf(block.html);
  const cut = cutPoints(raw).filter((p) => p.level === 1).at(-1);
  if (!cut) return [undefined, block];
  return [pieceOf(block, raw, 0, cut.end, false), pieceOf(block, raw, cut.start, raw.length, true)];
}

/** What a slide shows of the text: sub-headings, paragraphs, and list items grouped in their lists. */
export type SlideContent =
  | { type: 'h'; html: string }
  | { type: 'p'; html: string; continued?: boolean; continues?: boolean }
  | { type: 'list'; tag: 'ul' | 'ol'; items: Array<{ html: string; continued?: boolean; continues?: boolean }> };

/** Blocks as a slide lays them out: consecutive items of one list in one list element. */
export function contentOf(blocks: readonly TextBlock[]): SlideContent[] {
  const content: SlideContent[] = [];
  blocks.forEach((block, i) => {
    const marks = { ...(block.continued ? { continued: true } : {}), ...(block.continues ? { continues: true } : {}) };
    if (block.kind === 'h') content.push({ type: 'h', html: block.html });
    else if (block.kind === 'p') content.push({ type: 'p', html: block.html, ...marks });
    else {
      const last = content.at(-1);
      if (last?.type === 'list' && sameList(blocks[i - 1], block)) last.items.push({ html: block.html, ...marks });
      else content.push({ type: 'list', tag: block.list?.tag ?? 'ul', items: [{ html: block.html, ...marks }] });
    }
  });
  return content;
}

/** A section of the outline as the slides need it. */
export interface SlideSection {
  id: string;
  /**
   * Its heading as printed ("3. Những tồn tại…"); none for the words that close a part, whose
   * first slide then opens the part's page at them rather than at its top.
   */
  heading?: string;
  /** How the footer names it. */
  name: string;
  /** Site path of its page. */
  page: string;
  /** Its own text, rendered and annotated (Outline.htmlOf). */
  html: string;
  /** The documents it cites, with their status today: slides of their own after its text (facts.md: the status next to the outline). */
  documents?: SlideDocument[];
}

export interface SlidesInput {
  /** The title slide: the header's id, name, page, masthead and theme (its HTML). */
  title: Omit<SlideSection, 'heading'> & { head: TitleHead };
  /** The sections with a page, in reading order. */
  sections: SlideSection[];
  quotations: QuotationSlide[];
  /** Ids of the expressions the text marks in quotation marks but attributes to no one: no slide of their own. */
  unattributed?: string[];
  /** The reporter, under the last words of the last section. */
  signature?: { role: string; name: string };
}

export interface Slide {
  /** Its element id and URL fragment: the section's id on its first slide, then `<id>--2`, `<id>--3`… */
  id: string;
  /** 1, 2, 3… in the order shown. */
  number: number;
  kind: 'title' | 'divider' | 'text' | 'quote' | 'note' | 'documents';
  /** The section it belongs to, its name (footer) and its page. */
  section: string;
  name: string;
  page: string;
  /**
   * Where on its page it stands: the id of the first block it shows (one without an id: that of
   * the block shown last before it, just above); a quotation's, a note's or the documents' slide,
   * that of the block shown last before it; the section's first slide, none (the page's top).
   * "Thoát trình chiếu" opens the page there.
   */
  anchor?: string;
  /** The section heading, on the section's first slide. */
  heading?: string;
  content: SlideContent[];
  quote?: QuotationSlide;
  /** An editor's note: its inner HTML. */
  note?: string;
  documents?: SlideDocument[];
  signature?: { role: string; name: string };
}

/** Every slide of the outline, in order: the title slide, then each section's slides. */
export function makeSlides(input: SlidesInput): Slide[] {
  const quotations = new Map(input.quotations.map((q) => [q.id, q]));
  const slides: Slide[] = [];
  const add = (section: Omit<SlideSection, 'heading' | 'html'>, plan: PlannedSlide[], kindOfHead: 'title' | 'section', heading?: string) => {
    const shown = plan.filter((planned) => planned.kind !== 'quote' || !input.unattributed?.includes(planned.quote));
    /** The id of the last block shown so far in this section. */
    let lastAnchor: string | undefined;
    /** A section's first slide opens its page at the top; words closing a part (no heading), at them. */
    const opensAtTop = kindOfHead === 'title' || Boolean(heading);
    shown.forEach((planned, k) => {
      let anchor = lastAnchor;
      if (planned.kind === 'text') {
        anchor = k === 0 && opensAtTop ? undefined : (planned.blocks[0]?.anchor ?? lastAnchor);
        lastAnchor = planned.blocks.findLast((block) => block.anchor)?.anchor ?? lastAnchor;
      }
      const base = { id: k === 0 ? section.id : `${section.id}--${k + 1}`, number: slides.length + 1, section: section.id, name: section.name, page: section.page, ...(anchor ? { anchor } : {}) };
      if (planned.kind === 'quote') {
        const quote = quotations.get(planned.quote);
        if (!quote) throw new SlideProblem(`it marks quotation "${planned.quote}", which content/trich-dan does not list`, { section: section.id });
        slides.push({ ...base, kind: 'quote', content: [], quote });
        return;
      }
      if (planned.kind === 'note') {
        slides.push({ ...base, kind: 'note', content: [], note: planned.html });
        return;
      }
      if (planned.kind === 'documents') {
        slides.push({ ...base, kind: 'documents', content: [], documents: planned.documents });
        return;
      }
      const kind = planned.head ? (kindOfHead === 'title' ? 'title' : planned.blocks.length === 0 ? 'divider' : 'text') : 'text';
      slides.push({
        ...base,
        kind,
        ...(planned.head && heading ? { heading } : {}),
        content: contentOf(planned.blocks),
        ...(planned.signature && input.signature ? { signature: input.signature } : {}),
      });
    });
  };
  const { title } = input;
  inSection(title.id, () => add(title, planSection(blocksOf(title.html), { headTop: titleHeadHeight(title.head) }), 'title'));
  input.sections.forEach((section, i) => {
    const last = i === input.sections.length - 1;
    inSection(section.id, () => {
      const plan = planSection(blocksOf(section.html), { headTop: section.heading ? headingHeight(section.heading) : 0, signature: last && Boolean(input.signature) });
      const documents = documentSlides(section.documents ?? []).map((list): PlannedSlide => ({ kind: 'documents', documents: list }));
      add(section, [...plan, ...documents], 'section', section.heading);
    });
  });
  return slides;
}

/** Lays out a section's slides; a problem found in its text is that section's. */
function inSection(id: string, lay: () => void): void {
  try {
    lay();
  } catch (error) {
    if (error instanceof SlideProblem && !error.about.section && !error.about.quotation && !error.about.document) throw new SlideProblem(error.message, { section: id });
    throw error;
  }
}

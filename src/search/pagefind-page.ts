/**
 * A page as Pagefind's data() gives it, cut into the same parts as the offline index
 * (build/records.ts): one per heading with an id, after the text before the first one.
 * Then both search paths pick a result's heading and excerpt with the same code (bestPart),
 * and none of it depends on which spelling Pagefind searched (its own excerpts do), so a
 * page loaded once serves every later search.
 */
import type { SearchPage, SearchSegment } from './types';

/** What this site reads of Pagefind's data() for a page. */
export interface PagefindPageData {
  content: string;
  meta: { title?: string };
  /** Elements with an id; `location` is the index of their first word in `content`, split at white space. */
  anchors: Array<{ element: string; id: string; text: string; location: number }>;
}

const HEADING = /^h[1-6]$/i;
const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

export function pagefindPage(url: string, data: PagefindPageData): SearchPage {
  const content = words(data.content);
  const headings = data.anchors.filter((anchor) => HEADING.test(anchor.element));
  const text = (from: number, to: number) => content.slice(from, to).join(' ');
  const segments: SearchSegment[] = [];
  const firstHeading = headings[0]?.location ?? content.length;
  if (firstHeading > 0) segments.push({ id: '', heading: '', text: text(0, firstHeading) });
  headings.forEach((heading, i) => {
    const end = headings[i + 1]?.location ?? content.length;
    // The heading's own words open its part of the content.
    const start = Math.min(heading.location + words(heading.text).length, end);
    segments.push({ id: heading.id, heading: heading.text, text: text(start, end) });
  });
  return { url, title: data.meta.title ?? '', segments };
}

/** Meeting mode (trinh-chieu.html): the whole outline as slides. */
import { PAGES, sectionPath } from '../../site/routes';
import { t } from '../../site/ui-strings';
import type { Outline } from '../load';
import { fullHeading, sectionLabel } from '../nav';
import { makeSlides, quotationDetails, quotationSize, type SlideDocument } from '../slides';
import { SlideProblem } from '../slide-text';
import { ContentValidationError } from '../validate/problems';
import { slideContentProblem } from '../validate/slide-problems';
import { quotationsView } from './reference-pages';
import { mastheadView, relationsOf, type SignatureView } from './section-parts';

/** The documents a section's page lists with their status (not the events), as its slides list them. */
function slideDocuments({ documents, editorial }: ReturnType<typeof relationsOf>): SlideDocument[] {
  return [
    ...documents.map((d) => ({ title: d.title, remark: d.remark, status: d.status })),
    ...editorial.map((d) => ({ title: d.title, remark: t('document.citedEditorial'), status: d.status })),
  ];
}

/** Meeting mode: the whole outline as slides; content the slides cannot lay out stops the build naming its file and field (P4). */
export function presentationView(outline: Outline) {
  try {
    return slidesView(outline);
  } catch (error) {
    if (error instanceof SlideProblem) throw new ContentValidationError([slideContentProblem(outline, error)]);
    throw error;
  }
}

/** The whole outline as slides, made from the sections' own HTML (src/outline/slides.ts). */
function slidesView(outline: Outline) {
  const { header, closing, pages } = outline;
  const masthead = mastheadView(header);
  const slides = makeSlides({
    title: {
      id: header.id,
      name: header.title,
      page: PAGES.home,
      html: outline.htmlOf.get(header.id) ?? '',
      head: { left: [masthead.superior, masthead.cell], right: [masthead.party, `${masthead.place}, ${masthead.date}`], docType: masthead.docType, docSubtitle: masthead.docSubtitle },
    },
    // The words that close a part (B.I's "Trên đây là kết quả…") follow its last section, where the
    // outline has them, on a slide of their own named after the part: they stand on the part's page.
    sections: pages.flatMap((item) => [
      {
        id: item.id,
        heading: fullHeading(item),
        name: sectionLabel(item),
        page: sectionPath(item.id),
        html: outline.htmlOf.get(item.id) ?? '',
        documents: slideDocuments(relationsOf(outline, item)),
      },
      ...outline.items
        .filter((end) => end.kind === 'part-end' && pages.filter((p) => p.order < end.order).at(-1)?.id === item.id)
        .map((end) => {
          const part = outline.items.find((p) => p.id === end.parent)!;
          return { id: end.id, name: sectionLabel(part), page: sectionPath(part.id), html: outline.htmlOf.get(end.id) ?? '' };
        }),
    ]),
    // The quotations the outline attributes, worded as the quotations page words them.
    quotations: quotationsView(outline).quotations.map((q) => ({ id: q.id, text: q.text, speaker: q.whose?.value ?? '', speakerLabel: q.whose?.label, status: q.sourceText, note: q.note })),
    unattributed: outline.quotations.filter((q) => q.kind !== 'trich-dan').map((q) => q.id),
    signature: closing?.signature as SignatureView | undefined,
  });
  const labels = { speaker: t('quote.speaker'), source: t('quote.source'), note: t('document.notes') };
  return {
    title: t('presentation.title'),
    description: t('presentation.description'),
    masthead,
    slides: slides.map((slide) => {
      const details = slide.quote ? quotationDetails(slide.quote, labels) : undefined;
      return { ...slide, total: slides.length, details, quoteSize: slide.quote && details ? quotationSize(slide.quote, details) : undefined };
    }),
  };
}

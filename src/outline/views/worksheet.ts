/** The worksheet (phieu-lien-he.html): Part B's boxes for the cell's own results, area by area, with the outline's cell as the example. */
import { PAGES } from '../../site/routes';
import { slugifyVietnamese } from '../../site/slug';
import { t } from '../../site/ui-strings';
import { formatVietnameseDate } from '../../site/vietnamese-date';
import { storageKey } from '../../site/worksheet';
import type { AreaItem, Outline } from '../load';
import { citedPassage, quotedPassagesOf } from './cited-passage';
import type { SignatureView } from './section-parts';

/** One answer box of the worksheet: its form name, the label it is known by in messages (an import error names the box). */
interface WorksheetField {
  name: string;
  id: string;
  label: string;
}

export function worksheetView(outline: Outline) {
  const { header, closing, areas, byId } = outline;
  const path = PAGES.worksheet;
  const partB = outline.items.find((s) => s.kind === 'part' && s.part === 'B' && !s.parent);
  /** The example for an area: what the outline's own cell wrote in Part B's results, with the marks it has there. */
  const examplesOf = (area: AreaItem) =>
    quotedPassagesOf(outline, area)
      .filter((p) => byId.get(p.section)?.part === 'B' && !byId.get(p.section)?.listsAreas)
      .map((p) => citedPassage(outline, path, p.section, p.paragraph, p.text));
  const areaView = (area: AreaItem) => {
    const examples = examplesOf(area);
    const sections = [...new Set(examples.map((e) => outline.byId.get(e.sectionId)!.number))];
    return {
      id: area.id,
      title: area.title,
      answer: { name: `area:${area.id}`, id: `ws-area-${area.id}`, label: t('worksheet.resultsOf', { area: area.title }) } satisfies WorksheetField,
      counts: area.counts.map((label) => {
        const slug = slugifyVietnamese(label);
        return { text: label, name: `count:${slug}`, id: `ws-count-${slug}`, label: t('worksheet.countOf', { label }) } satisfies WorksheetField & { text: string };
      }),
      examples,
      exampleTitle: sections.length
        ? t('worksheet.exampleBoxFrom', { example: header.masthead.cellName, sections: sections.join(', ') })
        : t('worksheet.exampleBox', { example: header.masthead.cellName }),
    };
  };
  const general = (name: string, label: string, type: 'text' | 'date', sample: string) => ({ name, id: `ws-${name}`, label, type, sample });
  return {
    outlineTitle: header.title,
    // Each outline keeps its own worksheet in the browser (two quarters, two USB copies).
    storageKey: storageKey({ cell: header.masthead.cell, title: header.title, date: header.masthead.date.toISOString().slice(0, 10) }),
    example: header.masthead.cellName,
    /** The year of the outline's date: a date typed far from it is asked about (site/worksheet-values.ts, dateAsRead). */
    outlineYear: header.masthead.date.getUTCFullYear(),
    party: header.masthead.party,
    printTitle: partB ? `${partB.label ?? ''} ${partB.title}` : t('worksheet.title'),
    general: [
      // The masthead's own two lines keep its capitals: they show how the header is written.
      general('superior', t('worksheet.superior'), 'text', header.masthead.superior),
      general('cell', t('worksheet.cell'), 'text', header.masthead.cell),
      general('place', t('worksheet.place'), 'text', header.masthead.place),
      general('date', t('worksheet.date'), 'date', formatVietnameseDate(header.masthead.date)),
      general('reporter', t('worksheet.reporter'), 'text', closing?.signature?.name ?? ''),
    ],
    areas: areas.filter((a) => a.group === 'linh-vuc').map(areaView),
    themes: areas.filter((a) => a.group === 'chu-de').map(areaView),
    signature: closing?.signature as SignatureView | undefined,
  };
}

/** The page of each reform area or theme, and the list of them. */
import { PAGES, areaPath, sectionPath } from '../../site/routes';
import { sourceLink } from '../../site/sources';
import { t } from '../../site/ui-strings';
import type { AreaItem, Outline } from '../load';
import { sectionLabel } from '../nav';
import { citedPassage, quotedPassagesOf } from './cited-passage';
import { documentById, documentEntry } from './document-entry';
import type { Crumb } from './section-parts';

export function areaView(outline: Outline, area: AreaItem) {
  const path = areaPath(area.id);
  const quoted = quotedPassagesOf(outline, area).map((p) => ({ ...citedPassage(outline, path, p.section, p.paragraph, p.text), part: outline.byId.get(p.section)!.part }));
  const partB = quoted.filter((p) => p.part === 'B');
  const kind = t(`area.kind.${area.group}`);
  const description =
    area.description ??
    t(partB.length ? (area.documents.length ? 'area.description.full' : 'area.description.results') : 'area.description.plain', { title: area.title, kind });
  return {
    path,
    title: area.title,
    description,
    breadcrumbs: [{ title: t('areas.title'), path: PAGES.areas }, { title: area.title }] as Crumb[],
    framework: t(`area.framework.${area.group}`),
    nameSource: area.nameSource ? sourceLink(area.nameSource) : undefined,
    listItem: area.listItem,
    hasIntro: Boolean(area.entry.body?.trim()),
    parts: [
      { id: 'phan-a', title: t('area.partA'), passages: quoted.filter((p) => p.part === 'A'), empty: undefined },
      // Part B's list names every area; where the outline gives no result of the cell's own, the page says so.
      { id: 'phan-b', title: t('area.partB'), passages: partB, empty: partB.length ? undefined : t('area.noUnitResults', { kind }) },
    ].filter((part) => part.passages.length > 0 || part.empty),
    documents: area.documents.map((id) => ({ ...documentEntry(outline, documentById(outline, id)), summary: documentById(outline, id).summary })),
    sectionsTitle: t(`area.sections.${area.group}`),
    sections: outline.pages.filter((s) => s.areas.includes(area.id)).map((s) => ({ title: sectionLabel(s), path: sectionPath(s.id) })),
  };
}

export function areasIndexView(outline: Outline) {
  const sources = [...new Set(outline.areas.flatMap((a) => (a.nameSource ? [a.nameSource] : [])))].map(sourceLink);
  return {
    sources,
    groups: (['linh-vuc', 'chu-de'] as const)
      .map((group) => ({
        group,
        title: t(`areas.group.${group}`),
        intro: group === 'chu-de' ? t('areas.themesIntro') : undefined,
        areas: outline.areas.filter((a) => a.group === group).map((a) => ({ title: a.title, path: areaPath(a.id), listItem: a.listItem })),
      }))
      .filter((g) => g.areas.length > 0),
  };
}

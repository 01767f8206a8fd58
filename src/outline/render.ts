/**
 * Renders one section's MDX (or the notes of a document or area page) to an HTML string, so that the annotate steps can work on it
 * (corrections, paragraph ids, links to cited documents, quotations) before any page shows it.
 * Astro's container API is marked experimental; it is the documented way to render a
 * component to a string.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { render, type CollectionEntry } from 'astro:content';
import Fix from '../components/content/Fix.astro';
import EditorNote from '../components/content/EditorNote.astro';

let container: Promise<AstroContainer> | undefined;

function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

export async function renderSection(entry: CollectionEntry<'de-cuong' | 'van-ban' | 'linh-vuc'>): Promise<string> {
  const { Content } = await render(entry);
  return (await getContainer()).renderToString(Content, { props: { components: { Fix, EditorNote } } });
}

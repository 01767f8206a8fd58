/**
 * The editorial corrections, for the components that show them inside a section's text
 * (Fix, EditorNote). Kept apart from outline.ts, which renders those sections: a component
 * waiting for the outline while the outline waits for it would never finish.
 */
import { getCollection } from 'astro:content';

export async function getCorrection(id: string) {
  const entry = (await getCollection('hieu-dinh')).find((c) => c.id === id);
  if (!entry) throw new Error(`content/hieu-dinh: no entry "${id}"`);
  return entry.data;
}

/**
 * The content collections (README: "Thêm hoặc sửa một mục của đề cương"): which files hold each part of the content. Their
 * schemas, every field documented with the message shown when it is wrong, are in
 * src/outline/schemas.ts; a wrong type or a missing field stops the build naming the file and
 * the field. Ids that point into another collection, and everything that needs the rendered
 * text, are checked in src/outline/validate/, with the same kind of message.
 *
 * Ids are plain strings, not Astro's reference(): reference() only turns an id into
 * { collection, id } and never checks that the entry exists (astro/dist/content/runtime.js),
 * so an unknown id would build silently. validate/ checks every id against the loaded
 * collections and names the file, the field and the ids it may hold.
 *
 * The loaders (src/outline/loaders.ts) read every file as UTF-8 composed to NFC, refuse a file
 * name that is not ASCII and an id used twice in a YAML list, and keep dates as written.
 */
import { defineCollection } from 'astro:content';
import { contentRoot } from './outline/content-root';
import { contentGlob, contentYamlList } from './outline/loaders';
import { areaSchema, correctionSchema, documentSchema, glossarySchema, quotationSchema, sectionSchema } from './outline/schemas';

const root = contentRoot();

export const collections = {
  'de-cuong': defineCollection({ loader: contentGlob({ pattern: '**/*.mdx', base: `${root}/de-cuong` }), schema: sectionSchema }),
  'hieu-dinh': defineCollection({ loader: contentYamlList(`${root}/hieu-dinh/hieu-dinh.yaml`), schema: correctionSchema }),
  'van-ban': defineCollection({ loader: contentGlob({ pattern: '**/*.{md,mdx}', base: `${root}/van-ban` }), schema: documentSchema }),
  'linh-vuc': defineCollection({ loader: contentGlob({ pattern: '**/*.{md,mdx}', base: `${root}/linh-vuc` }), schema: areaSchema }),
  'thuat-ngu': defineCollection({ loader: contentYamlList(`${root}/thuat-ngu/thuat-ngu.yaml`), schema: glossarySchema }),
  'trich-dan': defineCollection({ loader: contentYamlList(`${root}/trich-dan/trich-dan.yaml`), schema: quotationSchema }),
};

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { collapseWhitespace } from '../../src/site/text';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
/** Copies of the outline's source text and of the verified facts, so that a clone stands alone. */
export const SOURCE_TEXT = join(ROOT, 'tests/fixtures/source/de-cuong-quy-III-2024.txt');
export const FACTS = join(ROOT, 'tests/fixtures/source/facts.md');

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** The readable text of a page's <main>, one block a line, white space collapsed within lines. */
export function mainText(html: string): string {
  const main = parse(html).querySelector('main');
  return (main?.structuredText ?? '').split('\n').map(collapseWhitespace).filter(Boolean).join('\n');
}

export interface CorrectionEntry {
  id: string;
  kind: 'sua-loi' | 'de-muc' | 'danh-so' | 'ghi-chu';
  section: string;
  original: string;
  corrected: string;
}

export function readCorrections(): CorrectionEntry[] {
  return parseYaml(readFileSync(join(ROOT, 'content/hieu-dinh/hieu-dinh.yaml'), 'utf8')) as CorrectionEntry[];
}

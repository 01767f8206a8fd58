/**
 * The reader's choices, remembered between pages and visits (localStorage works from
 * file:// too): text size and light or dark theme.
 */
/** Text sizes offered by A− / A+, in percent of the browser's default. */
export const TEXT_SIZES = [87.5, 100, 112.5, 125, 150] as const;

export interface ReadingPrefs {
  size: number;
  theme?: 'light' | 'dark';
}

/** Reads stored preferences; anything unexpected gives the defaults. */
export function parsePrefs(raw: string | null): ReadingPrefs {
  try {
    const value = JSON.parse(raw ?? '{}') as Partial<ReadingPrefs>;
    const size = TEXT_SIZES.includes(value.size as (typeof TEXT_SIZES)[number]) ? (value.size as number) : 100;
    const theme = value.theme === 'dark' || value.theme === 'light' ? value.theme : undefined;
    return theme ? { size, theme } : { size };
  } catch {
    return { size: 100 };
  }
}

/** The next size up (+1) or down (-1), staying within TEXT_SIZES. */
export function stepSize(size: number, direction: 1 | -1): number {
  const at = Math.max(0, TEXT_SIZES.indexOf(size as (typeof TEXT_SIZES)[number]));
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, at + direction))];
}

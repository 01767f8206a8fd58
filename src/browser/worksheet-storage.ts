/**
 * Where the Part B worksheet page (worksheet.ts) keeps its text: localStorage, under this
 * outline's own key, with the worksheets kept for "Hoàn tác" beside it, and the text an earlier
 * version kept elsewhere, brought over once. Storage can be full, or refused altogether (some
 * private windows, a site's data blocked): no call here throws; each says by what it returns.
 */
import {
  isBlank,
  keyBeforeTitleFix,
  LEGACY_BACKUP_KEY,
  LEGACY_STORAGE_KEY,
  legacyUndoKey,
  parseStored,
  parseUndo,
  undoKey,
  type KeptWorksheet,
  type WorksheetData,
} from '../site/worksheet';
import { readStored as read, removeStored as remove, writeStored as write } from './local-storage';

/** The storage of one outline's worksheet (`key`: storageKey in src/site/worksheet.ts). */
export function worksheetStorage(key: string) {
  /** The worksheets kept for "Hoàn tác" (those an earlier version kept, the first time). */
  const kept = (): KeptWorksheet[] => parseUndo(read(undoKey(key)) ?? read(legacyUndoKey(key)));

  return {
    /** The worksheet as saved (empty when nothing is, or what is cannot be read). */
    load: (): WorksheetData => parseStored(read(key)),

    /** Whether the page can keep anything: 'full' when storage is full, 'refused' when it keeps nothing. */
    state(): 'ok' | 'full' | 'refused' {
      try {
        const probe = `${key}:thu`;
        localStorage.setItem(probe, '1');
        localStorage.removeItem(probe);
        return 'ok';
      } catch (error) {
        return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'full' : 'refused';
      }
    },

    /**
     * Saves the worksheet; when storage is full, the worksheets kept for "Hoàn tác" give way,
     * those kept longest ago first: what is on screen comes before what it replaced. Returns
     * whether it is saved and, when some had to give way, how many are still kept (the list is
     * read only then: a save after each pause in typing stays one write).
     */
    save(data: WorksheetData): { saved: boolean; keptLeft?: number } {
      const value = JSON.stringify(data);
      if (write(key, value)) return { saved: true };
      let list = kept();
      for (;;) {
        if (list.length === 0) return { saved: false, keptLeft: 0 };
        const oldest = list.reduce((a, b) => (b.kept < a.kept ? b : a));
        list = list.filter((entry) => entry !== oldest);
        remove(legacyUndoKey(key));
        if (!(list.length ? write(undoKey(key), JSON.stringify(list)) : remove(undoKey(key)))) return { saved: false, keptLeft: list.length };
        if (write(key, value)) return { saved: true, keptLeft: list.length };
      }
    },

    kept,
    /** Keeps `list` for "Hoàn tác"; false when storage is full or refused. */
    keep: (list: KeptWorksheet[]): boolean => write(undoKey(key), JSON.stringify(list)),

    /**
     * The text the first version kept for every outline, brought into the first outline opened
     * with an empty worksheet (`current`), and kept aside; undefined when there is none to bring.
     */
    bringOverLegacy(current: WorksheetData): WorksheetData | undefined {
      const legacy = read(LEGACY_STORAGE_KEY);
      const brought = parseStored(legacy);
      if (!legacy || !isBlank(current) || isBlank(brought)) return undefined;
      if (!write(LEGACY_BACKUP_KEY, legacy) || !write(key, JSON.stringify(brought)) || !remove(LEGACY_STORAGE_KEY)) return undefined;
      return brought;
    },

    /**
     * A republish that corrected the outline's title changes its key: the text saved under the
     * key before (same cell and date) is brought into a worksheet never saved, and kept where it
     * was; undefined when there is none to bring.
     */
    bringOverBeforeTitleFix(): WorksheetData | undefined {
      // Only into a worksheet never saved: once cleared, it stays cleared.
      if (read(key) !== null) return undefined;
      let earlier: string | undefined;
      try {
        earlier = keyBeforeTitleFix(key, Object.keys(localStorage));
      } catch {
        return undefined;
      }
      const brought = parseStored(earlier ? read(earlier) : null);
      if (isBlank(brought) || !write(key, JSON.stringify(brought))) return undefined;
      return brought;
    },
  };
}

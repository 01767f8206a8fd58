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
  undoKey,
  type WorksheetData,
} from '../site/worksheet';
import { type KeptWorksheet, parseUndo } from '../site/worksheet-undo';
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
     * Saves the worksheet; when storage is full, the worksheets kept for "Hoàn tác" make room:
     * what is on screen comes before what it replaced. They are taken out only if that lets the
     * save through (else they go back as they were, and nothing is lost); then as many go back as
     * there is room for, those kept last first. Returns whether it is saved and, when storage was
     * full, how many had to give way and how many are still kept (the list is read only then: a
     * save after each pause in typing stays one write).
     */
    save(data: WorksheetData): { saved: boolean; dropped: number; keptLeft?: number } {
      const value = JSON.stringify(data);
      if (write(key, value)) return { saved: true, dropped: 0 };
      const list = kept();
      if (list.length === 0) return { saved: false, dropped: 0, keptLeft: 0 };
      const before = [undoKey(key), legacyUndoKey(key)].map((name) => [name, read(name)] as const);
      for (const [name] of before) remove(name);
      if (!write(key, value)) {
        for (const [name, raw] of before) if (raw !== null) write(name, raw);
        return { saved: false, dropped: 0, keptLeft: list.length };
      }
      const lastFirst = [...list].sort((a, b) => b.kept - a.kept);
      for (let count = list.length; count > 0; count -= 1) {
        const back = new Set(lastFirst.slice(0, count));
        if (write(undoKey(key), JSON.stringify(list.filter((entry) => back.has(entry))))) return { saved: true, dropped: list.length - count, keptLeft: count };
      }
      return { saved: true, dropped: list.length, keptLeft: 0 };
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

/**
 * localStorage for the page scripts (it works from file:// too). A browser may refuse it (some
 * private windows, some file:// settings, a site's data blocked) or find it full: no call here
 * throws; each says by what it returns, and the caller decides what the reader is told.
 */

/** The value stored under `key`; null when there is none, or storage is refused. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` under `key`; false when storage is full or refused. */
export function writeStored(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes `key`; false when storage is refused. */
export function removeStored(key: string): boolean {
  try {
    localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

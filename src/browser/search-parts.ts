/**
 * Loading the parts of the sharded index (src/search/sharded-index.ts): each is a classic script
 * (it loads from file:// too) that puts itself into window.OUTLINE_SEARCH_PARTS. Shared by two
 * page scripts through window: search-preload asks for the parts the address's query needs as
 * soon as the page is parsed, and the search page's engine takes them from there without asking twice.
 */
import { partFile, type ShardDirectory, type ShardPage } from '../search/sharded-index';
import { FILES, GLOBALS } from '../site/routes';

declare global {
  interface Window {
    [GLOBALS.searchParts]?: Record<string, string | ShardPage>;
    [GLOBALS.searchPartsLoading]?: Record<string, Promise<void>>;
  }
}

/** Loads a classic script (from file:// too) and takes its element away once it has run. */
export function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => {
      script.remove();
      resolve();
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`cannot load ${src}`));
    };
    document.head.append(script);
  });
}

/** Starts loading a part, once (a part that failed is asked again next time). */
export function startPart(name: string, directory: ShardDirectory): Promise<void> {
  const loading = (window[GLOBALS.searchPartsLoading] ??= {});
  loading[name] ??= loadClassicScript(`${FILES.searchPartsDir}/${partFile(name, directory)}`).catch((error: unknown) => {
    delete loading[name];
    throw error;
  });
  return loading[name];
}

/** A part, loaded (or taken from an earlier load) and handed over once: the engine keeps what it reads. */
export async function takePart(name: string, directory: ShardDirectory): Promise<string | ShardPage> {
  await startPart(name, directory);
  const parts = window[GLOBALS.searchParts];
  const part = parts?.[name];
  delete window[GLOBALS.searchPartsLoading]![name];
  if (part === undefined) throw new Error(`${FILES.searchPartsDir}/${partFile(name, directory)} holds no part`);
  delete parts![name];
  return part;
}


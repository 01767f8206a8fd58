/**
 * The loaders of src/content.config.ts. Each reads a content file as content-files.ts requires
 * (UTF-8, composed to NFC, an ASCII name, dates kept as written, ids used once) before Astro
 * parses it, and stops the build with the one message format of validate/problems.ts.
 * - contentGlob: Astro's glob() for the Markdown and MDX files. glob() reads each file itself
 *   and parses it through the entry types it is given (`entryTypes`, passed to loaders beside
 *   the documented context); it gets entry types that read the file our way. The MDX a page
 *   renders is compiled from the file again, through src/build/content-text.ts.
 * - contentYamlList: a YAML list with an `id` per entry, in place of Astro's file(), which
 *   would only warn about an id used twice and keep the later entry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { checkFileName, checkFrontmatterFence, checkMdxText, checkStrayFiles, decodeContentText, parseFrontmatter, parseYamlList, patternExtensions } from './content-files';
import { keepOwnHint, toBuildError } from './validate/build-error';
import { ContentValidationError, throwIfProblems } from './validate/problems';

interface EntryInfo {
  data: Record<string, unknown>;
  body?: string;
  slug?: string;
  rawData?: string;
}
/** How Astro reads one kind of content file (.md, .mdx): the part of it glob() uses here. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<EntryInfo> | EntryInfo;
}
type GlobContext = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** A path as the messages show it: relative to the project, with "/". */
function shownPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Our content errors as Astro should print them; any other error without Astro's browser hint. */
function rethrow(error: unknown): never {
  if (error instanceof ContentValidationError) throw toBuildError(error);
  if (error instanceof Error) throw keepOwnHint(error);
  throw error;
}

/** Reads a content file, refused unless UTF-8, composed to NFC. */
function readContentText(file: string, path: string): string {
  return decodeContentText(file, readFileSync(path));
}

export function contentGlob(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'content-glob-loader',
    load: async (context) => {
      const { entryTypes } = context as GlobContext;
      if (!entryTypes) {
        throw new Error('src/outline/loaders.ts: Astro no longer passes `entryTypes` to loaders; update contentGlob so that content files are still checked as they are read.');
      }
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, options.base);
      const files = readdirSync(base, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => shownPath(base, resolve(entry.parentPath, entry.name)));
      try {
        throwIfProblems(checkStrayFiles(shownPath(root, base), files, patternExtensions(options.pattern)));
      } catch (error) {
        rethrow(error);
      }
      const checked = new Map(
        [...entryTypes].map(([extension, type]): [string, EntryType] => [
          extension,
          {
            ...type,
            async getEntryInfo({ fileUrl }) {
              const path = fileURLToPath(fileUrl);
              const file = shownPath(root, path);
              throwIfProblems(checkFileName(file, shownPath(base, path)));
              const contents = readContentText(file, path);
              throwIfProblems(checkFrontmatterFence(file, contents));
              if (path.endsWith('.mdx')) throwIfProblems(checkMdxText(file, contents));
              const info = await type.getEntryInfo({ contents, fileUrl });
              return { ...info, data: parseFrontmatter(file, info.rawData ?? '') };
            },
          },
        ]),
      );
      const parseData: LoaderContext['parseData'] = (props) => context.parseData(props).catch(rethrow);
      await inner.load({ ...context, entryTypes: checked, parseData } as GlobContext).catch(rethrow);
    },
  };
}

export function contentYamlList(path: string): Loader {
  return {
    name: 'content-yaml-list-loader',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const fullPath = resolve(root, path);
      const file = shownPath(root, fullPath);
      const sync = async () => {
        const entries = parseYamlList(file, readContentText(file, fullPath));
        // The id names the entry; the schema checks the other fields (and refuses one it does not know).
        const parsed = await Promise.all(
          entries.map(async ({ id, data: { id: _id, ...fields } }) => ({ id, data: await parseData({ id, data: fields, filePath: fullPath }) })),
        );
        store.clear();
        for (const { id, data } of parsed) store.set({ id, data, filePath: file });
      };
      await sync().catch(rethrow);
      watcher?.add(fullPath);
      watcher?.on('change', (changed) => {
        if (changed === fullPath) sync().then(() => logger.info(`Reloaded ${file}`), (error: Error) => logger.error(error.message));
      });
    },
  };
}

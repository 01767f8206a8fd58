/**
 * A page's MDX is compiled from its file by Vite, apart from what the content loaders read
 * (src/outline/loaders.ts): this plugin has Vite read a content file the same way, as UTF-8
 * composed to NFC (src/outline/content-files.ts), so that the text a page shows is the text
 * the checks, the quotations and the search saw.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeContentText } from '../outline/content-files';
import { contentRoot } from '../outline/content-root';
import { toBuildError } from '../outline/validate/build-error';
import { ContentValidationError } from '../outline/validate/problems';

export function contentText(): AstroIntegration {
  return {
    name: 'content-text',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const content = resolve(root, contentRoot()) + sep;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-text',
                enforce: 'pre',
                load(id: string) {
                  const path = id.split('?')[0];
                  if (!path.startsWith(content) || !/\.mdx?$/.test(path)) return null;
                  try {
                    return decodeContentText(relative(root, path).split(sep).join('/'), readFileSync(path));
                  } catch (error) {
                    throw error instanceof ContentValidationError ? toBuildError(error) : error;
                  }
                },
              },
            ],
          },
        });
      },
    },
  };
}

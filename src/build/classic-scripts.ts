import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PREFIX = 'virtual:classic-script/';

/**
 * Browser scripts that run from file:// (P1). Astro would emit <script type="module" src="/_astro/…">,
 * which Chrome and Firefox refuse on file:// and which breaks under a sub-folder. Instead,
 * `import code from 'virtual:classic-script/<name>'` bundles src/browser/<name>.ts (with what it
 * imports from src/site and src/search) into one classic IIFE string, which a page puts in <script is:inline set:html>.
 */
export function classicScripts(): AstroIntegration {
  return {
    name: 'classic-scripts',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const scriptsDir = fileURLToPath(new URL('src/browser/', config.root));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'classic-script',
                resolveId(id: string) {
                  return id.startsWith(PREFIX) ? `\0${id}` : undefined;
                },
                async load(id: string) {
                  if (!id.startsWith(`\0${PREFIX}`)) return undefined;
                  const name = id.slice(PREFIX.length + 1);
                  const result = await build({
                    entryPoints: [resolve(scriptsDir, `${name}.ts`)],
                    bundle: true,
                    format: 'iife',
                    minify: true,
                    write: false,
                    metafile: true,
                    target: 'es2019',
                  });
                  for (const input of Object.keys(result.metafile.inputs)) this.addWatchFile(resolve(input));
                  // "</script" inside the code would end the inline element early.
                  const code = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
                  return `export default ${JSON.stringify(code)};`;
                },
              },
            ],
          },
        });
      },
    },
  };
}

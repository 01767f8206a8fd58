/**
 * Browser scripts as classic script files (P1, and a school server's Content-Security-Policy).
 * Astro would emit <script type="module" src="/_astro/…">, which Chrome and Firefox refuse on
 * file:// and which breaks under a sub-folder; an inline script is refused by a policy such as
 * `script-src 'self'`. Instead, `import src from 'virtual:classic-script/<name>'` bundles
 * src/browser/<name>.ts (with what it imports from src/site and src/search) into one classic
 * IIFE, named by its content (`assets/<name>.<hash>.js`, so a browser never keeps an old copy),
 * and gives its site path; src/components/PageScript.astro links it relatively. The files are
 * written into dist/ when the build is done, and served from memory by `npm run dev`.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILES } from '../site/routes';

const PREFIX = 'virtual:classic-script/';
/** The one exception, the error page: its script must run before it can know where the site's files are. */
const INLINE_PREFIX = 'virtual:inline-script/';

/** Bundles one browser script; returns its code and every file it was made from. */
export async function bundle(entry: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    metafile: true,
    target: 'es2019',
    legalComments: 'none',
  });
  return { code: result.outputFiles[0].text, inputs: Object.keys(result.metafile.inputs).map((input) => resolve(input)) };
}

export function classicScripts(): AstroIntegration {
  /** The scripts the pages asked for, by site path. */
  const files = new Map<string, string>();
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
                  return id.startsWith(PREFIX) || id.startsWith(INLINE_PREFIX) ? `\0${id}` : undefined;
                },
                async load(id: string) {
                  if (id.startsWith(`\0${INLINE_PREFIX}`)) {
                    const { code, inputs } = await bundle(resolve(scriptsDir, `${id.slice(INLINE_PREFIX.length + 1)}.ts`));
                    for (const input of inputs) this.addWatchFile(input);
                    // "</script" inside the code would end the inline element early.
                    return `export default ${JSON.stringify(code.replace(/<\/script/gi, '<\\/script'))};`;
                  }
                  if (!id.startsWith(`\0${PREFIX}`)) return undefined;
                  const name = id.slice(PREFIX.length + 1);
                  const { code, inputs } = await bundle(resolve(scriptsDir, `${name}.ts`));
                  for (const input of inputs) this.addWatchFile(input);
                  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
                  const path = `${FILES.assetsDir}/${name}.${hash}.js`;
                  files.set(path, code);
                  return `export default ${JSON.stringify(path)};`;
                },
                configureServer(server: { middlewares: { use(handler: (req: { url?: string }, res: { setHeader(n: string, v: string): void; end(body: string): void }, next: () => void) => void): void } }) {
                  server.middlewares.use((req, res, next) => {
                    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname).replace(/^\/+/, '');
                    const code = files.get(path.slice(path.indexOf(`${FILES.assetsDir}/`)));
                    if (code === undefined) return next();
                    res.setHeader('content-type', 'text/javascript; charset=utf-8');
                    res.end(code);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const [path, code] of files) {
          mkdirSync(dirname(join(root, path)), { recursive: true });
          writeFileSync(join(root, path), code);
        }
        logger.info(`${files.size} page scripts in ${FILES.assetsDir}/`);
      },
    },
  };
}

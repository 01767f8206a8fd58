/**
 * A build that stops leaves dist/ as the last good build left it (P4: bad input loses nothing).
 * Astro empties dist/ before it renders the pages, and most content errors are found while it
 * renders them, so a stopped build used to leave a dist/ of a few icons, ready to be copied to
 * the school's website or a USB stick by someone who missed the error. Instead, when the build
 * starts, the last build is moved aside (`.<dist>-last-good`, beside dist/); a build that
 * finishes deletes it, and a build that stops puts it back. A build killed before it could put
 * it back finds it next time and starts from it.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the last good build waits while a build runs: a hidden folder beside the output folder. */
export function lastGoodDir(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}-last-good`);
}

/** Moves the last build aside; returns false when there is none to keep (or it cannot be moved). */
export function setAside(outDir: string, logger?: AstroIntegrationLogger): boolean {
  const kept = lastGoodDir(outDir);
  try {
    // Left by a build that was killed: it is the last good build; what stands in outDir is not.
    if (existsSync(kept)) {
      rmSync(outDir, { recursive: true, force: true });
      return true;
    }
    if (!existsSync(outDir) || readdirSync(outDir).length === 0) return false;
    renameSync(outDir, kept);
    return true;
  } catch (error) {
    // A folder held open (a server serving it on Windows): build as Astro does, without the copy.
    logger?.warn(`could not set the last build aside (${(error as Error).message}); a build that stops will leave ${outDir} incomplete`);
    return false;
  }
}

/** After a stopped build: the last good build back in outDir. */
export function putBack(outDir: string): void {
  const kept = lastGoodDir(outDir);
  if (!existsSync(kept)) return;
  rmSync(outDir, { recursive: true, force: true });
  renameSync(kept, outDir);
}

export function keepLastBuild(): AstroIntegration {
  let outDir = '';
  let kept = false;
  let done = false;
  return {
    name: 'keep-last-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
      },
      'astro:build:start': ({ logger }) => {
        kept = setAside(outDir, logger);
        if (!kept) return;
        // Synchronous, as an exit handler must be: the build stopped, whatever stopped it.
        process.once('exit', () => {
          if (done) return;
          try {
            putBack(outDir);
            process.stderr.write(`\nBuild dừng: ${outDir} vẫn là bản build trước, chưa có thay đổi nào (the last good build is kept).\n`);
          } catch (error) {
            process.stderr.write(`\nThe last good build is in ${lastGoodDir(outDir)}: ${(error as Error).message}\n`);
          }
        });
      },
      // Last of the integrations: their steps after the build have all run.
      'astro:build:done': () => {
        done = true;
        if (kept) rmSync(lastGoodDir(outDir), { recursive: true, force: true });
      },
    },
  };
}

/**
 * A build that stops leaves dist/ as the last good build left it (P4: bad input loses nothing).
 * Astro empties dist/ before it renders the pages, and most content errors are found while it
 * renders them, so a stopped build used to leave a dist/ of a few icons, ready to be copied to
 * the school's website or a USB stick by someone who missed the error. Instead, when the build
 * starts, the last build is moved aside (`.<dist>-last-good`, beside dist/); a build that
 * finishes deletes it, and a build that stops (an error, Ctrl+C) puts it back. A build killed
 * outright finds it next time and starts from it. A dist/ that is a link (a deploy folder) or
 * cannot be moved (held open on Windows) is built in place, as Astro does, with a warning.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
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
    if (existsSync(outDir) && lstatSync(outDir).isSymbolicLink()) {
      logger?.warn(`${outDir} is a link: built in place, so a build that stops leaves it incomplete`);
      return false;
    }
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

/** After a finished build: the copy set aside is no longer needed. */
export function dropKept(outDir: string, logger?: AstroIntegrationLogger): void {
  try {
    rmSync(lastGoodDir(outDir), { recursive: true, force: true });
  } catch (error) {
    // The new dist/ is whole: a copy that cannot be deleted now only takes room.
    logger?.warn(`could not delete ${lastGoodDir(outDir)} (${(error as Error).message}); delete it by hand`);
  }
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export function keepLastBuild(): AstroIntegration {
  let outDir = '';
  let done = false;
  /** Puts the last good build back, once, if the build did not finish. Synchronous, as an exit handler must be. */
  const restore = () => {
    if (done) return;
    done = true;
    try {
      putBack(outDir);
      process.stderr.write(`\nBuild dừng: ${outDir} vẫn là bản build trước, chưa có thay đổi nào (the last good build is kept).\n`);
    } catch (error) {
      process.stderr.write(`\nThe last good build is in ${lastGoodDir(outDir)}: ${(error as Error).message}\n`);
    }
  };
  /** Ctrl+C or a kill: Node runs no exit handler for a signal, so the build is put back here, then the signal ends the process as it would have. */
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    for (const name of STOP_SIGNALS) process.removeListener(name, onSignal);
    process.kill(process.pid, signal);
  };
  return {
    name: 'keep-last-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
      },
      'astro:build:start': ({ logger }) => {
        if (!setAside(outDir, logger)) return;
        process.once('exit', restore);
        for (const name of STOP_SIGNALS) process.once(name, onSignal);
      },
      // Last of the integrations: their steps after the build have all run.
      'astro:build:done': ({ logger }) => {
        done = true;
        for (const name of STOP_SIGNALS) process.removeListener(name, onSignal);
        dropKept(outDir, logger);
      },
    },
  };
}

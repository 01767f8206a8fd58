import { execFileSync } from 'node:child_process';
import { userEnv } from './support/user-env';

/**
 * Builds the site once before the tests that read dist/ (build, content, browser).
 * `SKIP_BUILD=1` reuses an existing dist/ when iterating on tests.
 */
export default function setup(): void {
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npx', ['astro', 'build'], { env: userEnv(), stdio: ['ignore', 'ignore', 'inherit'] });
}

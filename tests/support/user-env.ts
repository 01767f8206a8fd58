/**
 * The environment without the test runner's own variables (NODE_ENV=test, VITEST…, and the
 * DEV=1, PROD, SSR, BASE_URL it sets inside test files), for the commands the tests start
 * (astro build, astro dev) to run as a user would run them. With either, `astro build` renders
 * what only `npm run dev` should show (import.meta.env.DEV is true).
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$|DEV$|PROD$|SSR$|BASE_URL$)/.test(name)));
  return { ...env, ...extra };
}

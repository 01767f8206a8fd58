/// <reference types="astro/client" />

/** A browser script from src/browser/, bundled as a classic script (src/build/classic-scripts.ts). */
declare module 'virtual:classic-script/*' {
  const code: string;
  export default code;
}

/** For a plain TypeScript check (tsc, an editor without Astro's extension), which cannot read the .astro files src/outline/render.ts imports; `astro check` types them fully. */
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}

/** A browser script from src/browser/ as code, for the one page that must inline it (404.html). */
declare module 'virtual:inline-script/*' {
  const code: string;
  export default code;
}

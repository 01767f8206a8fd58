/// <reference types="astro/client" />

/** A browser script from src/scripts/, bundled as a classic script (src/integrations/classic-scripts.ts). */
declare module 'virtual:classic-script/*' {
  const code: string;
  export default code;
}

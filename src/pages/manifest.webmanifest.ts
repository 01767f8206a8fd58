/** dist/manifest.webmanifest: the site's name and icons for a phone's home screen (src/site/web-manifest.ts). */
import { getOutline } from '../outline/load';
import { homeView } from '../outline/views/outline-pages';
import { t } from '../site/ui-strings';
import { webManifest } from '../site/web-manifest';

export async function GET(): Promise<Response> {
  const home = homeView(await getOutline());
  const manifest = webManifest({ name: home.title, shortName: t('app.shortName'), description: home.description });
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/manifest+json' } });
}

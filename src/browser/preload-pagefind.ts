/**
 * On the search page, over http: asks the browser to fetch and compile Pagefind's module while
 * the rest of the page loads, so the first search waits less for it. From file:// Pagefind
 * cannot load (search-page.ts uses the offline index there) and the request would only log an
 * error, so nothing is asked.
 */
import { FILES } from '../site/routes';

if (location.protocol !== 'file:') {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = FILES.pagefindModule;
  document.head.append(link);
}

/**
 * Offline after one visit: registers the service worker (src/browser/service-worker.ts) once the
 * page has loaded, so that storing the site never slows the page being read, links the web app
 * manifest, and shows the status line the worker asks for: once when the site is first stored,
 * and when a newer version has been stored after a rebuild. Small on purpose: it comes with
 * every page but the slides (in page-setup.ts).
 *
 * Only over http/https, in a built site: a built page (not 404.html, nor `npm run dev`) names
 * the worker with a relative URL in <meta name="service-worker">. From file:// nothing of this
 * runs (browsers refuse service workers and manifests there, and would say so in the console).
 */
import { FAILED_AT_KEY, isOfflineMessage, recordFailure, waitsAfterFailure, type OfflineMessage } from '../site/offline-cache';
import { SERVICE_WORKER_META, WEB_MANIFEST } from '../site/routes';
import { readStored, removeStored, writeStored } from './local-storage';

/**
 * The line's height, as a CSS variable on the root: what floats at the foot of the screen ("Lên
 * đầu trang", site.css) stands that much higher, above the line rather than over it.
 */
const HEIGHT_VARIABLE = '--offline-status-height';
function keepHeight(line: HTMLElement): void {
  const root = document.documentElement.style;
  if (line.hasAttribute('data-shown')) root.setProperty(HEIGHT_VARIABLE, `${line.offsetHeight}px`);
  else root.removeProperty(HEIGHT_VARIABLE);
}

/** The reader closed the line that says the copy is being stored (how far it has come is not shown again), or the copy is stored. */
let storingDone = false;

function hide(line: HTMLElement): void {
  const status = line.firstElementChild!;
  line.removeAttribute('data-shown');
  line.replaceChildren(status);
  status.textContent = '';
  keepHeight(line);
}

function show(line: HTMLElement, message: OfflineMessage): void {
  // While the copy is stored, only how far it has come changes: said to the eye, not read out each time.
  if (message.kind === 'storing') {
    if (storingDone) return;
    const shown = line.querySelector('.offline-status__progress');
    if (line.getAttribute('data-shown') === 'storing' && shown) {
      shown.textContent = message.progress ?? '';
      return;
    }
  }
  const button = (label: string, onClick: () => void) => {
    const el = document.createElement('button');
    el.type = 'button';
    el.textContent = label;
    el.onclick = onClick;
    line.append(el);
  };
  const status = line.firstElementChild!;
  hide(line);
  status.textContent = message.text;
  if (message.progress !== undefined) {
    const progress = document.createElement('span');
    progress.className = 'offline-status__progress';
    progress.setAttribute('aria-hidden', 'true');
    progress.textContent = message.progress;
    line.append(progress);
  }
  if (message.reload) button(message.reload, () => location.reload());
  button(message.close, () => {
    if (message.kind === 'storing') storingDone = true;
    hide(line);
  });
  // (A last word of how far it had come, arriving late, must not take the place of "stored".)
  if (message.kind !== 'storing') storingDone = true;
  line.setAttribute('data-shown', message.kind);
  keepHeight(line);
  // "Stored" is worth a glance, not a place on the screen: it leaves by itself. A newer version waits for the reader.
  if (message.kind === 'ready') setTimeout(() => line.getAttribute('data-shown') === 'ready' && hide(line), 20_000);
}

export function setUpServiceWorker(): void {
  // page-setup runs in <head>, before the <meta> is read.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUpServiceWorker);
    return;
  }
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${SERVICE_WORKER_META}"]`);
  const container = navigator.serviceWorker;
  if (!meta || !/^https?:$/.test(location.protocol) || !container) return;
  const worker = new URL(meta.content, location.href).href;
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = new URL(WEB_MANIFEST, worker).href;
  document.head.append(manifest);
  // The status line is in the page before it says anything, so that screen readers announce it.
  const line = document.createElement('div');
  line.className = 'offline-status';
  line.innerHTML = '<p role="status"></p>';
  document.body.append(line);
  // Its height changes when the phone turns and the text wraps anew.
  if ('ResizeObserver' in window) new ResizeObserver(() => keepHeight(line)).observe(line);
  container.onmessage = (event) => isOfflineMessage(event.data) && show(line, event.data);
  // A failed attempt (a link that dropped, a server refusing a file) is tried again by a page opened a little later.
  if (waitsAfterFailure(readStored(FAILED_AT_KEY + worker), Date.now())) return;
  // Refused in some private windows or with storage blocked: the site keeps working online.
  const register = () =>
    container
      .register(worker)
      .then((registration) => {
        // (A browser or a test harness that stubs service workers may give no registration.)
        // Stored already (by this page's worker or another tab's): no failure to remember.
        if (registration?.active) removeStored(FAILED_AT_KEY + worker);
        const installing = registration?.installing;
        installing?.addEventListener('statechange', () => {
          // (Where storage is refused, the next page tries again.) A failure is not news: the line
          // that said the copy was being stored goes, and no "stored" comes after it.
          if (installing.state === 'redundant' && !registration.active) {
            writeStored(FAILED_AT_KEY + worker, recordFailure(readStored(FAILED_AT_KEY + worker), Date.now()));
            if (line.getAttribute('data-shown') === 'storing') hide(line);
          }
          // Stored: the next failure, if ever, waits half a minute again.
          if (installing.state === 'activated') removeStored(FAILED_AT_KEY + worker);
        });
      })
      .catch(() => undefined);
  if (document.readyState === 'complete') register();
  else addEventListener('load', register);
}

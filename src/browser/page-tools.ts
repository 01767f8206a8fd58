/**
 * The tools of a reading page (part of the page script, classic: runs from file://):
 * - "Lên đầu trang" floats at the bottom once the reader is a screen down a long page, while
 *   they go back up or at the end: not over the ends of the lines being read on the way down;
 * - "In mục này" prints the section (print styles give it the masthead and leave the rest out);
 * - the link beside each paragraph and sub-heading copies the address of that paragraph, and
 *   says so; where the clipboard is refused (as from file:// in some browsers), the address is
 *   shown selected, to copy by hand.
 */
import { t } from './embedded-strings';

function wireToTop(): void {
  const floating = document.querySelector<HTMLElement>('[data-to-top]');
  if (!floating) return;
  let last = scrollY;
  const update = () => {
    const y = scrollY;
    const atEnd = y + innerHeight >= document.documentElement.scrollHeight - 2;
    floating.hidden = y < innerHeight;
    // Moved out of sight, not hidden: a keyboard still reaches it (and shows it: site.css).
    floating.classList.toggle('to-top--away', y > last && !atEnd);
    last = y;
  };
  floating.classList.add('to-top--floating');
  update();
  addEventListener('scroll', update, { passive: true });
}

let toast: HTMLElement | undefined;
/** Shows a short message at the bottom of the screen, with an optional address to copy by hand. */
function tell(message: string, address?: string): void {
  toast?.remove();
  toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  toast.append(message);
  if (address) {
    const box = document.createElement('input');
    box.value = address;
    box.readOnly = true;
    box.setAttribute('aria-label', t('page.copyLink'));
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = t('page.close');
    close.addEventListener('click', () => toast?.remove());
    toast.append(box, close);
    document.body.append(toast);
    box.focus();
    box.select();
    return;
  }
  document.body.append(toast);
  const shown = toast;
  setTimeout(() => shown.remove(), 4000);
}

async function copyLink(link: HTMLAnchorElement): Promise<void> {
  // The page's own address, without the words a search result carried (?hl=).
  const address = `${location.href.replace(/[?#].*$/, '')}${link.hash}`;
  history.replaceState(null, '', link.hash);
  try {
    await navigator.clipboard.writeText(address);
    tell(t('page.linkCopied'));
  } catch {
    tell(t('page.linkToCopy'), address);
  }
}

export function wirePageTools(): void {
  wireToTop();
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    const copy = target.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (copy) {
      event.preventDefault();
      void copyLink(copy);
    }
    if (target.closest('[data-print-section]')) window.print();
  });
}

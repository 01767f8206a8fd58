/** "/" or Ctrl+K puts the cursor in the search box. */

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function wireSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (!slash && !ctrlK) return;
    const box = document.querySelector<HTMLInputElement>('[data-search-input]');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}

// "/" and Ctrl+K (⌘K) focus the header search box from anywhere except while typing.

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  const isSlash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  const isCtrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (!(isCtrlK || (isSlash && !isTyping(event.target)))) return;
  const input = document.querySelector<HTMLInputElement>('[data-kb-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

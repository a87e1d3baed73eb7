// Glossary term tooltips: a term marked by remark-glossary-terms (a.kb-term) shows its definition
// next to it on keyboard focus and on hover; Escape hides it (WCAG 1.4.13: dismissable, hoverable,
// persistent). Screen readers get the same text without this script: the link's aria-describedby
// points at the definition in the page's term list. No inline code: this is a bundled module,
// and positions are set through element.style, which a strict style-src allows.

const GAP = 6;
let tip: HTMLDivElement | undefined;
let current: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;

function tooltip(): HTMLDivElement {
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'kb-term-tip';
    tip.dataset['pagefindIgnore'] = 'all';
    // A visual copy of the description the link already has; hidden from the accessibility tree
    // so screen readers do not hear the definition twice.
    tip.setAttribute('aria-hidden', 'true');
    tip.hidden = true;
    tip.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
    tip.addEventListener('mouseleave', () => scheduleHide());
    document.body.append(tip);
  }
  return tip;
}

function definitionOf(link: HTMLAnchorElement): string {
  const id = link.getAttribute('aria-describedby');
  return (id && document.getElementById(id)?.textContent?.trim()) || '';
}

function show(link: HTMLAnchorElement) {
  const text = definitionOf(link);
  if (!text) return;
  window.clearTimeout(hideTimer);
  const box = tooltip();
  current = link;
  box.textContent = text;
  box.lang = link.closest('[lang]')?.getAttribute('lang') ?? 'zh-CN';
  box.hidden = false;
  const rect = link.getBoundingClientRect();
  const width = Math.min(box.offsetWidth, document.documentElement.clientWidth - 2 * GAP);
  const left = Math.max(GAP, Math.min(rect.left, document.documentElement.clientWidth - width - GAP));
  // Below the term, or above it when there is no room below.
  const below = rect.bottom + GAP + box.offsetHeight <= window.innerHeight;
  const top = below ? rect.bottom + GAP : rect.top - GAP - box.offsetHeight;
  box.style.left = `${left + window.scrollX}px`;
  box.style.top = `${top + window.scrollY}px`;
}

function hide() {
  window.clearTimeout(hideTimer);
  if (tip) tip.hidden = true;
  current = undefined;
}

function scheduleHide() {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 200);
}

const termOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLAnchorElement>('a.kb-term[aria-describedby]') : null;

document.addEventListener('focusin', (event) => {
  const link = termOf(event.target);
  if (link) show(link);
  else if (current) hide();
});
document.addEventListener('focusout', (event) => {
  if (termOf(event.target) === current) hide();
});
document.addEventListener('mouseover', (event) => {
  const link = termOf(event.target);
  if (link) show(link);
});
document.addEventListener('mouseout', (event) => {
  if (termOf(event.target) && termOf(event.target) === current) scheduleHide();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && tip && !tip.hidden) hide();
});
window.addEventListener('resize', () => {
  if (current && tip && !tip.hidden) show(current);
});

// <kb-article-jump>: the "跳到第…条" box of a regulation page. Reads 第十二条, 十二, 12 (also
// full-width １２) and moves to #art-12, focusing the article so that keyboard and screen-reader
// users land there too. Shown only when this script runs (the server renders it hidden).
import { parseChineseNumber } from '../lib/chinese-number';

/** Article number typed in the box, e.g. "第十二条" → 12, " 12 " → 12, "十二" → 12; undefined otherwise. */
export function parseArticleInput(raw: string): number | undefined {
  const match = /^第?([零〇一二两三四五六七八九十百千\d]+)条?$/u.exec(raw.normalize('NFKC').replace(/\s+/g, ''));
  return match ? parseChineseNumber(match[1]!) : undefined;
}

class KbArticleJump extends HTMLElement {
  connectedCallback() {
    this.hidden = false;
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.jump(this.querySelector('input')?.value ?? '');
    });
  }

  private jump(raw: string) {
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const number = parseArticleInput(raw);
    const target = number ? document.getElementById(`art-${number}`) : null;
    if (status) {
      status.textContent = !number ? (this.dataset['invalid'] ?? '') : !target ? (this.dataset['notFound'] ?? '').replace('{number}', raw.replace(/^第|条$/g, '')) : '';
    }
    if (!target) return;
    location.hash = `art-${number}`;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
  }
}

if (!customElements.get('kb-article-jump')) customElements.define('kb-article-jump', KbArticleJump);

// <kb-article-jump>: the "跳到第…条" box of a regulation page. Reads 第十二条, 十二, 12 (also
// full-width １２) and moves to #art-12, focusing the article so that keyboard and screen-reader
// users land there too. Shown only when this script runs (the server renders it hidden).
import { parseArticleInput } from '../lib/article-input';

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

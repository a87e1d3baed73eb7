// <kb-copy-citation data-citation="《…》第十一条" data-label="复制引用" data-done="已复制" data-failed="…">:
// a button that copies a citation. Rendered empty by the server (remark-policy-articles, the
// policy status banner) and filled in here, so readers without JavaScript see no dead button.
// No inline script or style: the site runs under a strict CSP (script-src 'self').

import { copyText } from './clipboard';

/** How long the "copied" state stays, in ms. */
const RESET_AFTER = 2000;


class KbCopyCitation extends HTMLElement {
  private button: HTMLButtonElement | undefined;
  private status: HTMLSpanElement | undefined;
  private timer: number | undefined;

  connectedCallback() {
    if (this.button) return;
    const citation = this.dataset['citation'] ?? '';
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.className = 'kb-copy-citation__button';
    this.button.textContent = this.dataset['label'] ?? '复制引用';
    this.button.setAttribute('aria-label', `${this.dataset['label'] ?? '复制引用'}：${citation}`);
    this.status = document.createElement('span');
    this.status.className = 'kb-copy-citation__status';
    this.status.setAttribute('role', 'status');
    this.button.addEventListener('click', () => void this.copy(citation));
    this.append(this.button, this.status);
  }

  private async copy(citation: string) {
    const ok = await copyText(citation);
    if (!this.status || !this.button) return;
    this.status.textContent = ok ? (this.dataset['done'] ?? '已复制') : (this.dataset['failed'] ?? citation);
    this.button.dataset['state'] = ok ? 'done' : 'failed';
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      if (this.status) this.status.textContent = '';
      if (this.button) delete this.button.dataset['state'];
    }, RESET_AFTER);
  }
}

if (!customElements.get('kb-copy-citation')) customElements.define('kb-copy-citation', KbCopyCitation);

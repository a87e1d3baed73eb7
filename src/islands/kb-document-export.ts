// <kb-document-export>: exports the 文书 on the page as Word, with whatever the reader filled in
// (the text of each placeholder mark as shown), laid out by its form. docx loads on the click.
import strings from 'kb-strings:documents.';
import { translator } from '../lib/i18n-format';
import { layoutDocument } from '../lib/procedure/document-layout';
import loadDocx from 'kb-lazy:../lib/procedure/document-docx';
import { announce, download } from './kb-workbench-state';

const t = translator<string>(strings);

/** The text of an element as shown, without the marks' hidden originals and without UI. */
function shownText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('[data-kb-ui], .kb-anchor, .kb-term-tip').forEach((n) => n.remove());
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

class KbDocumentExport extends HTMLElement {
  connectedCallback() {
    this.hidden = false;
    const output = this.querySelector('output');
    this.querySelector('[data-action="export-docx"]')?.addEventListener('click', async () => {
      const article = this.closest('article');
      const body = article?.querySelector('[data-kb-body]');
      if (!article || !body) return;
      const title = shownText(article.querySelector('[data-kb-doc-title]') ?? article.querySelector('h1')!);
      // The text's own paragraphs only: not the glossary box the site adds after them.
      const lines = [...body.querySelectorAll('p, li, h2, h3, h4')].filter((el) => !el.closest('aside')).map(shownText).filter(Boolean);
      const form = article.getAttribute('data-kb-form') === 'table' ? 'table' : 'text';
      const blocks = layoutDocument(lines, form, article.getAttribute('data-kb-kind') ?? '', this.dataset['contentLabel'] ?? '');
      try {
        const { documentDocxFile } = (await loadDocx()) as typeof import('../lib/procedure/document-docx');
        const { blob, filename } = await documentDocxFile(title, blocks);
        download(blob, filename);
        announce(output, t('documents.exported', { file: filename }));
      } catch (error) {
        announce(output, t('documents.exportFailed', { reason: error instanceof Error ? error.message : String(error) }), 10_000);
      }
    });
  }
}

if (!customElements.get('kb-document-export')) customElements.define('kb-document-export', KbDocumentExport);

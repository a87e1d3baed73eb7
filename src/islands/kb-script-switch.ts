// <kb-script-switch>: reads a Traditional material in Simplified and back (issue 7). Both
// versions are already in the page, converted at build time (ScriptVersions.astro); this only
// flips html[data-reading-script], which CSS uses to show one of them, and remembers the choice
// in localStorage "kb.script" (applied before first paint by public/boot.js).

type Script = 'zh-Hans' | 'zh-Hant';
const KEY = 'kb.script';

function isScript(value: unknown): value is Script {
  return value === 'zh-Hans' || value === 'zh-Hant';
}

class KbScriptSwitch extends HTMLElement {
  connectedCallback() {
    this.hidden = false;
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-script]');
      const script = button?.dataset['script'];
      if (isScript(script)) this.choose(script);
    });
    this.render();
  }

  /** The script shown now: the reader's choice, else the original. */
  private get script(): Script {
    const chosen = document.documentElement.dataset['readingScript'];
    return isScript(chosen) ? chosen : isScript(this.dataset['original']) ? this.dataset['original'] : 'zh-Hant';
  }

  private choose(script: Script) {
    document.documentElement.dataset['readingScript'] = script;
    try {
      localStorage.setItem(KEY, script);
    } catch {
      // Storage disabled: the choice still applies to this page.
    }
    this.render();
  }

  private render() {
    const script = this.script;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-script]')) {
      button.setAttribute('aria-pressed', String(button.dataset['script'] === script));
    }
    // The title is outside the converted body: swap its text and language as well.
    const title = this.dataset[script === 'zh-Hans' ? 'titleZhHans' : 'titleZhHant'];
    const heading = document.querySelector<HTMLElement>('[data-kb-entry] h1');
    if (title && heading && heading.textContent !== title) {
      const old = heading.textContent ?? '';
      heading.textContent = title;
      heading.lang = script;
      document.title = document.title.replace(old, title);
    }
  }
}

if (!customElements.get('kb-script-switch')) customElements.define('kb-script-switch', KbScriptSwitch);

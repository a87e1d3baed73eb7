// <kb-prefs>: the reader's font-size and theme controls; choices persist in localStorage
// and are applied early on every page by public/boot.js.

/** Font sizes the reader can step through, in px; 18 is the default body size. */
export const FONT_SIZES = [16, 18, 20, 22, 24] as const;
const DEFAULT_SIZE = 18;
const THEMES = ['light', 'dark', 'contrast'] as const;

function store(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage disabled: the choice still applies to this page.
  }
}

/** The next font size from `current` by `step` (−1/+1), clamped to {@link FONT_SIZES}. */
export function stepFontSize(current: number, step: number): number {
  const index = FONT_SIZES.indexOf(current as (typeof FONT_SIZES)[number]);
  const from = index === -1 ? FONT_SIZES.indexOf(DEFAULT_SIZE) : index;
  return FONT_SIZES[Math.min(FONT_SIZES.length - 1, Math.max(0, from + step))] ?? DEFAULT_SIZE;
}

class KbPrefs extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (button) this.act(button.dataset['action'] ?? '');
    });
    this.render();
  }

  private act(action: string) {
    const root = document.documentElement;
    const size = Number(root.dataset['fontSize'] ?? DEFAULT_SIZE);
    if (action === 'smaller' || action === 'larger') {
      const next = stepFontSize(size, action === 'larger' ? 1 : -1);
      root.dataset['fontSize'] = String(next);
      store('kb.fontSize', String(next));
    } else if (action === 'reset') {
      delete root.dataset['fontSize'];
      store('kb.fontSize', null);
    } else if (action === 'theme') {
      const current = root.dataset['theme'] ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
      const next = THEMES[(THEMES.indexOf(current as (typeof THEMES)[number]) + 1) % THEMES.length] ?? 'light';
      root.dataset['theme'] = next;
      store('kb.theme', next);
    }
    this.render();
  }

  private render() {
    const root = document.documentElement;
    const size = Number(root.dataset['fontSize'] ?? DEFAULT_SIZE);
    const set = (action: string, disabled: boolean) => {
      const button = this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
      if (button) button.disabled = disabled;
    };
    set('smaller', size <= FONT_SIZES[0]);
    set('larger', size >= FONT_SIZES[FONT_SIZES.length - 1]!);
    const output = this.querySelector('[data-font-size-value]');
    if (output) output.textContent = `${size}px`;
    const theme = this.querySelector('button[data-action="theme"]');
    theme?.setAttribute('aria-label', `${theme.getAttribute('data-label') ?? ''}（当前：${themeName(root.dataset['theme'])}）`);
  }
}

function themeName(theme: string | undefined): string {
  return theme === 'dark' ? '深色' : theme === 'contrast' ? '高对比' : theme === 'light' ? '浅色' : '跟随系统';
}

if (!customElements.get('kb-prefs')) customElements.define('kb-prefs', KbPrefs);

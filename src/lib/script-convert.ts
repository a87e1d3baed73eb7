// Simplified ↔ Traditional conversion at BUILD time with OpenCC's data (opencc-js), so a
// Traditional material can also be read in Simplified (issue 7). Never import this module from
// an island: the dictionaries are large and the browser only switches between two prerendered
// versions (see src/components/material/ScriptVersions.astro).
import * as OpenCC from 'opencc-js';
import { parseHTML } from 'linkedom';

/** The two scripts a text can be written in, as BCP 47 tags. */
export type Script = 'zh-Hans' | 'zh-Hant';

type Convert = (text: string) => string;
const converters = new Map<Script, Convert>();

/**
 * The converter into `target`, created once. Traditional input is read as Taiwan standard
 * ("tw", which also accepts the mixed forms scraped texts use, e.g. 規范); Simplified output
 * follows the mainland standard ("cn"), and the reverse direction mirrors it.
 */
function converter(target: Script): Convert {
  let convert = converters.get(target);
  if (!convert) {
    convert = target === 'zh-Hans' ? OpenCC.Converter({ from: 'tw', to: 'cn' }) : OpenCC.Converter({ from: 'cn', to: 'tw' });
    converters.set(target, convert);
  }
  return convert;
}

/** The other script, e.g. otherScript('zh-Hant') → 'zh-Hans'. */
export function otherScript(script: Script): Script {
  return script === 'zh-Hans' ? 'zh-Hant' : 'zh-Hans';
}

/** Text converted into `target`, e.g. convertText('黨支部', 'zh-Hans') → '党支部'. */
export function convertText(text: string, target: Script): string {
  return text ? converter(target)(text) : text;
}

/** Options for {@link convertHtml}. */
export interface ConvertHtmlOptions {
  /**
   * Appended to every id in the fragment and to the references to them (href="#…",
   * aria-describedby, aria-labelledby, aria-controls, for), so both versions of a text can sit in
   * one page without duplicate ids; default "" (ids unchanged), e.g. "-zh-hans".
   */
  idSuffix?: string;
}

/** Attributes whose value is text a reader sees or hears. */
const TEXT_ATTRIBUTES = ['title', 'alt', 'aria-label', 'placeholder'];
/** Attributes that hold space-separated id references. */
const IDREF_ATTRIBUTES = ['aria-describedby', 'aria-labelledby', 'aria-controls', 'for'];

/**
 * An HTML fragment with its text (and text attributes such as title, alt, aria-label) converted
 * into `target`; markup, URLs and other attributes are kept, ids are suffixed per `options`.
 */
export function convertHtml(html: string, target: Script, options: ConvertHtmlOptions = {}): string {
  const suffix = options.idSuffix ?? '';
  const { document } = parseHTML(`<!doctype html><html><body><template-root>${html}</template-root></body></html>`);
  const root = document.querySelector('template-root');
  if (!root) return html;

  const ids = new Set<string>();
  for (const element of root.querySelectorAll('[id]')) ids.add(element.getAttribute('id') ?? '');

  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        child.nodeValue = convertText(child.nodeValue ?? '', target);
      } else if (child.nodeType === 1) {
        const element = child as Element;
        for (const name of TEXT_ATTRIBUTES) {
          const value = element.getAttribute(name);
          if (value) element.setAttribute(name, convertText(value, target));
        }
        if (suffix) {
          const id = element.getAttribute('id');
          if (id) element.setAttribute('id', id + suffix);
          const href = element.getAttribute('href');
          if (href?.startsWith('#') && ids.has(decodeFragment(href.slice(1)))) element.setAttribute('href', href + encodeURIComponent(suffix));
          for (const name of IDREF_ATTRIBUTES) {
            const value = element.getAttribute(name);
            if (value) element.setAttribute(name, value.split(/\s+/).map((ref) => (ids.has(ref) ? ref + suffix : ref)).join(' '));
          }
        }
        walk(element);
      }
    }
  };
  walk(root);
  return root.innerHTML;
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

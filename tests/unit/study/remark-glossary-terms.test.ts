// Fixture folders like remark-gfm's: tests/fixtures/remark-glossary-terms/<case>/input.md(x)
// → expected.html (the plugin's output rendered to HTML, so the link and its description show).
// Recorded on purpose with UPDATE=1; a missing expected.html fails (tests/helpers/expected-file.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import * as yaml from 'js-yaml';
import { toHtml } from 'hast-util-to-html';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { GlossaryTermRef } from '../../../src/lib/glossary';
import { convertText } from '../../../src/lib/script-convert';
import { remarkGlossaryTerms, type GlossaryTermsOptions } from '../../../src/plugins/remark-glossary-terms';
import { expectRecorded } from '../../helpers/expected-file';

const DIR = 'tests/fixtures/remark-glossary-terms';
const terms = JSON.parse(readFileSync(path.join(DIR, 'terms.json'), 'utf8')) as GlossaryTermRef[];
const cases = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

interface Case {
  tree: Root;
  file: VFile;
  options: GlossaryTermsOptions;
}

function load(name: string): Case {
  const mdx = existsSync(path.join(DIR, name, 'input.mdx'));
  let source = readFileSync(path.join(DIR, name, mdx ? 'input.mdx' : 'input.md'), 'utf8');
  const file = new VFile({ path: `content/materials/${name}.md` });
  // Astro hands frontmatter to remark plugins as file.data.astro.frontmatter; so does this harness.
  const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (front) {
    file.data['astro'] = { frontmatter: yaml.load(front[1]!) as Record<string, unknown> };
    source = source.slice(front[0].length);
  }
  const parser = unified().use(remarkParse);
  if (mdx) parser.use(remarkMdx);
  const optionsFile = path.join(DIR, name, 'options.json');
  const extra = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as GlossaryTermsOptions) : {};
  const options: GlossaryTermsOptions = {
    terms,
    toSimplified: (text) => convertText(text, 'zh-Hans'),
    toTraditional: (text) => convertText(text, 'zh-Hant'),
    ...extra,
  };
  return { tree: parser.parse(source) as Root, file, options };
}

/** HTML of a tree; MDX JSX elements show as <x-name> so the fixtures can be read. */
async function render(tree: Root): Promise<string> {
  const jsx = (state: any, node: any) => {
    const result = { type: 'element', tagName: `x-${String(node.name).toLowerCase()}`, properties: {}, children: state.all(node) };
    state.patch(node, result);
    return result;
  };
  const hast = await unified()
    .use(remarkRehype, { handlers: { mdxJsxFlowElement: jsx, mdxJsxTextElement: jsx } } as never)
    .run(tree as never);
  return toHtml(hast as never) + '\n';
}

async function once(name: string, times = 1): Promise<string> {
  const { tree, file, options } = load(name);
  const transform = remarkGlossaryTerms(options);
  for (let i = 0; i < times; i++) transform(tree, file);
  return render(tree);
}

describe('remark-glossary-terms fixtures', () => {
  it.each(cases)('%s', async (name) => {
    const actual = await once(name);
    expectRecorded(path.join(DIR, name, 'expected.html'), actual);
  });
});

describe('remark-glossary-terms behaviour', () => {
  const links = (html: string, id: string) => html.split(`data-kb-term="${id}"`).length - 1;

  it('marks only the first occurrence of a term on a page', async () => {
    const html = await once('first-occurrence');
    expect(links(html, 'san-hui-yi-ke')).toBe(1);
    expect(links(html, 'dang-fei')).toBe(1);
    expect(html.indexOf('data-kb-term="san-hui-yi-ke"')).toBeLessThan(html.indexOf('再说一次'));
  });

  it('prefers the longest term, so 民主生活会 is not marked as 生活会', async () => {
    const html = await once('longest-match');
    expect(html).toContain('data-kb-term="min-zhu-sheng-huo-hui">民主生活会</a>');
    expect(html).toContain('data-kb-term="zu-zhi-sheng-huo-hui">组织生活会</a>');
    // 生活会 on its own is a term of its own and is marked once, where it stands alone.
    expect(html).toContain('先开好<a href="/glossary/#term-sheng-huo-hui"');
  });

  it('leaves headings, links, code and 《titles》 alone', async () => {
    const html = await once('skips-headings-links-code');
    expect(html).toMatch(/<h2>三会一课的要求<\/h2>/);
    expect(html).toContain('<a href="/topics/san-hui-yi-ke/">三会一课专页</a>');
    expect(html).toContain('<code>党费</code>');
    expect(html).toContain('<code>发展党员\n</code>');
    expect(html).toContain('《中国共产党发展党员工作细则》做好<a');
    expect(links(html, 'fa-zhan-dang-yuan')).toBe(1);
  });

  it('skips JSX except the prose components it is told about', async () => {
    const html = await once('mdx-jsx');
    expect(html).toContain('<x-note><p>三会一课写在不认识的组件里');
    expect(html).toContain('<x-badge>党费</x-badge>收缴不及时，<a');
  });

  it('describes each marked term by its definition in the page list', async () => {
    const html = await once('alias');
    expect(html).toContain('aria-describedby="kb-term-def-san-hui-yi-ke"');
    expect(html).toContain('<dd id="kb-term-def-san-hui-yi-ke">党支部定期开会和上党课的基本制度。</dd>');
    expect(html).toContain('>三会一课制度</a>');
    expect(html).toContain('data-pagefind-ignore="all"');
  });

  it('finds Simplified terms in a Traditional page and keeps the page text as written', async () => {
    const html = await once('traditional');
    expect(html).toContain('>黨支部標準化規范化建設</a>');
    expect(html).toContain('>三會一課</a>');
    expect(html).toContain('<dd id="kb-term-def-san-hui-yi-ke">黨支部定期開會和上黨課的基本制度。</dd>');
  });

  it.each(cases)('is idempotent: running twice on %s changes nothing', async (name) => {
    expect(await once(name, 2)).toBe(await once(name, 1));
  });

  it('does nothing on the glossary itself', async () => {
    const { tree, options } = load('first-occurrence');
    remarkGlossaryTerms(options)(tree, new VFile({ path: 'src/pages/glossary/index.md' }));
    expect(await render(tree)).not.toContain('kb-term');
  });
});

// Fixture tests for remark-policy-links: tests/fixtures/remark-policy-links/<case>/input.md(x) →
// expected.md(x) (+ expected-unknown.json when titles are left unlinked). Recorded on purpose with
// UPDATE=1; a missing expected file fails (tests/helpers/expected-file.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkPolicyLinks, type UnknownCitation } from '../../../src/plugins/remark-policy-links';
import { expectRecorded } from '../../helpers/expected-file';
import { TEST_CATALOG } from './catalog-fixture';

const ROOT = 'tests/fixtures/remark-policy-links';

async function transform(value: string, mdx: boolean) {
  const processor = unified().use(remarkParse);
  if (mdx) processor.use(remarkMdx);
  const file = new VFile({ path: `/work/content/templates/x.${mdx ? 'mdx' : 'md'}`, value });
  const result = await processor.use(remarkPolicyLinks, { catalog: TEST_CATALOG }).use(remarkStringify).process(file);
  return { text: String(result), unknown: (file.data as { citations?: { unknown: UnknownCitation[] } }).citations?.unknown ?? [] };
}

const cases = readdirSync(ROOT).sort();

describe('remarkPolicyLinks fixtures', () => {
  it.each(cases)('%s: links as recorded and is idempotent', async (name) => {
    const dir = join(ROOT, name);
    const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
    const ext = input.slice('input.'.length);
    const mdx = ext === 'mdx';
    const { text, unknown } = await transform(readFileSync(join(dir, input), 'utf8'), mdx);
    const expectedFile = join(dir, `expected.${ext}`);
    const unknownFile = join(dir, 'expected-unknown.json');
    const unknownJson = JSON.stringify(unknown, null, 2) + '\n';
    expectRecorded(expectedFile, text);
    // A case without expected-unknown.json expects every title to resolve.
    if (existsSync(unknownFile) || unknown.length > 0) expectRecorded(unknownFile, unknownJson);
    else expect(unknown).toEqual([]);
    // Running the plugin over its own output changes nothing.
    expect((await transform(text, mdx)).text).toBe(text);
  });
});

describe('remarkPolicyLinks HTML', () => {
  const html = async (value: string) =>
    String(
      await unified()
        .use(remarkParse)
        .use(remarkPolicyLinks, { catalog: TEST_CATALOG })
        .use(remarkRehype)
        .use(rehypeStringify)
        .process(value),
    );

  it('marks citation links with a class, the policy id and the article', async () => {
    expect(await html('见《某某市青年志愿者协会会员管理办法（试行）》第三条。')).toBe(
      '<p>见<a href="/policies/zhi-yuan-zhe/#art-3" class="kb-cite" data-kb-policy="zhi-yuan-zhe" data-kb-article="3" title="某某市青年志愿者协会会员管理办法（试行）">《某某市青年志愿者协会会员管理办法（试行）》第三条</a>。</p>',
    );
  });

  it('emits root-relative links so rehype-base-links can add the base path', async () => {
    expect(await html('《党章》')).toContain('href="/policies/dang-zhang/"');
  });
});

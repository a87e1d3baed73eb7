// Importing article-structured policy texts (issue 6), with clearly fictitious fixtures:
// tests/fixtures/policy-import/<case>/input.txt → expected.mdx (UPDATE=1 regenerates), then the
// imported body through remark-policy-articles: every article gets its anchor and copy button.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../scripts/lib/import/index.ts';
import { parseDocNumber, parseIssueNote, recognisePolicyText } from '../../../scripts/lib/import/policy-text.ts';
import { policyFromSource } from '../../../src/lib/policy-catalog';
import { policyOutline } from '../../../src/lib/policy-outline';
import { buildCatalog } from '../../../src/lib/policy-titles';
import { remarkPolicyArticles } from '../../../src/plugins/remark-policy-articles';
import { PolicySchema } from '../../../src/schemas';
import { expectRecorded } from '../../helpers/expected-file';
import { readMdx } from '../import/helpers';

const ROOT = 'tests/fixtures/policy-import';
const imported = (name: string) =>
  importText(readFileSync(join(ROOT, name, 'input.txt'), 'utf8'), { collection: 'policies', fileName: 'input.txt', today: '2032-06-01' });

describe('policy import fixtures', () => {
  it.each(readdirSync(ROOT).sort())('%s: imports as recorded, with valid frontmatter', (name) => {
    const result = imported(name);
    expectRecorded(join(ROOT, name, 'expected.mdx'), result.mdx);
    expect(() => PolicySchema.parse(readMdx(result.mdx).data)).not.toThrow();
  });

  it('moves 文号, issuer and dates into frontmatter and out of the body', () => {
    const { data, body } = readMdx(imported('full-head').mdx);
    expect(data).toMatchObject({ kind: '办法', docNumber: '某青协发〔2031〕7号', issuer: '某某市青年志愿者协会', issued: '2031-03-09', effective: '2031-04-01' });
    expect(body).not.toContain('〔2031〕');
    expect(body).not.toContain('审议通过');
  });

  it('rewrites a 文号 in ASCII brackets with 〔〕 and reads “自发布之日起施行” as the issue date', () => {
    const { data } = readMdx(imported('ascii-docnumber').mdx);
    expect(data).toMatchObject({ kind: '规定', docNumber: '某棋俱发〔2032〕3号', issuer: '某某县青少年棋类俱乐部委员会', issued: '2032-05-06', effective: '2032-05-06' });
  });
});

describe('policy-text helpers', () => {
  it.each([
    ['中发〔2018〕23号', '中发〔2018〕23号'],
    ['中办发[2014]29号', '中办发〔2014〕29号'],
    ['某协发（2030）1号', '某协发〔2030〕1号'],
    ['第一条 本办法适用于会员。', undefined],
  ])('parseDocNumber(%s) → %s', (text, expected) => {
    expect(parseDocNumber(text)).toBe(expected);
  });

  it('prefers the issuing clause of the note over the adoption clause', () => {
    expect(parseIssueNote('（2030年1月2日某某协会理事会审议批准　2030年1月9日某某协会发布）')).toEqual({ issued: '2030-01-09', issuer: '某某协会' });
    expect(parseIssueNote('（2030年1月2日某某协会会员大会通过）')).toEqual({ issued: '2030-01-02', issuer: '某某协会会员大会' });
  });

  it('leaves the body alone when the head holds no metadata', () => {
    const lines = [{ text: '第一条 为了规范活动，制定本办法。', line: 1 }];
    expect(recognisePolicyText(lines)).toEqual({ lines, fields: {}, findings: [] });
  });
});

describe('imported text → article anchors', () => {
  const result = imported('full-head');
  const catalog = buildCatalog([policyFromSource(result.slug, result.mdx)]);
  const html = async (body: string) =>
    String(
      await unified()
        .use(remarkParse)
        .use(remarkPolicyArticles, { catalog })
        .use(remarkRehype)
        .use(rehypeStringify)
        .process(new VFile({ path: `/site/content/policies/${result.slug}.mdx`, value: body })),
    );

  it('gives every 章, 节 and 条 a stable readable anchor', async () => {
    const out = await html(result.body);
    expect([...out.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'chap-1',
      'art-1',
      'art-2',
      'chap-2',
      'chap-2-sec-1',
      'art-3',
      'chap-2-sec-2',
      'art-4',
      'chap-3',
      'art-5',
      'art-6',
    ]);
  });

  it('keeps an article’s items inside it and adds a copy-citation element with the full title', async () => {
    const out = await html(result.body);
    const article3 = /<div id="art-3"[\s\S]*?<\/div>/.exec(out)?.[0] ?? '';
    expect(article3).toContain('（二）自愿参加本会组织的志愿服务。');
    expect(article3).toContain('<kb-copy-citation data-citation="《某某市青年志愿者协会会员管理办法（试行）》第三条" data-label="复制引用"');
  });

  it('produces the same ids on every run and in the page outline', async () => {
    expect(await html(result.body)).toBe(await html(result.body));
    const outline = policyOutline(result.body);
    expect(outline.map((n) => n.id)).toEqual(['chap-1', 'chap-2', 'chap-3']);
    expect(outline[1]!.children.map((n) => n.id)).toEqual(['chap-2-sec-1', 'chap-2-sec-2']);
    expect(outline[1]!.children[0]!.children.map((n) => `${n.label}#${n.id}`)).toEqual(['第三条#art-3']);
  });

  it('leaves files outside content/policies untouched', async () => {
    const out = String(
      await unified()
        .use(remarkParse)
        .use(remarkPolicyArticles, { catalog })
        .use(remarkRehype)
        .use(rehypeStringify)
        .process(new VFile({ path: '/site/content/templates/x.mdx', value: '**第一条**　正文。' })),
    );
    expect(out).toBe('<p><strong>第一条</strong>　正文。</p>');
  });
});

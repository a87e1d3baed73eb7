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
import { formatReport, importFile, importText } from '../../../scripts/lib/import/index.ts';
import { parseDocNumber, parseIssueNote, recognisePolicyText } from '../../../scripts/lib/import/policy-text.ts';
import { policyFromSource } from '../../../src/lib/policy-catalog';
import { policyOutline } from '../../../src/lib/policy-outline';
import { buildCatalog } from '../../../src/lib/policy-titles';
import { remarkPolicyArticles } from '../../../src/plugins/remark-policy-articles';
import { PolicySchema } from '../../../src/schemas';
import { expectRecorded } from '../../helpers/expected-file';
import { readMdx, roundTrip } from '../import/helpers';

const ROOT = 'tests/fixtures/policy-import';
const CASES = readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const inputOf = (name: string) => join(ROOT, name, readdirSync(join(ROOT, name)).find((file) => file.startsWith('input.'))!);
const imported = async (name: string) => {
  const [result] = await importFile(inputOf(name), { collection: 'policies', split: 'never', today: '2032-06-01' });
  return result!;
};
const fixtureData = async (name: string) => readMdx((await imported(name)).mdx);

describe('policy import fixtures', () => {
  it.each(CASES)('%s: imports as recorded, with valid frontmatter, and compiles', async (name) => {
    const result = await imported(name);
    expectRecorded(join(ROOT, name, 'expected.mdx'), result.mdx);
    expectRecorded(join(ROOT, name, 'expected-report.txt'), `${formatReport(result.report).join('\n').replaceAll(`${ROOT}/${name}/`, '')}\n`);
    expect(() => PolicySchema.parse(readMdx(result.mdx).data)).not.toThrow();
    await roundTrip(result.mdx, 'policies');
  });

  it('moves 文号, issuer and dates into frontmatter and out of the body, keeping the note word for word', async () => {
    const { data, body } = await fixtureData('full-head');
    expect(data).toMatchObject({ kind: '办法', docNumber: '某青协发〔2031〕7号', issuer: '某某市青年志愿者协会', issued: '2031-03-09', effective: '2031-04-01' });
    expect(data['headnote']).toBe('（2031年3月2日某某市青年志愿者协会理事会审议通过 2031年3月9日某某市青年志愿者协会发布）');
    expect(body).not.toContain('〔2031〕');
    expect(body).not.toContain('审议通过');
  });

  it('rewrites a 文号 in ASCII brackets with 〔〕 and reads “自发布之日起施行” as the issue date', async () => {
    const { data } = await fixtureData('ascii-docnumber');
    expect(data).toMatchObject({ kind: '规定', docNumber: '某棋俱发〔2032〕3号', issuer: '某某县青少年棋类俱乐部委员会', issued: '2032-05-06', effective: '2032-05-06' });
  });

  it('finds chapters and articles in Markdown with ideographic spaces, and the title loses its ###', async () => {
    const result = await imported('md-charter');
    expect(result.frontmatter['title']).toBe('某某市青年志愿者协会章程');
    expect(result.report.structure.divisions).toEqual({ 编: 0, 章: 2, 节: 0 });
    expect(result.report.structure.articleLabels).toEqual(['第一条', '第二条', '第三条', '第四条']);
    expect(result.body).toContain('## 第一章 会员\n\n**第一条**　年满十八岁');
  });

  it('takes a version year off the title, infers the kind from the title, and finds 编/章/节/条 with any separator or indentation', async () => {
    const result = await imported('txt-version-year');
    expect(result.frontmatter).toMatchObject({ title: '某某县棋类协会纪律处分条例', version: '2030', kind: '条例', effective: '2030-09-01' });
    expect(result.report.structure.divisions).toEqual({ 编: 3, 章: 3, 节: 2 });
    expect(result.report.structure.articleLabels).toEqual(['第一条', '第二条', '第三条', '第四条', '第五条', '第六条']);
    expect(result.body).toContain('## 第一编 总则\n\n### 第一章 适用范围\n\n**第一条**　为了');
    expect(result.body).toContain('**第二条**　本条例适用于');
    expect(result.body).toContain('#### 第一节 参赛');
  });

  it('reads converter headings (## 第五条) as articles, closes spaced headings, keeps 第N条之一 and unnumbered sub-heads', async () => {
    const result = await imported('md-converter-headings');
    expect(result.report.structure.articleLabels).toEqual(['第一条', '第二条', '第三条', '第四条', '第四条之一', '第五条']);
    expect(result.report.structure.headings.map((h) => `${h.level} ${h.text}`)).toEqual(['2 第一章 总则', '2 会员权利', '2 第二章 附则']);
    expect(result.body).toContain('**第四条之一**　会员推荐的图书');
    expect(result.body).not.toMatch(/^#+ 第[一二三四五]条/m);
  });

  it('reads issued, revised and issuer from the note under the title and keeps its wording', async () => {
    const { data } = await fixtureData('headnote-revised');
    expect(data).toMatchObject({ issued: '2031-05-20', revised: '2031-05-06', issuer: '某某市青年志愿者协会', effective: '2031-06-01' });
    expect(data['headnote']).toBe('（2029年3月2日某某市青年志愿者协会理事会审议通过　2029年3月9日某某市青年志愿者协会发布　2031年5月6日某某市青年志愿者协会理事会修订　2031年5月20日某某市青年志愿者协会发布）');
  });

  it('reads Markdown front matter as fields, never as body or a title 「---」, and drops javascript:/data: link URLs', async () => {
    const result = await imported('md-front-matter');
    expect(result.frontmatter).toMatchObject({ title: '某某市青年志愿者协会宣传工作规定', tags: ['宣传', '志愿服务'] });
    expect(result.body).not.toMatch(/---|layout|permalink|javascript:|data:text/);
    expect(result.body).toContain('宣传稿件模板见这里和附件。');
    expect(result.report.cleanup.join('\n')).toContain('未用 layout、date、permalink');
  });

  it('gives a .docx the same structure detection: Word headings that are articles stay articles', async () => {
    const result = await imported('docx-regulation');
    expect(result.frontmatter).toMatchObject({ title: '某某市青年志愿者协会培训工作细则（试行）', kind: '细则' });
    expect(result.report.structure.articleLabels).toEqual(['第一条', '第二条', '第三条']);
    expect(result.report.structure.divisions).toEqual({ 编: 0, 章: 2, 节: 0 });
  });

  it('finds the same structure whatever the wrapper: .md, .txt and .docx of one text', async () => {
    const text = ['某某市青年志愿者协会培训工作细则（试行）', '第一章　总则', '第一条　为了规范志愿者培训，制定本细则。', '第二条　培训分为岗前培训和专项培训。', '第二章　附则', '第三条　本细则由秘书处负责解释。'];
    const asText = importText(text.join('\n'), { collection: 'policies', fileName: 'a.txt', today: '2032-06-01' });
    const asMarkdown = importText(['# ' + text[0], ...text.slice(1).map((line) => (line.startsWith('第一章') || line.startsWith('第二条') ? `## ${line}` : line))].join('\n\n'), { collection: 'policies', fileName: 'a.md', format: 'markdown', today: '2032-06-01' });
    const asDocx = await imported('docx-regulation');
    expect(asMarkdown.body).toBe(asText.body);
    expect(asDocx.body).toBe(asText.body);
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
  const result = importText(readFileSync(join(ROOT, 'full-head', 'input.txt'), 'utf8'), { collection: 'policies', fileName: 'input.txt', today: '2032-06-01' });
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

  it('puts a marked placeholder, anchored and without text, where the source lacks an article', async () => {
    const body = '**第一条**　甲。\n\n（一）项。\n\n**第三条**　丙。\n';
    const gapCatalog = buildCatalog([{ id: 'gap', title: '某某办法', aliases: [], kind: '办法', fullText: true, articles: [1, 2, 3], missingArticles: [2] }]);
    const out = String(
      await unified()
        .use(remarkParse)
        .use(remarkPolicyArticles, { catalog: gapCatalog })
        .use(remarkRehype)
        .use(rehypeStringify)
        .process(new VFile({ path: '/site/content/policies/gap.mdx', value: body })),
    );
    expect([...out.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual(['art-1', 'art-2', 'art-3']);
    const gap = /<div id="art-2"[^>]*>[\s\S]*?<\/div>/.exec(out)?.[0] ?? '';
    expect(gap).toContain('data-kb-missing');
    expect(gap).toContain('data-pagefind-ignore');
    expect(gap).toContain('<strong>第二条</strong>　本站所据的来源文本缺这一条');
    expect(out.indexOf('（一）项。')).toBeLessThan(out.indexOf('id="art-2"'));
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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyJunkRules, importFile, normalizeLines, type Collection } from '../../../scripts/lib/import/index.ts';
import { sharedPath } from '../../helpers/shared.ts';
import { readMdx, roundTrip } from './helpers.ts';

// The five seed texts (../shared/seeds) are the importer's real-world input; missing seeds fail.
const SEEDS = sharedPath('seeds');
const FILES: [string, Collection][] = [
  ['000_194946d3404a5c3b.txt', 'materials'],
  ['001_59e67929b2c5c3f8.txt', 'templates'],
  ['002_01834210de84d84b.txt', 'materials'],
  ['003_ddbca1ad1c03bb52.txt', 'materials'],
  ['004_5dd9ee3de9a49e94.txt', 'materials'],
];
const JUNK = ['范文范本的选择', '欢迎品鉴', '小编为大家整理', '期刊文章分类查询', '尽在期刊图书馆', '下载Doc文档', '猜你喜欢', '责编', '来源：管理员', '【】', '原因分析：。'];
const hanOnly = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');

describe('importing the seed texts', () => {
  for (const [file, collection] of FILES) {
    it(`${file}: every entry passes its schema, compiles, carries no junk and keeps every sentence`, async () => {
      const path = join(SEEDS, file);
      const results = await importFile(path, { collection, today: '2030-01-01' });
      const metadataLines = new Set(results.flatMap((result) => result.report.metadata.map((finding) => finding.line)));
      let output = '';
      for (const result of results) {
        await roundTrip(result.mdx, collection);
        for (const junk of JUNK) expect(result.body, `${result.slug} contains ${junk}`).not.toContain(junk);
        expect(result.mdx.length).toBeLessThan(100_000);
        const { data, body } = readMdx(result.mdx);
        output += hanOnly(`${Object.values(data).join('')}${body}`);
      }
      const kept = applyJunkRules(normalizeLines(readFileSync(path, 'utf8')));
      const lost = kept.lines
        .filter((line, index) => line.trim() && !metadataLines.has(kept.lineNumbers[index]!))
        // A leading number (（一） 1.) may go: items and lists number themselves (as in tests/site/fidelity.test.ts).
        .filter((line) => !output.includes(hanOnly(line.replace(/^\s*(?:[(（][一二三四五六七八九十]+[)）]|\d{1,3}[.．、])/u, ''))));
      expect(lost).toEqual([]);
    }, 30_000); // a whole seed through the importer and MDX compiler: seconds on a busy 2-core machine
  }

  it('splits seed 001 into many draft entries with meaningful titles', async () => {
    const results = await importFile(join(SEEDS, '001_59e67929b2c5c3f8.txt'), { collection: 'templates' });
    expect(results.length).toBeGreaterThanOrEqual(15);
    expect(results.every((result) => result.frontmatter['draft'] === true)).toBe(true);
    expect(results[0]!.frontmatter['title']).toBe('党建工作存在的突出问题范文');
    expect(results.reduce((sum, result) => sum + result.report.structure.items.length, 0)).toBeGreaterThan(20);
  });

  it('marks seed 004 as Traditional Chinese and keeps its script', async () => {
    const [result] = await importFile(join(SEEDS, '004_5dd9ee3de9a49e94.txt'), { collection: 'materials' });
    expect(result!.frontmatter).toMatchObject({ script: 'zh-Hant', kind: '新闻报道', publication: '篤行致遠 2024中國煙草行業發展觀察' });
    expect(result!.body).toContain('黨支部標準化規范化建設');
  });

  it('reads the paper metadata of seed 002 out of its text', async () => {
    const [result] = await importFile(join(SEEDS, '002_01834210de84d84b.txt'), { collection: 'materials' });
    expect(result!.frontmatter).toMatchObject({
      title: '论践行“两学一做”夯实基层党建',
      kind: '论文',
      author: '杨金海',
      organization: '松岭林业局大扬气林场',
      publication: '《基层建设》2019年第6期',
      date: '2019-04-28',
    });
    expect(result!.body).toContain('学习教育制度化更是新时期');
    expect(result!.body).toContain('广大党员主动参与到');
  });
});

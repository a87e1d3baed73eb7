import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatProblem, parseArgs, runImport } from '../../../scripts/lib/import/index.ts';

const run = promisify(execFile);
const GOOD = '某某支部学习制度\n支部每月集中学习一次。\n';

function workspace(files: Record<string, string>): { dir: string; out: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'import-test-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, out: join(dir, 'out'), paths: Object.keys(files).map((name) => join(dir, name)) };
}

describe('runImport', () => {
  it('writes one MDX file per input, named by the slug of its title, and no temporary files', async () => {
    const { out, paths } = workspace({ 'a.txt': GOOD });
    const result = await runImport(paths, { collection: 'materials', out, today: '2030-01-01' });
    expect(result.problems).toEqual([]);
    expect(readdirSync(out)).toEqual(['mou-mou-zhi-bu-xue-xi-zhi-du.mdx']);
    expect(readFileSync(join(out, 'mou-mou-zhi-bu-xue-xi-zhi-du.mdx'), 'utf8')).toContain('支部每月集中学习一次。');
  });

  it('refuses to overwrite an existing target without --force and leaves it as it was', async () => {
    const { out, paths } = workspace({ 'a.txt': GOOD });
    await runImport(paths, { collection: 'materials', out });
    const target = join(out, 'mou-mou-zhi-bu-xue-xi-zhi-du.mdx');
    writeFileSync(target, 'hand edited');
    const again = await runImport(paths, { collection: 'materials', out });
    expect(again.problems.map((problem) => problem.problem)).toEqual(['目标文件已存在']);
    expect(formatProblem(again.problems[0])).toContain('如要覆盖请加 --force');
    expect(readFileSync(target, 'utf8')).toBe('hand edited');
    const forced = await runImport(paths, { collection: 'materials', out, force: true });
    expect(forced.written).toBe(1);
    expect(readFileSync(target, 'utf8')).not.toBe('hand edited');
  });

  it('writes none of the files when any input has a problem', async () => {
    const { out, paths } = workspace({ 'a.txt': GOOD, 'b.txt': '' });
    const result = await runImport(paths, { collection: 'materials', out });
    expect(result.problems).toHaveLength(1);
    expect(result.written).toBe(0);
    expect(existsSync(out)).toBe(false);
  });

  it('writes nothing in a dry run but still reports', async () => {
    const { out, paths } = workspace({ 'a.txt': GOOD });
    const result = await runImport(paths, { collection: 'materials', out, dryRun: true });
    expect(result.results).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it('gives parts of a compilation distinct file names', async () => {
    const text = ['甲单位党建存在的问题', '正文一。', '甲单位党建存在的问题', '正文二。', '乙单位党建存在的问题', '正文三。'].join('\n');
    const { out, paths } = workspace({ 'c.txt': text });
    const result = await runImport(paths, { collection: 'materials', out, split: 'always', dryRun: true });
    expect(result.results.map(({ result: r }) => r.report.target)).toEqual([
      'jia-dan-wei-dang-jian-cun-zai-de.mdx',
      'jia-dan-wei-dang-jian-cun-zai-de-2.mdx',
      'yi-dan-wei-dang-jian-cun-zai-de.mdx',
    ]);
    expect(result.results.every(({ result: r }) => r.frontmatter['draft'] === true)).toBe(true);
  });

  it('skips README and unknown files inside a directory but imports the rest', async () => {
    const { dir, out } = workspace({ 'README.md': '# 说明\n', 'notes.pdf': '%PDF', 'a.txt': GOOD });
    const result = await runImport([dir], { collection: 'materials', out, dryRun: true });
    expect(result.results).toHaveLength(1);
    expect(result.skipped.map((path) => path.slice(dir.length + 1))).toEqual(['README.md', 'notes.pdf']);
  });
});

describe('parseArgs', () => {
  it('reads paths and options', () => {
    expect(parseArgs(['a.txt', '--collection', 'templates', '--dry-run', '--out', 'x', '--force'])).toEqual({
      paths: ['a.txt'],
      options: { collection: 'templates', dryRun: true, out: 'x', force: true },
    });
  });

  it('names the allowed collections when given an unknown one', () => {
    expect(() => parseArgs(['a.txt', '--collection', 'papers'])).toThrow('命令行 → 未知的集合 --collection papers → 请选 policies、templates、materials 之一');
  });

  it('refuses unknown options and a missing path', () => {
    expect(() => parseArgs(['a.txt', '--fast'])).toThrow('未知选项 --fast');
    expect(() => parseArgs(['--dry-run'])).toThrow('没有给出要导入的文件或目录');
    expect(() => parseArgs(['a.txt', '--out'])).toThrow('--out 后面缺少取值');
  });
});

describe('the import command', () => {
  it('prints file → problem → fix without a stack trace and exits non-zero', async () => {
    const { paths } = workspace({ 'old.doc': 'x' });
    const error = await run('npx', ['tsx', 'scripts/import.ts', ...paths, '--dry-run'], { cwd: join(import.meta.dirname, '../../..') }).catch((e: unknown) => e);
    const { code, stderr, stdout } = error as { code: number; stderr: string; stdout: string };
    expect(code).toBe(1);
    expect(stderr).toContain('old.doc → 这是旧版 Word .doc 文件，不能直接导入 → 请用 Word 另存为 .docx 后再导入');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toContain('共 0 篇；0 篇有未能确定的项；1 个问题');
  }, 30_000);
});

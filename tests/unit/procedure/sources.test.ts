// The 发展党员 procedure against its source, the 2025 handbook in ../shared/sources/policies/:
// every quote is found in the article (or local section) it is attributed to, every article
// number cited exists in the 细则 as the handbook gives it, and every step title and stage title
// is the handbook's heading with the right number. Fails loudly when the handbook is missing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChineseNumber, toChineseNumber } from '../../../src/lib/policy-titles';
import { loadProcedure } from './load-procedure';

const HANDBOOK = '../shared/sources/policies/gznu-zuzhi-fazhan-shouce-2025.md';
const lines = readFileSync(HANDBOOK, 'utf8').split('\n');
const procedure = loadProcedure();
// Converter damage: spaces inside Chinese text ("至少 3 个月", "重新参 加"); quotes leave them out.
const squeeze = (text: string) => text.replace(/[ \u3000]/g, '');

/** Lines from the first line equal to `start` (searching from `from`) to the first line matching `end`. */
function region(start: string, end: RegExp, from = 0): { text: string[]; at: number } {
  const at = lines.findIndex((line, i) => i >= from && line.trim() === start);
  if (at < 0) throw new Error(`${HANDBOOK}: 找不到「${start}」`);
  const stop = lines.findIndex((line, i) => i > at && end.test(line));
  return { text: lines.slice(at, stop < 0 ? undefined : stop + 1), at };
}

// The 细则 as printed after its covering notice (the notice's heading drops 发; the text's does not).
const notice = lines.findIndex((line) => line.trim() === '中国共产党展党员工作细则');
const xize = region('中国共产党发展党员工作细则', /^## 第四十四条/, notice);
const articles = new Map<number, string>();
{
  let current: number | undefined;
  for (const line of xize.text) {
    const article = /^## 第([一二三四五六七八九十]+)条\s*(.*)$/.exec(line);
    if (article) {
      current = parseChineseNumber(article[1]!)!;
      articles.set(current, squeeze(article[2]!));
    } else if (/^## /.test(line)) current = undefined;
    else if (current !== undefined && line.trim()) articles.set(current, articles.get(current)! + squeeze(line));
  }
}
const guicheng = region('贵州省发展党员工作规程（试行）', /^本规程自 2016 年 1 月 1 日起执行/);
/** Text of a 规程 step section, e.g. "三、推荐和确定入党积极分子". */
function guichengSection(section: string): string {
  const start = guicheng.text.findIndex((line) => line === `### ${section}`);
  if (start < 0) return '';
  const end = guicheng.text.findIndex((line, i) => i > start && /^##+ [一二三四五六七八九十]+、|^## 第/.test(line));
  return squeeze(guicheng.text.slice(start + 1, end < 0 ? undefined : end).join(''));
}

describe('the 细则 as the handbook gives it', () => {
  it('has its 44 articles in order', () => {
    expect([...articles.keys()]).toEqual(Array.from({ length: 44 }, (_, i) => i + 1));
  });
});

describe('rules and computed dates cite what their source says', () => {
  const cited = [
    ...procedure.rules,
    ...procedure.events.flatMap((event) => (event.derived ? [{ id: event.id, ...event.derived }] : [])),
    ...(procedure.extension ? [{ id: 'extension', ...procedure.extension }] : []),
  ];
  it.each(cited.map((c) => [c.id, c] as const))('%s: the quote stands in the article or section it names', (_id, c) => {
    if (c.article !== undefined) {
      expect(articles.get(c.article), `第${toChineseNumber(c.article)}条`).toContain(squeeze(c.quote));
    } else {
      expect(c.local).toBe('guizhou-guicheng');
      expect(guichengSection(c.section ?? ''), c.section).toContain(squeeze(c.quote));
    }
  });
});

describe('steps', () => {
  const steps = procedure.stages.flatMap((stage) => stage.steps.map((step) => ({ stage, step })));
  it('are the 25 steps in order', () => {
    expect(steps.map(({ step }) => step.n)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
  it.each(steps.map(({ stage, step }) => [step.n, step.title, stage] as const))('step %i 「%s」 is the handbook heading under its stage', (n, title, stage) => {
    const heading = `### ${toChineseNumber(n)}、${title}`;
    const at = guicheng.text.indexOf(heading);
    expect(at, heading).toBeGreaterThan(0);
    const stageHeading = guicheng.text.slice(0, at).reverse().find((line) => /^## 第.阶段/.test(line));
    expect(stageHeading).toBe(`## 第${toChineseNumber(stage.n)}阶段 ${stage.title}`);
  });
  it('cite only articles the 细则 has, and local sections the 规程 has', () => {
    for (const { step } of steps) {
      for (const article of step.articles) expect(articles.has(article), `step ${step.n} 第${article}条`).toBe(true);
      for (const note of step.local.filter((l) => l.local === 'guizhou-guicheng')) {
        expect(guichengSection(note.section ?? ''), `step ${step.n} ${note.section}`).not.toBe('');
      }
    }
  });
});

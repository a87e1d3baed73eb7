import { describe, expect, it } from 'vitest';
import { procedureProblems } from '../../../src/lib/procedure/checks';
import type { CatalogPolicy } from '../../../src/lib/policy-titles';
import { loadProcedure } from './load-procedure';

const procedure = loadProcedure();
const documents = procedure.stages.flatMap((s) => s.steps.flatMap((step) => step.documents.map((id) => ({ id, data: { procedure: 'fazhan-dangyuan', step: step.n } }))));
const policy = (articles: number[], fullText: boolean): CatalogPolicy => ({ id: procedure.regulation, title: '中国共产党发展党员工作细则', aliases: [], kind: '细则', fullText, articles });
const FILE = 'content/procedures/fazhan-dangyuan.yaml';

describe('build checks of the 发展党员 procedure', () => {
  it('passes against a catalogue entry without text and against the full text of 44 articles', () => {
    expect(procedureProblems(FILE, 'fazhan-dangyuan', procedure, policy([], false), documents)).toEqual([]);
    expect(procedureProblems(FILE, 'fazhan-dangyuan', procedure, policy(Array.from({ length: 44 }, (_, i) => i + 1), true), documents)).toEqual([]);
  });
  it('names each cited article the full text lacks', () => {
    const problems = procedureProblems(FILE, 'fazhan-dangyuan', procedure, policy([1, 2, 3], true), documents);
    expect(problems).toContain(`${FILE} → 规则 talk-within-month 引用的第七条在《中国共产党发展党员工作细则》全文中不存在。请核对条号。`);
    expect(problems).toContain(`${FILE} → 步骤 2 引用的第七条在《中国共产党发展党员工作细则》全文中不存在。请核对条号。`);
  });
  it('names a document the step lists but that is missing, or that claims another step', () => {
    const moved = documents.map((d) => (d.id === 'jiji-fenzi-gongshi' ? { ...d, data: { ...d.data, step: 7 } } : d)).filter((d) => d.id !== 'yushen-qingshi');
    const problems = procedureProblems(FILE, 'fazhan-dangyuan', procedure, policy([], false), moved);
    expect(problems).toEqual([
      `content/documents/jiji-fenzi-gongshi.mdx → 属于 fazhan-dangyuan 第 7 步，而 ${FILE} 把它列在第 3 步。请让两处一致。`,
      `${FILE} → 步骤 12 列出的文书「yushen-qingshi」不存在。请检查 content/documents/yushen-qingshi.mdx 或改正标识。`,
    ]);
  });
  it('names a regulation missing from the catalogue', () => {
    expect(procedureProblems(FILE, 'fazhan-dangyuan', procedure, undefined, documents)[0]).toMatch(/regulation「zhong-guo-gong-chan-dang-fa-zhan-dang-yuan-gong-zuo-xi-ze」不在党内法规目录中/);
  });
});

describe('ProcedureSchema messages', () => {
  it('rejects a rule that names an unknown event or two sources, saying which rule and what to do', async () => {
    const { ProcedureSchema } = await import('../../../src/schemas/procedure');
    const yaml = await import('js-yaml');
    const { readFileSync } = await import('node:fs');
    const data = yaml.load(readFileSync('content/procedures/fazhan-dangyuan.yaml', 'utf8')) as { rules: Record<string, unknown>[] };
    data.rules[1] = { ...data.rules[1], to: 'tlak', local: 'guizhou-guicheng' };
    const result = ProcedureSchema.safeParse(data);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toContain('规则 talk-after-application 的 to 「tlak」 不是已定义的事件。可用：birth、application、talk、activist、candidate、political-review、training、branch-review、pre-review、admission、submitted、party-talk、approval、oath、probation-end、conversion-application、conversion-meeting、conversion-submitted、conversion-approval。');
    expect(messages).toContain('规则 talk-after-application 必须且只能写一个依据：article（细则条号）或 local（地方文件）。');
  });
});

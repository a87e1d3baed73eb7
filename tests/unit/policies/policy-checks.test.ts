import { describe, expect, it } from 'vitest';
import { scanCitations } from '../../../src/lib/citations';
import { checkPolicies, formatPolicyProblems, type CheckedPolicy } from '../../../src/lib/policy-checks';
import { TEST_CATALOG } from './catalog-fixture';

const policy = (p: Partial<CheckedPolicy> & Pick<CheckedPolicy, 'id'>): CheckedPolicy => ({
  file: `content/policies/${p.id}.mdx`,
  title: p.id,
  aliases: [],
  status: '现行有效',
  supersedes: [],
  fullText: false,
  articles: [],
  ...p,
});

describe('checkPolicies', () => {
  it('passes a consistent pair of versions', () => {
    const policies = [
      policy({ id: 'new', title: '某办法', supersedes: ['old'] }),
      policy({ id: 'old', title: '某办法', status: '已修订', supersededBy: 'new' }),
    ];
    expect(checkPolicies(policies, [])).toEqual([]);
  });

  it('names the file, the field and the fix when a version link does not resolve', () => {
    const problems = checkPolicies([policy({ id: 'a', supersedes: ['gone'] }), policy({ id: 'b', status: '已废止', supersededBy: 'nowhere' })], []);
    expect(formatPolicyProblems(problems)).toMatchInlineSnapshot(`
      "content/policies/a.mdx → supersedes：supersedes 里的「gone」不是已收录的法规。改法：写被取代版本的文件名（不含 .mdx），现有：a、b。
      content/policies/b.mdx → supersededBy：supersededBy「nowhere」不是已收录的法规。改法：写新版本的文件名（不含 .mdx），现有：a、b；新版本尚未收录时请先收录它。"
    `);
  });

  it('asks for both directions of a version link and a status that agrees', () => {
    const problems = checkPolicies([policy({ id: 'new' }), policy({ id: 'old', supersededBy: 'new' })], []);
    expect(problems.map((p) => `${p.file} → ${p.field}`)).toEqual(['content/policies/new.mdx → supersedes', 'content/policies/old.mdx → status']);
  });

  it('rejects two current policies answering to the same short title', () => {
    const problems = checkPolicies([policy({ id: 'a', aliases: ['条例甲'] }), policy({ id: 'b', aliases: ['条例甲'] })], []);
    expect(problems).toMatchObject([{ file: 'content/policies/b.mdx', field: 'aliases' }]);
  });

  it('rejects a 第X条 link into a full text that has no such article, with the line', () => {
    const body = '依照《某某市青年志愿者协会会员管理办法（试行）》第三条。\n\n又见《某某市青年志愿者协会会员管理办法（试行）》第三十条。\n';
    const texts = [{ file: 'content/templates/x.mdx', cited: scanCitations(body, TEST_CATALOG).cited }];
    const policies = [policy({ id: 'zhi-yuan-zhe', title: '某某市青年志愿者协会会员管理办法（试行）', fullText: true, articles: [1, 2, 3, 4, 5, 6] })];
    expect(formatPolicyProblems(checkPolicies(policies, texts))).toBe(
      'content/templates/x.mdx → 正文第 3 行：《某某市青年志愿者协会会员管理办法（试行）》第三十条 不存在：该法规全文共 6 条（至第六条）。改法：核对条号；《某某市青年志愿者协会会员管理办法（试行）》的全文在 content/policies/zhi-yuan-zhe.mdx。',
    );
  });

  it('does not check articles of metadata-only entries (they are linked without an anchor)', () => {
    const texts = [{ file: 'content/templates/x.mdx', cited: scanCitations('《党章》第九十九条', TEST_CATALOG).cited }];
    expect(checkPolicies([policy({ id: 'dang-zhang' })], texts)).toEqual([]);
  });
});

describe('scanCitations', () => {
  it('counts headings and links as citing but not as unknown-link candidates', () => {
    const scan = scanCitations('## 学习《党章》\n\n[《劳动法》](/x/) 与《两学一做整改清单》\n\n`《劳动法》`\n', TEST_CATALOG);
    expect(scan.cited).toMatchObject([{ policyId: 'dang-zhang', unlinked: true, line: 1 }]);
    expect(scan.unknown).toEqual([{ title: '两学一做整改清单', line: 3 }]);
  });

  it('reads MDX with components', () => {
    const scan = scanCitations('<Item id="item-1">\n\n**问题**：未落实《支部工作条例》。\n\n</Item>\n', TEST_CATALOG);
    expect(scan.cited.map((c) => c.policyId)).toEqual(['zhi-bu']);
  });
});

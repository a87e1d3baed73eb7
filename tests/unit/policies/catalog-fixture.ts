// A small catalog for the policy tests: real titles (metadata only, as in content/policies/) plus
// one clearly fictitious full-text policy, so article anchors can be tested without any real
// regulation text.
import { buildCatalog, type CatalogPolicy } from '../../../src/lib/policy-titles';

const policy = (p: Partial<CatalogPolicy> & Pick<CatalogPolicy, 'id' | 'title' | 'kind'>): CatalogPolicy => ({
  aliases: [],
  fullText: false,
  articles: [],
  ...p,
});

/** Policies of the test catalog. */
export const TEST_POLICIES: CatalogPolicy[] = [
  policy({ id: 'dang-zhang', title: '中国共产党章程', aliases: ['党章'], kind: '党章' }),
  policy({ id: 'zhi-bu', title: '中国共产党支部工作条例（试行）', aliases: ['支部工作条例'], kind: '条例' }),
  policy({ id: 'lian-jie', title: '中国共产党廉洁自律准则', aliases: ['廉洁自律准则'], kind: '准则' }),
  policy({ id: 'lian-zheng', title: '中国共产党党员领导干部廉洁从政若干准则', aliases: ['廉政准则'], kind: '准则', supersededBy: 'lian-jie' }),
  policy({ id: 'ji-lv', title: '中国共产党纪律处分条例', kind: '条例' }),
  policy({ id: 'ji-lv-2018', title: '中国共产党纪律处分条例', kind: '条例', supersededBy: 'ji-lv' }),
  policy({ id: 'jian-du', title: '中国共产党党内监督条例', kind: '条例' }),
  policy({ id: 'zheng-zhi-sheng-huo', title: '关于新形势下党内政治生活的若干准则', aliases: ['党内政治生活的若干准则'], kind: '准则' }),
  policy({
    id: 'zhi-yuan-zhe',
    title: '某某市青年志愿者协会会员管理办法（试行）',
    kind: '办法',
    fullText: true,
    articles: [1, 2, 3, 4, 5, 6],
  }),
];

/** The test catalog. */
export const TEST_CATALOG = buildCatalog(TEST_POLICIES);

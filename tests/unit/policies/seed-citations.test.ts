// Done-when of issue 6: every 《…》 in the seed library that names a catalogued regulation
// resolves, against the real catalog in content/policies/.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanCitations } from '../../../src/lib/citations';
import { loadPolicyCatalog } from '../../../src/lib/policy-catalog';
import { createResolver, findCitations } from '../../../src/lib/policy-titles';
import { sharedPath } from '../../helpers/shared';

const catalog = loadPolicyCatalog();

describe('seed citations against the catalog', () => {
  it.each([
    ['《党章》', 'zhong-guo-gong-chan-dang-zhang-cheng'],
    ['《中国共产党章程》', 'zhong-guo-gong-chan-dang-zhang-cheng'],
    ['《中国共产党支部工作条例(试行)》', 'zhong-guo-gong-chan-dang-zhi-bu-gong-zuo-tiao-li-shi-xing'],
    ['《支部工作条例》', 'zhong-guo-gong-chan-dang-zhi-bu-gong-zuo-tiao-li-shi-xing'],
    ['《中国共产党廉洁自律准则》', 'zhong-guo-gong-chan-dang-lian-jie-zi-lv-zhun-ze'],
    ['《廉政准则》', 'zhong-guo-gong-chan-dang-dang-yuan-ling-dao-gan-bu-lian-jie-cong-zheng-ruo-gan-zhun-ze'],
    ['《中国共产党纪律处分条例》', 'zhong-guo-gong-chan-dang-ji-lv-chu-fen-tiao-li'],
    ['《中国共产党党内监督条例》', 'zhong-guo-gong-chan-dang-dang-nei-jian-du-tiao-li'],
    ['《党内政治生活的若干准则》', 'guan-yu-xin-xing-shi-xia-dang-nei-zheng-zhi-sheng-huo-de-ruo-gan-zhun-ze'],
    ['《中国共产党发展党员工作细则》', 'zhong-guo-gong-chan-dang-fa-zhan-dang-yuan-gong-zuo-xi-ze'],
    ['《中国共产党党组工作条例(试行)》', 'zhong-guo-gong-chan-dang-dang-zu-gong-zuo-tiao-li-shi-xing'],
    ['《党政领导干部选拔任用工作条例》', 'dang-zheng-ling-dao-gan-bu-xuan-ba-ren-yong-gong-zuo-tiao-li'],
    ['《中国共产党党和国家机关基层工作条例》', 'zhong-guo-gong-chan-dang-dang-he-guo-jia-ji-guan-ji-ceng-zu-zhi-gong-zuo-tiao-li'],
  ])('%s → %s', (citation, id) => {
    expect(findCitations(citation, createResolver(catalog))[0]?.policy?.id).toBe(id);
  });

  it('finds the catalogued titles in the seed texts and leaves only non-party-regulation titles unknown', () => {
    const dir = sharedPath('seeds');
    const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(seeds).toHaveLength(5);
    const unknown = new Set<string>();
    let cited = 0;
    for (const seed of seeds) {
      const scan = scanCitations(readFileSync(`${dir}/${seed}`, 'utf8'), catalog);
      cited += scan.cited.length;
      for (const u of scan.unknown) unknown.add(u.title);
    }
    expect(cited).toBeGreaterThanOrEqual(30);
    for (const title of unknown) expect(title, '未收录的法规标题').not.toMatch(/^中国共产党.*(条例|准则|细则|章程)(（试行）|\(试行\))?$/);
  });
});

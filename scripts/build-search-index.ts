// `npm run build` second half: index the built site for search (see scripts/lib/search/).
// Usage: tsx scripts/build-search-index.ts [site folder, default dist]
import { buildSearchIndex } from './lib/search/build-index';

const site = process.argv[2] ?? 'dist';
const started = performance.now();
const { pages, problems } = await buildSearchIndex(site);
for (const problem of problems) console.error(problem);
if (pages === 0) console.error(`${site} → 没有找到可搜索的页面 → 请先运行 astro build`);
console.log(`搜索索引：${pages} 个页面，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒 → ${site}/pagefind/`);
if (problems.length || pages === 0) {
  console.error(`${problems.length} 个问题`);
  process.exit(1);
}

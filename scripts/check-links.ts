// `npm run check:links [dir] [base]`: list broken internal links and anchors in a built site.
import { checkLinks } from './lib/links/check-links';

const root = process.argv[2] ?? 'dist';
const base = (process.argv[3] ?? process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const { pages, links, broken } = checkLinks(root, base);
for (const b of broken) console.error(`${b.page} → ${b.ref} → ${b.reason}`);
console.log(`检查了 ${pages} 个页面、${links} 个站内链接：${broken.length} 个失效。`);
process.exit(broken.length ? 1 : 0);

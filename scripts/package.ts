// `npm run package`: archive the built dist/ for hand-over to the intranet server.
import { existsSync } from 'node:fs';
import { packageSite } from './lib/deploy/package-site';

if (!existsSync('dist/index.html')) {
  console.error('dist/ → 还没有构建好的网站 → 请先运行 npm run build（子路径部署用 BASE_PATH=/kb/ npm run build）。');
  process.exit(1);
}
const result = await packageSite();
console.log(`已打包 ${result.files} 个文件：${result.archive}`);
console.log(`SHA-256：${result.sha256}（校验文件 ${result.checksumFile}，可用 sha256sum -c 核对）`);

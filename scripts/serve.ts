// `npm start` second half: serve the built dist/ on localhost and print the address.
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/serve/static-server';

const root = 'dist';
if (!existsSync(`${root}/index.html`)) {
  console.error('dist/ → 还没有构建好的网站 → 请先运行 npm run build（npm start 会自动构建）。');
  process.exit(1);
}
const base = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');
const port = Number(process.env['PORT'] || 4321);
const server = await startStaticServer({ root, base, port, host: process.env['HOST'] || '127.0.0.1' });
console.log(`\n  党建知识库已启动：${server.url}\n  （按 Ctrl+C 停止）\n`);

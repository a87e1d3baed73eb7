// `npm run check` second half: validate every file in content/ and list all problems at once.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMAS, validateFile } from './lib/content/validate';

let files = 0;
const problems: string[] = [];
for (const collection of Object.keys(SCHEMAS)) {
  const dir = join('content', collection);
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => /\.(mdx|ya?ml)$/.test(n)).sort()) {
    files++;
    problems.push(...(await validateFile(collection, join(dir, name))));
  }
}
for (const line of problems) console.error(line);
console.log(`检查了 ${files} 个内容文件，发现 ${problems.length} 个问题。`);
process.exit(problems.length ? 1 : 0);

// `npm run check` second half: validate every file in content/ and list all problems at once.
import { COLLECTIONS, type CollectionName } from '../src/lib/content/collections';
import { readCollection } from '../src/lib/content/entry-file';

let files = 0;
const problems: string[] = [];
for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
  const result = readCollection(collection);
  files += result.entries.length + new Set(result.problems.map((line) => line.split(' → ')[0])).size;
  problems.push(...result.problems);
}
for (const line of problems) console.error(line);
console.log(`检查了 ${files} 个内容文件，发现 ${problems.length} 个问题。`);
process.exit(problems.length ? 1 : 0);

/**
 * Imports the 文书范本 of the editorial records in scripts/sources/ into content/documents/.
 *
 *   npm run import:documents [-- --dry-run] [--sources <dir>]     default sources: ../shared/sources
 *
 * Re-running reproduces the shipped files byte for byte (existing files are overwritten).
 * Problems are printed as `file → problem → fix`; exit 1 and nothing written when there is any.
 */
import { resolve } from 'node:path';
import { formatProblem } from './lib/import/index.ts';
import { runDocumentRecord } from './lib/import/document-record.ts';
import { findPlaceholders } from '../src/lib/workbench/placeholders.ts';
import { HANDBOOK_2025_TEMPLATES } from './sources/handbook-2025-templates.ts';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const at = args.indexOf('--sources');
const sourcesDir = resolve(at >= 0 && args[at + 1] ? args[at + 1]! : resolve(import.meta.dirname, '../../shared/sources'));

try {
  const results = await runDocumentRecord(HANDBOOK_2025_TEMPLATES, { sourcesDir, force: true, dryRun });
  results.forEach((r, i) => {
    const entry = HANDBOOK_2025_TEMPLATES.entries[i]!;
    const marks = r.body.split('\n').reduce((n, line) => n + findPlaceholders(line).length, 0);
    console.log(`${r.report.target} ← 第${entry.lines[0]}–${entry.lines[1]}行 「${r.frontmatter['title']}」 第${entry.step}步 ${entry.kind} 待填写处 ${marks}`);
  });
  console.log(`共 ${results.length} 份文书；${dryRun ? '试运行，未写入文件' : `已写入 content/documents/`}`);
} catch (error) {
  console.error(formatProblem(error));
  process.exitCode = 1;
}

// Renders the Word and Excel exports to images, to look at the GB/T 9704 layout without Word:
//   npx tsx scripts/render-docx-sample.ts [outDir]      (default /tmp/kb-docx)
// Builds a 整改台账 and a 整改方案 from real seed items (the same code the 整改清单 page runs),
// converts them with LibreOffice to PDF and with pdftoppm to PNG pages. Needs the Debian
// packages libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils (apt-get install -y …).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildLedgerDocument, buildPlanDocument, docxBytes } from '../src/lib/workbench/docx-build';
import { itemsFromMdx } from '../src/lib/items/items-from-mdx';
import { documentTitle, ledgerRows } from '../src/lib/workbench/ledger';
import { emptyList, type ListDoc } from '../src/lib/workbench/list-store';
import { planText } from '../src/lib/workbench/plan-parts';
import { buildLedgerWorkbook, xlsxBytes } from '../src/lib/workbench/xlsx-build';

const outDir = process.argv[2] ?? '/tmp/kb-docx';
const SOURCES = [
  ['mingcha-anfang-fankui-wenti-zhenggai-qingkuang-baogao', 4],
  ['weisheng-jisheng-xitong-dangjian-zhenggai-fangan', 3],
  ['jiceng-dangjian-sige-wenti-liutiao-duice', 2],
] as const;
const values = { unit: '红星社区', person: '张三', deadline: '2025年6月底前' };
// (the sheet is converted after the ledger .docx, whose PDF name it would otherwise take)
const STATUSES = ['done', 'doing', 'ongoing', 'todo'] as const;

function sampleList(): ListDoc {
  const doc = emptyList();
  for (const [template, count] of SOURCES) {
    const body = readFileSync(`content/templates/${template}.mdx`, 'utf8');
    for (const item of itemsFromMdx(body).slice(0, count)) {
      const n = doc.items.length;
      doc.items.push({
        id: `${template}#${item.id}`,
        problem: item.problem,
        measures: item.measures.join('\n'),
        owner: item.owner,
        unit: item.unit,
        deadline: item.deadline,
        status: STATUSES[n % STATUSES.length]!,
        progress: n % 2 ? '' : '已制定措施并按月跟踪',
        added: new Date(0).toISOString(),
      });
    }
  }
  return doc;
}

function run(command: string, args: string[]) {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    console.error(`${command} → ${missing ? '没有安装' : '运行失败'} → apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils`);
    process.exit(1);
  }
}

const doc = sampleList();
const rows = ledgerRows(doc, values);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const files = {
  ledger: await docxBytes(buildLedgerDocument(documentTitle(doc, 'ledger', values), rows)),
  plan: await docxBytes(buildPlanDocument(documentTitle(doc, 'plan', values), rows, planText(doc, values, new Date(2025, 2, 1)))),
};
const xlsx = await xlsxBytes(buildLedgerWorkbook(documentTitle(doc, 'ledger', values), rows));
writeFileSync(path.join(outDir, 'ledger.xlsx'), xlsx);
for (const [name, bytes] of [...Object.entries(files), ['sheet', xlsx] as const]) {
  const file = path.join(outDir, name === 'sheet' ? 'ledger.xlsx' : `${name}.docx`);
  writeFileSync(file, bytes);
  run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', outDir, file]);
  if (name === 'sheet') execFileSync('mv', [path.join(outDir, 'ledger.pdf'), path.join(outDir, 'sheet.pdf')]);
  run('pdftoppm', ['-png', '-r', '80', path.join(outDir, `${name}.pdf`), path.join(outDir, name)]);
}
for (const file of readdirSync(outDir).sort()) console.log(path.join(outDir, file));

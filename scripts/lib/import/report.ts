import { ENCODING_LABELS } from './decode.ts';
import type { ImportReport } from './index.ts';

const FIELD_NAMES: Record<string, string> = {
  title: '标题 title',
  date: '日期 date',
  author: '作者 author',
  organization: '单位 organization',
  publication: '出处 publication',
  script: '文字 script',
};

function clip(text: string, max = 30): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/** Lines describing what the importer did with one document, in Chinese, for the CLI. */
export function formatReport(report: ImportReport): string[] {
  const out: string[] = [];
  const where = report.lines[0] === 1 ? '' : `（第 ${report.lines[0]}–${report.lines[1]} 行）`;
  out.push(`${report.file}${where} → ${report.target}`);
  if (report.encoding) out.push(`  编码：${report.encoding === 'docx' ? 'Word .docx' : ENCODING_LABELS[report.encoding]}`);
  for (const removal of report.junk) {
    out.push(`  删除垃圾（规则 ${removal.rule}，第 ${removal.line} 行）：${clip(removal.removed)}`);
  }
  const s = report.structure;
  const byLevel = [2, 3, 4].map((level) => `${'#'.repeat(level)} ${s.headings.filter((h) => h.level === level).length}`).join('，');
  const rectification = s.items.filter((item) => item.kind === 'rectification').length;
  const problems = s.items.length - rectification;
  out.push(`  结构：标题 ${byLevel}；整改条目 ${rectification}；问题条目 ${problems}；列表项 ${s.listItems}；条文 ${s.articles}`);
  if (report.collection === 'policies') {
    out.push(`  法规结构：编 ${s.divisions.编}，章 ${s.divisions.章}，节 ${s.divisions.节}，条 ${s.articles}`);
  }
  for (const entry of report.cleanup) out.push(`  处理：${entry}`);
  if (s.enumerations.length) {
    out.push(`  “一是…二是…”行内列举 ${s.enumerations.length} 处（保留为正文）：第 ${s.enumerations.map((e) => e.line).join('、')} 行`);
  }
  for (const finding of report.metadata) {
    out.push(`  元数据 ${FIELD_NAMES[finding.field] ?? finding.field}：「${clip(finding.value, 40)}」（${finding.how}${finding.line ? `，第 ${finding.line} 行` : ''}）`);
  }
  for (const guess of report.guessed) out.push(`  推断：${guess}`);
  for (const entry of report.undecided) out.push(`  未能确定：${entry}`);
  for (const entry of report.placement ?? []) out.push(`  目录：${entry}`);
  return out;
}

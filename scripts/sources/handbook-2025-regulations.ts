/**
 * Editorial record: the four regulations inside the 2025 training handbook
 * (../shared/sources/policies/gznu-zuzhi-fazhan-shouce-2025.md, see the README there). The
 * handbook was converted from .docx: every 第N条 became a `## ` heading (the importer takes the
 * marks off), the first chapter headings of two regulations lost their 第一章 (「总则」 stays an
 * unnumbered heading), and three places are damaged. Those are recorded here, not fixed by hand:
 * - line 586, the 细则's title, lost 发 (「中国共产党展党员工作细则」): repaired, shown as a repair;
 * - lines 339/341 split 第四十四条 of 党员教育管理工作条例 inside a word: joined, shown as a repair;
 * - 党员教育管理工作条例 goes from 第十九条 to 第二十一条: 第二十条 is missing in the source and is
 *   shown as missing on the page; it is never supplied from elsewhere.
 * The handbook's 公文 templates are another record's business (handbook-2025-templates.ts).
 */
import type { SourceRecord } from '../lib/import/source-record.ts';

export const HANDBOOK_2025_REGULATIONS: SourceRecord = {
  file: 'policies/gznu-zuzhi-fazhan-shouce-2025.md',
  origin: '《贵州师范大学组织发展工作专项培训工作手册》（组织部、党校，2025年6月），据 XueQi-2957/PartyMate 仓库的转录本（提交 191f263，partymate/knowledge/party_rules.md）',
  parts: [
    {
      collection: 'policies',
      lines: [3, 182],
      into: 'zhong-guo-gong-chan-dang-zhi-bu-gong-zuo-tiao-li-shi-xing',
    },
    {
      collection: 'policies',
      lines: [184, 345],
      missingArticles: [20],
      repairs: [
        {
          line: 339,
          found: '中国人民武装警察部\n\n队党员教育管理工作规定',
          shown: '中国人民武装警察部队党员教育管理工作规定',
          note: '来源把第四十四条的一句话在“部”“队”两字之间断开，分成第339、341行两段；本站接为一段，文字未改。',
        },
      ],
    },
    {
      collection: 'policies',
      lines: [347, 507],
    },
    {
      collection: 'policies',
      lines: [586, 758],
      into: 'zhong-guo-gong-chan-dang-fa-zhan-dang-yuan-gong-zuo-xi-ze',
      repairs: [
        {
          line: 586,
          found: '中国共产党展党员工作细则',
          shown: '中国共产党发展党员工作细则',
          note: '来源此行标题脱一“发”字；同一来源第589行印发通知所称《中国共产党发展党员工作细则》和第596行的标题均有此字，据以补正。',
        },
      ],
    },
  ],
  unused: [
    { lines: [1, 2], reason: '手册封面：书名、编印单位和时间（写入各条目的来源说明）' },
    { lines: [509, 584], reason: '《关于中国共产党党费收缴、使用和管理的规定》：目录中尚无此条目，本记录暂不收录' },
    { lines: [760, 3299], reason: '发展党员的通知、规程、实施办法和公文模板，不是党内法规全文；公文模板由 handbook-2025-templates.ts 处理' },
  ],
};

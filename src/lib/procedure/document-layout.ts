// How a 文书范本's lines map onto an official document (GB/T 9704-2012): the addressee flush left,
// 一、 headings, body paragraphs, and the closing signature and date at the right; or, for forms
// whose real shape is a table (会议记录, 登记表), the form's fields as table rows and the record
// itself in one wide cell. Pure: the page hands in the filled text of each paragraph.

/** One block of a laid-out document. */
export type Block =
  | { kind: 'addressee' | 'heading' | 'body' | 'closing'; text: string }
  | { kind: 'table'; rows: TableRow[] };

/** A table row: label/value pairs (two pairs fill the row), or one label with a wide value cell. */
export type TableRow = { pairs: [string, string][] } | { label: string; lines: string[]; tall?: boolean };

// Form fields of 会议记录 headers: "会议时间：＿＿ 会议地点：＿＿" → two pairs.
const FIELD = /([\p{Script=Han}（）]{2,10})[:：]\s*(.*?)(?=\s+[\p{Script=Han}（）]{2,10}[:：]|$)/gu;
const MEETING_FIELDS = /^(会议时间|会议地点|应到会人数|应到会人员|实到人数|参会人员签名|参会人签名|会议主持人|会议记录人|会议主要议题)[:：]/u;
const DATE_LINE = /^(?:[\d＿X]+年[\d＿X]+月[\d＿X]+日|(?:\d{4}|＿＿|X+)\s*年.*日)$/u;
const CLOSING = /(?:党支部|支部|党委|委员会|总支|组织部|（盖章）|\(盖章\))\s*(?:[\d＿X]+年[\d＿X]+月[\d＿X]+日)?$/u;
const HEADING = /^[一二三四五六七八九十]+、\S{1,28}$/u;

/** "label：value label：value" → [[label, value], …]; [] when the line is not fields. */
export function fieldPairs(line: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const match of line.matchAll(FIELD)) pairs.push([match[1]!, match[2]!.trim()]);
  return pairs.length && line.trimStart().startsWith(pairs[0]![0]) ? pairs : [];
}

/** Index of the first line of the closing block (signature, unit, date) at the end, or lines.length. */
function closingStart(lines: readonly string[]): number {
  let at = lines.length;
  while (at > 0) {
    const line = lines[at - 1]!.trim();
    const isClosing = DATE_LINE.test(line) || (line.length <= 40 && CLOSING.test(line) && !/[。；]/.test(line)) || /^支部名称[:：]/.test(line);
    if (!isClosing) break;
    at--;
  }
  return at;
}

/**
 * Text documents: an addressee ("XX党委：") flush left at the start, short 一、 lines as headings,
 * the trailing unit/signature/date lines as the closing (right-aligned), the rest body text.
 */
export function layoutText(lines: readonly string[]): Block[] {
  const end = closingStart(lines);
  return lines.map((text, i): Block => {
    if (i >= end) return { kind: 'closing', text };
    if (i === 0 && /[:：]$/.test(text) && text.length <= 30 && !MEETING_FIELDS.test(text)) return { kind: 'addressee', text };
    if (HEADING.test(text) && !/[。；，]$/.test(text)) return { kind: 'heading', text };
    return { kind: 'body', text };
  });
}

/**
 * 会议记录 as a form: the header fields (会议时间, 地点, 人数, 签名, 主持人, 记录人, 议题) as rows of
 * label/value pairs, everything after them as the 会议内容 cell, the closing lines below the table.
 * `contentLabel` names the wide cell, e.g. "会议记录".
 */
export function layoutMeeting(lines: readonly string[], contentLabel: string): Block[] {
  const end = closingStart(lines);
  const rows: TableRow[] = [];
  let i = 0;
  for (; i < end && MEETING_FIELDS.test(lines[i]!); i++) {
    const pairs = fieldPairs(lines[i]!);
    if (pairs.length === 1 && /议题|签名/.test(pairs[0]![0])) rows.push({ label: pairs[0]![0], lines: [pairs[0]![1]] });
    else rows.push({ pairs });
  }
  rows.push({ label: contentLabel, lines: lines.slice(i, end), tall: true });
  return [{ kind: 'table', rows }, ...lines.slice(end).map((text): Block => ({ kind: 'closing', text }))];
}

/**
 * 登记表 (培养教育考察登记表) as a form: "单位 ××" lines as label/value rows, the section names the
 * handbook keeps (个人基本情况, 入党积极分子阶段 …) as tall empty rows to write in, and the rest
 * (样表, 说明) as text after the table.
 */
export function layoutRegister(lines: readonly string[]): Block[] {
  const rows: TableRow[] = [];
  const rest: Block[] = [];
  for (const text of lines) {
    const field = /^(单位|支部|姓名)\s*(.*)$/u.exec(text);
    if (field) rows.push({ pairs: [[field[1]!, field[2]!]] });
    else if (/^[\p{Script=Han}、]{4,14}$/u.test(text) && !/说明|样表|制$/.test(text)) rows.push({ label: text, lines: [''], tall: true });
    else rest.push({ kind: /^[（(]样表[)）]$/.test(text) ? 'heading' : 'body', text });
  }
  return [{ kind: 'table', rows }, ...rest];
}

/** The layout for a document of `form` ("table" means 会议记录 or 登记表 by its kind). */
export function layoutDocument(lines: readonly string[], form: 'text' | 'table', kind: string, contentLabel: string): Block[] {
  if (form === 'text') return layoutText(lines);
  return kind === '登记表' ? layoutRegister(lines) : layoutMeeting(lines, contentLabel);
}

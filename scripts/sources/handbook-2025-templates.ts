/**
 * Editorial record of the 文书范本 (document templates) in the 2025 GZNU training handbook
 * (../shared/sources/policies/gznu-zuzhi-fazhan-shouce-2025.md, appendix 「发展党员工作的有关工作规范
 * 和模板」, lines 1073–1588): which lines make up which template, its title, the step of the
 * 发展党员 procedure it belongs to (content/procedures/fazhan-dangyuan.yaml), its kind, whether
 * its real form is a table, and every line used by no template with the reason.
 *
 *   npm run import:documents            writes content/documents/*.mdx (byte for byte the shipped files)
 *
 * The text always comes from the handbook through the importer (scripts/lib/import); the
 * repairs below are applied first and listed on every page they touch (DocumentSchema.repairs).
 * Line numbers are 1-based handbook lines; titles drop the converter's spaces.
 */
import type { DocumentRecord } from '../lib/import/document-record.ts';

export const HANDBOOK_2025_TEMPLATES: DocumentRecord = {
  file: 'policies/gznu-zuzhi-fazhan-shouce-2025.md',
  source: '贵州师范大学组织部、党校《组织发展工作专项培训工作手册》（2025年6月）',
  procedure: 'fazhan-dangyuan',
  scope: '贵州师范大学',
  added: '2026-12-01',
  entries: [
    // 第一阶段 入党申请和入党积极分子的确定
    { id: 'rudang-shenqingshu-geshi', title: '《入党申请书》的基本格式', lines: [1078, 1082], step: 1, kind: '格式' },
    // 第二阶段 入党积极分子的确定和培养
    { id: 'queding-jiji-fenzi-huiyi-jilu', title: '关于确定XX等同志为入党积极分子的会议记录', lines: [1090, 1108], step: 3, kind: '会议记录', form: 'table' },
    { id: 'jiji-fenzi-beian-baogao', title: '关于XX等XX位同志列为入党积极分子备案的报告', lines: [1109, 1115], step: 4, kind: '报告' },
    {
      id: 'jiji-fenzi-gongshi',
      title: '关于确定XX等X位同志为入党积极分子的公示',
      lines: [1119, 1132],
      step: 3,
      kind: '公示',
    },
    { id: 'jiji-fenzi-gongshi-jieguo', title: '关于确定XX等X位同志为入党积极分子的公示结果说明', lines: [1133, 1146], titleLines: 2, step: 3, kind: '公示结果' },
    { id: 'jiji-fenzi-pifu', title: '关于XX等XX位同志确定入党积极分子的批复', lines: [1147, 1154], step: 4, kind: '批复' },
    // 第三阶段 确定发展对象
    { id: 'queding-fazhan-duixiang-huiyi-jilu', title: '关于讨论确定XX等XX位同志为发展对象的会议记录', lines: [1160, 1186], step: 7, kind: '会议记录', form: 'table' },
    { id: 'fazhan-duixiang-gongshi', title: '关于确定XX等X位同志为发展对象的公示', lines: [1187, 1200], step: 7, kind: '公示' },
    { id: 'fazhan-duixiang-gongshi-jieguo', title: '关于确定XX等X位同志为发展对象的公示结果说明', lines: [1201, 1213], titleLines: 2, step: 7, kind: '公示结果' },
    {
      id: 'fazhan-duixiang-beian-baogao',
      title: '关于XX等XX同志确定为发展对象备案的报告',
      lines: [1214, 1226],
      step: 8,
      kind: '报告',
      edits: [{ line: 1224, find: 'XXX 现申请备案', replace: 'XXX\n现申请备案', why: '名单末尾与下一句「现申请备案，请审查。」被转换并到一行，按原意分开' }],
    },
    { id: 'fazhan-duixiang-pifu', title: '关于将XX等XX位同志确定为发展对象的批复', lines: [1227, 1231], step: 8, kind: '批复' },
    { id: 'zhengzhi-shencha-baogao', title: '关于XX同志政治审查情况的报告', lines: [1236, 1244], step: 10, kind: '报告' },
    // 第四阶段 预备党员的接收
    { id: 'zhibu-yushen-huiyi-jilu', title: '关于对XX等XX位同志进行预审的会议记录', lines: [1248, 1273], step: 12, kind: '会议记录', form: 'table' },
    { id: 'yushen-qingshi', title: '关于对XX等XX位同志进行预审的请示', lines: [1274, 1279], step: 12, kind: '请示' },
    { id: 'dangwei-yushen-huiyi-jilu', title: '党委对发展对象进行预审会议记录', lines: [1287, 1301], step: 13, kind: '会议记录', form: 'table' },
    { id: 'yushen-pifu', title: '关于XXX等XX名同志入党预审情况的批复', lines: [1302, 1306], step: 13, kind: '批复' },
    {
      id: 'jieshou-yubei-dangyuan-huiyi-jilu',
      title: '党支部关于接收XX等同志为中共预备党员的会议记录',
      lines: [1310, 1329],
      step: 15,
      kind: '会议记录',
      form: 'table',
      edits: [
        { line: 1312, find: '参会人签名', replace: '参会人签名:', why: '「参会人签名」后的冒号在转换中丢失，按同一手册其他会议记录补上' },
        { line: 1314, find: '目的； 1.XXX 同志', replace: '目的；\n1.XXX 同志', why: '「1.XXX同志」与上一句被转换并到一行，按原意分开' },
        { line: 1320, find: '党员个人表态。 2.XXX 同志', replace: '党员个人表态。\n2.XXX 同志', why: '「2.XXX同志」与上一句被转换并到一行，按原意分开' },
      ],
    },
    {
      id: 'jieshou-yubei-dangyuan-piaojue-jieguo',
      title: '党支部接收预备党员票决结果说明',
      lines: [1333, 1337],
      step: 15,
      kind: '票决结果',
      edits: [
        { line: 1334, find: '对确定 、 、 同志', replace: '对确定＿＿、＿＿、＿＿同志', why: '姓名空白处原为空格，以「＿＿」标出' },
        { line: 1334, find: '正式党员名，实到 名。共发 放表决票 张，收回表决票 张，无效票 张，未 到会有表决权党员的书面表决意见票 张。', replace: '正式党员＿＿名，实到＿＿名。共发放表决票＿＿张，收回表决票＿＿张，无效票＿＿张，未到会有表决权党员的书面表决意见票＿＿张。', why: '人数、张数空白处原为空格（「正式党员名」处的空格在转换中丢失），以「＿＿」标出' },
        { line: 1334, find: '同意接收 等同志', replace: '同意接收＿＿等同志', why: '姓名空白处原为空格，以「＿＿」标出' },
      ],
    },
    { id: 'yubei-dangyuan-gongshi', title: '关于接收XX等X位同志为预备党员的公示', lines: [1338, 1343], step: 15, kind: '公示' },
    { id: 'yubei-dangyuan-gongshi-jieguo', title: '关于接收XX等X位同志为预备党员的公示结果说明', lines: [1344, 1349], step: 15, kind: '公示结果' },
    {
      id: 'shenpi-yubei-dangyuan-qingshi',
      title: '关于审批XX等XX位同志为中共预备党员的请示',
      lines: [1350, 1354],
      step: 15,
      kind: '请示',
      edits: [{ line: 1353, find: 'XXX 现将有关材料上报党委，请审批。', replace: 'XXX\n现将有关材料上报党委，请审批。', why: '名单末尾与下一句被转换并到一行，按原意分开' }],
    },
    {
      id: 'dangwei-pizhun-yubei-dangyuan-huiyi-jilu',
      title: '党委关于批准XX等同志为中共预备党员的会议记录',
      lines: [1355, 1373],
      step: 17,
      kind: '会议记录',
      form: 'table',
      edits: [
        { line: 1367, find: '公布表决结果和接收情况。 2.XXX 同志', replace: '公布表决结果和接收情况。\n2.XXX 同志', why: '「2.XXX同志」与上一句被转换并到一行，按原意分开' },
      ],
    },
    { id: 'jieshou-yubei-dangyuan-tongzhi', title: '关于接收XX等XX位同志为中共预备党员的通知', lines: [1381, 1386], step: 17, kind: '通知' },
    { id: 'yubei-dangyuan-beian-baogao', title: '关于接收XX等XX位同志为中共预备党员备案的报告', lines: [1387, 1393], step: 18, kind: '报告' },
    // 第五阶段 预备党员教育、考察和转正
    { id: 'rudang-xuanshi-chengxu', title: '入党宣誓仪式的一般程序', lines: [1399, 1406], step: 20, kind: '程序' },
    { id: 'zhuanzheng-shenqingshu-geshi', title: '转正申请书的基本书写格式', lines: [1407, 1411], step: 22, kind: '格式' },
    {
      id: 'zhuanzheng-zhibu-huiyi-jilu',
      title: '支部关于讨论批准XX等同志转为中共正式党员的会议记录',
      lines: [1413, 1436],
      step: 23,
      kind: '会议记录',
      form: 'table',
      edits: [
        { line: 1418, find: '目的； 1.XXX 同志', replace: '目的；\n1.XXX 同志', why: '「1.XXX同志」与上一句被转换并到一行，按原意分开' },
        { line: 1421, find: '发表意见； ④票决；', replace: '发表意见；\n④票决；', why: '「④票决」与上一项被转换并到一行，按原意分开' },
        { line: 1423, find: '党员个人表态。 2.XXX 同志', replace: '党员个人表态。\n2.XXX 同志', why: '「2.XXX同志」与上一句被转换并到一行，按原意分开' },
        { line: 1426, find: '发表意见； ④票决；', replace: '发表意见；\n④票决；', why: '' },
        { line: 1428, find: '党员个人表态。 3.XXX 同志', replace: '党员个人表态。\n3.XXX 同志', why: '「3.XXX同志」与上一句被转换并到一行，按原意分开' },
        { line: 1431, find: '发表意见； ④票决；', replace: '发表意见；\n④票决；', why: '' },
      ],
    },
    {
      id: 'zhuanzheng-zhibu-piaojue-jieguo',
      title: '党支部讨论预备党员转正的票决结果说明',
      lines: [1440, 1443],
      step: 23,
      kind: '票决结果',
      edits: [
        { line: 1441, find: '以无记名 投票方式对 、 、 同志', replace: '以无记名投票方式对＿＿、＿＿、＿＿同志', why: '姓名空白处原为空格，以「＿＿」标出' },
        { line: 1441, find: '正式党员 名，实到 名。共发放表决票 张，收回表决票 张，无效票 张，未到会有表决权党员的书面表决意见票 张。', replace: '正式党员＿＿名，实到＿＿名。共发放表决票＿＿张，收回表决票＿＿张，无效票＿＿张，未到会有表决权党员的书面表决意见票＿＿张。', why: '人数、张数空白处原为空格，以「＿＿」标出' },
      ],
    },
    { id: 'zhuanzheng-gongshi', title: '关于XX等X位同志转正的公示', lines: [1444, 1451], step: 23, kind: '公示' },
    { id: 'zhuanzheng-gongshi-jieguo', title: '关于XX等X位同志转正的公示结果说明', lines: [1452, 1458], step: 23, kind: '公示结果' },
    { id: 'zhuanzheng-qingshi', title: '关于批准XX等XX位同志按期转为中共正式党员的请示', lines: [1459, 1466], step: 23, kind: '请示' },
    {
      id: 'dangwei-pizhun-zhuanzheng-huiyi-jilu',
      title: '党委关于批准XX等同志转为中共正式党员的会议记录',
      lines: [1468, 1483],
      step: 24,
      kind: '会议记录',
      form: 'table',
      edits: [
        { line: 1468, find: '的会议记录 会议时间', replace: '的会议记录\n会议时间', why: '标题与「会议时间」被转换并到一行，按原意分开' },
        { line: 1478, find: '公布表决结果和有关情况。 2.XXX 同志', replace: '公布表决结果和有关情况。\n2.XXX 同志', why: '「2.XXX同志」与上一句被转换并到一行，按原意分开' },
      ],
    },
    {
      id: 'dangwei-zhuanzheng-piaojue-jieguo',
      title: '党委讨论预备党员转正的票决结果说明',
      lines: [1487, 1494],
      step: 24,
      kind: '票决结果',
      edits: [
        { line: 1489, find: '方式对 、 、等 位同志', replace: '方式对＿＿、＿＿、＿＿等＿＿位同志', why: '姓名、人数空白处原为空格，以「＿＿」标出' },
        { line: 1490, find: '党委委员 名，实到 名。共发放表决票 张，', replace: '党委委员＿＿名，实到＿＿名。共发放表决票＿＿张，', why: '人数、张数空白处原为空格，以「＿＿」标出' },
        { line: 1491, find: '收回表决票 张，无效票 张，', replace: '收回表决票＿＿张，无效票＿＿张，', why: '' },
      ],
      join: [1488, 1489, 1490, 1491],
    },
    { id: 'zhuanzheng-tongzhi', title: '关于XX等XX位同志按期转为中共正式党员的通知', lines: [1495, 1501], step: 24, kind: '通知' },
    {
      id: 'zhuanzheng-beian-baogao',
      title: '关于接收XX等XX位同志为中共正式党员备案的报告',
      lines: [1502, 1509],
      step: 24,
      kind: '报告',
      edits: [{ line: 1502, find: '备案的报告 校党委组织部：', replace: '备案的报告\n校党委组织部：', why: '标题与主送机关「校党委组织部：」被转换并到一行，按原意分开' }],
    },
    { id: 'jiji-fenzi-kaocha-dengjibiao', title: '入党积极分子、发展对象培养教育考察登记表', lines: [1513, 1526], step: 6, kind: '登记表', form: 'table', scope: '贵州省' },
    { id: 'yubei-dangyuan-kaocha-dengjibiao', title: '预备党员培养教育考察登记表', lines: [1527, 1539], step: 21, kind: '登记表', form: 'table', scope: '贵州省' },
    { id: 'rudang-zhiyuanshu-tianxie-shuoming', title: '《中国共产党入党志愿书》填写说明', lines: [1540, 1580], step: 14, kind: '填写说明' },
  ],
  dropped: [
    { lines: [1073, 1077], reason: '附录标题和阶段标题（阶段见发展党员流程）' },
    { lines: [1083, 1084], reason: '入党申请人谈话情况记录表：转换时表格内容丢失，只剩表名和「单位：」' },
    { lines: [1085, 1087], reason: '阶段标题' },
    { lines: [1088, 1089], reason: '推荐入党积极分子登记表：表格内容丢失，只剩表名和注' },
    { lines: [1116, 1118], reason: '入党积极分子情况备案表：表格内容丢失，只剩表名和填写说明' },
    { lines: [1155, 1157], reason: '阶段标题' },
    { lines: [1158, 1159], reason: '确定发展对象征求意见情况记录表：表格内容丢失，只剩表名和「记录人：」' },
    { lines: [1232, 1235], reason: '入党积极分子发展对象情况备案表：表格内容丢失，只剩表名和填写说明' },
    { lines: [1245, 1247], reason: '阶段标题' },
    { lines: [1280, 1286], reason: '发展党员预审情况登记表：表格内容丢失，只剩表名和备注' },
    { lines: [1307, 1309], reason: '阶段标题（手册重复了「第四阶段」）' },
    { lines: [1330, 1332], reason: '党支部接收预备党员表决票：表格内容丢失，只剩表名和说明' },
    { lines: [1374, 1376], reason: '党委审批预备党员表决票：表格内容丢失，只剩表名和说明' },
    { lines: [1377, 1380], reason: '党委审批预备党员票决结果说明：转换时文字错乱（「党委于 方式对接收 / 月 日召开党委会……」），无法可靠复原' },
    { lines: [1394, 1398], reason: '审批预备党员基本情况登记表：表格内容丢失；其后为阶段标题' },
    { lines: 1412, reason: '预备党员转正征求党内外群众意见谈话记录表：表格内容丢失，只剩表名' },
    { lines: [1437, 1439], reason: '党支部讨论预备党员转正表决票：表格内容丢失，只剩表名和说明' },
    { lines: 1467, reason: '孤立的「★」符号' },
    { lines: [1484, 1486], reason: '党委讨论预备党员转正表决票：表格内容丢失，只剩表名和说明' },
    { lines: [1510, 1512], reason: '审批预备党员转正备案登记表：表格内容丢失，只剩表名和填写说明' },
    { lines: [1581, 1588], reason: '入党志愿书封面字样和发展党员全程记实表：表格内容丢失，只剩表名和说明' },
  ],
};

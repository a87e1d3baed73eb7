/**
 * Editorial record: regulation texts copied from the xtjeyvc/xtjeyvc.github.com repository (see
 * ../shared/sources/README.md). Each file holds one regulation whole; the importer finds title,
 * version year, the note under the title and the 编/章/节/条 structure itself, so a record only
 * names the catalogue entry each text fills.
 */
import type { SourceRecord } from '../lib/import/source-record.ts';

const origin = (path: string) => `xtjeyvc/xtjeyvc.github.com 仓库的转录本（提交 6edcdb6，${path}）`;

export const JILV_CHUFEN_2023: SourceRecord = {
  file: 'policies/jilv-chufen-tiaoli-2023.md',
  origin: origin('pages/党内法律法规/中国共产党纪律处分条例_2023.md'),
  parts: [{ collection: 'policies', into: 'zhong-guo-gong-chan-dang-ji-lv-chu-fen-tiao-li' }],
};

export const JILV_CHUFEN_2018: SourceRecord = {
  file: 'policies/jilv-chufen-tiaoli-2018.md',
  origin: origin('pages/党内法律法规/中国共产党纪律处分条例_2018.md'),
  parts: [{ collection: 'policies', into: 'zhong-guo-gong-chan-dang-ji-lv-chu-fen-tiao-li-2018' }],
};

export const RUOGAN_ZHUNZE_2016: SourceRecord = {
  file: 'policies/dangnei-zhengzhi-shenghuo-ruogan-zhunze-2016.md',
  origin: origin('pages/党内法律法规/关于新形势下党内政治生活的若干准则.md'),
  parts: [{ collection: 'policies', into: 'guan-yu-xin-xing-shi-xia-dang-nei-zheng-zhi-sheng-huo-de-ruo-gan-zhun-ze' }],
};

export const LIANJIE_ZILV_2015: SourceRecord = {
  file: 'policies/lianjie-zilv-zhunze-2015.md',
  origin: origin('pages/党内法律法规/中国共产党廉洁自律准则.md'),
  parts: [{ collection: 'policies', into: 'zhong-guo-gong-chan-dang-lian-jie-zi-lv-zhun-ze' }],
};

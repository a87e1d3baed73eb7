// The synthetic library of the benchmark (issue 9): N entries made from the shipped content, the
// same for every run with the same seed. Every shipped entry is kept as it is (so its page can be
// compared across sizes and every 《…》 citation still resolves); the rest are variants of shipped
// entries with their own id, title, dates, organisation and tags, and a body made of the source's
// blocks with a few dropped and a few paragraphs borrowed from other entries of the same
// collection, so sizes stay realistic while the text is not 25 copies of one page. Glossary terms
// are copied untouched. Pure: files in, files out (see library-files.ts for the disk side).
import * as yaml from 'js-yaml';
import { createRandom, type Random } from './prng';

/** The three libraries the generator grows, in the order their shares are computed. */
export const GROWN = ['policies', 'templates', 'materials'] as const;
export type GrownCollection = (typeof GROWN)[number];

/** One file of a content folder, `path` relative to it, e.g. "templates/x.mdx". */
export interface ContentFile {
  path: string;
  text: string;
}

/** A shipped MDX entry as the generator reads it. */
export interface SourceEntry {
  collection: GrownCollection;
  /** File name without .mdx, e.g. "dang-fei". */
  id: string;
  data: Record<string, unknown>;
  body: string;
  /** The file as shipped, written unchanged for the entry itself. */
  text: string;
}

/** The shipped content split into what grows and what is copied as is. */
export interface SourceLibrary {
  entries: SourceEntry[];
  /** Glossary files and anything else outside the three libraries, copied unchanged (topics: see generateLibrary). */
  others: ContentFile[];
}

/** Result of {@link generateLibrary}. */
export interface GeneratedLibrary {
  files: ContentFile[];
  /** Entries per library, e.g. { policies: 58, templates: 88, materials: 54 }. */
  counts: Record<GrownCollection, number>;
}

/** Frontmatter and body of an MDX text; `data` is {} without frontmatter. Dates stay strings (YAML JSON schema). */
export function splitMdx(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text };
  const data = yaml.load(match[1] ?? '', { schema: yaml.JSON_SCHEMA });
  return { data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: text.slice(match[0].length) };
}

/** MDX text from frontmatter and body; values are written as JSON, which is valid YAML, e.g. `title: "x"`. */
export function joinMdx(data: Record<string, unknown>, body: string): string {
  const lines = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n${body.replace(/^\n+/, '')}`;
}

/** Sorts content files into the libraries that grow and the rest; ignores anything that is not MDX/YAML. */
export function readSource(files: readonly ContentFile[]): SourceLibrary {
  const entries: SourceEntry[] = [];
  const others: ContentFile[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const match = /^(policies|templates|materials)\/([^/]+)\.mdx$/.exec(file.path);
    if (match) {
      const { data, body } = splitMdx(file.text);
      if (data['draft'] === true) continue;
      entries.push({ collection: match[1] as GrownCollection, id: match[2]!, data, body, text: file.text });
    } else if (/\.(mdx|ya?ml)$/.test(file.path)) others.push(file);
  }
  return { entries, others };
}

/**
 * Splits `total` over the libraries in proportion to the shipped counts (largest remainder),
 * e.g. shipped { policies: 17, templates: 26, materials: 16 } and 200 → { 58, 88, 54 }.
 */
export function shares(shipped: Record<GrownCollection, number>, total: number): Record<GrownCollection, number> {
  const sum = GROWN.reduce((s, c) => s + shipped[c], 0);
  if (sum === 0) throw new Error('the shipped content has no policies, templates or materials to grow from');
  const exact = GROWN.map((c) => ({ c, value: (shipped[c] / sum) * total }));
  const counts = Object.fromEntries(exact.map(({ c, value }) => [c, Math.floor(value)])) as Record<GrownCollection, number>;
  let left = total - GROWN.reduce((s, c) => s + counts[c], 0);
  for (const { c } of [...exact].sort((a, b) => b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)))) {
    if (left-- <= 0) break;
    counts[c]++;
  }
  return counts;
}

// Vocabulary of the variants. Places double as region tags: a real library's tag vocabulary keeps
// growing with it (then levels off), which is what the tag index has to cope with.
const PLACES = [
  '北京市', '天津市', '石家庄市', '唐山市', '保定市', '邯郸市', '廊坊市', '太原市', '大同市', '阳泉市',
  '长治市', '呼和浩特市', '包头市', '沈阳市', '大连市', '鞍山市', '长春市', '吉林市', '哈尔滨市', '齐齐哈尔市',
  '上海市', '南京市', '无锡市', '徐州市', '苏州市', '南通市', '杭州市', '宁波市', '温州市', '绍兴市',
  '合肥市', '芜湖市', '蚌埠市', '福州市', '厦门市', '泉州市', '南昌市', '赣州市', '九江市', '济南市',
  '青岛市', '烟台市', '潍坊市', '临沂市', '郑州市', '洛阳市', '开封市', '南阳市', '武汉市', '宜昌市',
  '襄阳市', '长沙市', '株洲市', '湘潭市', '岳阳市', '常德市', '郴州市', '广州市', '深圳市', '珠海市',
  '汕头市', '佛山市', '南宁市', '柳州市', '桂林市', '海口市', '三亚市', '重庆市', '成都市', '绵阳市',
  '宜宾市', '南充市', '贵阳市', '遵义市', '昆明市', '曲靖市', '大理市', '拉萨市', '西安市', '宝鸡市',
  '咸阳市', '延安市', '兰州市', '天水市', '西宁市', '银川市', '乌鲁木齐市', '克拉玛依市', '汨罗市', '韶山市',
  '井冈山市', '瑞金市', '遵化市', '迁安市', '义乌市', '昆山市', '江阴市', '慈溪市', '晋江市', '寿光市',
] as const;
const UNITS = [
  '机关党委', '税务局党组', '财政局机关党支部', '教育局党委', '人民医院党委', '供电公司党委', '烟草专卖局党组',
  '街道党工委', '社区党委', '第一中学党总支', '交通运输局党委', '市场监管局党组', '国资委党委', '农业农村局党组',
  '文旅局机关党委', '卫健委党组', '水务集团党委', '城投公司党委', '自然资源局党组', '科技局机关党支部',
] as const;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅建国志文斌海燕辉鹏飞宇浩晨雪琳颖凯峰亮成东林';
const POLICY_KINDS = ['办法', '细则', '规定', '意见', '通知', '方案'] as const;

/** A Chinese personal name, e.g. "王建国". */
function personName(random: Random): string {
  const given = random.chance(0.6) ? random.pick([...GIVEN]) + random.pick([...GIVEN]) : random.pick([...GIVEN]);
  return random.pick([...SURNAMES]) + given;
}

/** A date as precise as `like` ("2019", "2019-04" or "2019-04-28"), year in [from, to]. */
function dateLike(like: string, random: Random, from = 2008, to = 2025): string {
  const year = random.int(from, to);
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  const parts = like.split('-').length;
  return parts >= 3 ? `${year}-${month}-${day}` : parts === 2 ? `${year}-${month}` : String(year);
}

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** One top-level block of an MDX body: a paragraph, heading, list … or a whole <Item>…</Item>. */
export interface Block {
  text: string;
  kind: 'item' | 'heading' | 'paragraph' | 'other';
}

/** Top-level blocks of a body, split at blank lines; an <Item> with everything inside it stays one block. */
export function splitBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  const chunks = body
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.replace(/^\n+|\s+$/g, ''));
  let item: string[] | undefined;
  for (const chunk of chunks) {
    if (!chunk.trim()) continue;
    if (item) {
      item.push(chunk);
      if (/<\/Item>\s*$/.test(chunk)) {
        blocks.push({ text: item.join('\n\n'), kind: 'item' });
        item = undefined;
      }
      continue;
    }
    if (/^<Item[\s>]/.test(chunk) && !/<\/Item>\s*$/.test(chunk)) {
      item = [chunk];
      continue;
    }
    const kind = /^<Item[\s>]/.test(chunk) ? 'item' : /^#{1,6}\s/.test(chunk) ? 'heading' : /^[\s\-*+>|<]|^\d+[.)]\s|^\*\*[^*]+\*\*[:：]?\s*$/.test(chunk) ? 'other' : 'paragraph';
    blocks.push({ text: chunk, kind });
  }
  if (item) blocks.push({ text: item.join('\n\n'), kind: 'item' });
  return blocks;
}

/** Renumbers `<Item id="item-N">` blocks 1, 2, 3 … in order so ids stay unique and continuous after edits. */
export function renumberItems(blocks: Block[]): Block[] {
  let n = 0;
  return blocks.map((block) =>
    block.kind === 'item' ? { ...block, text: block.text.replace(/^<Item id="item-\d+">/, () => `<Item id="item-${++n}">`) } : block,
  );
}

/**
 * A variant body: the source's blocks in order, each paragraph or item dropped with probability
 * 0.12 (never one that holds a 《…》 citation, never the last item), and after each block, with
 * probability 0.12, a paragraph borrowed from `pool` (borrowed ones removed again from the end
 * while the result is longer than the source); items renumbered.
 */
export function varyBody(body: string, pool: readonly string[], random: Random): string {
  const blocks = splitBlocks(body);
  const items = blocks.filter((b) => b.kind === 'item').length;
  let itemsLeft = items;
  const out: (Block & { borrowed?: true })[] = [];
  for (const block of blocks) {
    const droppable = (block.kind === 'paragraph' || (block.kind === 'item' && itemsLeft > 1)) && !block.text.includes('《');
    if (droppable && random.chance(0.12)) {
      if (block.kind === 'item') itemsLeft--;
      continue;
    }
    out.push(block);
    if (pool.length && random.chance(0.12)) out.push({ text: random.pick(pool), kind: 'paragraph', borrowed: true });
  }
  // Never longer than the source: the largest entry page stays the largest shipped one at every
  // size, so a page type's largest page can only grow through what the page lists, not by chance.
  const length = (blocks: Block[]) => blocks.reduce((sum, b) => sum + b.text.length + 2, 0);
  while (length(out) > body.trim().length + 2) {
    const last = out.findLastIndex((b) => b.borrowed);
    if (last < 0) break;
    out.splice(last, 1);
  }
  return renumberItems(out)
    .map((b) => b.text)
    .join('\n\n')
    .concat('\n');
}

/** Plain paragraphs of a body that can be moved to another entry (no components, lists or headings). */
function borrowable(body: string): string[] {
  return splitBlocks(body)
    .filter((b) => b.kind === 'paragraph' && b.text.length >= 40 && !/[<>{}]/.test(b.text))
    .map((b) => b.text);
}

interface VariantContext {
  random: Random;
  titles: Set<string>;
  ids: Set<string>;
  pools: Map<GrownCollection, string[]>;
  tagPool: string[];
}

/** A title nobody has yet, e.g. "湘潭市机关党委：…", with "（2）" added on the rare clash. */
function uniqueTitle(title: string, taken: Set<string>): string {
  let candidate = title;
  for (let n = 2; taken.has(candidate); n++) candidate = `${title}（${n}）`;
  taken.add(candidate);
  return candidate;
}

function variantTags(source: SourceEntry, place: string, ctx: VariantContext): string[] {
  const { random } = ctx;
  const original = stringList(source.data['tags']);
  const tags = original.filter(() => random.chance(0.85));
  if (original.length && tags.length === 0) tags.push(random.pick(original));
  if (random.chance(0.2) && ctx.tagPool.length) tags.push(random.pick(ctx.tagPool));
  if (random.chance(0.25)) tags.push(place);
  return [...new Set(tags)];
}

/** The `copy`-th variant (copy ≥ 1) of a shipped entry: new id, title, metadata and body. */
function variant(source: SourceEntry, copy: number, ctx: VariantContext): ContentFile {
  const { random } = ctx;
  let id = `${source.id}-v${copy + 1}`;
  for (let n = 2; ctx.ids.has(id); n++) id = `${source.id}-v${copy + 1}-${n}`;
  ctx.ids.add(id);
  const place = random.pick(PLACES);
  const unit = random.pick(UNITS);
  const title = String(source.data['title'] ?? source.id);
  const data: Record<string, unknown> = { ...source.data, tags: variantTags(source, place, ctx) };
  let body = source.body;
  switch (source.collection) {
    case 'policies': {
      // A local implementing document of the source regulation: its own kind, issuer and 文号;
      // no aliases or version links (those belong to the shipped regulation only).
      const kind = random.pick(POLICY_KINDS);
      const issued = dateLike('2000-01-01', random, 2010, 2025);
      data['title'] = uniqueTitle(`${place}${unit}贯彻落实${title}的实施${kind}`, ctx.titles);
      data['kind'] = kind;
      data['issuer'] = `中共${place}${unit}`;
      data['docNumber'] = `${place.slice(0, 1)}委发〔${issued.slice(0, 4)}〕${random.int(1, 60)}号`;
      data['issued'] = issued;
      data['effective'] = issued;
      data['status'] = '现行有效';
      data['fullText'] = false;
      delete data['aliases'];
      delete data['supersedes'];
      delete data['supersededBy'];
      break;
    }
    case 'templates':
      data['title'] = uniqueTitle(`${place}${unit}：${title}`, ctx.titles);
      body = varyBody(source.body, ctx.pools.get('templates') ?? [], random);
      break;
    case 'materials': {
      data['title'] = uniqueTitle(`${place}${unit}：${title}`, ctx.titles);
      data['organization'] = `${place}${unit}`;
      if (source.data['author'] !== undefined || random.chance(0.5)) data['author'] = personName(random);
      const date = dateLike(source.data['date'] === undefined ? '2000-01-01' : String(source.data['date']), random);
      data['date'] = date;
      if (typeof source.data['publication'] === 'string') data['publication'] = source.data['publication'].replace(/\d{4}年/, `${date.slice(0, 4)}年`);
      if (source.data['region'] !== undefined) data['region'] = place;
      body = varyBody(source.body, ctx.pools.get('materials') ?? [], random);
      break;
    }
  }
  return { path: `${source.collection}/${id}.mdx`, text: joinMdx(data, body) };
}

/** Drops references to entries that are not in a smaller-than-shipped library (version links, topic readings). */
function pruneReferences(file: ContentFile, present: Set<string>): ContentFile | undefined {
  const topic = /^topics\//.test(file.path);
  const policy = /^policies\//.test(file.path);
  if (!topic && !policy) return file;
  const { data, body } = splitMdx(file.text);
  if (topic) {
    const readings = stringList(data['readings']);
    const kept = readings.filter((ref) => present.has(ref));
    if (kept.length === readings.length) return file;
    return kept.length ? { path: file.path, text: joinMdx({ ...data, readings: kept }, body) } : undefined;
  }
  const supersedes = stringList(data['supersedes']);
  const by = typeof data['supersededBy'] === 'string' ? data['supersededBy'] : undefined;
  const keptSupersedes = supersedes.filter((ref) => present.has(`policies/${ref}`));
  if (keptSupersedes.length === supersedes.length && (!by || present.has(`policies/${by}`))) return file;
  const next: Record<string, unknown> = { ...data, supersedes: keptSupersedes };
  if (by && !present.has(`policies/${by}`)) delete next['supersededBy'];
  return { path: file.path, text: joinMdx(next, body) };
}

/**
 * A library of `size` entries over policies, templates and materials in the shipped proportions,
 * the same for the same `seed` (default "kb-bench"). Each library takes its shipped entries first
 * (unchanged), then variants of them in turn; glossary and other files are copied as they are.
 */
export function generateLibrary(source: SourceLibrary, size: number, seed = 'kb-bench'): GeneratedLibrary {
  if (!Number.isInteger(size) || size < 1) throw new Error(`library size must be a positive integer, got ${size}`);
  const byCollection = new Map<GrownCollection, SourceEntry[]>(GROWN.map((c) => [c, source.entries.filter((e) => e.collection === c)]));
  const shipped = Object.fromEntries(GROWN.map((c) => [c, byCollection.get(c)!.length])) as Record<GrownCollection, number>;
  const counts = shares(shipped, size);
  const ctx: VariantContext = {
    random: createRandom(seed),
    titles: new Set(source.entries.map((e) => String(e.data['title'] ?? e.id))),
    ids: new Set(source.entries.map((e) => e.id)),
    pools: new Map(GROWN.map((c) => [c, byCollection.get(c)!.flatMap((e) => borrowable(e.body))])),
    tagPool: [...new Set(source.entries.flatMap((e) => stringList(e.data['tags'])))].sort(),
  };
  const files: ContentFile[] = [];
  const present = new Set<string>();
  for (const collection of GROWN) {
    const entries = byCollection.get(collection)!;
    // One random stream per library, so changing one library's rules leaves the others alone.
    const random = ctx.random.fork(collection);
    for (let i = 0; i < counts[collection]; i++) {
      const entry = entries[i % entries.length]!;
      const copy = Math.floor(i / entries.length);
      if (copy === 0) {
        files.push({ path: `${collection}/${entry.id}.mdx`, text: entry.text });
        present.add(`${collection}/${entry.id}`);
      } else {
        const file = variant(entry, copy, { ...ctx, random });
        files.push(file);
        present.add(file.path.replace(/\.mdx$/, ''));
      }
    }
  }
  const complete = GROWN.every((c) => counts[c] >= shipped[c]);
  const pruned = complete ? files : files.flatMap((f) => pruneReferences(f, present) ?? []);
  const others = source.others.flatMap((f) => (complete ? f : (pruneReferences(f, present) ?? [])));
  return { files: [...pruned, ...others], counts };
}

// The 整改清单 (rectification list) as stored in the browser and in exported JSON files.
// One versioned envelope (storage-keys.ts); anything else found under the key (a corrupted write,
// another site's data, a newer version) is moved aside under a backup key and reported, never thrown.
import type { KeyValueStorage } from './fill-store';
import { checkEnvelope, LIST_STORE, type ReadProblem } from './storage-keys';

export type { KeyValueStorage } from './fill-store';
export type { ReadProblem } from './storage-keys';

/** Status of one rectification item; labels live in zh-CN.json under workbench.status.*. */
export const STATUSES = ['todo', 'doing', 'done', 'ongoing'] as const;
export type Status = (typeof STATUSES)[number];

/** Where an item was added from, e.g. { template: 'xuexiao-…', item: 'item-3', title: '…', url: '/templates/…/#item-3' }. */
export interface ItemSource {
  template: string;
  item: string;
  title: string;
  url: string;
}

/** One row of the list; text fields may contain placeholders, filled at export time. */
export interface ListItem {
  /** Unique within the list, e.g. "xuexiao-dangjian#item-3" or "k3f9a…" for hand-made rows. */
  id: string;
  /** 问题, e.g. "三会一课记录不及时". */
  problem: string;
  /** 整改措施, one measure a line. */
  measures: string;
  /** 责任人, e.g. "支部书记 张三". */
  owner: string;
  /** 责任单位, e.g. "组织委员会"; default "". */
  unit: string;
  /** 完成时限, e.g. "2025年6月底前". */
  deadline: string;
  /** 整改情况 status; default "todo". */
  status: Status;
  /** 整改情况 note, e.g. "已建立台账"; default "". */
  progress: string;
  /** Template item it came from; absent for rows typed in by hand or imported without one. */
  source?: ItemSource;
  /** ISO time it was added. */
  added: string;
}

/**
 * The parts of the 整改方案 around its numbered problems, as the user edited them on /list/;
 * "" (or absent) means our default wording (plan-parts.ts).
 */
export interface PlanParts {
  /** Opening paragraph: why and on what basis the plan is made. */
  opening?: string;
  /** 一、整改目标. */
  goal?: string;
  /** 二、组织领导. */
  organization?: string;
  /** 四、工作要求. */
  requirements?: string;
  /** The issuing unit under the text, e.g. "中共红星社区委员会"; default: the unit name filled in. */
  signature?: string;
  /** The date under the text, e.g. "2025年3月1日"; default: the day of export. */
  date?: string;
}
export const PLAN_PARTS = ['opening', 'goal', 'organization', 'requirements', 'signature', 'date'] as const satisfies readonly (keyof PlanParts)[];

/** The stored document. */
export interface ListDoc {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Document title for exports; "" means the default title. */
  title: string;
  items: ListItem[];
  /** The 方案's parts besides the problems; empty means default wording throughout. */
  plan: PlanParts;
}

/** Marker that tells our value from anything else under the same key. */
export const FORMAT = LIST_STORE.format;
/** Current format version; bump it in storage-keys.ts and add a migration when the shape changes. */
export const VERSION = LIST_STORE.version;
/** localStorage key of the list. */
export const LIST_KEY = LIST_STORE.key;
/** Prefix of keys where unreadable values are kept, e.g. "kb.workbench.list.aside.2025-01-01T…". */
export const ASIDE_PREFIX = LIST_STORE.asidePrefix;

const LIMITS = { title: 200, problem: 4000, measures: 20000, owner: 200, unit: 200, deadline: 200, progress: 4000, items: 1000, part: 4000 } as const;

/** Outcome of reading a value: the document (possibly empty) and what was wrong, if anything. */
export type ReadResult = { ok: true; doc: ListDoc } | { ok: false; problem: ReadProblem; doc: ListDoc };

/** A fresh, empty list. */
export function emptyList(): ListDoc {
  return { format: FORMAT, version: VERSION, title: '', items: [], plan: {} };
}

// Upgrades from older versions, keyed by the version they upgrade from. Version 2 added 责任单位
// to items and the 方案's parts to the list: a version 1 list has neither.
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {
  1: (doc) => ({ ...doc, version: 2, plan: {} }),
};

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : typeof value === 'number' ? String(value) : '');

function cleanSource(value: unknown): ItemSource | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const source = { template: text(v['template'], 200), item: text(v['item'], 200), title: text(v['title'], 300), url: text(v['url'], 1000) };
  // Only same-site paths: an imported file must not plant javascript: or outside links.
  if (!source.url.startsWith('/') || source.url.startsWith('//')) source.url = '';
  return source.template || source.title ? source : undefined;
}

/** One item from untrusted data, or undefined if it has no problem text; unknown fields are dropped. */
export function cleanItem(value: unknown, fallbackId: string): ListItem | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const problem = text(v['problem'], LIMITS.problem).trim();
  if (!problem) return undefined;
  const status = STATUSES.includes(v['status'] as Status) ? (v['status'] as Status) : 'todo';
  const item: ListItem = {
    id: text(v['id'], 300) || fallbackId,
    problem,
    measures: text(v['measures'], LIMITS.measures),
    owner: text(v['owner'], LIMITS.owner),
    unit: text(v['unit'], LIMITS.unit),
    deadline: text(v['deadline'], LIMITS.deadline),
    status,
    progress: text(v['progress'], LIMITS.progress),
    added: text(v['added'], 40) || new Date(0).toISOString(),
  };
  const source = cleanSource(v['source']);
  if (source) item.source = source;
  return item;
}

/**
 * Reads a stored or imported value. `null` (nothing stored) is an empty list; JSON that is not
 * ours is "foreign", unparsable text "corrupt", a higher version "newer". Never throws.
 */
export function parseList(raw: string | null | Record<string, unknown>): ReadResult {
  if (raw === null || raw === '') return { ok: true, doc: emptyList() };
  const read = checkEnvelope(raw, LIST_STORE);
  if (!read.ok) return { ok: false, problem: read.problem, doc: emptyList() };
  let doc = read.value;
  let version = read.version;
  while (version < VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, problem: 'foreign', doc: emptyList() };
    doc = migrate(doc);
    version = doc['version'] as number;
  }
  if (!Array.isArray(doc['items'])) return { ok: false, problem: 'foreign', doc: emptyList() };
  const seen = new Set<string>();
  const items: ListItem[] = [];
  (doc['items'] as unknown[]).slice(0, LIMITS.items).forEach((entry, i) => {
    const item = cleanItem(entry, `item-${i + 1}`);
    if (!item) return;
    while (seen.has(item.id)) item.id += '+';
    seen.add(item.id);
    items.push(item);
  });
  return { ok: true, doc: { format: FORMAT, version: VERSION, title: text(doc['title'], LIMITS.title), items, plan: cleanPlan(doc['plan']) } };
}

/** The 方案's parts from untrusted data: known parts only, strings only. */
export function cleanPlan(value: unknown): PlanParts {
  const plan: PlanParts = {};
  if (!value || typeof value !== 'object') return plan;
  for (const part of PLAN_PARTS) {
    const v = text((value as Record<string, unknown>)[part], LIMITS.part);
    if (v.trim()) plan[part] = v;
  }
  return plan;
}

/** The JSON text of a list, for storage and for the exported .json file. */
export function serializeList(doc: ListDoc): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, title: doc.title, items: doc.items, plan: doc.plan }, null, 2);
}

/** Result of {@link loadList}: the list, and if the stored value was unusable, why and where it was put. */
export interface LoadResult {
  doc: ListDoc;
  problem?: ReadProblem | 'unavailable';
  /** Key the unusable value was copied to, e.g. "kb.workbench.list.aside.2025-…". */
  asideKey?: string;
}

/**
 * Loads the list from `storage`. An unusable value is copied to an aside key (so nothing the
 * user had is lost) and removed from the main key; storage that throws yields an empty list.
 */
export function loadList(storage: KeyValueStorage | undefined, now = () => new Date()): LoadResult {
  let raw: string | null;
  try {
    if (!storage) return { doc: emptyList(), problem: 'unavailable' };
    raw = storage.getItem(LIST_KEY);
  } catch {
    return { doc: emptyList(), problem: 'unavailable' };
  }
  const result = parseList(raw);
  if (result.ok) return { doc: result.doc };
  const asideKey = ASIDE_PREFIX + now().toISOString();
  try {
    storage.setItem(asideKey, raw ?? '');
    storage.removeItem(LIST_KEY);
    return { doc: result.doc, problem: result.problem, asideKey };
  } catch {
    return { doc: result.doc, problem: result.problem };
  }
}

/** Saves the list; returns false when storage is full or disabled (the page keeps working in memory). */
export function saveList(storage: KeyValueStorage | undefined, doc: ListDoc): boolean {
  try {
    if (!storage) return false;
    storage.setItem(LIST_KEY, serializeList(doc));
    return true;
  } catch {
    return false;
  }
}

/** Id of an item added from a template, e.g. "xuexiao-dangjian#item-3". */
export function sourceId(source: Pick<ItemSource, 'template' | 'item'>): string {
  return `${source.template}#${source.item}`;
}

/** The list with `item` appended, unless an item with the same id is there already (then unchanged). */
export function addItem(doc: ListDoc, item: ListItem): { doc: ListDoc; added: boolean } {
  if (doc.items.some((existing) => existing.id === item.id)) return { doc, added: false };
  return { doc: { ...doc, items: [...doc.items, item] }, added: true };
}

/** The list with the item at `from` moved to `to` (clamped), e.g. moveItem(doc, 2, 0) puts the third first. */
export function moveItem(doc: ListDoc, from: number, to: number): ListDoc {
  const items = [...doc.items];
  const target = Math.max(0, Math.min(items.length - 1, to));
  const [moved] = items.splice(from, 1);
  if (!moved) return doc;
  items.splice(target, 0, moved);
  return { ...doc, items };
}

/** The list with one item's fields changed, e.g. updateItem(doc, id, { status: 'done' }). */
export function updateItem(doc: ListDoc, id: string, patch: Partial<Omit<ListItem, 'id'>>): ListDoc {
  return { ...doc, items: doc.items.map((item) => (item.id === id ? { ...item, ...patch } : item)) };
}

/** The list without the item `id`, and what was removed with its position, for undo. */
export function removeItem(doc: ListDoc, id: string): { doc: ListDoc; removed?: { item: ListItem; index: number } } {
  const index = doc.items.findIndex((item) => item.id === id);
  const item = doc.items[index];
  if (!item) return { doc };
  return { doc: { ...doc, items: doc.items.filter((_, i) => i !== index) }, removed: { item, index } };
}

/** Puts a removed item back where it was (undo). */
export function restoreItem(doc: ListDoc, removed: { item: ListItem; index: number }): ListDoc {
  if (doc.items.some((item) => item.id === removed.item.id)) return doc;
  const items = [...doc.items];
  items.splice(Math.min(removed.index, items.length), 0, removed.item);
  return { ...doc, items };
}

/**
 * Adds the items of an imported list to `doc`: new ids are appended, ids already present are
 * left as they are (the user's current edits win). Returns how many were added.
 */
export function mergeLists(doc: ListDoc, incoming: ListDoc): { doc: ListDoc; added: number } {
  const ids = new Set(doc.items.map((item) => item.id));
  const fresh = incoming.items.filter((item) => !ids.has(item.id));
  return { doc: { ...doc, title: doc.title || incoming.title, items: [...doc.items, ...fresh], plan: { ...incoming.plan, ...doc.plan } }, added: fresh.length };
}

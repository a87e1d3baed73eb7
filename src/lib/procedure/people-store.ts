// The people a secretary tracks in the 发展党员 planner, as stored in the browser and in exported
// JSON files: one versioned envelope like the 整改清单 (../workbench/list-store.ts). Anything
// unreadable found under the key is moved aside under a backup key and reported, never thrown.
import type { KeyValueStorage } from '../workbench/list-store';
import { isIsoDate, type IsoDate } from './dates';

/** One person on their way from 入党申请 to 转正. */
export interface Person {
  /** Unique within the file, e.g. "p-lq3x9a". */
  id: string;
  /** Name as the secretary writes it, e.g. "张三"; "" until typed. */
  name: string;
  /** Dates entered, by event id of content/procedures/fazhan-dangyuan.yaml, e.g. { application: '2024-03-01' }. */
  dates: Record<string, IsoDate>;
  /** Months the probation was extended by (第三十二条: 6–12), 0 = not extended. */
  extension: number;
  /** Free note, e.g. "2023级汉语言文学专业". */
  note: string;
}

/** The stored document. */
export interface PeopleDoc {
  format: typeof FORMAT;
  version: typeof VERSION;
  people: Person[];
  /** Id of the person shown in the planner; "" for the first. */
  current: string;
}

/** Marker that tells our value from anything else under the same key. */
export const FORMAT = 'kb-fazhan-dangyuan-plan';
/** Current format version; bump it and add a migration when the shape changes. */
export const VERSION = 1;
/** localStorage key of the planner's people. */
export const PEOPLE_KEY = 'kb.procedure.fazhan-dangyuan';
/** Prefix of keys where unreadable values are kept, e.g. "kb.procedure.fazhan-dangyuan.aside.2025-…". */
export const ASIDE_PREFIX = `${PEOPLE_KEY}.aside.`;

const LIMITS = { people: 500, name: 60, note: 500, id: 60, eventId: 40, extension: 24 } as const;

/** Why a value could not be read: not JSON, JSON of another shape, or a version this code does not know. */
export type ReadProblem = 'corrupt' | 'foreign' | 'newer';

/** Outcome of reading a value. */
export type ReadResult = { ok: true; doc: PeopleDoc } | { ok: false; problem: ReadProblem; doc: PeopleDoc };

/** A fresh, empty document. */
export function emptyPeople(): PeopleDoc {
  return { format: FORMAT, version: VERSION, people: [], current: '' };
}

// Upgrades from older versions, keyed by the version they upgrade from. None yet.
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');

/** A new id, e.g. "p-lq3x9a4k". */
export function newId(now = Date.now(), random = Math.random()): string {
  return `p-${now.toString(36)}${Math.floor(random * 1e6).toString(36)}`;
}

/** One person from untrusted data: unknown fields dropped, dates that are not real days dropped. */
export function cleanPerson(value: unknown, fallbackId: string): Person | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const dates: Record<string, IsoDate> = {};
  if (v['dates'] && typeof v['dates'] === 'object') {
    for (const [key, date] of Object.entries(v['dates'] as Record<string, unknown>)) {
      if (/^[a-z][a-z0-9-]*$/.test(key) && key.length <= LIMITS.eventId && isIsoDate(date)) dates[key] = date;
    }
  }
  const extension = typeof v['extension'] === 'number' && Number.isInteger(v['extension']) ? Math.max(0, Math.min(LIMITS.extension, v['extension'])) : 0;
  return {
    id: text(v['id'], LIMITS.id) || fallbackId,
    name: text(v['name'], LIMITS.name).trim(),
    dates,
    extension,
    note: text(v['note'], LIMITS.note),
  };
}

/**
 * Reads a stored or imported value. `null` (nothing stored) is an empty document; JSON that is
 * not ours is "foreign", unparsable text "corrupt", a higher version "newer". Never throws.
 */
export function parsePeople(raw: string | null): ReadResult {
  if (raw === null || raw === '') return { ok: true, doc: emptyPeople() };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, problem: 'corrupt', doc: emptyPeople() };
  }
  if (!value || typeof value !== 'object' || (value as Record<string, unknown>)['format'] !== FORMAT) {
    return { ok: false, problem: 'foreign', doc: emptyPeople() };
  }
  let doc = value as Record<string, unknown>;
  const stored = doc['version'];
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1) return { ok: false, problem: 'foreign', doc: emptyPeople() };
  let version: number = stored;
  if (version > VERSION) return { ok: false, problem: 'newer', doc: emptyPeople() };
  while (version < VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, problem: 'foreign', doc: emptyPeople() };
    doc = migrate(doc);
    version = doc['version'] as number;
  }
  if (!Array.isArray(doc['people'])) return { ok: false, problem: 'foreign', doc: emptyPeople() };
  const seen = new Set<string>();
  const people: Person[] = [];
  (doc['people'] as unknown[]).slice(0, LIMITS.people).forEach((entry, i) => {
    const person = cleanPerson(entry, `p-${i + 1}`);
    if (!person) return;
    while (seen.has(person.id)) person.id += '+';
    seen.add(person.id);
    people.push(person);
  });
  const current = text(doc['current'], LIMITS.id);
  return { ok: true, doc: { format: FORMAT, version: VERSION, people, current: seen.has(current) ? current : '' } };
}

/** The JSON text of the document, for storage and for the exported .json file. */
export function serializePeople(doc: PeopleDoc): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, current: doc.current, people: doc.people }, null, 2);
}

/** Result of {@link loadPeople}: the document, and if the stored value was unusable, why and where it was put. */
export interface LoadResult {
  doc: PeopleDoc;
  problem?: ReadProblem | 'unavailable';
  /** Key the unusable value was copied to. */
  asideKey?: string;
}

/**
 * Loads the document from `storage`. An unusable value is copied to an aside key (so nothing the
 * user had is lost) and removed from the main key; storage that throws yields an empty document.
 */
export function loadPeople(storage: KeyValueStorage | undefined, now = () => new Date()): LoadResult {
  let raw: string | null;
  try {
    if (!storage) return { doc: emptyPeople(), problem: 'unavailable' };
    raw = storage.getItem(PEOPLE_KEY);
  } catch {
    return { doc: emptyPeople(), problem: 'unavailable' };
  }
  const result = parsePeople(raw);
  if (result.ok) return { doc: result.doc };
  const asideKey = ASIDE_PREFIX + now().toISOString();
  try {
    storage.setItem(asideKey, raw ?? '');
    storage.removeItem(PEOPLE_KEY);
    return { doc: result.doc, problem: result.problem, asideKey };
  } catch {
    return { doc: result.doc, problem: result.problem };
  }
}

/** Saves the document; false when storage is full or disabled (the page keeps working in memory). */
export function savePeople(storage: KeyValueStorage | undefined, doc: PeopleDoc): boolean {
  try {
    if (!storage) return false;
    storage.setItem(PEOPLE_KEY, serializePeople(doc));
    return true;
  } catch {
    return false;
  }
}

/** The document with a new, empty person appended and made current. */
export function addPerson(doc: PeopleDoc, id = newId()): PeopleDoc {
  const person: Person = { id, name: '', dates: {}, extension: 0, note: '' };
  return { ...doc, people: [...doc.people, person], current: id };
}

/** The document with one person's fields changed, e.g. updatePerson(doc, id, { name: '张三' }). */
export function updatePerson(doc: PeopleDoc, id: string, patch: Partial<Omit<Person, 'id'>>): PeopleDoc {
  return { ...doc, people: doc.people.map((p) => (p.id === id ? { ...p, ...patch } : p)) };
}

/** One date set (a valid ISO date) or cleared ("" or invalid), e.g. setDate(doc, id, 'talk', '2024-03-20'). */
export function setDate(doc: PeopleDoc, id: string, event: string, value: string): PeopleDoc {
  return {
    ...doc,
    people: doc.people.map((p) => {
      if (p.id !== id) return p;
      const dates = { ...p.dates };
      if (isIsoDate(value)) dates[event] = value;
      else delete dates[event];
      return { ...p, dates };
    }),
  };
}

/** The document without person `id`; the current person moves to a neighbour. */
export function removePerson(doc: PeopleDoc, id: string): PeopleDoc {
  const index = doc.people.findIndex((p) => p.id === id);
  const people = doc.people.filter((p) => p.id !== id);
  const current = doc.current === id ? (people[Math.max(0, index - 1)]?.id ?? '') : doc.current;
  return { ...doc, people, current };
}

/** The current person: the one named by `current`, else the first; undefined when there is none. */
export function currentPerson(doc: PeopleDoc): Person | undefined {
  return doc.people.find((p) => p.id === doc.current) ?? doc.people[0];
}

/** Adds the people of an imported document whose ids are new; returns how many were added. */
export function mergePeople(doc: PeopleDoc, incoming: PeopleDoc): { doc: PeopleDoc; added: number } {
  const ids = new Set(doc.people.map((p) => p.id));
  const fresh = incoming.people.filter((p) => !ids.has(p.id));
  return { doc: { ...doc, people: [...doc.people, ...fresh], current: doc.current || fresh[0]?.id || '' }, added: fresh.length };
}

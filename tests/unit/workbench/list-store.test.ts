import { describe, expect, it } from 'vitest';
import {
  ASIDE_PREFIX,
  LIST_KEY,
  addItem,
  emptyList,
  loadList,
  mergeLists,
  moveItem,
  parseList,
  removeItem,
  restoreItem,
  saveList,
  serializeList,
  updateItem,
  type KeyValueStorage,
  type ListDoc,
  type ListItem,
} from '../../../src/lib/workbench/list-store';

class MemoryStorage implements KeyValueStorage {
  map = new Map<string, string>();
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

const item = (id: string, problem = `问题${id}`): ListItem => ({
  id,
  problem,
  measures: '1. 加强学习',
  owner: '',
  unit: '',
  deadline: '',
  status: 'todo',
  progress: '',
  added: '2025-01-01T00:00:00.000Z',
});
const list = (...ids: string[]): ListDoc => ({ ...emptyList(), items: ids.map((id) => item(id)) });
const fixedNow = () => new Date('2025-03-04T05:06:07.000Z');

describe('list storage', () => {
  it('round-trips a list through storage', () => {
    const storage = new MemoryStorage();
    const doc = { ...list('a', 'b'), title: '红星社区整改台账' };
    expect(saveList(storage, doc)).toBe(true);
    expect(loadList(storage)).toEqual({ doc });
  });

  it('starts empty when nothing is stored', () => {
    expect(loadList(new MemoryStorage())).toEqual({ doc: emptyList() });
  });

  it('sets a corrupted value aside under a backup key and reports it instead of crashing', () => {
    const storage = new MemoryStorage();
    storage.setItem(LIST_KEY, '{"format":"kb-rectification-list","version":1,"items":[{"pro');
    const result = loadList(storage, fixedNow);
    expect(result.problem).toBe('corrupt');
    expect(result.doc).toEqual(emptyList());
    expect(result.asideKey).toBe(`${ASIDE_PREFIX}2025-03-04T05:06:07.000Z`);
    expect(storage.getItem(result.asideKey!)).toContain('"pro');
    expect(storage.getItem(LIST_KEY)).toBeNull();
  });

  it('reports a foreign value (another app, wrong shape) and keeps it aside', () => {
    for (const raw of ['[1,2,3]', '"hello"', '{"items":[]}', '{"format":"kb-rectification-list","version":"1","items":[]}', '{"format":"kb-rectification-list","version":1,"items":{}}']) {
      const storage = new MemoryStorage();
      storage.setItem(LIST_KEY, raw);
      const result = loadList(storage, fixedNow);
      expect(result.problem, raw).toBe('foreign');
      expect(storage.getItem(result.asideKey!), raw).toBe(raw);
    }
  });

  it('reads a version 1 list (before 责任单位 and the 方案 parts) as version 2', () => {
    const raw = JSON.stringify({ format: 'kb-rectification-list', version: 1, title: 'T', items: [{ id: 'a', problem: '问题a', measures: '', owner: '张三', deadline: '', status: 'todo', progress: '', added: '' }] });
    const result = parseList(raw);
    expect(result.ok).toBe(true);
    expect(result.doc).toMatchObject({ version: 2, title: 'T', plan: {}, items: [{ id: 'a', owner: '张三', unit: '' }] });
  });

  it('does not read or overwrite a list saved by a newer version', () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ format: 'kb-rectification-list', version: 3, items: [item('a')] });
    storage.setItem(LIST_KEY, raw);
    const result = loadList(storage, fixedNow);
    expect(result.problem).toBe('newer');
    expect(storage.getItem(result.asideKey!)).toBe(raw);
  });

  it('survives storage that throws (disabled or full)', () => {
    const broken: KeyValueStorage = {
      getItem() {
        throw new Error('SecurityError');
      },
      setItem() {
        throw new Error('QuotaExceededError');
      },
      removeItem() {},
    };
    expect(loadList(broken)).toEqual({ doc: emptyList(), problem: 'unavailable' });
    expect(loadList(undefined).problem).toBe('unavailable');
    expect(saveList(broken, list('a'))).toBe(false);
  });

  it('cleans items read from untrusted data: drops empty problems, unknown fields, bad statuses and outside links', () => {
    const raw = JSON.stringify({
      format: 'kb-rectification-list',
      version: 1,
      title: 7,
      items: [
        { id: 'a', problem: '学习不深入', status: 'weird', extra: 'x', source: { template: 't', item: 'item-1', title: 'T', url: 'javascript:alert(1)' } },
        { id: 'b', problem: '   ' },
        'nonsense',
        { id: 'a', problem: '重复编号' },
        { problem: '没有编号', status: 'done' },
      ],
    });
    const result = parseList(raw);
    expect(result.ok).toBe(true);
    const items = result.doc.items;
    expect(items.map((i) => i.id)).toEqual(['a', 'a+', 'item-5']);
    expect(items[0]).not.toHaveProperty('extra');
    expect(items[0]?.status).toBe('todo');
    expect(items[0]?.source?.url).toBe('');
    expect(items[2]?.status).toBe('done');
    expect(result.doc.title).toBe('7');
  });

  it('serialises with its format marker and version', () => {
    const parsed = JSON.parse(serializeList(list('a')));
    expect(parsed).toMatchObject({ format: 'kb-rectification-list', version: 2 });
    expect(parseList(serializeList(list('a')))).toEqual({ ok: true, doc: list('a') });
  });
});

describe('list editing', () => {
  it('adds an item once', () => {
    const first = addItem(list('a'), item('b'));
    expect(first.added).toBe(true);
    const again = addItem(first.doc, item('b'));
    expect(again.added).toBe(false);
    expect(again.doc.items).toHaveLength(2);
  });

  it('moves, edits, deletes and undoes', () => {
    let doc = list('a', 'b', 'c');
    doc = moveItem(doc, 2, 0);
    expect(doc.items.map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(moveItem(doc, 0, -5).items.map((i) => i.id)).toEqual(['c', 'a', 'b']);
    doc = updateItem(doc, 'a', { owner: '张三', status: 'done' });
    expect(doc.items[1]).toMatchObject({ owner: '张三', status: 'done' });
    const { doc: without, removed } = removeItem(doc, 'a');
    expect(without.items.map((i) => i.id)).toEqual(['c', 'b']);
    expect(restoreItem(without, removed!).items.map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(removeItem(doc, 'zzz').removed).toBeUndefined();
  });

  it('merges an imported list without duplicating items already there', () => {
    const { doc, added } = mergeLists(list('a', 'b'), { ...list('b', 'c'), title: '导入的标题' });
    expect(added).toBe(1);
    expect(doc.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(doc.title).toBe('导入的标题');
  });
});

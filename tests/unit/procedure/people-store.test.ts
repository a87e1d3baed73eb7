import { describe, expect, it } from 'vitest';
import { addPerson, emptyPeople, loadPeople, mergePeople, parsePeople, PEOPLE_KEY, removePerson, savePeople, serializePeople, setDate } from '../../../src/lib/procedure/people-store';

const memory = (initial: Record<string, string> = {}) => {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
};

describe('the planner’s people in the browser', () => {
  it('round-trips people and their dates', () => {
    let doc = addPerson(emptyPeople(), 'p-1');
    doc = setDate(doc, 'p-1', 'application', '2024-03-15');
    const storage = memory();
    expect(savePeople(storage, doc)).toBe(true);
    expect(loadPeople(storage).doc).toEqual(doc);
  });
  it('drops dates that are not real days and unknown fields', () => {
    const raw = JSON.stringify({ format: 'kb-fazhan-dangyuan-plan', version: 1, people: [{ id: 'a', name: '张三', dates: { application: '2025-02-29', talk: '2025-03-01', 'Bad Key': '2025-03-01' }, extension: 99, evil: '<script>' }] });
    const result = parsePeople(raw);
    expect(result).toMatchObject({ ok: true, doc: { people: [{ id: 'a', name: '张三', dates: { talk: '2025-03-01' }, extension: 24, note: '' }] } });
    expect(JSON.stringify(result.doc)).not.toContain('evil');
  });
  it('sets a corrupt, foreign or newer value aside and starts empty', () => {
    for (const [raw, problem] of [['{oops', 'corrupt'], ['{"format":"kb-rectification-list","version":1}', 'foreign'], ['{"format":"kb-fazhan-dangyuan-plan","version":9,"people":[]}', 'newer']] as const) {
      const storage = memory({ [PEOPLE_KEY]: raw });
      const loaded = loadPeople(storage, () => new Date('2025-01-01T00:00:00Z'));
      expect(loaded).toMatchObject({ problem, asideKey: `${PEOPLE_KEY}.aside.2025-01-01T00:00:00.000Z`, doc: { people: [] } });
      expect(storage.map.get(loaded.asideKey!)).toBe(raw);
      expect(storage.map.has(PEOPLE_KEY)).toBe(false);
    }
  });
  it('keeps working when storage throws', () => {
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => undefined };
    expect(loadPeople(throwing).problem).toBe('unavailable');
    expect(savePeople(throwing, emptyPeople())).toBe(false);
  });
  it('merges an imported backup without duplicating people and moves the current person on removal', () => {
    const a = addPerson(addPerson(emptyPeople(), 'p-1'), 'p-2');
    const { doc, added } = mergePeople(a, parsePeople(serializePeople(addPerson(a, 'p-3'))).doc);
    expect(added).toBe(1);
    expect(doc.people.map((p) => p.id)).toEqual(['p-1', 'p-2', 'p-3']);
    expect(removePerson({ ...doc, current: 'p-2' }, 'p-2').current).toBe('p-1');
  });
});

// The rectification list in localStorage: reading (with validation and migration), saving and
// adding items. Loaded by the list page, and on content pages only when an item is added
// (kb-item-actions), so that pages which merely show the list's state stay light (issue 9).
import { addItem, loadList, parseList, saveList, type ListDoc, type ListItem, type LoadResult, type ReadResult } from '../lib/workbench/list-store';
import { LIST_EVENT, LIST_KEY, storage } from './kb-workbench-state';

/** The stored list, with any problem reading it (reported by the list page). */
export function readList(): LoadResult {
  return loadList(storage());
}

/** Saves the list and tells the other islands; false when storage refused. */
export function writeList(doc: ListDoc): boolean {
  const saved = saveList(storage(), doc);
  window.dispatchEvent(new CustomEvent(LIST_EVENT, { detail: doc }));
  return saved;
}

/**
 * Reads the stored list without side effects, for pages other than the list page: an
 * unreadable value stays where it is, so the list page can report it and set it aside.
 */
export function peekList(): ReadResult {
  try {
    return parseList(storage()?.getItem(LIST_KEY) ?? null);
  } catch {
    return parseList(null);
  }
}

/**
 * Appends an item unless it is already there: "added", "exists", or "blocked" when the stored
 * list is unreadable (nothing is overwritten; the list page explains and sets it aside).
 */
export function addToList(item: Omit<ListItem, 'added'>): 'added' | 'exists' | 'blocked' {
  const read = peekList();
  if (!read.ok) return 'blocked';
  const result = addItem(read.doc, { ...item, added: new Date().toISOString() });
  if (result.added && !writeList(result.doc)) return 'blocked';
  return result.added ? 'added' : 'exists';
}

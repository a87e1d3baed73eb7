// How a change of the search page's state enters the browser history. Typing adds one entry per
// editing session and then keeps replacing it, so Back returns to the previous search rather
// than to every keystroke; Enter ends the session; a filter click is its own entry.

/** What caused the change. */
export type ChangeCause = 'typing' | 'commit' | 'filter';

/** Which History API call to make, and whether the entry belongs to a typing session. */
export interface HistoryStep {
  /** "push" adds an entry, "replace" rewrites the current one, "none" leaves history alone. */
  action: 'push' | 'replace' | 'none';
  /** Marks the entry as a typing session's ({ kbTyping: true } as history state). */
  typing: boolean;
}

/**
 * The history step for a change.
 * @param cause what the user did
 * @param changed whether the query or filters differ from the current entry's
 * @param inTypingSession whether the current entry was made by typing (its history state)
 */
export function historyStep(cause: ChangeCause, changed: boolean, inTypingSession: boolean): HistoryStep {
  if (cause === 'typing') {
    if (!changed) return { action: 'none', typing: inTypingSession };
    return { action: inTypingSession ? 'replace' : 'push', typing: true };
  }
  if (cause === 'commit') return { action: changed && !inTypingSession ? 'push' : 'replace', typing: false };
  return { action: changed ? 'push' : 'replace', typing: false };
}

/** Whether a history state object marks a typing session's entry. */
export function isTypingState(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { kbTyping?: unknown }).kbTyping === true;
}

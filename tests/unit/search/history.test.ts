import { describe, expect, it } from 'vitest';
import { historyStep, isTypingState } from '../../../src/search/history';

describe('historyStep', () => {
  it('pushes once per typing session and then replaces', () => {
    expect(historyStep('typing', true, false)).toEqual({ action: 'push', typing: true });
    expect(historyStep('typing', true, true)).toEqual({ action: 'replace', typing: true });
    expect(historyStep('typing', false, true)).toEqual({ action: 'none', typing: true });
  });
  it('ends the session on Enter without a second entry for the same query', () => {
    expect(historyStep('commit', false, true)).toEqual({ action: 'replace', typing: false });
    expect(historyStep('commit', true, true)).toEqual({ action: 'replace', typing: false });
    expect(historyStep('commit', true, false)).toEqual({ action: 'push', typing: false });
  });
  it('makes a filter change its own entry', () => {
    expect(historyStep('filter', true, true)).toEqual({ action: 'push', typing: false });
  });
  it('recognises a typing entry only by its marker', () => {
    expect(isTypingState({ kbTyping: true })).toBe(true);
    expect(isTypingState(null)).toBe(false);
    expect(isTypingState({ kbTyping: 'yes' })).toBe(false);
  });
});

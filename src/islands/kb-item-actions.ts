// What kb-item-tools needs only once a button is used (copying, adding to the list): loaded
// on demand (kb-lazy:) so content pages do not load it up front (issue 9's 15 KB budget).
export { elementText, itemFromElement } from '../lib/workbench/dom-text';
export { addToList } from './kb-workbench-list';

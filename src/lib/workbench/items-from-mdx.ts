// Problem items read from template MDX source at build time, for the 问题库 page: each
// <Item id="…"> block's problem, measures, owner and deadline as plain text.

/** One item of a template as the 问题库 lists it. */
export interface SourceItem {
  /** Anchor in the template page, e.g. "item-3". */
  id: string;
  /** Problem text without its label, e.g. "基层党建不够扎实。…". */
  problem: string;
  /** Measures, one entry a paragraph or list line. */
  measures: string[];
  owner: string;
  deadline: string;
}

const ITEM = /<Item\s+id="([^"]+)"\s*>([\s\S]*?)<\/Item>/g;
const LABELLED = /^\*\*([^*]{1,8})\*\*\s*[：:]\s*/u;
const FIELD_OF: Record<string, keyof Omit<SourceItem, 'id'>> = {
  问题: 'problem',
  存在问题: 'problem',
  整改措施: 'measures',
  整改举措: 'measures',
  改进措施: 'measures',
  措施: 'measures',
  责任人: 'owner',
  总负责人: 'owner',
  落实时限: 'deadline',
  完成时限: 'deadline',
  整改时限: 'deadline',
};

/** Markdown inline syntax removed: "**粗体**、[链接](/x)、\\*\\*年" → "粗体、链接、**年". */
export function plainInline(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(?<!\\)\*\*([^*]+?)(?<!\\)\*\*/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Items of one template body: per <Item>, the text after **问题**： (else its first paragraph),
 * the paragraphs and list lines after **整改措施**：, and owner and deadline if labelled.
 */
export function itemsFromMdx(body: string): SourceItem[] {
  const items: SourceItem[] = [];
  for (const [, id, inner] of body.matchAll(ITEM)) {
    const item: SourceItem = { id: id!, problem: '', measures: [], owner: '', deadline: '' };
    let field: keyof Omit<SourceItem, 'id'> | undefined;
    const blocks = inner!.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    for (const block of blocks) {
      const label = LABELLED.exec(block);
      const known = label ? FIELD_OF[label[1]!.trim()] : undefined;
      if (label) field = known;
      const rest = label ? block.slice(label[0].length) : block;
      if (!field) {
        if (!item.problem && !label) item.problem = plainInline(rest);
        continue;
      }
      if (field === 'measures') {
        for (const line of rest.split('\n')) {
          const text = plainInline(line.replace(/^\s*(?:\d+[.)、]|[-*])\s+/, ''));
          if (text) item.measures.push(text);
        }
      } else {
        const text = plainInline(rest);
        if (text && !item[field]) item[field] = text;
      }
    }
    if (item.problem) items.push(item);
  }
  return items;
}

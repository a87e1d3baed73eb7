// Problem items read from template MDX source at build time (the 问题库, the build check): each
// <Item id="…"> block's fields as plain text, read with the item-field vocabulary.
import { cleanFieldText, fieldOfLabel, fieldSpans, listFields, stripEnumerator, type ItemField, type ItemFieldTexts } from './item-fields';

/** One item of a template as the 问题库 lists it. */
export interface SourceItem {
  /** Anchor in the template page, e.g. "item-3". */
  id: string;
  /** Problem text without its label, e.g. "基层党建不够扎实。…". */
  problem: string;
  /** Measures, one entry a paragraph or list line, without their source numbers. */
  measures: string[];
  /** 责任人 column: 责任人, else 总负责人 (LIST_FIELD_PRECEDENCE). */
  owner: string;
  /** 责任单位. */
  unit: string;
  /** 落实时限 / 完成时限. */
  deadline: string;
  /** Every labelled field as written (label removed), e.g. { lead: 'xx。', owner: '各党委委员。' }. */
  fields: ItemFieldTexts;
}

const ITEM = /<Item\s+id="([^"]+)"\s*>([\s\S]*?)<\/Item>/g;
const LABELLED = /^\*\*([^*]{1,8})\*\*\s*([：:]?)\s*/u;

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
 * Items of one template body: per <Item>, every field opened by a bold label (问题, 整改措施, 责任人 …),
 * each running as far as the vocabulary says (fieldSpans); an unlabelled first paragraph is the problem.
 */
export function itemsFromMdx(body: string): SourceItem[] {
  const items: SourceItem[] = [];
  for (const [, id, inner] of body.matchAll(ITEM)) {
    const fields: ItemFieldTexts = {};
    const measures: string[] = [];
    let field: ItemField | undefined;
    const blocks = inner!.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    for (const block of blocks) {
      const label = LABELLED.exec(block);
      const known = label ? fieldOfLabel(label[1]!) : undefined;
      const rest = known ? block.slice(label![0].length) : block;
      if (label) field = known;
      else if (field && !fieldSpans(field)) field = undefined;
      if (!field) {
        if (!fields.problem && !label) fields.problem = cleanFieldText(stripEnumerator(plainInline(rest)));
        continue;
      }
      if (field === 'measures') {
        for (const line of rest.split('\n')) {
          const text = cleanFieldText(stripEnumerator(plainInline(line)));
          if (text) measures.push(text);
        }
        fields.measures = measures.join('\n');
        continue;
      }
      const lines = rest.split('\n').map((line) => plainInline(line)).filter(Boolean);
      let text = cleanFieldText(lines.join('\n'));
      if (field === 'problem' && !fields.problem) text = stripEnumerator(text);
      if (text) fields[field] = fields[field] ? `${fields[field]}\n${text}` : text;
    }
    const problem = fields.problem ?? '';
    if (problem) items.push({ id: id!, problem, measures, ...listFields(fields), fields });
  }
  return items;
}

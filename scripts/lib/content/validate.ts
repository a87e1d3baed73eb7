// Validates content files against the site's schemas without running Astro, so `npm run check`
// and the importer can report every problem at once (Astro's build stops at the first).
import { readFile } from 'node:fs/promises';
import * as yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { DocumentSchema, GlossaryTermSchema, MaterialSchema, PolicySchema, ProcedureSchema, TemplateSchema, TopicSchema } from '../../../src/schemas';
import { formatSchemaIssues } from '../../../src/lib/schema-errors';

/** Schema of each collection folder under content/. */
export const SCHEMAS: Record<string, z.ZodType> = {
  policies: PolicySchema,
  templates: TemplateSchema,
  materials: MaterialSchema,
  topics: TopicSchema,
  glossary: GlossaryTermSchema,
  procedures: ProcedureSchema,
  documents: DocumentSchema,
};

/** Splits an MDX file into its YAML frontmatter object and body; throws a message on bad YAML. */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: yaml.load(match[1] ?? '') ?? {}, body: text.slice(match[0].length) };
}

/**
 * Problems of one content file as "file → field：message" lines; [] when it is valid.
 * `collection` is the folder name, e.g. "templates"; `file` is how to name the file in messages.
 */
export function validateContent(collection: string, file: string, text: string): string[] {
  const schema = SCHEMAS[collection];
  if (!schema) return [`${file} → 不认识的内容集合「${collection}」。可用：${Object.keys(SCHEMAS).join('、')}。`];
  let data: unknown;
  try {
    data = file.endsWith('.yaml') || file.endsWith('.yml') ? yaml.load(text) : splitFrontmatter(text).data;
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? `第 ${(error.mark?.line ?? 0) + 1} 行：${error.reason}` : String(error);
    return [`${file} → YAML 格式错误（${reason}）。请检查冒号、缩进和引号。`];
  }
  const result = schema.safeParse(data);
  return result.success ? [] : formatSchemaIssues(file, result.error);
}

/** Reads and validates a file on disk; see {@link validateContent}. */
export async function validateFile(collection: string, path: string): Promise<string[]> {
  return validateContent(collection, path, await readFile(path, 'utf8'));
}

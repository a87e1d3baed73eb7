// The content collections, defined once: folder, file pattern and schema of each. Astro's
// content config, the entry-file reader (check, importer, bench, the build integration) and
// the tests all take them from here.
import type { z } from 'astro/zod';
import { DocumentSchema, GlossaryTermSchema, MaterialSchema, PolicySchema, ProcedureSchema, TemplateSchema, TopicSchema } from '../../schemas';

/** One collection: where its files live and what their data must look like. */
export interface CollectionDefinition {
  /** Folder under the project root, e.g. "content/policies". */
  folder: string;
  /** File extension of its entries, e.g. ".mdx" (glossary terms are ".yaml" data files). */
  extension: '.mdx' | '.yaml';
  /** The zod schema Astro validates each entry with. */
  schema: z.ZodType;
}

/** Every collection by name, in the order the site lists them. */
export const COLLECTIONS = {
  policies: { folder: 'content/policies', extension: '.mdx', schema: PolicySchema },
  templates: { folder: 'content/templates', extension: '.mdx', schema: TemplateSchema },
  materials: { folder: 'content/materials', extension: '.mdx', schema: MaterialSchema },
  topics: { folder: 'content/topics', extension: '.mdx', schema: TopicSchema },
  glossary: { folder: 'content/glossary', extension: '.yaml', schema: GlossaryTermSchema },
  /** 发展党员 and other procedures: stages, steps and time rules. */
  procedures: { folder: 'content/procedures', extension: '.yaml', schema: ProcedureSchema },
  /** 文书范本: the documents a procedure's steps produce. */
  documents: { folder: 'content/documents', extension: '.mdx', schema: DocumentSchema },
} as const satisfies Record<string, CollectionDefinition>;

/** Name of a collection, e.g. "policies". */
export type CollectionName = keyof typeof COLLECTIONS;

/** Whether `name` is a collection, e.g. isCollection('templates') → true. */
export function isCollection(name: string): name is CollectionName {
  return Object.hasOwn(COLLECTIONS, name);
}

/** Glob pattern of a collection's entry files, for Astro's glob() loader, e.g. "**\/*.mdx". */
export function entryPattern(name: CollectionName): string {
  return `**/*${COLLECTIONS[name].extension}`;
}

// Wiring only: each collection = a loader over its folder + its schema, both from src/lib/content/
// (the one definition the reader and checks use too). MDX entries are rendered to HTML while
// content syncs (entry-loader.ts); YAML collections are data.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, entryPattern, type CollectionName } from './lib/content/collections';
import { entryLoader } from './lib/content/entry-loader';

const data = (name: CollectionName) => glob({ pattern: entryPattern(name), base: `./${COLLECTIONS[name].folder}` });

export const collections = {
  policies: defineCollection({ loader: entryLoader('policies'), schema: COLLECTIONS.policies.schema }),
  templates: defineCollection({ loader: entryLoader('templates'), schema: COLLECTIONS.templates.schema }),
  materials: defineCollection({ loader: entryLoader('materials'), schema: COLLECTIONS.materials.schema }),
  topics: defineCollection({ loader: entryLoader('topics'), schema: COLLECTIONS.topics.schema }),
  documents: defineCollection({ loader: entryLoader('documents'), schema: COLLECTIONS.documents.schema }),
  glossary: defineCollection({ loader: data('glossary'), schema: COLLECTIONS.glossary.schema }),
  procedures: defineCollection({ loader: data('procedures'), schema: COLLECTIONS.procedures.schema }),
};

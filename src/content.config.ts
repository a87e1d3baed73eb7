// Wiring only: each collection = a glob loader over its folder + its schema, both from
// src/lib/content/collections.ts (the one definition the reader and checks use too).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, entryPattern, type CollectionName } from './lib/content/collections';

const loader = (name: CollectionName) => glob({ pattern: entryPattern(name), base: `./${COLLECTIONS[name].folder}` });

export const collections = {
  policies: defineCollection({ loader: loader('policies'), schema: COLLECTIONS.policies.schema }),
  templates: defineCollection({ loader: loader('templates'), schema: COLLECTIONS.templates.schema }),
  materials: defineCollection({ loader: loader('materials'), schema: COLLECTIONS.materials.schema }),
  topics: defineCollection({ loader: loader('topics'), schema: COLLECTIONS.topics.schema }),
  glossary: defineCollection({ loader: loader('glossary'), schema: COLLECTIONS.glossary.schema }),
  procedures: defineCollection({ loader: loader('procedures'), schema: COLLECTIONS.procedures.schema }),
  documents: defineCollection({ loader: loader('documents'), schema: COLLECTIONS.documents.schema }),
};

// Wiring only: each collection = a glob loader over content/<name>/ + its schema from src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { GlossaryTermSchema, MaterialSchema, PolicySchema, TemplateSchema, TopicSchema } from './schemas';

const mdx = (name: string) => glob({ pattern: '**/*.mdx', base: `./content/${name}` });

export const collections = {
  policies: defineCollection({ loader: mdx('policies'), schema: PolicySchema }),
  templates: defineCollection({ loader: mdx('templates'), schema: TemplateSchema }),
  materials: defineCollection({ loader: mdx('materials'), schema: MaterialSchema }),
  topics: defineCollection({ loader: mdx('topics'), schema: TopicSchema }),
  glossary: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/glossary' }),
    schema: GlossaryTermSchema,
  }),
};

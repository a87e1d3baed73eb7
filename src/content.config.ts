// Wiring only: each collection = a glob loader over content/<name>/ + its schema from src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DocumentSchema, GlossaryTermSchema, MaterialSchema, PolicySchema, ProcedureSchema, TemplateSchema, TopicSchema } from './schemas';

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
  // 发展党员 and other procedures: stages, steps and time rules (YAML), and their 文书范本 (MDX).
  procedures: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './content/procedures' }),
    schema: ProcedureSchema,
  }),
  documents: defineCollection({ loader: mdx('documents'), schema: DocumentSchema }),
};

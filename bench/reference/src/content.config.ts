// Same collections and folders as the real site, without schemas: the reference only has to
// load and render the entries.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const mdx = (name: string) => defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `./content/${name}` }) });

export const collections = {
  policies: mdx('policies'),
  templates: mdx('templates'),
  materials: mdx('materials'),
  topics: mdx('topics'),
  glossary: defineCollection({ loader: glob({ pattern: '**/*.yaml', base: './content/glossary' }) }),
};

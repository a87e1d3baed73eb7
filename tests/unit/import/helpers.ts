import { compile } from '@mdx-js/mdx';
import { SCHEMAS, type Collection } from '../../../scripts/lib/import/index.ts';

/**
 * Split an MDX file written by the importer into frontmatter and body. The importer writes one
 * `key: <JSON value>` line per field (JSON scalars and arrays are valid YAML flow values), so a
 * line that is not JSON after the key fails the test loudly.
 */
export function readMdx(mdx: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(mdx);
  if (!match) throw new Error('no frontmatter block');
  const data: Record<string, unknown> = {};
  for (const line of match[1]!.split('\n')) {
    const pair = /^([A-Za-z]+): (.*)$/.exec(line);
    if (!pair) throw new Error(`frontmatter line is not "key: value": ${line}`);
    data[pair[1]!] = JSON.parse(pair[2]!);
  }
  return { data, body: match[2]! };
}

/** Parse the frontmatter with the collection schema and compile the body with MDX; throws on failure. */
export async function roundTrip(mdx: string, collection: Collection): Promise<void> {
  const { data, body } = readMdx(mdx);
  SCHEMAS[collection].parse(data);
  await compile(body);
}

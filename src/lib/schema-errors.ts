import type { z } from 'astro/zod';

/**
 * Author-facing lines for a failed schema parse, one per problem:
 * "content/policies/x.mdx → kind：类别 kind 「法律」 不在可选范围内。可选：…".
 * The messages themselves (value quoted, fix given) live in the schemas.
 */
export function formatSchemaIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '（整体）';
    return `${file} → ${field}：${issue.message}`;
  });
}

// The shipped regulation texts are reproducible: a fresh import of every source file in
// ../shared/sources through the editorial records of scripts/sources/ gives the files in
// content/ byte for byte (npm run import:sources re-creates them). Fails loudly when the
// sources are missing: they are the texts' only origin.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSourceRecords, runSourceRecords, type SourceRunResult } from '../../../scripts/lib/import/source-run.ts';
import type { SourceRecord } from '../../../scripts/lib/import/source-record.ts';

const SOURCES = '../shared/sources';
let records: SourceRecord[];
let run: SourceRunResult;

beforeAll(async () => {
  expect(existsSync(`${SOURCES}/policies`), `${SOURCES}/policies is missing: the regulation texts come only from there`).toBe(true);
  records = await loadSourceRecords();
  run = await runSourceRecords({ records, sourcesDir: SOURCES, contentDir: 'content', today: '2000-01-01' });
}, 120_000);

describe('npm run import:sources', () => {
  it('has an editorial record for every source file', () => {
    const files = readdirSync(`${SOURCES}/policies`).filter((name) => /\.(md|txt|docx)$/.test(name));
    expect(files.map((name) => `policies/${name}`).filter((file) => !records.some((record) => record.file === file))).toEqual([]);
  });

  it('imports every record without a problem', () => {
    expect(run.problems.map((problem) => problem.message)).toEqual([]);
    expect(run.files.size).toBeGreaterThanOrEqual(8);
  });

  it('reproduces every shipped file byte for byte', () => {
    const differing = [...run.files].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => path);
    expect(differing, 'run npm run import:sources and look at the diff').toEqual([]);
  });

  it('ships no full text that no record produces', () => {
    const produced = new Set(run.files.keys());
    const fullText = readdirSync('content/policies')
      .map((name) => `content/policies/${name}`)
      .filter((path) => /^fullText: true$/m.test(readFileSync(path, 'utf8')));
    expect(fullText.filter((path) => !produced.has(path))).toEqual([]);
  });
});

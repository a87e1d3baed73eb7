import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFoldTable } from '../../../src/search/fold-map';
import {
  BREAK_TOKEN,
  createFolder,
  decodeContent,
  findTerm,
  IDENTITY_FOLDER,
  indexTokens,
  parseQuery,
  runTokens,
  titleTokens,
  type Folder,
} from '../../../src/search/text';
import { sharedPath } from '../../helpers/shared';

const folder = createFolder(buildFoldTable());

/** What Pagefind keeps of a word (fossick/splitting.rs): alphanumerics and `_`, lowercased. */
function pagefindWord(token: string): string {
  return [...token]
    .filter((c) => /[\p{Alphabetic}\p{N}_]/u.test(c))
    .join('')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Pagefind's word positions for a text, as the indexer feeds them. */
function indexedWords(text: string, f: Folder = folder): string[] {
  return indexTokens(text, f).map(pagefindWord);
}

/**
 * Whether the client's searches would find `query` in `text`: every run is an exact phrase of
 * its bigrams at consecutive positions, or, for a lone character, a word starting with it.
 */
function pagefindFinds(text: string, query: string, f: Folder = folder): boolean {
  const words = indexedWords(text, f);
  const terms = parseQuery(query, f);
  if (terms.length === 0) return false;
  return terms.every((term) =>
    term.runs.every((run) => {
      const tokens = runTokens(run).map((t) => t.toLowerCase());
      if (tokens.length === 1 && [...run].length === 1) return words.some((w) => w.startsWith(tokens[0] as string));
      return words.some((_, i) => tokens.every((t, j) => words[i + j] === t));
    }),
  );
}

function display(text: string, f: Folder = folder): string {
  return decodeContent(indexTokens(text, f).join(' '), f)
    .all()
    .map((t) => t.display)
    .join('');
}

describe('indexTokens and parseQuery agree', () => {
  it('finds a two-character word inside a longer run', () => {
    expect(pagefindFinds('社区自管党员没有按照实际标准缴纳党费，并且', '党费')).toBe(true);
    expect(pagefindFinds('加强整改落实', '整改')).toBe(true);
  });

  it('finds set phrases and names as exact substrings, not scattered characters', () => {
    expect(pagefindFinds('认真落实三会一课制度', '三会一课')).toBe(true);
    expect(pagefindFinds('三次会议，一课', '三会一课')).toBe(false);
    expect(pagefindFinds('汨罗市烟草专卖局', '汨罗')).toBe(true);
    expect(pagefindFinds('罗汨', '汨罗')).toBe(false);
  });

  it('folds Traditional and Simplified to the same words on both sides', () => {
    expect(pagefindFinds('推進黨支部標準化規范化建設', '党支部')).toBe(true);
    expect(pagefindFinds('推進黨支部標準化規范化建設', '标准化规范化')).toBe(true);
    expect(pagefindFinds('推进党支部标准化规范化建设', '黨支部')).toBe(true);
    expect(indexedWords('黨支部')).toEqual(indexedWords('党支部'));
  });

  it('finds numbers and numbers with units, also inside longer numbers', () => {
    expect(pagefindFinds('2016年度党建工作总结', '2016年')).toBe(true);
    expect(pagefindFinds('每年不少于32学时', '32学时')).toBe(true);
    expect(pagefindFinds('共开展12次', '2次')).toBe(true);
    expect(pagefindFinds('2019~2023年', '2019')).toBe(true);
  });

  it('unifies full-width and half-width letters and digits (NFKC on both sides)', () => {
    expect(pagefindFinds('２０１６年', '2016年')).toBe(true);
    expect(pagefindFinds('2016年', '２０１６年')).toBe(true);
    expect(pagefindFinds('ＬＩＡＮ品牌', 'lian')).toBe(true);
  });

  it('ignores case like Pagefind does', () => {
    expect(pagefindFinds('打造“LIAN”党建文化', 'lian党建')).toBe(false);
    expect(pagefindFinds('打造LIAN党建文化', 'lian党建')).toBe(true);
  });

  it('never matches across punctuation, spaces or blocks', () => {
    expect(pagefindFinds('党费，整改', '费整')).toBe(false);
    expect(pagefindFinds('学习 教育', '习教')).toBe(false);
    const words = [...indexedWords('第一段'), ...indexedWords('第二段')];
    expect(words.join(' ')).not.toContain('段第');
  });

  it('finds every substring of a seed text, in both scripts', () => {
    const simplified = readFileSync(sharedPath('seeds', '003_ddbca1ad1c03bb52.txt'), 'utf8').slice(0, 3000);
    const traditional = readFileSync(sharedPath('seeds', '004_5dd9ee3de9a49e94.txt'), 'utf8').slice(0, 3000);
    for (const text of [simplified, traditional]) {
      const words = indexedWords(text);
      expect(words.length).toBeGreaterThan(0);
      const chars = [...text];
      // Every 37th position, 2–6 characters; only runs of letters and digits are queries.
      const queries = Array.from({ length: Math.ceil((chars.length - 6) / 37) }, (_, i) => chars.slice(i * 37, i * 37 + 2 + ((i * 37) % 5)).join('')).filter((q) =>
        /^[\p{Script=Han}\p{N}\p{L}]+$/u.test(q),
      );
      expect(queries.length).toBeGreaterThan(30);
      for (const query of queries) expect(pagefindFinds(text, query), query).toBe(true);
    }
  });
});

describe('indexTokens', () => {
  it('makes one token per character plus separators, ending with a break', () => {
    expect(indexTokens('党费，整改', IDENTITY_FOLDER)).toEqual(['党费', '费', '，', '整改', '改', BREAK_TOKEN]);
  });

  it('produces tokens Pagefind keeps whole: no white space, no sentinel prefix', () => {
    const tokens = indexTokens('a\u00a0b\u3000c\u2028d ___PAGEFIND_WEIGHT___3 e\u200bf', folder);
    for (const token of tokens) {
      expect(token).not.toMatch(/\s/u);
      expect(token.startsWith('___')).toBe(false);
    }
  });

  it('drops lone surrogates, controls and zero-width characters', () => {
    expect(display('党\ud800费\u0000\u200b整改')).toBe('党费整改\n');
  });

  it('returns nothing for blank text', () => {
    expect(indexTokens('  \n ', folder)).toEqual([]);
  });
});

describe('decodeContent', () => {
  it('gives back the original script and punctuation without stray spaces', () => {
    expect(display('河北煙草推進黨支部標準化規范化建設，“八個規范”。')).toBe('河北煙草推進黨支部標準化規范化建設，“八個規范”。\n');
    expect(display('Microsoft Word 与 WPS')).toBe('Microsoft Word 与 WPS\n');
  });

  it('keeps one position per token so anchors line up', () => {
    const tokens = indexTokens('党支部书记', folder);
    expect(decodeContent(tokens.join(' '), folder).length).toBe(tokens.length);
  });

  it('skips title tokens', () => {
    const content = [...indexTokens('正文', folder), ...titleTokens('标题', folder)].join(' ');
    expect(decodeContent(content, folder).all().map((t) => t.display).join('')).toBe('正文\n');
  });
});

describe('findTerm', () => {
  const tokens = decodeContent(indexTokens('要求交党费，整改落实。党费和整改', folder).join(' '), folder);
  it('finds a term with punctuation only where its parts are adjacent', () => {
    expect(findTerm(tokens, ['党费', '整改'])).toEqual([[3, 8]]);
  });
  it('requires the punctuation a term holds', () => {
    const text = decodeContent(indexTokens('占比80%，另有80人', folder).join(' '), folder);
    const [term] = parseQuery('80%', folder);
    expect(term?.separators).toEqual(['', '%']);
    expect(findTerm(text, term?.runs ?? [], term?.separators)).toEqual([[2, 4]]);
  });
  it('matches a Traditional term against decoded Simplified text', () => {
    const [term] = parseQuery('黨費', folder);
    expect(findTerm(tokens, term?.runs ?? [])).toHaveLength(2);
  });
});

describe('parseQuery', () => {
  it('splits on white space, keeps quoted phrases whole and drops empty terms', () => {
    expect(parseQuery('党费  "三会 一课" “两学一做” ，', folder)).toEqual([
      { text: '党费', runs: ['党费'], separators: ['', ''], quoted: false },
      { text: '三会 一课', runs: ['三会', '一课'], separators: ['', '', ''], quoted: true },
      { text: '两学一做', runs: ['两学一做'], separators: ['', ''], quoted: true },
    ]);
  });

  it('does not require the title marks around a term', () => {
    expect(parseQuery('《党章》 〈条例〉 “八个规范”', folder).map((t) => [t.runs, t.separators])).toEqual([
      [['党章'], ['', '']],
      [['条例'], ['', '']],
      [['八个规范'], ['', '']],
    ]);
    expect(parseQuery('《党章》第三条', folder).map((t) => t.separators)).toEqual([['', '》', '']]);
  });

  it('survives hostile input', () => {
    expect(parseQuery('', folder)).toEqual([]);
    expect(parseQuery('"""', folder)).toEqual([]);
    expect(parseQuery('<script>alert(1)</script>', folder).map((t) => t.runs)).toEqual([['script', 'alert', '1', 'script']]);
    expect(parseQuery('😀\ud800\udfff党费', folder).map((t) => t.runs)).toEqual([['党费']]);
    const long = parseQuery('党'.repeat(500), folder);
    expect([...(long[0]?.runs[0] ?? '')]).toHaveLength(100);
  });
});

describe('buildFoldTable', () => {
  const table = buildFoldTable();
  it('folds Traditional characters to Simplified, one character each', () => {
    expect([...table.from]).toHaveLength([...table.to].length);
    for (const [t, s] of [['黨', '党'], ['們', '们'], ['規', '规'], ['範', '范'], ['煙', '烟']]) {
      expect(folder.fold(t as string)).toBe(s);
    }
  });
  it('is idempotent: folding a folded character changes nothing', () => {
    for (const char of table.to) expect(folder.fold(char)).toBe(char);
  });
});

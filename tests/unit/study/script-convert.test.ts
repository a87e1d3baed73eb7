import { describe, expect, it } from 'vitest';
import { convertHtml, convertText, otherScript } from '../../../src/lib/script-convert';

describe('convertText', () => {
  it('turns a Traditional sentence of seed 004 into Simplified', () => {
    expect(convertText('河北省煙草專賣局（公司）推進黨支部標準化規范化建設', 'zh-Hans')).toBe('河北省烟草专卖局（公司）推进党支部标准化规范化建设');
  });
  it('uses phrase data, not a one-to-one table: 干部 stays 干部, 後 becomes 后', () => {
    expect(convertText('黨務干部培訓後', 'zh-Hans')).toBe('党务干部培训后');
  });
  it('turns Simplified into Traditional for the way back', () => {
    expect(convertText('党支部组织生活会', 'zh-Hant')).toBe('黨支部組織生活會');
  });
  it('leaves ASCII, digits and full-width punctuation alone', () => {
    expect(convertText('2019~2023年，“八個規范”！', 'zh-Hans')).toBe('2019~2023年，“八个规范”！');
  });
  it('names the other script', () => {
    expect(otherScript('zh-Hant')).toBe('zh-Hans');
    expect(otherScript('zh-Hans')).toBe('zh-Hant');
  });
});

describe('convertHtml', () => {
  it('converts text and readable attributes but keeps markup and URLs', () => {
    const html = '<p title="黨課">學習<a href="/glossary/#term-dang-ke" class="kb-term">黨課</a></p>';
    expect(convertHtml(html, 'zh-Hans')).toBe('<p title="党课">学习<a href="/glossary/#term-dang-ke" class="kb-term">党课</a></p>');
  });
  it('suffixes ids and the references to them so two versions can share a page', () => {
    const html =
      '<h2 id="頂層謀劃">頂層謀劃<a class="kb-anchor" href="#頂層謀劃" aria-label="本節連結">#</a></h2>' +
      '<a href="#other" aria-describedby="kb-term-def-x">黨費</a><dd id="kb-term-def-x">費用</dd>';
    const out = convertHtml(html, 'zh-Hans', { idSuffix: '-zh-hans' });
    expect(out).toContain('<h2 id="頂層謀劃-zh-hans">顶层谋划');
    expect(out).toContain(`href="#頂層謀劃${encodeURIComponent('-zh-hans')}"`);
    expect(out).toContain('aria-label="本节连结"');
    expect(out).toContain('href="#other"');
    expect(out).toContain('aria-describedby="kb-term-def-x-zh-hans"');
    expect(out).toContain('<dd id="kb-term-def-x-zh-hans">费用</dd>');
  });
  it('finds a heading id written percent-encoded in a link', () => {
    const out = convertHtml(`<h2 id="黨建">黨建</h2><a href="#${encodeURIComponent('黨建')}">x</a>`, 'zh-Hans', { idSuffix: '-s' });
    expect(out).toContain(`href="#${encodeURIComponent('黨建')}-s"`);
  });
});

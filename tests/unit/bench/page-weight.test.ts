import { describe, expect, it } from 'vitest';
import {
  commonScripts,
  evaluateBudget,
  EXTRA_JS_BUDGET_BYTES,
  inlineScriptBytes,
  scriptSources,
} from '@/lib/bench/page-weight';

describe('scriptSources', () => {
  it('lists external scripts in document order, once each, without inline or nomodule ones', () => {
    const html = [
      '<link rel="preload" as="script" href="/_next/static/chunks/preloaded.js"/>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script>self.__next_f.push([1,"x"])</script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      "<script async src='/_next/static/chunks/b.js?v=1&amp;x=2'></script>",
      '<script src="/_next/static/chunks/a.js" async=""></script>',
    ].join('');
    expect(scriptSources(html)).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js?v=1&x=2']);
  });
});

describe('inlineScriptBytes', () => {
  it('counts the bytes inside inline scripts only, in UTF-8', () => {
    const html =
      '<p>x</p><script src="/a.js"></script><script>self.__next_f.push([1,"é"])</script><script id="d">12</script>';
    expect(inlineScriptBytes(html)).toBe('self.__next_f.push([1,"é"])'.length + 1 + 2);
  });
});

describe('commonScripts', () => {
  it('keeps the scripts every page loads', () => {
    expect(
      commonScripts([
        ['f1', 'f2', 'page-a'],
        ['f2', 'page-b', 'f1'],
        ['f1', 'f2'],
      ]),
    ).toEqual(['f1', 'f2']);
    expect(commonScripts([])).toEqual([]);
  });
});

describe('evaluateBudget', () => {
  const sizes = new Map([
    ['framework.js', 130_000],
    ['small.js', 2_000],
    ['large.js', EXTRA_JS_BUDGET_BYTES + 1],
  ]);

  it('passes a page that adds less than 15 KiB to the framework', () => {
    const result = evaluateBudget(['framework.js', 'small.js'], ['framework.js'], sizes);
    expect(result).toEqual({
      totalJs: 132_000,
      frameworkJs: 130_000,
      extraJs: 2_000,
      limit: 130_000 + 15 * 1024,
      pass: true,
    });
  });

  it('flags a page that adds more than 15 KiB', () => {
    const result = evaluateBudget(['framework.js', 'large.js'], ['framework.js'], sizes);
    expect(result.extraJs).toBe(15 * 1024 + 1);
    expect(result.pass).toBe(false);
  });

  it('passes a page exactly at the limit and honours a custom allowance', () => {
    const atLimit = new Map([...sizes, ['exact.js', EXTRA_JS_BUDGET_BYTES]]);
    expect(evaluateBudget(['framework.js', 'exact.js'], ['framework.js'], atLimit).pass).toBe(true);
    expect(evaluateBudget(['framework.js', 'small.js'], ['framework.js'], sizes, 1_000).pass).toBe(false);
  });

  it('refuses to judge a page with a script it has no size for', () => {
    expect(() => evaluateBudget(['framework.js', 'unknown.js'], ['framework.js'], sizes)).toThrow(/unknown\.js/);
  });
});

// Escaping of text from the code base for the HTML and Markdown reports.
import { describe, expect, test } from '@jest/globals';
import { escapeHtml } from '../../src/output/html-escape.js';
import { escapeMarkdown, markdownLink } from '../../src/output/markdown-escape.js';

describe('HTML', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a & b', 'a &amp; b'],
    ['"quoted" \'single\'', '&quot;quoted&quot; &#39;single&#39;'],
    ['line\u2028separator\u2029', 'line&#x2028;separator&#x2029;'],
    ['bell\u0007 and NUL\u0000', 'bell\\x07 and NUL\\x00'],
    ['tab\tnewline\ncr\r', 'tab\tnewline\ncr\r'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['pair \ud83d\ude00 kept', 'pair \ud83d\ude00 kept'],
  ])('%j', (text, escaped) => expect(escapeHtml(text)).toBe(escaped));
});

describe('Markdown', () => {
  test('inline punctuation is escaped, HTML becomes entities, lines join', () => {
    expect(escapeMarkdown('a *b* `c` [d](e) | f <g> & h\ni')).toBe('a \\*b\\* \\`c\\` \\[d\\](e) \\| f &lt;g&gt; &amp; h i');
  });

  test('a line-start marker is escaped', () => {
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
  });

  test('links: parentheses encoded, other schemes shown as text', () => {
    expect(markdownLink('Page', 'https://msdn.microsoft.com/library/Dn466143(v=office.15)')).toBe(
      '[Page](https://msdn.microsoft.com/library/Dn466143%28v=office.15%29)',
    );
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
  });
});

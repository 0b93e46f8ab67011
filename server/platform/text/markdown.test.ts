import { describe, expect, it } from 'vitest';
import { markdownExcerpt, renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
  it('renders Markdown, Chinese included', () => {
    expect(renderMarkdown('**希望**增加静音模式\n\n- 夜间\n- 婴儿房')).toBe(
      '<p><strong>希望</strong>增加静音模式</p>\n<ul>\n<li>夜间</li>\n<li>婴儿房</li>\n</ul>\n',
    );
  });

  it('never lets script through', () => {
    const attacks = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[click](javascript:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
      '<iframe src="https://evil.example"></iframe>',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '<svg onload=alert(1)>',
    ];
    for (const attack of attacks) {
      const html = renderMarkdown(attack);
      // Escaped text such as "&lt;script&gt;" is harmless; real tags and attributes are not.
      expect(html).not.toMatch(/<(script|img|iframe|svg)\b|<[a-z][^>]*\son\w+=|<a\s[^>]*href="(javascript|data):/i);
    }
  });

  it('marks links as user content that opens apart', () => {
    expect(renderMarkdown('see https://brand.example/faq')).toContain(
      '<a href="https://brand.example/faq" rel="nofollow noopener noreferrer ugc" target="_blank">',
    );
  });
});

describe('markdownExcerpt', () => {
  it('keeps the words and punctuation as written, without the markup', () => {
    expect(markdownExcerpt('Thanks! This **door-lock** fix ships in v2.1 (see [notes](https://x.example)).')).toBe(
      'Thanks! This door-lock fix ships in v2.1 (see notes).',
    );
    expect(markdownExcerpt('# 感谢！\n\n- 静音模式\n- 童锁')).toBe('感谢！ 静音模式 童锁');
  });

  it('cuts long texts with an ellipsis', () => {
    const excerpt = markdownExcerpt('word '.repeat(100), 20);
    expect(excerpt).toHaveLength(20);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});

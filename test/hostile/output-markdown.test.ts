/** Issue 11.3: data in --format markdown renders as its own text, never as HTML, links or headings. */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdownCode, markdownText } from '../../src/report/escape/markdown.js';
import { runCli } from '../helpers/run-cli.js';
import { MARKDOWN, named, writeSubmissions } from './generate-output.js';

const md = new MarkdownIt({ html: true, linkify: true });

describe('Markdown injection', () => {
  it('escapes markup and fences code past any backtick run', () => {
    expect(md.renderInline(markdownText('<b>x</b> [a](b) **c**'))).toBe('&lt;b&gt;x&lt;/b&gt; [a](b) **c**');
    expect(md.renderInline(markdownCode('a`b``c'))).toBe('<code>a`b``c</code>');
  });

  it('rank and check: no HTML, link or extra heading from a name or a file name', () => {
    const subs = named(MARKDOWN);
    subs.push({ file: 'tick`](x)\n# h.yaml', id: 'tick', name: 'ok' });
    const dir = writeSubmissions(subs);
    for (const args of [
      ['rank', '.', '--format', 'markdown'],
      ['check', ...subs.map((s) => s.file), '--format', 'markdown'],
    ]) {
      const r = runCli(args, { cwd: dir });
      expect(r.code).toBeLessThan(2);
      const html = md.render(r.stdout);
      expect(html).not.toMatch(/<img|<a |<!--/);
      expect(html).not.toContain('<h2>forged');
      expect(html).not.toMatch(/<h1>/);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('[click](http://evil.example)');
    }
  });
});

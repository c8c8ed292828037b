import { describe, expect, it } from 'vitest';
import { reportErrorHref } from '../../src/lib/report-error';

const story = { headline: 'Chocolates & “boycotts”: 50% up?', url: 'https://news.example.com/articles/x/' };

describe('reportErrorHref', () => {
  it('gives no link when the newsroom has set no feedback address', () => {
    expect(reportErrorHref(undefined, story)).toBeUndefined();
    expect(reportErrorHref('  ', story)).toBeUndefined();
  });

  it('writes an e-mail with the headline as subject and the story’s address in the body', () => {
    for (const setting of ['corrections@example.com', 'mailto:corrections@example.com']) {
      const href = reportErrorHref(setting, story)!;
      // RFC 6068: mailto:addr?hfields, each value percent-encoded (URLSearchParams' "+" for a space would be wrong here).
      const [address, query] = href.slice('mailto:'.length).split('?');
      expect(href.startsWith('mailto:')).toBe(true);
      expect(address).toBe('corrections@example.com');
      expect(query).not.toContain('+');
      const fields = Object.fromEntries(query!.split('&').map((field) => field.split('=').map(decodeURIComponent)));
      expect(fields['subject']).toBe('Error report: Chocolates & “boycotts”: 50% up?');
      expect(fields['body']).toContain('https://news.example.com/articles/x/');
    }
  });

  it('adds the headline and address to a form’s own query', () => {
    const href = new URL(reportErrorHref('https://example.com/report?lang=en', story)!);
    expect(href.origin + href.pathname).toBe('https://example.com/report');
    expect(href.searchParams.get('lang')).toBe('en');
    expect(href.searchParams.get('headline')).toBe(story.headline);
    expect(href.searchParams.get('url')).toBe(story.url);
  });

  it('stops the build on a setting that is neither, naming it', () => {
    for (const setting of ['corrections at example.com', 'javascript:alert(1)', 'ftp://example.com/']) {
      expect(() => reportErrorHref(setting, story)).toThrow(`src/site.config.ts: feedback: "${setting}" is neither an e-mail address nor a web address`);
    }
  });
});

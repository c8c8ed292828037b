import { describe, expect, it } from 'vitest';
import { formatSettingProblems, siteSettingsProblems } from '../../src/lib/site-settings';
import { site, topics } from '../../src/site.config';

const good = { site: { url: 'https://news.example.com' }, topics: { china: 'China', 'ukraine-war': 'Ukraine war', 'g20-summit': 'G20' } };

describe('siteSettingsProblems', () => {
  it('passes the real settings and good ones', () => {
    expect(siteSettingsProblems({ site, topics })).toEqual([]);
    expect(siteSettingsProblems(good)).toEqual([]);
    expect(siteSettingsProblems({ ...good, site: { url: 'https://news.example.com/' } })).toEqual([]);
  });

  it('refuses a topic key that cannot be an address as it is, with a suggestion', () => {
    const problems = siteSettingsProblems({ ...good, topics: { ...good.topics, 'c#': 'C#', 'Middle East': 'Middle East', 'a--b': 'A', 'été': 'Été' } });
    expect(problems).toEqual([
      { setting: 'topics', key: 'c#', message: expect.stringMatching(/^"c#" cannot be an address \(\/topics\/c#\/\); use lowercase letters, digits and single hyphens, e\.g\. "ukraine-war"\. The label readers see \("C#"\) may be written any way$/) },
      { setting: 'topics', key: 'Middle East', message: expect.stringContaining('e.g. "middle-east"') },
      { setting: 'topics', key: 'a--b', message: expect.stringContaining('e.g. "a-b"') },
      { setting: 'topics', key: 'été', message: expect.stringContaining('e.g. "ete"') },
    ]);
  });

  it('refuses an empty topic list and a topic without a label', () => {
    expect(siteSettingsProblems({ ...good, topics: {} })).toEqual([{ setting: 'topics', message: 'lists no topic; every article needs at least one' }]);
    expect(siteSettingsProblems({ ...good, topics: { sport: ' ' } })).toEqual([{ setting: 'topics', key: 'sport', message: '"sport" has no label for readers to see' }]);
  });

  it('refuses a SITE_URL that is not an http(s) origin', () => {
    const message = (url: string) => siteSettingsProblems({ ...good, site: { url } }).map((problem) => `${problem.setting}: ${problem.message}`);
    expect(message('news.example.com')).toEqual([expect.stringMatching(/^SITE_URL: "news\.example\.com" is not an address; give the site's origin with https:\/\//)]);
    expect(message('ftp://news.example.com')).toEqual([expect.stringMatching(/must start with https:\/\//)]);
    expect(message('https://example.com/news/')).toEqual([expect.stringMatching(/without a path/)]);
  });

  it('refuses a control character in every setting readers see, naming the setting', () => {
    const withSite = (settings: Record<string, unknown>) => siteSettingsProblems({ ...good, site: { ...good.site, ...settings } });
    expect(siteSettingsProblems({ ...good, topics: { ...good.topics, 'ok-topic': 'OK\x1flabel' } })).toEqual([
      { setting: 'topics', key: 'ok-topic', message: expect.stringMatching(/^holds U\+001F, an invisible control character, in "OK␟label": often a lost dash/) },
    ]);
    expect(withSite({ name: 'Date\u0085line', themeColor: { light: '#fff', dark: '#000\x0b' }, feedback: undefined, pageSize: 20 })).toEqual([
      { setting: 'site.name', message: expect.stringMatching(/^holds U\+0085, an invisible control character, in "Date<U\+0085>line": often a lost “…”/) },
      { setting: 'site.themeColor.dark', message: expect.stringMatching(/^holds U\+000B/) },
    ]);
    // The URL parser drops it at either end, so only this finds it.
    expect(withSite({ url: 'https://news.example.com\x1f' })).toEqual([{ setting: 'SITE_URL', message: expect.stringMatching(/^holds U\+001F/) }]);
    expect(formatSettingProblems(withSite({ description: 'Wire\x08 news' }))).toMatch(/^src\/site\.config\.ts: site\.description: holds U\+0008/);
  });

  it('formats one line per problem, naming the file or the variable', () => {
    const problems = siteSettingsProblems({ site: { url: 'news.example.com' }, topics: { 'c#': 'C#' } });
    expect(formatSettingProblems(problems).split('\n')).toEqual([
      expect.stringMatching(/^SITE_URL: "news\.example\.com" is not an address/),
      expect.stringMatching(/^src\/site\.config\.ts: topics\["c#"\]: "c#" cannot be an address/),
    ]);
  });
});

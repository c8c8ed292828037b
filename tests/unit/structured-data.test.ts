import { describe, expect, it } from 'vitest';
import { publisherInfo } from '../../src/lib/page-meta';
import { breadcrumbList, newsArticle, newsMediaOrganization, serializeJsonLd, webSite, type NewsArticleInput, type PublisherInfo } from '../../src/lib/structured-data';
import { absoluteUrl } from '../../src/lib/urls';

const publisher: PublisherInfo = {
  id: 'https://news.example.com/#publisher',
  name: 'Dateline',
  url: 'https://news.example.com/',
  logo: { url: 'https://news.example.com/publisher-logo.png', width: 600, height: 60 },
  policies: { publishingPrinciples: 'https://news.example.com/about/', ethicsPolicy: 'https://news.example.com/about/ethics/' },
};
const input: NewsArticleInput = {
  url: 'https://news.example.com/articles/x/',
  headline: 'A headline',
  description: 'What happened.',
  datePublished: '2022-03-03T00:00:00+00:00',
  dateModified: '2022-03-04T10:00:00+00:00',
  inLanguage: 'en-GB',
  source: 'Reuters',
  editor: 'George Russell',
  originalUrl: 'https://elsewhere.example.com/story',
  section: 'China',
  keywords: ['China', 'Russia'],
  images: ['https://news.example.com/social/articles/x.png'],
  corrections: [{ datePublished: '2022-03-04T10:00:00+00:00', text: 'We got a figure wrong.' }],
  publisher,
};

describe('newsArticle', () => {
  it('credits the wire as author and source organisation, and names the editor', () => {
    const data = newsArticle(input);
    expect(data['@type']).toBe('NewsArticle');
    expect(data['author']).toEqual([{ '@type': 'Organization', name: 'Reuters' }]);
    expect(data['sourceOrganization']).toEqual({ '@type': 'Organization', name: 'Reuters' });
    expect(data['editor']).toEqual({ '@type': 'Person', name: 'George Russell' });
    expect(data['isBasedOn']).toBe('https://elsewhere.example.com/story');
  });

  it('names our newsroom as author of its own stories and leaves unknown fields out', () => {
    const data = newsArticle({ ...input, source: undefined, editor: undefined, originalUrl: undefined, corrections: [] });
    expect(data['author']).toEqual([{ '@type': 'Organization', name: 'Dateline', url: 'https://news.example.com/' }]);
    expect(data).not.toHaveProperty('sourceOrganization');
    expect(data).not.toHaveProperty('editor');
    expect(data).not.toHaveProperty('isBasedOn');
    expect(data).not.toHaveProperty('correction');
  });

  it('carries dates, page, publisher logo, section, keywords and corrections', () => {
    const data = newsArticle(input);
    expect(data['datePublished']).toBe('2022-03-03T00:00:00+00:00');
    expect(data['dateModified']).toBe('2022-03-04T10:00:00+00:00');
    expect(data['mainEntityOfPage']).toEqual({ '@type': 'WebPage', '@id': 'https://news.example.com/articles/x/' });
    expect(data['publisher']).toMatchObject({ name: 'Dateline', logo: { '@type': 'ImageObject', url: publisher.logo.url, width: 600, height: 60 } });
    expect(data['articleSection']).toBe('China');
    expect(data['keywords']).toEqual(['China', 'Russia']);
    expect(data['image']).toEqual(['https://news.example.com/social/articles/x.png']);
    expect(data['correction']).toEqual([{ '@type': 'CorrectionComment', text: 'We got a figure wrong.', datePublished: '2022-03-04T10:00:00+00:00' }]);
  });
});

describe('the newsroom as publisher', () => {
  it('is one node, by @id, with its policies, as an article’s publisher and on its own', () => {
    const own = newsMediaOrganization(publisher);
    expect(own).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsMediaOrganization', '@id': publisher.id, ...publisher.policies });
    const { '@context': _context, ...node } = own;
    expect(newsArticle(input)['publisher']).toEqual(node);
  });

  it('names the policies present under their schema.org properties, and only those', () => {
    const info = publisherInfo(['ethics', 'unnamed-sources', 'feedback']);
    expect(info.policies).toEqual({
      publishingPrinciples: absoluteUrl('/about/'),
      ethicsPolicy: absoluteUrl('/about/ethics/'),
      unnamedSourcesPolicy: absoluteUrl('/about/unnamed-sources/'),
      actionableFeedbackPolicy: absoluteUrl('/about/feedback/'),
    });
    expect(publisherInfo([]).policies).toEqual({});
  });

  it('gives the place of a story with a dateline as locationCreated', () => {
    expect(newsArticle({ ...input, locationCreated: 'Beijing' })['locationCreated']).toEqual({ '@type': 'Place', name: 'Beijing' });
    expect(newsArticle(input)).not.toHaveProperty('locationCreated');
  });
});

describe('breadcrumbList and webSite', () => {
  it('numbers the trail from 1', () => {
    const data = breadcrumbList([
      { name: 'Dateline', url: 'https://n.example/' },
      { name: 'China', url: 'https://n.example/topics/china/' },
    ]);
    expect(data['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Dateline', item: 'https://n.example/' },
      { '@type': 'ListItem', position: 2, name: 'China', item: 'https://n.example/topics/china/' },
    ]);
  });

  it('offers the site search as a SearchAction', () => {
    const data = webSite({ name: 'Dateline', url: 'https://n.example/', description: 'd', inLanguage: 'en-GB', searchUrl: 'https://n.example/search/', publisher });
    expect(data['potentialAction']).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://n.example/search/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot be closed early by a </script> or an HTML comment in the data', () => {
    const json = serializeJsonLd({ headline: 'Bad </script><script>alert(1)</script> & <!-- x -->' });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ headline: 'Bad </script><script>alert(1)</script> & <!-- x -->' });
  });

  it('escapes the line and paragraph separators too', () => {
    const json = serializeJsonLd({ text: 'a\u2028b\u2029c' });
    expect(json).toContain('\\u2028');
    expect(JSON.parse(json)).toEqual({ text: 'a\u2028b\u2029c' });
  });
});

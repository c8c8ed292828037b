/**
 * Topic labels come from src/site.config.ts, so no content fixture can make one hostile. The
 * components that show labels (and headlines, teasers, sources) are rendered here with the
 * Container API, given hostile view data, and must show it as text: in element text, in
 * attributes, in the document title.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import TopicTags from '../../src/components/TopicTags.astro';
import ArticleList from '../../src/components/ArticleList.astro';
import Byline from '../../src/components/Byline.astro';
import type { ArticleSummary, TopicView } from '../../src/lib/article-view';
import { hostile, injectedMarkup } from '../support/hostile';
import { syncRealContent } from '../support/build';

const topic: TopicView = { slug: 'china', label: `Topic ${hostile}`, url: '/topics/china/' };
const summary: ArticleSummary = {
  url: '/articles/x/',
  title: `Title ${hostile}`,
  teaser: `Teaser ${hostile}`,
  origin: `Source ${hostile}`,
  published: { datetime: '2022-03-03', text: '3 March 2022' },
  kindName: 'report',
  topics: [topic],
  status: 'published',
  live: false,
};

let container: AstroContainer;
let TopicPage: Awaited<typeof import('../../src/pages/topics/[topic]/index.astro')>['default'];
beforeAll(async () => {
  // The route reads the content layer's generated modules, which the build test that ran
  // before this file may have left pointing at its removed fixture folder.
  syncRealContent();
  TopicPage = (await import('../../src/pages/topics/[topic]/index.astro')).default;
  container = await AstroContainer.create();
});

describe('hostile labels and headlines render as text', () => {
  it('in the topic tags', async () => {
    const $ = load(await container.renderToString(TopicTags, { props: { topics: [topic] } }));
    expect(injectedMarkup($)).toEqual([]);
    expect($('.topic-tags a').text()).toBe(topic.label);
  });

  it('in an article listing: kicker, headline, teaser and source', async () => {
    const $ = load(await container.renderToString(ArticleList, { props: { articles: [summary] } }));
    expect(injectedMarkup($)).toEqual([]);
    expect($('.kicker').text()).toBe(topic.label);
    expect($('.summary-title a').text()).toBe(summary.title);
    expect($('.summary-teaser').text()).toBe(summary.teaser);
    expect($('.meta span').first().text()).toBe(summary.origin);
  });

  it('on a topic page: document title, description attribute and heading', async () => {
    const months = [{ year: '2022', month: '03', label: `March 2022 ${hostile}`, url: '/topics/china/2022/03/', count: 1 }];
    const $ = load(await container.renderToString(TopicPage, { props: { topic, latest: [summary], months }, params: { topic: 'china' } }));
    expect(injectedMarkup($)).toEqual([]);
    expect($('title').text()).toBe(`${topic.label} | Dateline`);
    expect($('meta[name="description"]').attr('content')).toBe(`News about ${topic.label} from Dateline.`);
    expect($('h1').text()).toBe(topic.label);
  });

  it('in a byline: each author\'s name, joined as the language joins a list', async () => {
    const authors = [
      { name: `Ada ${hostile}`, url: '/authors/ada/' },
      { name: 'Bram', url: '/authors/bram/' },
      { name: 'Cy', url: '/authors/cy/' },
    ];
    const $ = load(await container.renderToString(Byline, { props: { authors } }));
    expect(injectedMarkup($)).toEqual([]);
    expect($('a').map((_, a) => $(a).text()).get()).toEqual(authors.map((author) => author.name));
    expect($('.byline-authors').text()).toBe(`By Ada ${hostile}, Bram and Cy`);
    expect(await container.renderToString(Byline, { props: { authors: [] } })).toBe('');
  });

  it('and the check itself sees markup that was emitted raw', () => {
    expect(injectedMarkup(load(`<p>${hostile}</p>`))).toEqual(['<img onerror>', '<img src=x>', '<script>alert(1)']);
  });
});

import { describe, expect, it } from 'vitest';
import { page, textOf } from '../support/site';
import { seed } from '../support/seed';

describe('the seed article page', () => {
  const $ = page(`/articles/${seed.slug}/`);

  it('shows the headline as the only h1 and in the title', () => {
    expect($('h1').length).toBe(1);
    expect(textOf($, 'h1')).toBe(seed.headline);
    expect($('title').text()).toBe(`${seed.headline} | Dateline`);
  });

  it('publishes the eleven paragraphs verbatim and in order, then the attribution', () => {
    expect(seed.paragraphs).toHaveLength(11);
    const paragraphs = $('.article-body p:not(.attribution)')
      .map((_, p) => $(p).text())
      .get();
    expect(paragraphs).toEqual(seed.paragraphs);
    expect(textOf($, '.article-body .attribution')).toBe('Reuters, with additional editing by George Russell');
    expect(seed.attribution).toBe('Reuters, with additional editing by George Russell');
  });

  it('credits the source and dates the story on the newsroom clock, without an invented time', () => {
    expect(textOf($, '.byline .source')).toBe('Reuters');
    expect($('.byline time').attr('datetime')).toBe('2022-03-03');
    expect(textOf($, '.byline time')).toBe('3 March 2022');
  });

  it('links its topics to their topic pages', () => {
    const topics = $('.topic-tags a')
      .map((_, a) => [[$(a).text(), $(a).attr('href')]])
      .get();
    expect(topics).toEqual([
      ['China', '/topics/china/'],
      ['Russia', '/topics/russia/'],
      ['Ukraine war', '/topics/ukraine-war/'],
      ['E-commerce', '/topics/e-commerce/'],
      ['Consumer boycotts', '/topics/consumer-boycotts/'],
    ]);
  });

  it('lists the three read-more stories in the editor order, each with its publisher', () => {
    const items = $('#read-more + ol > li');
    expect(items.map((_, li) => $(li).children('a').text()).get()).toEqual(seed.readMoreTitles);
    expect(items.map((_, li) => $(li).find('.meta > span').first().text()).get()).toEqual([
      'The Age',
      'Asia Financial',
      'Asia Financial',
    ]);
    expect(items.map((_, li) => $(li).find('time').attr('datetime')).get()).toEqual(['2022-01-24', '2021-12', '2021-12-08']);
  });

  it('has a description taken from the story itself, not invented', () => {
    const description = $('meta[name="description"]').attr('content') ?? '';
    expect(seed.paragraphs[0]!.startsWith(description.replace(/…$/, ''))).toBe(true);
  });
});

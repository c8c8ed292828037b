#!/usr/bin/env node
/**
 * A synthetic newsroom archive for benchmarks: N articles of about 600 words (headings, a list,
 * links, a blockquote), topics from src/site.config.ts, "Read more" references among them and
 * to outside stories, a few hero images, dates spread over ten years. The same seed always
 * writes the same files. It writes into a folder of its own, never into src/content/.
 *
 *   npm run corpus -- --articles 1000 --out /tmp/corpus   (then DATELINE_CONTENT_DIR=/tmp/corpus)
 *
 * Stories are grouped into storylines that share topics, names, places and key words, so the
 * related-coverage pass and the search index see the structure a real archive has. English
 * words, names and places come from @faker-js/faker's word lists; the choices are ours, from a
 * seeded generator, so the text does not change with the faker version's random algorithm.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { en } from '@faker-js/faker';
import sharp from 'sharp';
import { topicSlugs } from '../src/site.config.ts';

/** mulberry32: a small, fast, seedable generator; good enough for text, identical everywhere. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clean = (words) => [...new Set(words.map((w) => w.toLowerCase()).filter((w) => /^[a-z]+$/.test(w)))].sort();
const nouns = clean(en.word.noun);
const verbs = clean(en.word.verb);
const adjectives = clean(en.word.adjective);
const surnames = [...new Set(en.person.last_name.generic.map((entry) => (typeof entry === 'string' ? entry : entry.value)).filter((n) => /^[A-Z][a-z]+$/.test(n)))].sort();
const firstNames = [...new Set(en.person.first_name.generic.map((entry) => (typeof entry === 'string' ? entry : entry.value)).filter((n) => /^[A-Z][a-z]+$/.test(n)))].sort();
const cities = [...new Set(en.location.city_name.filter((c) => /^[A-Z][a-z]+$/.test(c)))].sort();
const determiners = ['the', 'a', 'this', 'every', 'another', 'one'];
const prepositions = ['in', 'near', 'across', 'after', 'before', 'around', 'despite', 'under', 'over', 'beyond'];
const connectors = ['while', 'as', 'although', 'because', 'after', 'before', 'and', 'but'];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const sources = ['Northwind Wire', 'Meridian Press Agency', 'Harbour News Service', 'Dateline'];
const publishers = ['The Evening Ledger', 'Coastal Review', 'Capital Monitor', 'Market Weekly', 'The Provincial'];

/** Picks by Zipf's law (rank r with weight 1/(r+1)), as words fall in real text. */
function zipfPicker(items, rand) {
  const cumulative = [];
  let total = 0;
  items.forEach((_, rank) => cumulative.push((total += 1 / (rank + 1))));
  return () => {
    const target = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}

function shuffled(items, rand) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const yaml = (text) => JSON.stringify(text);
const pad = (n, width = 2) => String(n).padStart(width, '0');

/** The article's slug; index first so every slug is unique and sorts by creation. */
const articleSlug = (index, words) => `story-${pad(index, 5)}-${words.join('-')}`;

/**
 * Writes the corpus and returns what it wrote. Options: dir, articles (count), seed,
 * imageEvery (one article in this many has a hero image).
 */
export async function generateCorpus({ dir, articles: count = 1000, seed = 1, imageEvery = 40 }) {
  const rand = random(seed);
  const pick = (items) => items[Math.floor(rand() * items.length)];
  const noun = zipfPicker(shuffled(nouns, random(seed + 1)), rand);
  const verb = zipfPicker(shuffled(verbs, random(seed + 2)), rand);
  const adjective = zipfPicker(shuffled(adjectives, random(seed + 3)), rand);

  const marker = join(dir, '.dateline-corpus');
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(marker)) {
    throw new Error(`${dir} is not empty and holds no generated corpus; refusing to replace it`);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles', 'images'), { recursive: true });
  writeFileSync(marker, 'Synthetic benchmark corpus written by scripts/generate-corpus.mjs\n');
  mkdirSync(join(dir, 'read-more'), { recursive: true });

  // Topic vocabularies: each topic favours its own words.
  const topicWords = new Map(topicSlugs.map((topic, i) => [topic, shuffled(nouns, random(seed * 31 + i)).slice(0, 25)]));

  // Storylines: a handful of stories each, sharing topics, people, a place and key words.
  const storylineCount = Math.max(3, Math.round(count / 6));
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  const storylines = Array.from({ length: storylineCount }, () => {
    const topics = shuffled(topicSlugs, rand).slice(0, 1 + Math.floor(rand() * 3));
    return {
      topics,
      people: [`${pick(firstNames)} ${pick(surnames)}`, `${pick(firstNames)} ${pick(surnames)}`],
      place: pick(cities),
      keyWords: [pick(nouns), pick(nouns), pick(nouns), pick(adjectives)],
      centre: start + rand() * span,
      stories: [],
      outside: [],
    };
  });

  const outside = Array.from({ length: Math.max(2, Math.round(count / 10)) }, (_, i) => {
    const line = storylines[i % storylineCount];
    const title = capitalise(`${line.place} ${line.keyWords[0]} ${pick(verbs)} ${line.keyWords[1]} ${line.people[0].split(' ')[1]}`);
    const date = new Date(line.centre + (rand() - 0.5) * 30 * 86_400_000);
    const slug = `outside-${pad(i, 5)}-${line.keyWords[0]}`;
    writeFileSync(
      join(dir, 'read-more', `${slug}.mdx`),
      [
        '---',
        `title: ${yaml(title)}`,
        `publisher: ${yaml(pick(publishers))}`,
        `date: "${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}"`,
        `url: "https://example.com/${slug}"`,
        `standfirst: ${yaml(capitalise(`${line.people[0]} ${pick(verbs)} the ${line.keyWords[2]} in ${line.place}.`))}`,
        '---',
        '',
      ].join('\n'),
    );
    line.outside.push(slug);
    return slug;
  });

  const phrase = (line) => {
    const roll = rand();
    if (roll < 0.12) return pick(line.keyWords.slice(0, 3));
    if (roll < 0.2) return pick(topicWords.get(pick(line.topics)));
    return noun();
  };
  const sentence = (line) => {
    const words = [pick(determiners), adjective(), phrase(line), verb(), pick(determiners), phrase(line)];
    if (rand() < 0.6) words.push(pick(prepositions), rand() < 0.3 ? line.place : `the ${phrase(line)}`);
    if (rand() < 0.5) words.push(pick(connectors), pick(determiners), phrase(line), verb(), adjective(), phrase(line));
    if (rand() < 0.25) words.push('on', pick(weekdays));
    if (rand() < 0.2) words.push(`, ${pick(line.people)} said`);
    return `${capitalise(words.join(' ').replace(/ ,/g, ','))}.`;
  };
  const paragraph = (line, sentences) => Array.from({ length: sentences }, () => sentence(line)).join(' ');

  const written = [];
  const images = [];
  for (let index = 0; index < count; index++) {
    const line = storylines[Math.floor(rand() * storylineCount)];
    const slugWords = [line.keyWords[0], noun()].map((w) => w.replace(/[^a-z0-9]/g, ''));
    const slug = articleSlug(index, slugWords);
    const when = new Date(line.centre + (rand() - 0.5) * 120 * 86_400_000);
    // UTC, said so: a wall time would sometimes fall in the hour the London clock skips, which the build refuses.
    const pubDate = `${when.getUTCFullYear()}-${pad(when.getUTCMonth() + 1)}-${pad(when.getUTCDate())}T${pad(when.getUTCHours())}:${pad(when.getUTCMinutes())}Z`;
    const title = capitalise(`${line.place} ${line.keyWords[0]} ${verb()} ${adjective()} ${line.keyWords[1]} as ${phrase(line)} ${verb()}`);
    const source = pick(sources);
    const readMore = [
      ...line.stories.slice(-2).map((earlier) => `articles/${earlier}`),
      ...(rand() < 0.5 ? line.outside.slice(0, 1).map((item) => `read-more/${item}`) : []),
    ];
    const linked = written.length > 0 ? written[Math.floor(rand() * written.length)] : undefined;
    const hasImage = imageEvery > 0 && index % imageEvery === imageEvery - 1;

    const front = [
      '---',
      `title: ${yaml(title)}`,
      `standfirst: ${yaml(paragraph(line, 1))}`,
      `pubDate: "${pubDate}"`,
      `source: ${yaml(source)}`,
      `attribution: ${yaml(`${source}, with additional editing by ${pick(firstNames)} ${pick(surnames)}`)}`,
      `topics: [${line.topics.join(', ')}]`,
      ...(readMore.length > 0 ? ['readMore:', ...readMore.map((ref) => `  - ${ref}`)] : []),
      ...(hasImage
        ? ['image:', `  src: ./images/${slug}.png`, `  alt: ${yaml(`A ${adjective()} ${noun()} in ${line.place}`)}`, `  credit: ${yaml(`${pick(firstNames)} ${pick(surnames)}`)}`]
        : []),
      '---',
    ];
    const body = [
      paragraph(line, 6),
      paragraph(line, 6),
      `## ${capitalise(`${adjective()} ${phrase(line)} in ${line.place}`)}`,
      paragraph(line, 7),
      Array.from({ length: 5 }, () => `- ${capitalise(`${adjective()} ${phrase(line)} ${verb()} ${pick(determiners)} ${phrase(line)}`)}`).join('\n'),
      `> ${paragraph(line, 2)}`,
      `${paragraph(line, 4)} ${linked ? `See [our earlier report](/articles/${linked}/) and ` : 'See '}[the ${noun()} statement](https://example.com/${noun()}-${index}).`,
      `## ${capitalise(`what ${line.people[1].split(' ')[1]} ${verb()} next`)}`,
      paragraph(line, 7),
      paragraph(line, 7),
      paragraph(line, 6),
    ];
    writeFileSync(join(dir, 'articles', `${slug}.mdx`), `${front.join('\n')}\n\n${body.join('\n\n')}\n`);
    if (hasImage) images.push({ slug, colour: { r: Math.floor(rand() * 255), g: Math.floor(rand() * 255), b: Math.floor(rand() * 255) } });
    written.push(slug);
    line.stories.push(slug);
  }

  // Hero images: small photographs stand-ins, one colour each so every file differs.
  await Promise.all(
    images.map(({ slug, colour }) =>
      sharp({ create: { width: 1600, height: 900, channels: 3, background: colour } })
        .png()
        .toFile(join(dir, 'articles', 'images', `${slug}.png`)),
    ),
  );

  return { dir, articles: count, readMoreItems: outside.length, images: images.length, slugs: written };
}

/** The one-article edit a warm rebuild measures: a new paragraph at the end of one story. */
export function editOneArticle(dir, slug, note = 'Update: this paragraph was added to measure a rebuild after one change.') {
  const file = join(dir, 'articles', `${slug}.mdx`);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n${note}\n`);
  return file;
}

/**
 * A breaking story for `npm run bench -- --publish`: a new file dated `pubDate` (newsroom clock,
 * "YYYY-MM-DDTHH:MM") citing an existing story. Returns its slug and topics.
 */
export function addBreakingArticle(dir, { slug, pubDate, cites }) {
  const topics = ['china', 'trade'];
  const text = [
    '---',
    `title: "Breaking: ${slug.replace(/-/g, ' ')} announced"`,
    'standfirst: "A story published into the generated archive to measure how fast one story goes live."',
    `pubDate: "${pubDate}"`,
    `topics: [${topics.join(', ')}]`,
    'readMore:',
    `  - articles/${cites}`,
    '---',
    '',
    `The first paragraph of the breaking story ${slug}, which the search index must find.`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'articles', `${slug}.mdx`), text);
  return { slug, topics };
}

/** A dated correction added to an existing story's frontmatter, for the "correct an old story" measure. */
export function correctOneArticle(dir, slug, { date, text }) {
  const file = join(dir, 'articles', `${slug}.mdx`);
  const source = readFileSync(file, 'utf8');
  const item = `  - date: "${date}"\n    text: "${text}"`;
  // A story corrected before gets one more item in its list.
  const list = source.indexOf('\ncorrections:\n');
  if (list >= 0) {
    const after = list + '\ncorrections:\n'.length;
    writeFileSync(file, `${source.slice(0, after)}${item}\n${source.slice(after)}`);
  } else {
    const end = source.indexOf('\n---', 3);
    writeFileSync(file, `${source.slice(0, end)}\ncorrections:\n${item}${source.slice(end)}`);
  }
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { articles: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  if (!values.out) {
    console.error('usage: npm run corpus -- --articles N --out <folder outside src/content>');
    process.exit(2);
  }
  const out = resolve(values.out);
  if (out.startsWith(resolve('src/content'))) {
    console.error('The corpus is synthetic: write it outside src/content/.');
    process.exit(2);
  }
  const result = await generateCorpus({ dir: out, articles: Number(values.articles), seed: Number(values.seed) });
  console.log(`Wrote ${result.articles} articles, ${result.readMoreItems} outside stories and ${result.images} images to ${out}`);
}

/**
 * "Related coverage": for every article, the other stories most like it, computed in one pass
 * over the whole collection. Pure: the same collections always give the same lists, whatever
 * order they arrive in, so a build is reproducible.
 *
 * A story's score against an article adds up
 * - text similarity: cosine of TF-IDF vectors over the headline, standfirst and body (headline
 *   and standfirst count more; stop words removed; each story keeps its strongest key terms);
 * - shared topics (cosine over the two topic sets);
 * - a small bonus for the same source (an outside story's publisher counts as its source);
 * - a small bonus for closeness in time (half of it is left after `recencyHalfLifeDays`).
 * Only a story that shares a topic or enough text can appear at all; ties go to the newer story,
 * then to the slug. Outside "read more" stories take part through their title and standfirst.
 *
 * Candidates come from inverted indexes (key term -> stories, topic -> stories near in time),
 * never from comparing every pair, so the pass grows near-linearly with the archive.
 */
import { eng as englishStopWords } from 'stopword';
import type { PartialDate } from './dates';
import type { Article, ReadMoreItem, ReadMoreLink } from './newsroom';
import { publicationStatus } from './publishing';

export interface RelatedOptions {
  /** How many related stories each article gets. */
  limit: number;
  /** Drafts and stories dated after this moment are never offered as related. */
  now: Date;
}

export interface RelatedIndex {
  /** Related stories for each article id given, best first. */
  byArticle: Map<string, ReadMoreLink[]>;
  stats: { stories: number; candidatesScored: number; milliseconds: number };
}

/** The tuning of the score; exported so tests and the README can name it. */
export const relatedScoring = {
  keyTermsPerStory: 40,
  headlineWeight: 3,
  standfirstWeight: 2,
  topicWeight: 0.6,
  sameSourceBonus: 0.1,
  recencyBonus: 0.1,
  recencyHalfLifeDays: 180,
  /** A story sharing no topic needs at least this much text similarity to count as related. */
  minTextSimilarity: 0.05,
  /** Key terms carried by more stories than this are too common to find candidates with. */
  maxPostingLength: 400,
  /** Per topic, the stories nearest in time on each side that become candidates. */
  topicNeighbours: 10,
} as const;

const newsStopWords = ['said', 'says', 'told', 'would', 'will', 'also', 'mr', 'ms', 'per', 'cent', 'just', 'us'];
const stopWords = new Set([...englishStopWords, ...newsStopWords]);
const dayMs = 86_400_000;

interface Counted {
  link: ReadMoreLink;
  counts: Map<string, number>;
  time: number;
  topics: readonly string[];
  source: string | undefined;
}

interface Story {
  key: string;
  link: ReadMoreLink;
  time: number;
  topics: readonly string[];
  source: string | undefined;
  /** Sparse unit vector: term ids ascending, with their weights. */
  terms: Int32Array;
  weights: Float64Array;
}

/** Lowercase word tokens of a text, without stop words, numbers or one-letter pieces. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const token = match[0];
    if (token.length < 2 || stopWords.has(token) || /^\p{N}+$/u.test(token)) continue;
    tokens.push(token);
  }
  return tokens;
}

/** The prose of an MDX body: no imports, code, tags, URLs or Markdown punctuation. */
export function mdxProse(mdx: string): string {
  return mdx
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ');
}

function addTerms(counts: Map<string, number>, text: string | undefined, weight: number): void {
  if (!text) return;
  for (const token of tokenize(text)) counts.set(token, (counts.get(token) ?? 0) + weight);
}

function partialDateTime(date: PartialDate | undefined): number {
  return date ? Date.UTC(date.year, date.month - 1, date.day ?? 1) : Number.NEGATIVE_INFINITY;
}

/** Best first: higher score, then newer, then slug. */
function better(scoreA: number, a: Story, scoreB: number, b: Story): boolean {
  if (scoreA !== scoreB) return scoreA > scoreB;
  if (a.time !== b.time) return a.time > b.time;
  return a.key < b.key;
}

/**
 * Computes every article's related stories. `articles` may include drafts and embargoed
 * articles (development previews get lists too); they are never offered as related.
 */
export function computeRelated(articles: Article[], readMoreItems: ReadMoreItem[], options: RelatedOptions): RelatedIndex {
  const started = performance.now();
  const scoring = relatedScoring;
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sortedArticles = [...articles].sort(byId);
  const sortedItems = [...readMoreItems].sort(byId);

  // 1. Term counts per story. Stories that may be offered come first (published articles, then
  // outside stories), so candidates are a prefix; unpublished articles only receive lists.
  const isOffered = (article: Article) => publicationStatus(article.data, options.now) === 'published';
  const offeredArticles = sortedArticles.filter(isOffered);
  const articleCounts = (entry: Article): Counted => {
    const counts = new Map<string, number>();
    addTerms(counts, entry.data.title, scoring.headlineWeight);
    addTerms(counts, entry.data.standfirst, scoring.standfirstWeight);
    addTerms(counts, mdxProse(entry.body ?? ''), 1);
    const time = entry.data.pubDate.instant.getTime();
    return { link: { collection: 'articles', entry }, counts, time, topics: entry.data.topics, source: entry.data.source };
  };
  const itemCounts = (entry: ReadMoreItem): Counted => {
    const counts = new Map<string, number>();
    addTerms(counts, entry.data.title, scoring.headlineWeight);
    addTerms(counts, entry.data.standfirst, scoring.standfirstWeight);
    const time = partialDateTime(entry.data.date);
    return { link: { collection: 'readMore', entry }, counts, time, topics: [], source: entry.data.publisher };
  };
  const counted = [
    ...offeredArticles.map(articleCounts),
    ...sortedItems.map(itemCounts),
    ...sortedArticles.filter((a) => !isOffered(a)).map(articleCounts),
  ];
  const candidateCount = offeredArticles.length + sortedItems.length;

  // 2. Document frequencies over the stories that can be offered (drafts never weigh in).
  const df = new Map<string, number>();
  for (let i = 0; i < candidateCount; i++) {
    for (const term of counted[i]!.counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const vocabulary = [...df.keys()].sort();
  const termId = new Map(vocabulary.map((term, index) => [term, index]));

  // 3. Each story's strongest key terms as a unit vector.
  const stories: Story[] = counted.map(({ link, counts, time, topics, source }) => {
    const weighted: [number, number][] = [];
    for (const [term, count] of counts) {
      const id = termId.get(term);
      if (id === undefined) continue;
      const idf = Math.log((candidateCount + 1) / df.get(term)!);
      if (idf <= 0) continue;
      weighted.push([id, (1 + Math.log(count)) * idf]);
    }
    weighted.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const kept = weighted.slice(0, scoring.keyTermsPerStory).sort((a, b) => a[0] - b[0]);
    const norm = Math.sqrt(kept.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    const key = `${link.collection}/${link.entry.id}`;
    return {
      key,
      link,
      time,
      topics,
      source: source?.toLowerCase(),
      terms: Int32Array.from(kept, ([id]) => id),
      weights: Float64Array.from(kept, ([, w]) => w / norm),
    };
  });

  // 4. Inverted indexes over the offered stories: key term -> stories, topic -> stories by time.
  const postingDocs: number[][] = vocabulary.map(() => []);
  const postingWeights: number[][] = vocabulary.map(() => []);
  const byTopic = new Map<string, number[]>();
  for (let i = 0; i < candidateCount; i++) {
    const story = stories[i]!;
    story.terms.forEach((id, k) => {
      postingDocs[id]!.push(i);
      postingWeights[id]!.push(story.weights[k]!);
    });
    for (const topic of story.topics) {
      const list = byTopic.get(topic);
      if (list) list.push(i);
      else byTopic.set(topic, [i]);
    }
  }
  for (const list of byTopic.values()) list.sort((a, b) => stories[a]!.time - stories[b]!.time || a - b);

  // 5. Score each article's candidates and keep the best few.
  const dot = new Float64Array(candidateCount);
  const seen = new Uint8Array(candidateCount);
  const touched: number[] = [];
  const touch = (i: number) => {
    if (seen[i] === 0) {
      seen[i] = 1;
      touched.push(i);
    }
  };
  const keyIndex = new Map(stories.map((story, index) => [story.key, index]));
  const byArticle = new Map<string, ReadMoreLink[]>();
  let candidatesScored = 0;

  for (let a = 0; a < stories.length; a++) {
    const story = stories[a]!;
    if (story.link.collection !== 'articles') continue;
    const article = story.link.entry;

    story.terms.forEach((id, k) => {
      const docs = postingDocs[id]!;
      if (docs.length > scoring.maxPostingLength) return;
      const weights = postingWeights[id]!;
      const weight = story.weights[k]!;
      for (let p = 0; p < docs.length; p++) {
        const doc = docs[p]!;
        touch(doc);
        dot[doc] = dot[doc]! + weight * weights[p]!;
      }
    });
    for (const topic of story.topics) {
      const list = byTopic.get(topic) ?? [];
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (stories[list[mid]!]!.time < story.time) lo = mid + 1;
        else hi = mid;
      }
      const from = Math.max(0, lo - scoring.topicNeighbours);
      const to = Math.min(list.length, lo + scoring.topicNeighbours + 1);
      for (let p = from; p < to; p++) touch(list[p]!);
    }

    const excluded = new Set<number>([a]);
    for (const ref of article.data.readMore) {
      const index = keyIndex.get(`${ref.collection}/${ref.id}`);
      if (index !== undefined) excluded.add(index);
    }

    const best: { score: number; index: number }[] = [];
    for (const c of touched) {
      const text = dot[c]!;
      dot[c] = 0;
      seen[c] = 0;
      if (excluded.has(c)) continue;
      const other = stories[c]!;
      const shared = other.topics.reduce((n, topic) => n + (story.topics.includes(topic) ? 1 : 0), 0);
      if (shared === 0 && text < scoring.minTextSimilarity) continue;
      candidatesScored++;
      const topicScore = shared === 0 ? 0 : shared / Math.sqrt(story.topics.length * other.topics.length);
      const sameSource = story.source !== undefined && story.source === other.source ? scoring.sameSourceBonus : 0;
      const gapDays = Number.isFinite(other.time) ? Math.abs(story.time - other.time) / dayMs : Number.POSITIVE_INFINITY;
      const recency = scoring.recencyBonus * Math.pow(0.5, gapDays / scoring.recencyHalfLifeDays);
      const score = text + scoring.topicWeight * topicScore + sameSource + recency;

      if (best.length === options.limit && !better(score, other, best[best.length - 1]!.score, stories[best[best.length - 1]!.index]!)) continue;
      let at = best.length;
      while (at > 0 && better(score, other, best[at - 1]!.score, stories[best[at - 1]!.index]!)) at--;
      best.splice(at, 0, { score, index: c });
      if (best.length > options.limit) best.pop();
    }
    touched.length = 0;
    byArticle.set(article.id, best.map(({ index }) => stories[index]!.link));
  }

  return {
    byArticle,
    stats: { stories: stories.length, candidatesScored, milliseconds: Math.round(performance.now() - started) },
  };
}

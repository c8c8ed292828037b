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
  /** A story's strongest terms, of its key terms, look up candidates in the index. */
  candidateTermsPerStory: 10,
  /** Key terms carried by more stories than this are too common to find candidates with. */
  maxPostingLength: 60,
  /** Per topic, the stories nearest in time on each side that become candidates. */
  topicNeighbours: 10,
} as const;

const newsStopWords = ['said', 'says', 'told', 'would', 'will', 'also', 'mr', 'ms', 'per', 'cent', 'just', 'us'];
const stopWords = new Set([...englishStopWords, ...newsStopWords]);
const dayMs = 86_400_000;

interface Source {
  link: ReadMoreLink;
  /** Headline, standfirst, body. */
  texts: [string | undefined, string | undefined, string | undefined];
  time: number;
  topics: readonly string[];
  source: string | undefined;
}

interface Story {
  key: string;
  link: ReadMoreLink;
  time: number;
  topics: readonly string[];
  /** The topics as bits of a number, for counting shared ones fast. */
  topicMask: number;
  source: string | undefined;
  /** Sparse unit vector: term ids ascending, with their weights. */
  terms: Int32Array;
  weights: Float64Array;
  /** The strongest few term ids, which find candidates. */
  strongest: Int32Array;
}

/** Number of set bits: how many topics two topic masks share. */
function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/** Lowercase word tokens of a text, without stop words, numbers or one-letter pieces. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 1 && !stopWords.has(token) && !/^[0-9]+$/.test(token));
}

/**
 * The words of a rendered body (`entry.rendered.html`) for scoring, not for display: tags, code
 * and the hidden "(another site)" labels of outside links removed, and character references
 * read as word breaks (the HTML serializer writes only `&` and `<` as references, which
 * tokenize() splits on anyway). Regular expressions, not an HTML parser: this runs over every
 * story on every build, and a parser tripled the related pass at 5,000 stories. The MDX source
 * is not kept in the content store: it made the store, bundled into every build, 40% larger.
 */
export function renderedProse(html: string): string {
  return html
    .replace(/<(pre|code|script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#?[a-z0-9]+;/gi, ' ');
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

  // 1. Stories in a fixed order: those that may be offered first (published articles, then
  // outside stories), so candidates are a prefix; unpublished articles only receive lists.
  const isOffered = (article: Article) => publicationStatus(article.data, options.now) === 'published';
  const offeredArticles = sortedArticles.filter(isOffered);
  const fromArticle = (entry: Article): Source => ({
    link: { collection: 'articles', entry },
    texts: [entry.data.title, entry.data.standfirst, renderedProse(entry.rendered?.html ?? '')],
    time: entry.data.pubDate.instant.getTime(),
    topics: entry.data.topics,
    source: entry.data.source,
  });
  const fromItem = (entry: ReadMoreItem): Source => ({
    link: { collection: 'readMore', entry },
    texts: [entry.data.title, entry.data.standfirst, undefined],
    time: partialDateTime(entry.data.date),
    topics: [],
    source: entry.data.publisher,
  });
  const sources = [
    ...offeredArticles.map(fromArticle),
    ...sortedItems.map(fromItem),
    ...sortedArticles.filter((a) => !isOffered(a)).map(fromArticle),
  ];
  const candidateCount = offeredArticles.length + sortedItems.length;

  // 2. Term frequencies per story, with terms numbered as first met (a fixed order, since the
  // stories are), and document frequencies over the stories that can be offered.
  const termIds = new Map<string, number>();
  const sectionWeights = [scoring.headlineWeight, scoring.standfirstWeight, 1];
  let scratch = new Float64Array(1 << 14);
  const df: number[] = [];
  const frequencies = sources.map((source, index) => {
    const unique: number[] = [];
    source.texts.forEach((text, section) => {
      if (!text) return;
      for (const token of tokenize(text)) {
        let id = termIds.get(token);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(token, id);
          df.push(0);
          if (id >= scratch.length) {
            const grown = new Float64Array(scratch.length * 2);
            grown.set(scratch);
            scratch = grown;
          }
        }
        if (scratch[id] === 0) unique.push(id);
        scratch[id] = scratch[id]! + sectionWeights[section]!;
      }
    });
    const ids = Int32Array.from(unique);
    const counts = Float64Array.from(unique, (id) => scratch[id]!);
    for (const id of unique) {
      scratch[id] = 0;
      if (index < candidateCount) df[id] = df[id]! + 1;
    }
    return { ids, counts };
  });
  const idf = Float64Array.from(df, (n) => (n === 0 ? 0 : Math.log((candidateCount + 1) / n)));

  const topicBits = new Map<string, number>();
  for (const topic of [...new Set(sources.flatMap((source) => source.topics))].sort()) {
    topicBits.set(topic, topicBits.size < 31 ? 1 << topicBits.size : 0);
  }

  // 3. Each story's strongest key terms as a unit vector (ties go to the lower term number).
  const stories: Story[] = sources.map(({ link, time, topics, source }, index) => {
    const { ids, counts } = frequencies[index]!;
    const order = Array.from(ids.keys())
      .map((k) => ({ id: ids[k]!, weight: (1 + Math.log(counts[k]!)) * idf[ids[k]!]! }))
      .filter((term) => term.weight > 0)
      .sort((a, b) => b.weight - a.weight || a.id - b.id);
    const strongest = Int32Array.from(order.slice(0, scoring.candidateTermsPerStory), (term) => term.id);
    const kept = order.slice(0, scoring.keyTermsPerStory).sort((a, b) => a.id - b.id);
    const norm = Math.sqrt(kept.reduce((sum, term) => sum + term.weight * term.weight, 0)) || 1;
    return {
      key: `${link.collection}/${link.entry.id}`,
      link,
      time,
      topics,
      topicMask: topics.reduce((mask, topic) => mask | (topicBits.get(topic) ?? 0), 0),
      source: source?.toLowerCase(),
      terms: Int32Array.from(kept, (term) => term.id),
      weights: Float64Array.from(kept, (term) => term.weight / norm),
      strongest,
    };
  });

  // 4. Inverted indexes over the offered stories: key term -> stories, topic -> stories by time.
  const postings: number[][] = Array.from({ length: termIds.size }, () => []);
  const byTopic = new Map<string, number[]>();
  for (let i = 0; i < candidateCount; i++) {
    const story = stories[i]!;
    for (const id of story.terms) postings[id]!.push(i);
    for (const topic of story.topics) {
      const list = byTopic.get(topic);
      if (list) list.push(i);
      else byTopic.set(topic, [i]);
    }
  }
  for (const list of byTopic.values()) list.sort((a, b) => stories[a]!.time - stories[b]!.time || a - b);

  // 5. Gather each article's candidates, score them and keep the best few.
  const seen = new Uint8Array(candidateCount);
  // The article's vector spread out by term id, so a candidate's cosine is one pass over its terms.
  const dense = new Float64Array(termIds.size);
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

    for (const id of story.strongest) {
      const docs = postings[id]!;
      if (docs.length <= scoring.maxPostingLength) for (const doc of docs) touch(doc);
    }
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

    story.terms.forEach((id, k) => (dense[id] = story.weights[k]!));
    const excluded = new Set<number>([a]);
    for (const ref of article.data.readMore) {
      const index = keyIndex.get(`${ref.collection}/${ref.id}`);
      if (index !== undefined) excluded.add(index);
    }

    const best: { score: number; index: number }[] = [];
    for (const c of touched) {
      seen[c] = 0;
      if (excluded.has(c)) continue;
      const other = stories[c]!;
      let text = 0;
      for (let k = 0; k < other.terms.length; k++) text += dense[other.terms[k]!]! * other.weights[k]!;
      const shared = bitCount(story.topicMask & other.topicMask);
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
    for (const id of story.terms) dense[id] = 0;
    byArticle.set(article.id, best.map(({ index }) => stories[index]!.link));
  }

  return {
    byArticle,
    stats: { stories: stories.length, candidatesScored, milliseconds: Math.round(performance.now() - started) },
  };
}

/**
 * Site settings: the one place for the newsroom's name, address, language and clock.
 * Values that differ between deployments come from environment variables.
 */

/** The public origin the site is served from; feeds, canonical URLs and sitemaps use it. */
const siteUrl = process.env['SITE_URL'] ?? 'http://localhost:4321';

export const site = {
  name: 'Dateline',
  description: 'Wire-sourced world news, edited and published by the Dateline newsroom.',
  url: siteUrl,
  /** BCP 47 language tag of the content, used for `<html lang>`, feeds and date formatting. */
  locale: 'en-GB',
  /** The newsroom's clock: bare dates in frontmatter and every date shown are in this zone. */
  timeZone: 'Europe/London',
  /** Articles per page on the home page and topic pages. */
  pageSize: 20,
  /** Stories in an article's computed "Related coverage" list (src/lib/related.ts). */
  relatedLimit: 4,
  /** Browser chrome colour, matching the page background of each colour scheme. */
  themeColor: { light: '#fbfaf7', dark: '#15171a' },
  /**
   * Articles at least this many whole years old at build time say so beside their date and on
   * their share card: "This article is more than 2 years old" (src/lib/age-notice.ts).
   */
  ageNoticeAfterYears: 1,
  /** Most recent articles each feed carries (the site feed, topic feeds and the JSON Feed). */
  feedLimit: 50,
  /**
   * Square PNG logos in public/ that feed readers show beside the feed's name (drawn from
   * favicon.svg): `small` 144 × 144 px for RSS, `large` 512 × 512 px for JSON Feed. Optional.
   */
  /**
   * Where readers report an error in a story: an e-mail address (`"corrections@example.com"`)
   * or the address of a form (`"https://example.com/report-an-error"`). Every article then ends
   * with a "Report an error" link to it carrying the story's headline and address
   * (src/lib/report-error.ts); unset, there is no link. DATELINE_FEEDBACK sets it for one build.
   */
  feedback: (process.env['DATELINE_FEEDBACK'] || undefined) as string | undefined,
  feedLogo: { small: '/feed-logo-144.png', large: '/feed-logo-512.png' } as { small: string; large: string } | undefined,
} as const;

/**
 * The topics an article may carry. Editors choose from this list (a typo fails the build);
 * the key is the URL slug, the value the label readers see.
 */
export const topics = {
  china: 'China',
  russia: 'Russia',
  'ukraine-war': 'Ukraine war',
  'e-commerce': 'E-commerce',
  'consumer-boycotts': 'Consumer boycotts',
  australia: 'Australia',
  europe: 'Europe',
  trade: 'Trade',
  technology: 'Technology',
  markets: 'Markets',
  energy: 'Energy',
  politics: 'Politics',
  sport: 'Sport',
} as const satisfies Record<string, string>;

export type TopicSlug = keyof typeof topics;
export const topicSlugs = Object.keys(topics) as [TopicSlug, ...TopicSlug[]];

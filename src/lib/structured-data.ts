/**
 * schema.org JSON-LD for search engines: NewsArticle on article pages, BreadcrumbList on pages
 * inside the site's hierarchy, WebSite with a SearchAction on the home page, the newsroom as a
 * NewsMediaOrganization with its policies on the standards pages, ProfilePage on author pages
 * and CollectionPage on source desks. Pure builders over
 * plain data; `serializeJsonLd` makes the result safe to put inside a `<script>` element.
 */

export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const context = 'https://schema.org';

export interface PublisherInfo {
  /** The organisation's node identifier (an absolute URL with a fragment), the same on every page. */
  id: string;
  name: string;
  url: string;
  /** Absolute URL of a raster logo, with its pixel size. */
  logo: { url: string; width: number; height: number };
  /**
   * Absolute URLs of the newsroom's published policies by schema.org property
   * (`ethicsPolicy`, `correctionsPolicy`, `publishingPrinciples`…); only those that exist.
   */
  policies: Readonly<Record<string, string>>;
}

/** A person in a byline (schema.org Person; Google's author markup best practices). */
export interface PersonInput {
  name: string;
  /** Absolute URL of their page on this site. */
  url: string;
  /** Their pages elsewhere. */
  sameAs: readonly string[];
  jobTitle?: string | undefined;
}

/** A news organisation a story comes from. */
export interface SourceOrganizationInput {
  name: string;
  /** Its own site, when the sources collection gives one. */
  url?: string | undefined;
}

export interface NewsArticleInput {
  /** NewsArticle or one of its schema.org subtypes (src/lib/article-kinds.ts). */
  type?: string | undefined;
  /** The page's canonical URL. */
  url: string;
  headline: string;
  description: string;
  /** ISO 8601 with offset. */
  datePublished: string;
  dateModified: string;
  inLanguage: string;
  /** The byline; empty when the story has none. */
  authors: readonly PersonInput[];
  /** The wire or news organisation the story comes from, when it is not ours. */
  source?: SourceOrganizationInput | undefined;
  editor?: string | undefined;
  /** Where the story first ran. */
  originalUrl?: string | undefined;
  section?: string | undefined;
  keywords: readonly string[];
  /** The place the story was reported from (its dateline), when known. */
  locationCreated?: string | undefined;
  /** Absolute URLs of the story's images, largest first. */
  images: readonly string[];
  corrections: readonly { datePublished: string; text: string }[];
  publisher: PublisherInfo;
  /** A developing story: published as a LiveBlogPosting with its updates, newest first. */
  live?: LiveBlogInput | undefined;
}

/** https://schema.org/LiveBlogPosting, as Google reads it for live coverage. */
export interface LiveBlogInput {
  /** ISO 8601 with offset. */
  coverageStartTime: string;
  /** Only once the coverage has ended. */
  coverageEndTime?: string | undefined;
  updates: readonly { headline: string; articleBody: string; datePublished: string; url: string }[];
}

/**
 * The newsroom: the same node (same `@id`) wherever it appears, as an article's publisher or on
 * its own, with a URL for each policy it publishes (the Trust Project's best-practice
 * properties of https://schema.org/NewsMediaOrganization).
 */
function organization(publisher: PublisherInfo): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': publisher.id,
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', url: publisher.logo.url, width: publisher.logo.width, height: publisher.logo.height },
    ...publisher.policies,
  };
}

/** The newsroom on its own, for the pages about it (the standards and its policies). */
export function newsMediaOrganization(publisher: PublisherInfo): JsonLd {
  return { '@context': context, ...organization(publisher) };
}

export function person(input: PersonInput): JsonLd {
  const data: JsonLd = { '@type': 'Person', name: input.name, url: input.url };
  if (input.jobTitle) data['jobTitle'] = input.jobTitle;
  if (input.sameAs.length > 0) data['sameAs'] = [...input.sameAs];
  return data;
}

function sourceOrganization(input: SourceOrganizationInput): JsonLd {
  return input.url ? { '@type': 'Organization', name: input.name, url: input.url } : { '@type': 'Organization', name: input.name };
}

/**
 * A NewsArticle. Its `author` is the byline's people; wire copy without a byline is credited
 * to its agency, and our own unsigned copy to the publisher (Google: author is a Person or an
 * Organization, never invented).
 */
export function newsArticle(input: NewsArticleInput): JsonLd {
  const wire = input.source && sourceOrganization(input.source);
  const publisher = organization(input.publisher);
  const data: JsonLd = {
    '@context': context,
    '@type': input.type ?? 'NewsArticle',
    headline: input.headline,
    description: input.description,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    inLanguage: input.inLanguage,
    author:
      input.authors.length > 0
        ? input.authors.map(person)
        : wire
          ? [wire]
          : [{ '@type': 'Organization', name: input.publisher.name, url: input.publisher.url }],
    publisher,
    image: [...input.images],
  };
  if (wire) data['sourceOrganization'] = wire;
  if (input.editor) data['editor'] = { '@type': 'Person', name: input.editor };
  if (input.originalUrl) data['isBasedOn'] = input.originalUrl;
  if (input.locationCreated) data['locationCreated'] = { '@type': 'Place', name: input.locationCreated };
  if (input.section) data['articleSection'] = input.section;
  if (input.keywords.length > 0) data['keywords'] = [...input.keywords];
  if (input.live) {
    // A live blog is a BlogPosting, not a NewsArticle: the type changes, the rest stays.
    data['@type'] = 'LiveBlogPosting';
    data['coverageStartTime'] = input.live.coverageStartTime;
    if (input.live.coverageEndTime) data['coverageEndTime'] = input.live.coverageEndTime;
    data['liveBlogUpdate'] = input.live.updates.map((update) => ({ '@type': 'BlogPosting', ...update }));
  }
  if (input.corrections.length > 0) {
    data['correction'] = input.corrections.map((c) => ({
      '@type': 'CorrectionComment',
      text: c.text,
      datePublished: c.datePublished,
    }));
  }
  return data;
}

/** A trail of named pages from the home page down; the last is the page itself. */
export function breadcrumbList(trail: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** The site itself, with the search box search engines may show under its result. */
export function webSite(input: { name: string; url: string; description: string; inLanguage: string; searchUrl: string; publisher: PublisherInfo }): JsonLd {
  return {
    '@context': context,
    '@type': 'WebSite',
    name: input.name,
    url: input.url,
    description: input.description,
    inLanguage: input.inLanguage,
    publisher: organization(input.publisher),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * An author's page: a ProfilePage whose main entity is the person (Google's profile page
 * markup), so search engines tie the byline's `url` to a page about them.
 */
export function profilePage(input: { url: string; person: PersonInput }): JsonLd {
  return { '@context': context, '@type': 'ProfilePage', url: input.url, mainEntity: person(input.person) };
}

/** A source desk: the collection of our stories from one organisation. */
export function sourceCollectionPage(input: { url: string; name: string; source: SourceOrganizationInput }): JsonLd {
  return { '@context': context, '@type': 'CollectionPage', url: input.url, name: input.name, about: sourceOrganization(input.source) };
}

/**
 * JSON for a `<script type="application/ld+json">` element. The HTML parser ends a script at
 * the first `</script`, whatever JSON says, so `<`, `>` and `&` are written as \u escapes
 * (still the same JSON string); U+2028/2029 too, for tools that read it as JavaScript.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

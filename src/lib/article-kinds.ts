/**
 * What kind of journalism an article is: the one place that names each kind, its label and its
 * schema.org type (as the Guardian's articleFormat.ts names its designs). Pages, listings,
 * search and JSON-LD ask this table; none of them guesses from other fields.
 */

export interface ArticleKind {
  /** What readers see, e.g. "Opinion". */
  label: string;
  /**
   * The schema.org type of the JSON-LD (https://schema.org/NewsArticle, "More specific Types");
   * kinds schema.org has no type for are plain NewsArticle.
   */
  schemaType: 'ReportageNewsArticle' | 'AnalysisNewsArticle' | 'BackgroundNewsArticle' | 'OpinionNewsArticle' | 'ReviewNewsArticle' | 'NewsArticle';
  /**
   * Whether pages print the label. A report is the default kind of a news site and goes
   * unlabelled, as on the Guardian and the BBC; every other kind is named wherever the story is.
   */
  labelled: boolean;
}

export const articleKinds = {
  report: { label: 'Report', schemaType: 'ReportageNewsArticle', labelled: false },
  analysis: { label: 'Analysis', schemaType: 'AnalysisNewsArticle', labelled: true },
  explainer: { label: 'Explainer', schemaType: 'BackgroundNewsArticle', labelled: true },
  opinion: { label: 'Opinion', schemaType: 'OpinionNewsArticle', labelled: true },
  interview: { label: 'Interview', schemaType: 'NewsArticle', labelled: true },
  review: { label: 'Review', schemaType: 'ReviewNewsArticle', labelled: true },
  obituary: { label: 'Obituary', schemaType: 'NewsArticle', labelled: true },
} as const satisfies Record<string, ArticleKind>;

export type ArticleKindName = keyof typeof articleKinds;
export const articleKindNames = Object.keys(articleKinds) as [ArticleKindName, ...ArticleKindName[]];

/** The label a page prints for a kind, or undefined for an unlabelled one (a report). */
export function kindLabel(kind: ArticleKindName): string | undefined {
  const { label, labelled } = articleKinds[kind];
  return labelled ? label : undefined;
}

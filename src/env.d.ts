interface ImportMetaEnv {
  /** True only under `astro dev`: drafts and embargoed articles are previewed with a badge. */
  readonly DATELINE_PREVIEW_UNPUBLISHED: boolean;
}

declare module 'virtual:dateline/publishing-mode' {
  /** True only under `astro dev`: drafts and embargoed articles are previewed with a badge. */
  export const previewUnpublished: boolean;
}

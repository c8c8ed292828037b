/**
 * "Report an error": the link at the end of every article to the newsroom's feedback address
 * (`feedback` in src/site.config.ts), filled in with the story's headline and address so the
 * desk knows which story the reader means.
 */

/** What the link is about: the story as readers know it. */
export interface ReportedStory {
  headline: string;
  /** The article's absolute URL. */
  url: string;
}

const emailAddress = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/**
 * Takes the feedback setting (an e-mail address, optionally written as a `mailto:` URL, or an
 * http(s) address of a form) and a story; returns the link's href, or undefined when no address
 * is set. An e-mail address gets a `subject` (the headline) and a `body` (the URL), encoded as
 * RFC 6068 says; a form's address gets `headline` and `url` query parameters.
 * Throws when the setting is neither, naming the setting, so a typo stops the build.
 */
export function reportErrorHref(feedback: string | undefined, story: ReportedStory): string | undefined {
  if (feedback === undefined || feedback.trim() === '') return undefined;
  const setting = feedback.trim();
  const address = setting.replace(/^mailto:/i, '');
  if (emailAddress.test(address)) {
    const subject = encodeURIComponent(`Error report: ${story.headline}`);
    const body = encodeURIComponent(`About the story at ${story.url}\n\n`);
    return `mailto:${address}?subject=${subject}&body=${body}`;
  }
  const form = URL.canParse(setting) ? new URL(setting) : undefined;
  if (form?.protocol !== 'https:' && form?.protocol !== 'http:') {
    throw new Error(
      `src/site.config.ts: feedback: "${setting}" is neither an e-mail address nor a web address; write e.g. "corrections@example.com" or "https://example.com/report-an-error"`,
    );
  }
  form.searchParams.set('headline', story.headline);
  form.searchParams.set('url', story.url);
  return form.href;
}

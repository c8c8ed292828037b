import type { CheerioAPI } from 'cheerio';

/**
 * Text an attacker (or a careless paste) could put into frontmatter or config: markup that
 * would run if a template ever emitted it unescaped, the characters every format escapes
 * differently, and scripts that test encoding and direction. Pages must show it as text.
 */
export const hostile = `</script><script>alert(1)</script> <img src=x onerror=alert(1)> "double" 'single' & ]]> 🗞️ 新闻 خبر`;

/**
 * Markup in a parsed page that hostile text would have created had it been emitted raw:
 * event-handler attributes, the `img src=x` element, runnable scripts that call alert().
 * Empty for a safe page.
 */
export function injectedMarkup($: CheerioAPI): string[] {
  const found: string[] = [];
  $('*').each((_, element) => {
    if (!('attribs' in element)) return;
    for (const name of Object.keys(element.attribs)) {
      if (/^on/i.test(name)) found.push(`<${element.tagName} ${name}>`);
    }
  });
  $('img[src="x"]').each(() => void found.push('<img src=x>'));
  // Only scripts a browser runs: a JSON-LD data block may quote a hostile headline as text.
  $('script:not([type]), script[type="module"], script[type="text/javascript"]').each((_, script) => {
    if (/alert\(/.test($(script).text())) found.push(`<script>${$(script).text().slice(0, 60)}`);
  });
  return found;
}

/**
 * The only scripts article and listing pages run: small, static and inline, so they cost no
 * request. Astro's Content Security Policy hashes the scripts it bundles but not `is:inline`
 * ones, so astro.config.mjs hashes these texts (`cspHash` in ./csp) into `script-src`, and the
 * components print exactly these texts. Change a script here and its hash follows.
 */

/**
 * "/" focuses the page's search box (the header's, or the search page's own), unless the
 * reader is typing somewhere.
 */
export const searchShortcutScript = `addEventListener('keydown',function(e){var t=e.target;if(e.key!=='/'||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented||t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))return;var i=document.querySelector('[data-search-box] input');if(i){e.preventDefault();i.focus();i.select()}})`;

/**
 * On a page opened from search results (the link carries ?highlight=term), fetches Pagefind's
 * highlighter and marks the terms; otherwise does nothing. Pagefind's own inline style is
 * turned off (global.css styles the marks, and the policy allows no unhashed style).
 */
export const searchHighlightScript = `if(/[?&]highlight=/.test(location.search))import('/pagefind/pagefind-highlight.js').then(function(){new PagefindHighlight({highlightParam:'highlight',addStyles:false})})`;

/** Every inline script a page may carry, for the Content Security Policy. */
export const inlineScripts: readonly string[] = [searchShortcutScript, searchHighlightScript];

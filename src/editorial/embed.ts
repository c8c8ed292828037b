import type { EditorialComponent } from './registry';
import { el, text } from './hast';

/**
 * The sites an editor may embed from, by what their addresses look like. Mastodon is any
 * server's post address (`https://<server>/@<account>/<number>`).
 */
export const embedProviders: { name: string; matches: (url: URL) => boolean }[] = [
  { name: 'YouTube', matches: (u) => /^(www\.|m\.)?youtube\.com$/.test(u.hostname) && /^\/(watch|shorts\/|live\/)/.test(u.pathname) || u.hostname === 'youtu.be' },
  { name: 'Vimeo', matches: (u) => /^(www\.)?vimeo\.com$/.test(u.hostname) && /^\/\d+/.test(u.pathname) },
  { name: 'X', matches: (u) => /^(www\.)?(x|twitter)\.com$/.test(u.hostname) && /^\/\w+\/status\/\d+/.test(u.pathname) },
  { name: 'Instagram', matches: (u) => /^(www\.)?instagram\.com$/.test(u.hostname) && /^\/(p|reel)\/[\w-]+/.test(u.pathname) },
  { name: 'TikTok', matches: (u) => /^(www\.)?tiktok\.com$/.test(u.hostname) && /^\/@[\w.-]+\/video\/\d+/.test(u.pathname) },
  { name: 'Bluesky', matches: (u) => u.hostname === 'bsky.app' && /^\/profile\/[^/]+\/post\/\w+/.test(u.pathname) },
  { name: 'Datawrapper', matches: (u) => u.hostname === 'datawrapper.dwcdn.net' || (/^(www\.)?datawrapper\.de$/.test(u.hostname) && u.pathname.startsWith('/_/')) },
  { name: 'Flourish', matches: (u) => u.hostname === 'public.flourish.studio' && /^\/(visualisation|story)\/\d+/.test(u.pathname) },
  { name: 'Mastodon', matches: (u) => /^\/@\w+\/\d+$/.test(u.pathname) },
];

/**
 * A video, post or chart from another site, shown as a placeholder that names the site and
 * links to it: nothing is requested from that site until the reader follows the link (the
 * Guardian's ClickToView idea), so the page sets no third-party cookies and needs no frames.
 */
export const embed: EditorialComponent = {
  name: 'Embed',
  summary: `A video, post or chart from ${embedProviders.map((p) => p.name).join(', ')}: a placeholder that links out; nothing loads from that site until the reader asks.`,
  example: '<Embed url="https://www.youtube.com/watch?v=VIDEO-ID" title="What the video shows" />',
  props: {
    url: { required: true, description: 'the post\'s or video\'s address, e.g. url="https://www.youtube.com/watch?v=…"' },
    title: { required: true, description: 'what it shows, for readers who cannot see it, e.g. title="Interview with the shop owner"' },
  },
  children: 'none',
  render: ({ props }) => {
    let url: URL;
    try {
      url = new URL(props['url']!);
    } catch {
      return `url: "${props['url']}" is not a web address; write the whole address, starting https://`;
    }
    if (url.protocol !== 'https:') return `url: "${props['url']}" must start with https://`;
    const provider = embedProviders.find((p) => p.matches(url));
    if (!provider) {
      return `url: "${url.hostname}" is not a site we embed from; use one of ${embedProviders.map((p) => p.name).join(', ')}, or link to it in the text`;
    }
    return el('figure', { className: ['embed'], dataProvider: provider.name.toLowerCase() }, [
      el('div', { className: ['embed-placeholder'] }, [
        // Search indexes the title, not the box's furniture.
        el('p', { className: ['embed-provider'], dataPagefindIgnore: '' }, [text(provider.name)]),
        el('p', { className: ['embed-title'] }, [text(props['title']!)]),
        el('p', { className: ['embed-action'], dataPagefindIgnore: '' }, [el('a', { href: url.href }, [text(`View on ${provider.name}`)])]),
        el('p', { className: ['embed-note'], dataPagefindIgnore: '' }, [text(`Nothing is loaded from ${provider.name} until you follow the link.`)]),
      ]),
    ]);
  },
};

/**
 * Decides, from the Astro command and nothing else, whether unpublished articles may be shown:
 * only `astro dev` previews drafts and embargoed stories. A production build never does, even
 * when NODE_ENV says "development" or "test" (which would flip Vite's import.meta.env.DEV).
 */
import type { AstroIntegration } from 'astro';

export function publishingMode(): AstroIntegration {
  return {
    name: 'dateline:publishing-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.DATELINE_PREVIEW_UNPUBLISHED': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}

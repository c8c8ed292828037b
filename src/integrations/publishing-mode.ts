/**
 * Decides, from the Astro command and nothing else, whether unpublished articles may be shown:
 * only `astro dev` previews drafts and embargoed stories. A production build never does, even
 * when NODE_ENV says "development" or "test" (which would flip Vite's import.meta.env.DEV).
 *
 * The answer is a virtual module, not an `import.meta.env` value: Astro fills
 * `import.meta.env.X` from the process environment, so a stray variable of that name (vitest
 * exports its defines to process.env, and builds inherit it) would publish every draft.
 */
import type { AstroIntegration } from 'astro';

const moduleId = 'virtual:dateline/publishing-mode';
const resolvedId = `\0${moduleId}`;

export function publishingMode(): AstroIntegration {
  return {
    name: 'dateline:publishing-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        const previewUnpublished = command === 'dev';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'dateline:publishing-mode',
                resolveId: (id) => (id === moduleId ? resolvedId : undefined),
                load: (id) => (id === resolvedId ? `export const previewUnpublished = ${JSON.stringify(previewUnpublished)};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}

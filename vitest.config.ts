/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
      globalSetup: ['tests/setup/build-site.ts'],
      // Build tests spawn real Astro builds; a cold one takes several seconds on two cores.
      // Astro writes its generated modules to the project's .astro/ folder, so two builds must
      // never run at once: test files run one after another.
      fileParallelism: false,
      testTimeout: 120_000,
      hookTimeout: 300_000,
    },
  },
  // Components rendered in tests (Container API) must not carry dev-toolbar attributes.
  { devToolbar: { enabled: false } },
);

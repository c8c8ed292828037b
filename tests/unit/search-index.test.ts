import { describe, expect, it, vi } from 'vitest';
import { SearchIndexError, writeSearchIndex, type PagefindApi } from '../../src/integrations/search-index';

/** A stand-in for Pagefind's Node API whose steps answer as told. */
function fakePagefind(answers: { create?: string[]; add?: string[]; write?: string[]; throws?: unknown }) {
  const close = vi.fn(async () => null);
  const api = {
    createIndex: async () => {
      if (answers.throws !== undefined) throw answers.throws;
      return {
        errors: answers.create ?? [],
        index: {
          addDirectory: async () => ({ errors: answers.add ?? [], page_count: 3 }),
          writeFiles: async () => ({ errors: answers.write ?? [], outputPath: '/nowhere' }),
        },
      };
    },
    close,
  } as unknown as PagefindApi;
  return { api, close };
}

describe('writeSearchIndex', () => {
  it.each([
    ['creating the index', { create: ['bad config'] }, 'bad config'],
    ['reading the pages', { add: ['Failed to parse /x/index.html'] }, 'Failed to parse /x/index.html'],
    ['writing the bundle', { write: ['Permission denied (os error 13)'] }, 'Permission denied (os error 13)'],
    ['starting Pagefind', { throws: 'Pagefind binary not found' }, 'Pagefind binary not found'],
  ])('stops the build with Pagefind\'s own words when %s fails, and closes Pagefind', async (_step, answers, says) => {
    const { api, close } = fakePagefind(answers);
    const attempt = writeSearchIndex('/nowhere', api);
    await expect(attempt).rejects.toBeInstanceOf(SearchIndexError);
    await expect(attempt).rejects.toThrow(`The search index could not be built, so the build stops here:\n  ${says}`);
    expect(close).toHaveBeenCalledOnce();
  });
});

/**
 * Reading what the build wrote, for integrations that look at every page after the build. Only
 * the <head> is read, a few pages at a time: at 5,000 articles, holding every whole page at once
 * added a few hundred MB to the build's peak memory.
 */
import { open } from 'node:fs/promises';

const chunkBytes = 16 * 1024;
const headEnd = Buffer.from('</head>');

/** The page's text up to and including `</head>` (all of it when there is none), or undefined when the file is missing. */
export async function readHead(file: string): Promise<string | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    let text = Buffer.alloc(0);
    for (;;) {
      const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(chunkBytes), position: text.length });
      text = Buffer.concat([text, buffer.subarray(0, bytesRead)]);
      const end = text.indexOf(headEnd, Math.max(0, text.length - bytesRead - headEnd.length));
      if (end >= 0) return text.toString('utf8', 0, end + headEnd.length);
      if (bytesRead === 0) return text.toString('utf8');
    }
  } finally {
    await handle.close();
  }
}

/** Runs `task` over `items`, at most `limit` at once, in order of the items. */
export async function inBatches<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += limit) {
    await Promise.all(items.slice(start, start + limit).map(task));
  }
}

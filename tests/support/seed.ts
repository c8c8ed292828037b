/** The seed article as handed over (shared/seed/article.txt): the ground truth pages must show. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './build';

const candidates = [join(projectRoot, '../shared/seed/article.txt'), join(projectRoot, 'tests/fixtures/seed-article.txt')];

function readSeed(): string {
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) throw new Error(`Seed text not found in ${candidates.join(' or ')}`);
  return readFileSync(path, 'utf8');
}

const lines = readSeed().split('\n');

export const seed = {
  slug: 'jd-com-russian-chocolates',
  headline: lines[0]!,
  paragraphs: lines.slice(1, 12),
  attribution: lines[12]!.replace(/^- /, ''),
  readMoreTitles: lines.slice(14, 17).map((line) => line.replace(/ – The Age$/, '')),
};

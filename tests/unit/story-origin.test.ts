import { describe, expect, it } from 'vitest';
import { storyOrigin } from '../../src/lib/story-origin';

describe('storyOrigin', () => {
  it('is the source the editor named', () => {
    expect(storyOrigin({ source: 'Reuters' }, 'Dateline')).toBe('Reuters');
  });
  it('is our newsroom when no source is named', () => {
    expect(storyOrigin({}, 'Dateline')).toBe('Dateline');
  });
});

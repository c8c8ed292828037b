import { describe, expect, it } from 'vitest';
import { alignmentClass, cellAlignment, taskLabel } from '../../src/lib/gfm-markup';

describe('cellAlignment', () => {
  it('reads the text style a Markdown processor writes on a table cell', () => {
    expect(cellAlignment('text-align: right')).toBe('right');
    expect(cellAlignment('text-align:center;')).toBe('center');
    expect(cellAlignment(' TEXT-ALIGN: Left ')).toBe('left');
  });
  it('reads the style object of MDX JSX props', () => {
    expect(cellAlignment({ textAlign: 'right' })).toBe('right');
  });
  it('leaves any other style, or none, alone', () => {
    expect(cellAlignment(undefined)).toBeUndefined();
    expect(cellAlignment('text-align: justify')).toBeUndefined();
    expect(cellAlignment('text-align: right; color: red')).toBeUndefined();
    expect(cellAlignment({ textAlign: 'right', color: 'red' })).toBeUndefined();
  });
});

describe('alignmentClass', () => {
  it('is the class global.css styles', () => {
    expect(alignmentClass('right')).toBe('align-right');
  });
});

describe('taskLabel', () => {
  it('folds the item text into one line', () => {
    expect(taskLabel(' Figures checked\n  against the filing ')).toBe('Figures checked against the filing');
  });
});

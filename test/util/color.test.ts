import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/util/color.js';

describe('colorLevel', () => {
  it('colours a terminal by its capabilities', () => {
    expect(colorLevel({ TERM: 'xterm' }, true)).toBe(1);
    expect(colorLevel({ TERM: 'tmux-256color' }, true)).toBe(2);
    expect(colorLevel({ TERM: 'xterm', COLORTERM: 'truecolor' }, true)).toBe(3);
  });

  it('never colours a pipe or a dumb terminal on its own', () => {
    expect(colorLevel({ TERM: 'xterm-256color' }, false)).toBe(0);
    expect(colorLevel({ TERM: 'dumb' }, true)).toBe(0);
  });

  it('honours a non-empty NO_COLOR', () => {
    expect(colorLevel({ TERM: 'xterm-256color', NO_COLOR: '1' }, true)).toBe(0);
    expect(colorLevel({ TERM: 'xterm-256color', NO_COLOR: '' }, true)).toBe(2);
  });

  it('lets FORCE_COLOR decide, even over NO_COLOR and a pipe', () => {
    expect(colorLevel({ FORCE_COLOR: '0', TERM: 'xterm-256color' }, true)).toBe(0);
    expect(colorLevel({ FORCE_COLOR: 'false' }, true)).toBe(0);
    expect(colorLevel({ FORCE_COLOR: '' }, false)).toBe(1);
    expect(colorLevel({ FORCE_COLOR: 'true' }, false)).toBe(1);
    expect(colorLevel({ FORCE_COLOR: '3', NO_COLOR: '1' }, false)).toBe(3);
    expect(colorLevel({ FORCE_COLOR: '9' }, false)).toBe(3);
  });
});

import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { enterFullScreen } from '../../src/ui/terminal.js';

/** A terminal's two ends that record what is done to them. */
function fakeTerminal() {
  const log: string[] = [];
  const stdout = Object.assign(new EventEmitter(), { write: (s: string) => (log.push(`write ${JSON.stringify(s)}`), true) }) as unknown as NodeJS.WriteStream;
  const stdin = { isTTY: true, setRawMode: (on: boolean) => (log.push(`raw ${on}`), stdin) } as unknown as NodeJS.ReadStream;
  return { log, stdout, stdin };
}

describe('enterFullScreen', () => {
  it('turns raw mode on before it draws anything, so that an early key is neither echoed nor turned into a line feed', () => {
    const { log, stdout, stdin } = fakeTerminal();
    const screen = enterFullScreen(stdout, stdin);
    expect(log).toEqual(['raw true', 'write "\\u001b[?1049h\\u001b[H"']);
    screen.restore();
    screen.restore();
    expect(log.slice(2)).toEqual(['raw false', 'write "\\u001b[?1049l\\u001b[?25h"']);
  });
});

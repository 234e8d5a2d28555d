/**
 * The terminal around the lesson: a status line while it gets ready, the
 * alternate screen while it runs, and everything put back when it ends,
 * whichever way it ends.
 */
import { truncate } from '../text/width.js';

const ENTER_ALT_SCREEN = '\u001b[?1049h\u001b[H';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';
const CLEAR = '\u001b[2J\u001b[H';
const CLEAR_LINE = '\r\u001b[2K';

/**
 * Shows `text` on the current row, cut to the terminal's width so that it
 * never wraps (a wrapped row would outlive the erasing), and returns what erases it.
 */
export function statusLine(stdout: { write(s: string): unknown; columns?: number }, text: string): () => void {
  stdout.write(truncate(text, Math.max(1, (stdout.columns || 80) - 1)));
  return () => stdout.write(CLEAR_LINE);
}

export interface FullScreen {
  /** Leaves the alternate screen, shows the cursor, ends raw mode. Safe to call twice. */
  restore(): void;
}

export function enterFullScreen(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream): FullScreen {
  // Raw mode before anything of the lesson is drawn. Ink turns it on only after its first
  // frame (in an effect), and a key pressed on that frame would meet a cooked terminal:
  // echoed, and Enter turned into a line feed, which Ink does not read as Enter (the menu
  // shown with --lang lost a quick Enter that way). In raw mode the keys wait, as typed.
  if (stdin.isTTY) stdin.setRawMode(true);
  stdout.write(ENTER_ALT_SCREEN);
  // Registered before Ink's own listener: the old, rewrapped frame is wiped before the new one is drawn.
  const onResize = () => stdout.write(CLEAR);
  stdout.on('resize', onResize);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    stdout.off('resize', onResize);
    process.off('exit', restore);
    if (stdin.isTTY) stdin.setRawMode(false);
    stdout.write(LEAVE_ALT_SCREEN + SHOW_CURSOR);
  };
  // The last resort, should the process end some other way.
  process.on('exit', restore);
  return { restore };
}

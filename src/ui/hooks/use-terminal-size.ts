/** The terminal's size, updated on every resize. */
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';
import type { Size } from '../layout/frame.js';

export function useTerminalSize(): Size {
  const { stdout } = useStdout();
  const read = (): Size => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    // A resize between the first render and this subscription would otherwise go unseen.
    onResize();
    return () => {
      stdout.off('resize', onResize);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stdout]);
  return size;
}

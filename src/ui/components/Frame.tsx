/** Draws a laid-out frame; `children` replace the paged body (option lists). */
import { Box } from 'ink';
import type { ReactNode } from 'react';
import type { Framed } from '../layout/frame.js';
import { TextLine, TextLines } from './TextLine.js';

export function Frame({ framed, children }: { framed: Framed; children?: ReactNode }) {
  return (
    <Box flexDirection="column" paddingX={1}>
      <TextLines lines={framed.title} />
      <TextLine line={framed.rule} />
      <Box flexDirection="column" height={framed.bodyHeight} overflow="hidden">
        {children ?? <TextLines lines={framed.body} />}
      </Box>
      <TextLine line={[{ text: '─'.repeat(framed.width), tone: 'muted' }]} />
      <TextLines lines={framed.footer} />
    </Box>
  );
}

import { Frame } from '../components/Frame.js';
import { OptionList } from '../components/OptionList.js';
import { TextLines } from '../components/TextLine.js';
import type { Framed } from '../layout/frame.js';

/** "You have an unfinished quiz: 5 of 12 answered." above Resume / Start over. */
export function ResumeScreen({ framed, labels, cursor }: { framed: Framed; labels: string[]; cursor: number }) {
  return (
    <Frame framed={framed}>
      <TextLines lines={framed.body} />
      <OptionList id="resume" labels={labels} cursor={cursor} />
    </Frame>
  );
}

import { Frame } from '../components/Frame.js';
import { OptionList } from '../components/OptionList.js';
import { TextLines } from '../components/TextLine.js';
import type { Framed } from '../layout/frame.js';

export function MenuScreen({ framed, labels, cursor }: { framed: Framed; labels: string[]; cursor: number }) {
  return (
    <Frame framed={framed}>
      <TextLines lines={framed.body} />
      <OptionList id="menu" labels={labels} cursor={cursor} />
    </Frame>
  );
}

import { Frame } from '../components/Frame.js';
import { OptionList } from '../components/OptionList.js';
import { TextLines } from '../components/TextLine.js';
import type { Framed } from '../layout/frame.js';

/** A framed text above a list of choices: the menu, and the offer to resume an unfinished quiz. */
export function ChoiceScreen({ id, framed, labels, cursor }: { id: string; framed: Framed; labels: string[]; cursor: number }) {
  return (
    <Frame framed={framed}>
      <TextLines lines={framed.body} />
      <OptionList id={id} labels={labels} cursor={cursor} />
    </Frame>
  );
}

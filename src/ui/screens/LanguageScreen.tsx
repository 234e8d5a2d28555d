import { Frame } from '../components/Frame.js';
import { OptionList } from '../components/OptionList.js';
import type { Framed } from '../layout/frame.js';
import { languageItems } from '../layout/menus.js';

export function LanguageScreen({ framed, cursor }: { framed: Framed; cursor: number }) {
  return (
    <Frame framed={framed}>
      <OptionList id="language" labels={languageItems()} cursor={cursor} />
    </Frame>
  );
}

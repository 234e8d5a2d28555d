import { LANGS, type Lang } from '../../facts.js';
import { Frame } from '../components/Frame.js';
import { OptionList } from '../components/OptionList.js';
import type { Framed } from '../layout/frame.js';
import { languageItems } from '../layout/menus.js';

export interface LanguageScreenProps {
  framed: Framed;
  /** The language preselected (from the environment). */
  initial: Lang;
  focused: boolean;
  onHighlight: (lang: Lang) => void;
  onChoose: (lang: Lang) => void;
}

export function LanguageScreen({ framed, initial, focused, onHighlight, onChoose }: LanguageScreenProps) {
  return (
    <Frame framed={framed}>
      <OptionList items={languageItems()} initialIndex={LANGS.indexOf(initial)} focused={focused} onSelect={onChoose} onHighlight={onHighlight} />
    </Frame>
  );
}

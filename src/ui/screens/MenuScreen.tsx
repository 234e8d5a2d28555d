import { Frame } from '../components/Frame.js';
import { OptionList } from '../components/OptionList.js';
import { TextLines } from '../components/TextLine.js';
import type { Framed } from '../layout/frame.js';
import type { ListItem } from '../layout/menus.js';
import type { MenuChoice } from '../state/types.js';

export interface MenuScreenProps {
  framed: Framed;
  items: ListItem<MenuChoice>[];
  focused: boolean;
  onChoose: (choice: MenuChoice) => void;
}

export function MenuScreen({ framed, items, focused, onChoose }: MenuScreenProps) {
  return (
    <Frame framed={framed}>
      <TextLines lines={framed.body} />
      <OptionList items={items} focused={focused} onSelect={onChoose} />
    </Frame>
  );
}

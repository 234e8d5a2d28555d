/**
 * ink-select-input with the lesson's look: a pointer and bold text mark the
 * highlighted option (not colour alone), and labels may span several rows.
 */
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import { useTheme } from '../hooks/use-theme.js';

function Indicator({ isSelected = false }: { isSelected?: boolean }) {
  const palette = useTheme();
  return (
    <Box marginRight={1}>
      <Text color={isSelected ? palette.accent : undefined} bold>
        {isSelected ? '❯' : ' '}
      </Text>
    </Box>
  );
}

function Item({ isSelected = false, label }: { isSelected?: boolean; label: string }) {
  const palette = useTheme();
  return (
    <Box flexDirection="column">
      {label.split('\n').map((row, i) => (
        <Text key={i} color={isSelected ? palette.accent : undefined} bold={isSelected} wrap="truncate-end">
          {row}
        </Text>
      ))}
    </Box>
  );
}

export interface OptionListProps<V> {
  items: { label: string; value: V }[];
  initialIndex?: number;
  focused: boolean;
  onSelect: (value: V) => void;
  onHighlight?: (value: V) => void;
}

export function OptionList<V extends string | number>({ items, initialIndex = 0, focused, onSelect, onHighlight }: OptionListProps<V>) {
  return (
    <SelectInput
      items={items.map((item) => ({ ...item, key: String(item.value) }))}
      initialIndex={initialIndex}
      isFocused={focused}
      indicatorComponent={Indicator}
      itemComponent={Item}
      onSelect={(item) => onSelect(item.value)}
      {...(onHighlight ? { onHighlight: (item: { value: V }) => onHighlight(item.value) } : {})}
    />
  );
}

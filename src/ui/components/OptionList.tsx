/**
 * An option list drawn by ink-select-input. The lesson's one input handler
 * moves the highlight (it lives in the state), so the list takes no keys of
 * its own and is drawn anew for each highlight and each list: ink-select-input
 * would otherwise keep an old highlight when only the labels change. A pointer
 * and bold text mark the highlighted option, not colour alone.
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

export interface OptionListProps {
  /** Names the list (a question's id): a new list starts fresh. */
  id: string;
  /** Labels, rows joined by newlines. */
  labels: string[];
  cursor: number;
}

export function OptionList({ id, labels, cursor }: OptionListProps) {
  return (
    <SelectInput
      key={`${id}:${cursor}`}
      items={labels.map((label, i) => ({ key: String(i), label, value: i }))}
      initialIndex={cursor}
      isFocused={false}
      indicatorComponent={Indicator}
      itemComponent={Item}
    />
  );
}

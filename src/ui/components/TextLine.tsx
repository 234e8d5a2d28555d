/** One laid-out row; Ink never wraps it again (it is cut, should a width estimate be off). */
import { Text } from 'ink';
import { useTheme } from '../hooks/use-theme.js';
import type { Line } from '../text/rich.js';

export function TextLine({ line }: { line: Line }) {
  const palette = useTheme();
  if (!line.length) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((s, i) => (
        <Text key={i} color={s.tone && palette[s.tone]} bold={s.bold} dimColor={s.dim} italic={s.italic} underline={s.underline} inverse={s.inverse}>
          {s.text}
        </Text>
      ))}
    </Text>
  );
}

export function TextLines({ lines }: { lines: readonly Line[] }) {
  return (
    <>
      {lines.map((line, i) => (
        <TextLine key={i} line={line} />
      ))}
    </>
  );
}

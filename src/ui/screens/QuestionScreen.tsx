import { Frame } from '../components/Frame.js';
import { OptionList } from '../components/OptionList.js';
import { TextLine, TextLines } from '../components/TextLine.js';
import type { QuestionLayout } from '../layout/question.js';
import type { Question } from '../../quiz/types.js';
import type { Round } from '../state/types.js';

export interface QuestionScreenProps {
  layout: QuestionLayout;
  question: Question;
  round: Round;
  focused: boolean;
  onAnswer: (choice: number) => void;
}

export function QuestionScreen({ layout, question, round, focused, onAnswer }: QuestionScreenProps) {
  const items = layout.options.map((label, i) => ({ label, value: i }));
  return (
    <Frame framed={layout.framed}>
      <TextLines lines={layout.progress} />
      {layout.gaps && <TextLine line={[]} />}
      <TextLines lines={layout.stem} />
      {layout.gaps && <TextLine line={[]} />}
      {/* A new list for each question (and round): ink-select-input keeps its highlight when only labels change. */}
      <OptionList key={`${round.number}:${question.id}`} items={items} focused={focused} onSelect={onAnswer} />
    </Frame>
  );
}

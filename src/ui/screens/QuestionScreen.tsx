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
  cursor: number;
}

export function QuestionScreen({ layout, question, round, cursor }: QuestionScreenProps) {
  return (
    <Frame framed={layout.framed}>
      <TextLines lines={layout.progress} />
      {layout.gaps && <TextLine line={[]} />}
      <TextLines lines={layout.stem} />
      {layout.gaps && <TextLine line={[]} />}
      <OptionList id={`${round.number}:${question.id}`} labels={layout.options} cursor={cursor} />
    </Frame>
  );
}

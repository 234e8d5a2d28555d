import { describe, expect, it } from 'vitest';
import { toAnki } from '../../src/export/anki.js';
import { sampleBank } from './sample.js';

describe('Anki text import', () => {
  const bank = sampleBank('nl');
  const lines = toAnki(bank).split('\n');

  it('starts with the header lines Anki reads', () => {
    expect(lines.slice(0, 6)).toEqual(['#separator:tab', '#html:true', '#notetype:Basic', '#deck:Eternaut-quiz (Nederlands)', '#columns:Front\tBack\tTags', '#tags column:3']);
  });

  it('has one note per question: three tab-separated fields with HTML escaped and no raw line break', () => {
    const notes = lines.slice(6).filter(Boolean);
    expect(notes).toHaveLength(bank.questions.length);
    notes.forEach((note, i) => {
      const q = bank.questions[i]!;
      const fields = note.split('\t');
      expect(fields).toHaveLength(3);
      expect(fields[0]).toContain('A. ');
      expect(fields[0]).toContain('<br><br>A. ');
      expect(fields[1]!.startsWith(`<b>${'ABCD'[q.answer]}. `)).toBe(true);
      expect(fields[2]).toBe(`eternaut-quiz eternaut-quiz::${q.category} id::${q.id}`);
    });
    const [front, back] = notes[0]!.split('\t');
    expect(front).toBe(
      'Which &quot;source&quot; does {A &amp; B} &lt;cite&gt; = #1: ~x \\ y, really?<br><br>A. Reuters &amp; AP<br>B. a=b {c}<br>C. e#f, &quot;g&quot;<br>D. h~i: \\j k',
    );
    expect(back).toBe('<b>C. e#f, &quot;g&quot;</b><br><br>The correct answer is e#f. “A &amp; B” writes: «Laut dpa, 1 &lt; 2 &gt; 0»<br>and more.');
  });
});

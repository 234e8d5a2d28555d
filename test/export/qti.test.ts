import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { qtiIdentifier, toQtiPackage } from '../../src/export/qti.js';
import { LETTERS } from '../../src/quiz/types.js';
import { sampleBank } from './sample.js';
import { unzip } from './unzip.js';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['simpleChoice', 'modalFeedback', 'resource', 'assessmentItemRef', 'dependency'].includes(name), trimValues: false });

describe('QTI 2.1 content package', () => {
  const bank = sampleBank('nb');
  const files = unzip(toQtiPackage(bank));

  it('holds a manifest, a test and one item per question, all well-formed XML', () => {
    expect(files.size).toBe(bank.questions.length + 2);
    for (const [name, xml] of files) expect(XMLValidator.validate(xml), name).toBe(true);
    const manifest = parser.parse(files.get('imsmanifest.xml')!).manifest;
    expect(manifest['@_xmlns']).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
    const resources = manifest.resources.resource as Array<Record<string, string>>;
    expect(resources.map((r) => r['@_type'])).toEqual(['imsqti_test_xmlv2p1', ...bank.questions.map(() => 'imsqti_item_xmlv2p1')]);
    for (const r of resources) expect(files.has(r['@_href']!), r['@_href']).toBe(true);
    const refs = parser.parse(files.get('test.xml')!).assessmentTest.testPart.assessmentSection.assessmentItemRef as Array<Record<string, string>>;
    expect(refs.map((r) => r['@_href'])).toEqual(bank.questions.map((q) => `items/${qtiIdentifier(q.id)}.xml`));
  });

  it('makes each question a single-choice item with its correct response, prompt, choices and feedback', () => {
    for (const q of bank.questions) {
      const item = parser.parse(files.get(`items/${qtiIdentifier(q.id)}.xml`)!).assessmentItem;
      expect(item['@_xmlns']).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
      expect(item['@_identifier']).toBe(qtiIdentifier(q.id));
      expect(item['@_xml:lang']).toBe('nb');
      expect(item.responseDeclaration['@_cardinality']).toBe('single');
      expect(item.responseDeclaration.correctResponse.value).toBe(LETTERS[q.answer]);
      const interaction = item.itemBody.choiceInteraction;
      expect(interaction['@_maxChoices']).toBe('1');
      expect(interaction.prompt).toBe(q.stem);
      expect(interaction.simpleChoice.map((c: Record<string, string>) => [c['@_identifier'], String(c['#text'])])).toEqual(q.options.map((o, i) => [LETTERS[i], o]));
      expect(item.outcomeDeclaration.map((o: Record<string, string>) => o['@_identifier'])).toEqual(['SCORE', 'FEEDBACK']);
      expect(item.modalFeedback.map((f: Record<string, string>) => f['@_identifier'])).toEqual([...LETTERS]);
      expect(item.modalFeedback[q.answer]['#text']).toBe(`Riktig. ${q.explanation}`);
    }
  });

  it('gives the same bytes for the same bank', () => {
    expect(Buffer.from(toQtiPackage(bank)).equals(Buffer.from(toQtiPackage(bank)))).toBe(true);
  });

  it('turns any id into a QTI identifier', () => {
    expect(qtiIdentifier('speed-1a2b3c4d')).toBe('speed-1a2b3c4d');
    expect(qtiIdentifier('7:up')).toBe('Q7_up');
  });
});

/**
 * IMS QTI 2.1: a content package (ZIP) with one assessmentItem per question
 * (a single-choice choiceInteraction, the correct response, SCORE and
 * feedback per option), an assessmentTest listing them, and imsmanifest.xml.
 */
import { catalog } from '../i18n/catalog.js';
import type { QuizText } from '../i18n/sections/quiz.js';
import { LETTERS, type Bank, type Question } from '../quiz/types.js';
import { xmlAttr, xmlText } from './xml.js';
import { zip } from './zip.js';

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** A QTI identifier (an NCName) for a question id. */
export function qtiIdentifier(id: string): string {
  const clean = id.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^[A-Za-z_]/.test(clean) ? clean : `Q${clean}`;
}

export function itemXml(q: Question, lang: string, t: QuizText): string {
  const id = qtiIdentifier(q.id);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"`,
    `    identifier="${xmlAttr(id)}" title="${xmlAttr(`${t.categories[q.category]}: ${q.id}`)}" adaptive="false" timeDependent="false" xml:lang="${lang}">`,
    '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">',
    `    <correctResponse><value>${LETTERS[q.answer]}</value></correctResponse>`,
    '  </responseDeclaration>',
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    '  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>',
    '  <itemBody>',
    '    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">',
    `      <prompt>${xmlText(q.stem)}</prompt>`,
    ...q.options.map((o, i) => `      <simpleChoice identifier="${LETTERS[i]}">${xmlText(o)}</simpleChoice>`),
    '    </choiceInteraction>',
    '  </itemBody>',
    '  <responseProcessing>',
    '    <responseCondition>',
    '      <responseIf>',
    '        <match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>',
    '        <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>',
    '      </responseIf>',
    '    </responseCondition>',
    '    <setOutcomeValue identifier="FEEDBACK"><variable identifier="RESPONSE"/></setOutcomeValue>',
    '  </responseProcessing>',
    ...q.options.map(
      (_, i) =>
        `  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="${LETTERS[i]}" showHide="show">${xmlText(`${i === q.answer ? t.export.correct : t.export.wrong} ${q.explanation}`)}</modalFeedback>`,
    ),
    '</assessmentItem>',
    '',
  ].join('\n');
}

function testXml(bank: Bank, t: QuizText): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}"`,
    `    identifier="eternaut-quiz-${bank.language}-${bank.seed}" title="${xmlAttr(t.export.quizName)}">`,
    '  <testPart identifier="part" navigationMode="nonlinear" submissionMode="simultaneous">',
    '    <assessmentSection identifier="section" title="' + xmlAttr(t.export.quizName) + '" visible="true">',
    ...bank.questions.map((q) => `      <assessmentItemRef identifier="${xmlAttr(qtiIdentifier(q.id))}" href="items/${xmlAttr(qtiIdentifier(q.id))}.xml"/>`),
    '    </assessmentSection>',
    '  </testPart>',
    '</assessmentTest>',
    '',
  ].join('\n');
}

function manifestXml(bank: Bank): string {
  const items = bank.questions.map((q) => qtiIdentifier(q.id));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="${XSI}" identifier="MANIFEST-eternaut-quiz-${bank.language}-${bank.seed}"`,
    '    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd">',
    '  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>',
    '  <organizations/>',
    '  <resources>',
    '    <resource identifier="test" type="imsqti_test_xmlv2p1" href="test.xml">',
    '      <file href="test.xml"/>',
    ...items.map((id) => `      <dependency identifierref="${xmlAttr(id)}"/>`),
    '    </resource>',
    ...items.map((id) => `    <resource identifier="${xmlAttr(id)}" type="imsqti_item_xmlv2p1" href="items/${xmlAttr(id)}.xml"><file href="items/${xmlAttr(id)}.xml"/></resource>`),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** The content package as ZIP bytes. */
export function toQtiPackage(bank: Bank): Uint8Array {
  const t = catalog(bank.language).quiz;
  return zip([
    { name: 'imsmanifest.xml', data: manifestXml(bank) },
    { name: 'test.xml', data: testXml(bank, t) },
    ...bank.questions.map((q) => ({ name: `items/${qtiIdentifier(q.id)}.xml`, data: itemXml(q, bank.language, t) })),
  ]);
}

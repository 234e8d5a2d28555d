import { describe } from 'vitest';
import { organizationCorpus } from './corpus.js';

describe('organizations (de)', () => {
  organizationCorpus(
    'de',
    [
      ['Die Nachrichtenagentur dpa berichtete zuerst über den Verkauf.', [['dpa', 'deutsche-presse-agentur']]],
      ['Die Produktionsfirma Nordlicht Film GmbH hat den Auftrag erhalten.', [['Nordlicht Film GmbH', 'nordlicht-film']]],
      ['Im Sommer hat die spanische Goya-Akademie neue Regeln für KI beschlossen.', [['Goya-Akademie', 'goya-academy']]],
      ['Die Berliner Kunsthochschule und die Lumière-Akademie luden gemeinsam ein.', [['Lumière-Akademie', 'lumiere-academy']]],
      ['An der Universität Wien wird das Thema seit Jahren erforscht.', [['Universität Wien', 'wien-university']]],
      ['Der Regisseur bei den Dreharbeiten in Madrid.\nBild: dpa', [['dpa', 'deutsche-presse-agentur']]],
      ['Ted Sarandos bei der Vorstellung der Zahlen in Los Angeles (Foto: AP).', [['AP', 'associated-press']]],
      ['Der Streamingdienst Netflix und der Sender ZDF arbeiten künftig zusammen.', [['Netflix', 'netflix'], ['ZDF', 'zdf']]],
      ['Die Gewerkschaft Verdi fordert klare Regeln für den Einsatz von KI.', [['Verdi', 'ver-di']]],
      ['Die Nachrichtenagentur SDA meldete den Rücktritt am Abend.', [['SDA', 'sda']]],
      ['Googles Videomodell Veo 3 überzeugte die Jury.', [['Google', 'google']]],
      ['Die Aktie der ProSiebenSat.1 Media SE fiel um vier Prozent.', [['ProSiebenSat.1', 'prosiebensat-1']]],
      ['Nach Angaben der Firma Acme AG sind keine Stellen betroffen.', [['Acme AG', 'acme']]],
      ['Die Firma Babelsberg AG hat ihren Sitz in Potsdam-Babelsberg.', [['Babelsberg AG', 'babelsberg']]],
      ['Der Medienkonzern Bertelsmann übernimmt die Mehrheit an Fremantle.', [['Bertelsmann', 'bertelsmann'], ['Fremantle', 'fremantle']]],
      ['Anna Roth, Analystin bei Warburg Research, bleibt skeptisch.', [['Warburg Research', 'warburg-research']]],
      [
        'Die Deutsche Fußball Liga (DFL) prüft die Lizenz. Die DFL will im Mai entscheiden.',
        [['Deutsche Fußball Liga', 'deutsche-fussball-league'], ['DFL', 'deutsche-fussball-league']],
      ],
      ['Der Zweitligist FC Hafenstadt hat einen neuen Trainer.', [['FC Hafenstadt', 'hafenstadt-club']]],
      ['Das Bundesfinanzministerium prüft den Vorschlag noch.', [['Bundesfinanzministerium', 'bundesfinanzministerium']]],
      ['Den Auftrag erhielt Pixomondo, ein Produktionsstudio aus Stuttgart.', [['Pixomondo', 'pixomondo']]],
      ['Auch die Europäische Union will Regeln für KI-Inhalte.', [['Europäische Union', 'european-union']]],
      [
        'Laut Bundesministerium für Wirtschaft ist das Verfahren offen.',
        [['Bundesministerium für Wirtschaft', 'bundesministerium-fur-wirtschaft']],
      ],
    ],
    [
      'Während der Hollywood-Streiks stand die Produktion monatelang still.',
      'Die Serie El Eternauta spielt in Buenos Aires.',
      'KI und GenAI verändern die VFX-Branche grundlegend.',
      'Das Bild zeigt eine eingestürzte Brücke.',
      'Squid Game war ein großer Erfolg für die Plattform.',
      'Große Studios investieren Milliarden in neue Technik.',
      'Die Studios halten sich bisher mit Aussagen zurück.',
      'Anna Müller, die Chefin der Firma, sagte das am Montag.',
      'Die Firma, ein Familienunternehmen aus Bayern, wächst.',
      'Der Konkurrent, ein Studio aus Berlin, schweigt dazu.',
    ],
  );
});

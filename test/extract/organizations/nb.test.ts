import { describe } from 'vitest';
import { organizationCorpus } from './corpus.js';

describe('organizations (nb)', () => {
  organizationCorpus(
    'nb',
    [
      ['Nyhetsbyrået NTB melder at avtalen er i boks.', [['NTB', 'ntb']]],
      ['Ifølge NRK har strømmetjenesten Viaplay sagt opp avtalen.', [['NRK', 'nrk'], ['Viaplay', 'viaplay']]],
      ['Flere medlemmer av Goya-akademiet protesterer mot vedtaket.', [['Goya-akademiet', 'goya-academy']]],
      ['Representanter for Amanda-akademiet var til stede under visningen.', [['Amanda-akademiet', 'amanda-academy']]],
      ['Det norske selskapet Nordfjord Studios AS har fått oppdraget.', [['Nordfjord Studios AS', 'nordfjord']]],
      ['Schibsted ASA la frem tall for andre kvartal.', [['Schibsted', 'schibsted']]],
      ['Aksjen i Nordic Screens ASA steg fem prosent.', [['Nordic Screens ASA', 'nordic-screens']]],
      ['Regissøren under innspillingen i Bergen.\nFoto: Ole Berg-Rusten / NTB', [['NTB', 'ntb']]],
      ['Filmen er laget i samarbeid med Universitetet i Bergen.', [['Universitetet i Bergen', 'bergen-university']]],
      ['Nå krever fagforeningen Creo kompensasjon for bruk av verkene.', [['Creo', 'creo']]],
      ['Aftenposten skrev i går at NRKs dekning var mangelfull.', [['Aftenposten', 'aftenposten'], ['NRK', 'nrk']]],
      ['Både Google og OpenAI har lansert nye videomodeller i år.', [['Google', 'google'], ['OpenAI', 'openai']]],
      ['Avisen DN omtalte saken først.', [['DN', 'dagens-naeringsliv']]],
      ["Effektene ble laget av Netflix' interne studio Eyeline.", [['Netflix', 'netflix'], ['Eyeline', 'eyeline']]],
      ['Datatilsynet har åpnet en sak mot selskapet.', [['Datatilsynet', 'datatilsynet']]],
      ['Styret i Rosenborg BK la frem regnskapet.', [['Rosenborg BK', 'rosenborg-club']]],
      ['Sykehuset Innlandet tar i bruk kunstig intelligens.', [['Sykehuset Innlandet', 'innlandet-hospital']]],
      ['Kari Olsen, analytiker hos Pareto Securities, tror på vekst.', [['Pareto Securities', 'pareto-securities']]],
      ['Oppdraget gikk til Qvisten, et animasjonsstudio i Oslo.', [['Qvisten', 'qvisten']]],
    ],
    [
      'Under Hollywood-streikene i 2023 var AI et sentralt stridspunkt.',
      'Selskapet tilskriver noe av suksessen titler som Squid Game.',
      'Ap og Høyre er uenige om saken.',
      'Står tradisjonelle VFX-artister i fare for å bli overflødige?',
      'I en scene i El Eternauta kollapser en bygning i Buenos Aires.',
      'Regissøren under innspillingen.\nFoto: Ole Berg-Rusten',
      'Selskapet, et familieselskap fra Bergen, vokser.',
    ],
  );
});

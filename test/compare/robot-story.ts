/**
 * One invented story in five articles (en, de, two es, fr), for tests through
 * the real extractors. What a careful reader finds:
 * - speed-up: ten times (en, de, fr), three times (es); the Spanish wire copy states none;
 * - revenue: about $2.4 billion (en, de), $2.4 billion (fr); neither Spanish article states it;
 * - revenue growth 12 % only in en; Reuters cited only in en, AFP only in fr;
 * - Lena Morel, the chief executive, named in en, de, es and fr;
 * - the two Spanish articles share one sentence of 24 words word for word.
 */
export const ROBOT_STORY: Array<{ file: string; text: string }> = [
  {
    file: '1-en.txt',
    text:
      'Parcel robots sort ten times faster\n\n' +
      'Mistral Robotics says its new sorting robot handles parcels ten times faster than a team of people. ' +
      'According to Reuters, the company had revenue of about $2.4 billion last year, up 12% from the year before. ' +
      'Chief executive Lena Morel said the machines would not replace warehouse staff.\n',
  },
  {
    file: '2-de.txt',
    text:
      'Paketroboter sortieren zehnmal schneller\n\n' +
      'Der neue Sortierroboter von Mistral Robotics arbeitet nach Angaben des Herstellers zehnmal schneller als ein Team aus Menschen. ' +
      'Das Unternehmen erzielte im vergangenen Jahr einen Umsatz von rund 2,4 Milliarden US-Dollar. ' +
      'Vorstandschefin Lena Morel betonte, die Maschinen sollten keine Lagerarbeiter ersetzen.\n',
  },
  {
    file: '3-es.txt',
    text:
      'Robots que clasifican paquetes tres veces más rápido\n\n' +
      'La empresa Mistral Robotics asegura que su nuevo robot clasifica paquetes tres veces más rápido que un equipo de personas. ' +
      'La consejera delegada, Lena Morel, afirmó que las máquinas no sustituirán a los trabajadores de los almacenes. ' +
      'Los sindicatos del sector logístico han pedido una reunión con la dirección de la compañía para conocer los planes de contratación del próximo año.\n',
  },
  {
    file: '4-es-wire.txt',
    text:
      'Mistral Robotics presenta su robot clasificador\n\n' +
      'Mistral Robotics ha presentado esta semana un robot que clasifica paquetes en sus centros logísticos. ' +
      'Los sindicatos del sector logístico han pedido una reunión con la dirección de la compañía para conocer los planes de contratación del próximo año.\n',
  },
  {
    file: '5-fr.txt',
    text:
      'Des robots qui trient les colis dix fois plus vite\n\n' +
      'Selon l’AFP, le nouveau robot de Mistral Robotics trie les colis dix fois plus vite qu’une équipe humaine. ' +
      'L’entreprise a réalisé l’an dernier un chiffre d’affaires de 2,4 milliards de dollars. ' +
      'Sa directrice générale, Lena Morel, assure que les machines ne remplaceront pas les salariés.\n',
  },
];

/**
 * News-style paragraphs written for the language tests: several topics per
 * language, plus the close neighbours that must not be taken for a supported
 * language (Danish and Swedish next to Norwegian) and other unsupported ones.
 */
import type { Lang } from '../../src/facts.js';

export const SUPPORTED_SAMPLES: Record<Lang, string[]> = {
  en: [
    'The city council voted on Tuesday to extend the tram line to the northern suburbs, a project that has been debated for more than a decade. Supporters say the new line will cut commuting times and reduce traffic in the centre, while opponents warn that the cost could rise well above the original estimate. Construction is expected to begin next spring.',
    'Farmers in the region are bracing for a poor harvest after the driest summer on record. Wheat yields have fallen sharply, and several growers told reporters that they had already sold part of their livestock because there was not enough feed. The agriculture ministry said it would announce support measures by the end of the month.',
    'Researchers at the university have identified a new species of frog in the rainforest, the team announced in a paper published this week. The animal, which is smaller than a thumbnail, was found during a survey of streams that had never been studied before.',
    'The home side needed a late penalty to rescue a draw on Saturday, and the manager admitted afterwards that his players had been second best for most of the afternoon. The club now sits four points above the relegation zone with six games left to play.',
  ],
  de: [
    'Die Stadtverwaltung hat am Dienstag beschlossen, die Straßenbahnlinie bis in die nördlichen Vororte zu verlängern. Das Projekt wird seit mehr als zehn Jahren diskutiert. Befürworter sagen, dass die neue Linie die Fahrzeiten verkürzen und den Verkehr in der Innenstadt entlasten werde, während Kritiker vor steigenden Kosten warnen. Der Bau soll im kommenden Frühjahr beginnen.',
    'Nach dem trockensten Sommer seit Beginn der Aufzeichnungen rechnen die Landwirte in der Region mit einer schlechten Ernte. Die Weizenerträge sind deutlich gesunken, und mehrere Betriebe haben bereits einen Teil ihres Viehs verkauft, weil nicht genug Futter vorhanden ist. Das Landwirtschaftsministerium will bis Ende des Monats Hilfen ankündigen.',
    'Forscher der Universität haben im Regenwald eine bisher unbekannte Froschart entdeckt, wie das Team in einer in dieser Woche veröffentlichten Studie mitteilte. Das Tier ist kleiner als ein Daumennagel und wurde bei einer Untersuchung von Bächen gefunden, die noch nie zuvor erforscht worden waren.',
    'Die Gastgeber retteten am Samstag erst durch einen späten Elfmeter ein Unentschieden, und der Trainer räumte anschließend ein, dass seine Mannschaft über weite Strecken unterlegen gewesen sei. Der Verein liegt nun vier Punkte vor den Abstiegsplätzen, sechs Spiele stehen noch aus.',
  ],
  nl: [
    'De gemeenteraad heeft dinsdag besloten om de tramlijn door te trekken naar de noordelijke buitenwijken. Over het project wordt al meer dan tien jaar gediscussieerd. Voorstanders zeggen dat de nieuwe lijn de reistijd zal verkorten en het verkeer in het centrum zal verminderen, terwijl tegenstanders waarschuwen dat de kosten flink kunnen oplopen. De bouw begint naar verwachting volgend voorjaar.',
    'Boeren in de regio houden rekening met een slechte oogst na de droogste zomer sinds het begin van de metingen. De opbrengst van tarwe is sterk gedaald en verschillende bedrijven hebben al een deel van hun vee verkocht, omdat er niet genoeg voer is. Het ministerie van Landbouw zegt voor het einde van de maand steunmaatregelen aan te kondigen.',
    'Onderzoekers van de universiteit hebben in het regenwoud een nieuwe kikkersoort ontdekt, zo maakte het team deze week bekend in een wetenschappelijk artikel. Het dier is kleiner dan een duimnagel en werd gevonden tijdens een onderzoek naar beken die nooit eerder waren bestudeerd.',
    'De thuisploeg redde zaterdag pas in de slotminuten een gelijkspel dankzij een strafschop, en de trainer gaf na afloop toe dat zijn spelers het grootste deel van de middag de mindere waren. De club staat nu vier punten boven de degradatiezone, met nog zes wedstrijden te gaan.',
  ],
  nb: [
    'Bystyret vedtok tirsdag å forlenge trikkelinjen til de nordlige forstedene, et prosjekt som har vært diskutert i mer enn ti år. Tilhengerne sier at den nye linjen vil korte ned reisetiden og redusere trafikken i sentrum, mens motstanderne advarer om at kostnadene kan bli langt høyere enn først antatt. Byggingen skal etter planen starte neste vår.',
    'Bøndene i regionen forbereder seg på en dårlig avling etter den tørreste sommeren som noen gang er målt. Hveteavlingene har falt kraftig, og flere gårdbrukere forteller at de allerede har solgt en del av dyrene fordi det ikke er nok fôr. Landbruksdepartementet sier at det vil legge fram støttetiltak innen utgangen av måneden.',
    'Forskere ved universitetet har funnet en ny froskeart i regnskogen, opplyste forskergruppen i en artikkel som ble publisert denne uken. Dyret er mindre enn en tommelnegl og ble oppdaget under en undersøkelse av bekker som aldri tidligere hadde blitt studert. Forskerne mener at det fortsatt finnes mange ukjente arter i området.',
    'Hjemmelaget måtte ha et straffespark helt på tampen for å berge ett poeng lørdag, og treneren innrømmet etter kampen at laget hadde vært dårligst store deler av ettermiddagen. Klubben ligger nå fire poeng over nedrykksstreken med seks kamper igjen å spille.',
  ],
  es: [
    'El ayuntamiento aprobó el martes la ampliación de la línea de tranvía hasta los barrios del norte, un proyecto que se debate desde hace más de una década. Sus defensores aseguran que la nueva línea reducirá los tiempos de viaje y el tráfico en el centro, mientras que los críticos advierten de que el coste podría dispararse. Las obras comenzarán la próxima primavera.',
    'Los agricultores de la región se preparan para una mala cosecha tras el verano más seco desde que existen registros. El rendimiento del trigo ha caído con fuerza y varios productores han vendido ya parte de su ganado porque no hay suficiente pienso. El Ministerio de Agricultura anunciará medidas de apoyo antes de que termine el mes.',
    'Investigadores de la universidad han descubierto una nueva especie de rana en la selva, según informó el equipo en un artículo publicado esta semana. El animal, más pequeño que una uña, fue hallado durante un estudio de arroyos que nunca antes habían sido explorados.',
    'El equipo local necesitó un penalti en el último minuto para rescatar un empate el sábado, y el entrenador admitió después que sus jugadores habían sido inferiores durante casi todo el partido. El club queda ahora a cuatro puntos del descenso, con seis jornadas por disputar.',
  ],
  fr: [
    "Le conseil municipal a voté mardi le prolongement de la ligne de tramway jusqu'aux quartiers nord, un projet débattu depuis plus de dix ans. Ses partisans affirment que la nouvelle ligne réduira les temps de trajet et la circulation dans le centre, tandis que ses opposants craignent une forte hausse des coûts. Les travaux doivent commencer au printemps prochain.",
    "Les agriculteurs de la région s'attendent à une mauvaise récolte après l'été le plus sec jamais enregistré. Les rendements de blé ont fortement baissé et plusieurs exploitants ont déjà vendu une partie de leur bétail, faute de fourrage suffisant. Le ministère de l'Agriculture annoncera des mesures de soutien d'ici la fin du mois.",
    "Des chercheurs de l'université ont découvert une nouvelle espèce de grenouille dans la forêt tropicale, a annoncé l'équipe dans un article publié cette semaine. L'animal, plus petit qu'un ongle, a été trouvé lors d'une étude de ruisseaux qui n'avaient jamais été explorés.",
    "L'équipe locale a dû attendre un penalty dans les arrêts de jeu pour arracher le match nul samedi, et l'entraîneur a reconnu ensuite que ses joueurs avaient été dominés pendant presque toute la rencontre. Le club compte désormais quatre points d'avance sur la zone de relégation, à six journées de la fin.",
  ],
};

/** Danish: must never come out as Norwegian. */
export const DANISH = [
  'Byrådet vedtog tirsdag at forlænge letbanen til de nordlige forstæder, et projekt, der har været diskuteret i mere end ti år. Tilhængerne siger, at den nye linje vil nedbringe rejsetiden og mindske trafikken i centrum, mens modstanderne advarer om, at udgifterne kan blive langt højere end først antaget. Byggeriet forventes at begynde næste forår.',
  'Landmændene i regionen forbereder sig på en dårlig høst efter den tørreste sommer, der nogensinde er målt. Hvedeudbyttet er faldet kraftigt, og flere landmænd fortæller, at de allerede har solgt en del af deres dyr, fordi der ikke er foder nok. Landbrugsministeriet oplyser, at det vil fremlægge støtteordninger inden udgangen af måneden.',
  'Forskere fra universitetet har fundet en ny frøart i regnskoven, oplyste forskergruppen i en artikel, der blev offentliggjort i denne uge. Dyret er mindre end en tommelfingernegl og blev opdaget under en undersøgelse af vandløb, som aldrig før var blevet undersøgt. Forskerne mener, at der stadig findes mange ukendte arter i området.',
  'Regeringen har fremlagt et nyt forslag om skatter, og det har skabt debat i hele landet. Mange borgere mener, at forslaget er for dyrt, mens andre siger, at det er nødvendigt for at sikre velfærden i fremtiden.',
];

/** Swedish: must never come out as Norwegian. */
export const SWEDISH = [
  'Kommunfullmäktige beslutade på tisdagen att förlänga spårvägen till de norra förorterna, ett projekt som har diskuterats i mer än tio år. Anhängarna säger att den nya linjen kommer att korta restiderna och minska trafiken i centrum, medan motståndarna varnar för att kostnaderna kan bli betydligt högre än man först trodde. Bygget väntas börja nästa vår.',
  'Bönderna i regionen förbereder sig på en dålig skörd efter den torraste sommaren som någonsin har uppmätts. Veteskördarna har minskat kraftigt, och flera lantbrukare berättar att de redan har sålt en del av sina djur eftersom det inte finns tillräckligt med foder. Landsbygdsdepartementet säger att det ska presentera stödåtgärder före slutet av månaden.',
  'Forskare vid universitetet har hittat en ny grodart i regnskogen, meddelade forskargruppen i en artikel som publicerades den här veckan. Djuret är mindre än en tumnagel och upptäcktes under en undersökning av bäckar som aldrig tidigare hade studerats.',
];

/** Other unsupported languages, with the guess expected where the script or profile allows one. */
export const UNSUPPORTED: Array<{ name: string; guess: string; text: string }> = [
  {
    name: 'Italian',
    guess: 'it',
    text: 'Il consiglio comunale ha approvato martedì il prolungamento della linea del tram fino ai quartieri settentrionali, un progetto di cui si discute da più di dieci anni. I sostenitori affermano che la nuova linea ridurrà i tempi di percorrenza e il traffico nel centro, mentre gli oppositori temono che i costi possano aumentare molto.',
  },
  {
    name: 'Portuguese',
    guess: 'pt',
    text: 'A câmara municipal aprovou na terça-feira o prolongamento da linha de elétrico até aos bairros do norte, um projeto que é discutido há mais de dez anos. Os defensores dizem que a nova linha vai reduzir o tempo das viagens e o trânsito no centro, enquanto os críticos alertam que os custos podem subir muito.',
  },
  {
    name: 'Polish',
    guess: 'pl',
    text: 'Rada miasta zdecydowała we wtorek o przedłużeniu linii tramwajowej do północnych dzielnic, o czym dyskutowano od ponad dziesięciu lat. Zwolennicy twierdzą, że nowa linia skróci czas podróży i zmniejszy ruch w centrum, ale przeciwnicy ostrzegają, że koszty mogą znacznie wzrosnąć.',
  },
  {
    name: 'Russian',
    guess: 'ru',
    text: 'Городской совет во вторник одобрил продление трамвайной линии до северных районов. Сторонники проекта считают, что новая линия сократит время в пути и уменьшит движение в центре города.',
  },
  {
    name: 'Chinese',
    guess: 'zh',
    text: '市议会周二批准将有轨电车线路延长至北部郊区，这个项目已经讨论了十多年。支持者说，新线路将缩短通勤时间并减少市中心的交通。',
  },
];

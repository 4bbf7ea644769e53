import type { Item, Pillar } from "../../types";
import type { ITEM_KEYS_2026_1 } from "../../keys";

type Key = (typeof ITEM_KEYS_2026_1)["leadership"][number];
type LeadershipItem = Item & { readonly key: Key; readonly pillar: "leadership" };

const items: readonly LeadershipItem[] = [
  {
    key: "leadership.culture",
    pillar: "leadership",
    theme: { nl: "Cultuur en visie", en: "Culture and vision" },
    question: {
      nl: "Welke cultuur stimuleert de salesleiding?",
      en: "What culture does sales leadership foster?",
    },
    statements: {
      1: {
        nl: "Er is geen gedeelde visie op cultuur; de leiding richt zich op individuele prestaties en snelle of grote deals.",
        en: "There is no shared vision on culture; leadership focuses on individual performance and quick or big deals.",
      },
      2: {
        nl: "De cultuur wordt bepaald door de waan van de dag en kortetermijnresultaten; over gewenst gedrag en samenwerking wordt weinig gesproken.",
        en: "Culture is shaped by day-to-day pressure and short-term results; desired behaviour and collaboration are rarely discussed.",
      },
      3: {
        nl: "De leiding draagt een visie op de gewenste cultuur uit en stimuleert samenwerking en klantgerichtheid.",
        en: "Leadership conveys a vision of the desired culture and encourages collaboration and customer focus.",
      },
      4: {
        nl: "Een positieve, samenwerkende cultuur is verankerd in waarden, werkwijzen en beoordelingen, en wordt periodiek gemeten.",
        en: "A positive, collaborative culture is embedded in values, ways of working and appraisals, and is measured periodically.",
      },
      5: {
        nl: "De cultuur stimuleert creatieve samenwerking en continue verbetering; medewerkers in de hele organisatie zoeken actief naar nieuwe manieren om klanten te helpen.",
        en: "The culture fosters creative collaboration and continuous improvement; people across the organisation actively look for new ways to help customers.",
      },
    },
  },
  {
    key: "leadership.leading_teams",
    pillar: "leadership",
    theme: { nl: "Leidinggeven aan teams", en: "Leading teams" },
    question: {
      nl: "Hoe geeft de salesleiding richting aan teams?",
      en: "How does sales leadership give direction to teams?",
    },
    statements: {
      1: {
        nl: "Leidinggeven beperkt zich tot het najagen van omzet; teams krijgen weinig richting en de kwaliteit van verkopen verschilt sterk.",
        en: "Leadership is limited to chasing revenue; teams get little direction and the quality of selling varies widely.",
      },
      2: {
        nl: "De leiding grijpt in bij problemen en escalaties, maar geeft weinig richting; verkoopkwaliteit is geen vast gespreksonderwerp.",
        en: "Leadership steps in when problems and escalations arise but gives little direction; sales quality is not a regular topic of discussion.",
      },
      3: {
        nl: "Salesleiders sturen teams doelgericht aan, met heldere doelen en verwachtingen over de kwaliteit van het klantcontact.",
        en: "Sales leaders steer teams purposefully, with clear goals and expectations about the quality of customer contact.",
      },
      4: {
        nl: "Salesleiders sturen op data en vaste standaarden voor commercial excellence en bespreken resultaten en kwaliteit consequent met hun teams.",
        en: "Sales leaders steer on data and fixed standards for commercial excellence and consistently review results and quality with their teams.",
      },
      5: {
        nl: "Salesleiders inspireren teams om de klantbeleving te vernieuwen en geven hun de ruimte om nieuwe aanpakken uit te proberen.",
        en: "Sales leaders inspire teams to transform the customer experience and give them room to try out new approaches.",
      },
    },
  },
  {
    key: "leadership.role_models",
    pillar: "leadership",
    theme: { nl: "Inspiratie en rolmodellen", en: "Inspiration and role models" },
    question: {
      nl: "In hoeverre inspireren salesleiders en geven zij het goede voorbeeld?",
      en: "To what extent do sales leaders inspire and set the right example?",
    },
    statements: {
      1: {
        nl: "Er zijn geen herkenbare rolmodellen; leidinggevenden zijn vooral zelf aan het verkopen.",
        en: "There are no recognisable role models; managers are mostly busy selling themselves.",
      },
      2: {
        nl: "Salesleiderschap is nauwelijks ontwikkeld; leiders inspireren weinig en goed voorbeeldgedrag hangt af van een enkeling.",
        en: "Sales leadership is barely developed; leaders inspire little and good example-setting depends on one or two individuals.",
      },
      3: {
        nl: "Salesleiders geven zichtbaar het goede voorbeeld in klantcontact en samenwerking en worden als rolmodel gezien.",
        en: "Sales leaders visibly set the right example in customer contact and collaboration and are seen as role models.",
      },
      4: {
        nl: "Leiders inspireren en motiveren teams om doelen te halen; leiderschapsgedrag is beschreven, wordt ontwikkeld en krijgt feedback uit het team.",
        en: "Leaders inspire and motivate teams to reach their goals; leadership behaviour is described, developed and receives feedback from the team.",
      },
      5: {
        nl: "De salesleiding geldt binnen en buiten de organisatie als voorbeeld en ontwikkelt actief nieuwe leiders uit het eigen team.",
        en: "Sales leadership is regarded as an example inside and outside the organisation and actively develops new leaders from within the team.",
      },
    },
  },
  {
    key: "leadership.internal_network",
    pillar: "leadership",
    theme: { nl: "Interne samenwerking", en: "Internal collaboration" },
    question: {
      nl: "Hoe werken sales, marketing en klantenservice of customer success samen?",
      en: "How do sales, marketing and customer service or customer success work together?",
    },
    statements: {
      1: {
        nl: "Sales, marketing en service werken langs elkaar heen; informatie over klanten wordt nauwelijks gedeeld.",
        en: "Sales, marketing and service work in isolation from each other; customer information is barely shared.",
      },
      2: {
        nl: "Afdelingen stemmen af wanneer er een probleem is; de samenwerking is beperkt, versnipperd en afhankelijk van personen.",
        en: "Departments coordinate when there is a problem; collaboration is limited, fragmented and dependent on individuals.",
      },
      3: {
        nl: "Salesleiders bouwen actief aan interne netwerken; sales, marketing en service overleggen regelmatig over klanten en kansen.",
        en: "Sales leaders actively build internal networks; sales, marketing and service meet regularly about customers and opportunities.",
      },
      4: {
        nl: "Sales, marketing en service werken met gedeelde doelen, processen en data en sturen samen op de hele klantreis.",
        en: "Sales, marketing and service work with shared goals, processes and data and jointly manage the entire customer journey.",
      },
      5: {
        nl: "Multidisciplinaire teams werken vanzelfsprekend samen aan gezamenlijke doelen en ontwikkelen samen nieuwe manieren om klanten te bedienen.",
        en: "Cross-functional teams naturally work together towards shared goals and jointly develop new ways of serving customers.",
      },
    },
  },
  {
    key: "leadership.external_network",
    pillar: "leadership",
    theme: { nl: "Extern netwerk", en: "External network" },
    question: {
      nl: "Hoe bouwen salesleiders aan hun netwerk met klanten, prospects, adviseurs en andere stakeholders?",
      en: "How do sales leaders build their network with customers, prospects, advisers and other stakeholders?",
    },
    statements: {
      1: {
        nl: "Er wordt niet bewust genetwerkt; externe contacten beperken zich tot de klanten waarmee op dat moment een deal loopt.",
        en: "There is no deliberate networking; external contacts are limited to the customers with whom a deal is currently in progress.",
      },
      2: {
        nl: "Salesleiders zoeken hun netwerk op bij een concrete kans of klacht; er is weinig contact met adviseurs en marktrelaties.",
        en: "Sales leaders turn to their network when there is a concrete opportunity or complaint; there is little contact with advisers and market partners.",
      },
      3: {
        nl: "Salesleiders zijn actief in netwerken en onderhouden bewust contact met belangrijke klanten, prospects en stakeholders.",
        en: "Sales leaders are active in networks and deliberately keep in touch with key customers, prospects and stakeholders.",
      },
      4: {
        nl: "Netwerken gebeurt planmatig: per leider is bekend welke relaties worden onderhouden en wat dat oplevert aan kansen en inzichten.",
        en: "Networking is planned: for each leader it is clear which relationships they maintain and what this yields in opportunities and insights.",
      },
      5: {
        nl: "Salesleiders hebben sterke netwerken in de branche, worden gevraagd als spreker of adviseur en halen daar nieuwe kansen en ideeën uit.",
        en: "Sales leaders have strong networks across the industry, are invited as speakers or advisers, and draw new opportunities and ideas from them.",
      },
    },
  },
];

export const leadership: Pillar = {
  key: "leadership",
  name: { nl: "Salesleadership", en: "Sales leadership" },
  description: {
    nl: "Hoe salesleiders verbinden en netwerken, intern en extern: een visie op een cultuur waarin teams en medewerkers creatief samenwerken, leiding geven aan teams die klanten begeleiden met verkoopkwaliteit en commercial excellence, en netwerken met prospects, klanten, adviseurs, externe stakeholders en marktrelaties.",
    en: "How sales leaders connect and network, inside and outside the organisation: a vision of a culture in which teams and employees collaborate creatively, leading teams that guide customers with sales quality and commercial excellence, and networking with prospects, customers, advisers, external stakeholders and market partners.",
  },
  items,
  desiredLevelQuestion: {
    nl: "Welk niveau wil je over 12 tot 18 maanden bereiken voor salesleadership?",
    en: "Which level do you want to reach for sales leadership in 12 to 18 months?",
  },
  importanceQuestion: {
    nl: "Hoe belangrijk is salesleadership voor het behalen van jullie commerciële doelen?",
    en: "How important is sales leadership for achieving your commercial goals?",
  },
};

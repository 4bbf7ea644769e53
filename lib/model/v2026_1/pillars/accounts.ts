import type { Item, Pillar } from "../../types";
import type { ITEM_KEYS_2026_1 } from "../../keys";

type Key = (typeof ITEM_KEYS_2026_1)["accounts"][number];
type AccountsItem = Item & { readonly key: Key; readonly pillar: "accounts" };

const items: readonly AccountsItem[] = [
  {
    key: "accounts.account_teams",
    pillar: "accounts",
    theme: { nl: "Accountteams", en: "Account teams" },
    question: {
      nl: "Hoe zijn de accountteams georganiseerd?",
      en: "How are the account teams organised?",
    },
    statements: {
      1: {
        nl: "Klanten worden bediend door wie er toevallig contact mee heeft; er zijn geen vaste accountverantwoordelijken.",
        en: "Customers are served by whoever happens to be in touch with them; there are no designated account owners.",
      },
      2: {
        nl: "Belangrijke klanten hebben een vaste accountmanager, maar die is vooral bezig met het oplossen van acute problemen.",
        en: "Key customers have a designated account manager, but that person is mostly busy solving urgent problems.",
      },
      3: {
        nl: "Voor belangrijke accounts zijn teams samengesteld met duidelijke rollen en een planning van contactmomenten.",
        en: "Key accounts have teams with clear roles and a schedule of customer touchpoints.",
      },
      4: {
        nl: "Accountteams zijn per klantsegment volgens een vaste aanpak ingericht, met afgestemde taken voor sales, service en specialisten.",
        en: "Account teams are set up per customer segment using a fixed approach, with coordinated tasks for sales, service and specialists.",
      },
      5: {
        nl: "Accountteams worden flexibel rond de klantvraag samengesteld en werken nauw met de klant samen aan gezamenlijke doelen.",
        en: "Account teams are put together flexibly around customer needs and work closely with the customer on shared goals.",
      },
    },
  },
  {
    key: "accounts.dmu_coverage",
    pillar: "accounts",
    theme: { nl: "Contacten in de DMU", en: "DMU coverage" },
    question: {
      nl: "Hoe goed zijn de contacten in de DMU (de beslissingseenheid) van klanten in beeld en bediend?",
      en: "How well are the contacts in customers' DMUs (decision-making units) mapped and covered?",
    },
    statements: {
      1: {
        nl: "Er is meestal één contactpersoon per klant; wie er verder meebeslist, is niet bekend.",
        en: "There is usually one contact person per customer; who else has a say in decisions is unknown.",
      },
      2: {
        nl: "Andere beslissers worden pas benaderd als een deal of contract erom vraagt; informatie over de DMU wordt nergens vastgelegd.",
        en: "Other decision-makers are approached only when a deal or contract requires it; information about the DMU is not recorded anywhere.",
      },
      3: {
        nl: "Per belangrijk account is de DMU in kaart gebracht en worden de belangrijkste beslissers gericht benaderd.",
        en: "The DMU of each key account is mapped and the main decision-makers are approached in a targeted way.",
      },
      4: {
        nl: "DMU's worden in het CRM bijgehouden; elke rol in de DMU heeft een vast contact uit het accountteam met een eigen agenda.",
        en: "DMUs are kept up to date in the CRM; each role in the DMU has a designated contact in the account team with their own agenda.",
      },
      5: {
        nl: "Het accountteam signaleert veranderingen in de DMU vroeg en bouwt doorlopend relaties op met nieuwe en toekomstige beslissers.",
        en: "The account team picks up changes in the DMU early and continuously builds relationships with new and future decision-makers.",
      },
    },
  },
  {
    key: "accounts.account_plans",
    pillar: "accounts",
    theme: { nl: "Accountplannen", en: "Account plans" },
    question: {
      nl: "Hoe worden commerciële doelen en de agenda per account vastgelegd?",
      en: "How are commercial goals and the agenda for each account set?",
    },
    statements: {
      1: {
        nl: "Er zijn geen accountplannen; accountmanagement is gericht op het sluiten van de volgende deal.",
        en: "There are no account plans; account management is focused on closing the next deal.",
      },
      2: {
        nl: "Voor enkele grote klanten is een plan gemaakt, maar het wordt zelden bijgewerkt en raakt bij drukte op de achtergrond.",
        en: "Plans exist for a few large customers, but they are rarely updated and fade into the background when things get busy.",
      },
      3: {
        nl: "Belangrijke accounts hebben een accountplan met commerciële doelen en een agenda, dat periodiek wordt besproken.",
        en: "Key accounts have an account plan with commercial goals and an agenda, which is reviewed periodically.",
      },
      4: {
        nl: "Accountplanning volgt een vaste methode en cyclus; plannen zijn gebaseerd op klantdata en worden met het accountteam opgevolgd.",
        en: "Account planning follows a fixed method and cycle; plans are based on customer data and followed up with the account team.",
      },
      5: {
        nl: "Accountplannen worden samen met de klant opgesteld en doorlopend bijgesteld op basis van data en veranderende klantbehoeften.",
        en: "Account plans are drawn up together with the customer and continuously adjusted based on data and changing customer needs.",
      },
    },
  },
  {
    key: "accounts.opportunities",
    pillar: "accounts",
    theme: { nl: "Kansen en opvolging", en: "Opportunities and follow-up" },
    question: {
      nl: "Hoe worden kansen bij bestaande klanten gevonden en opgevolgd?",
      en: "How are opportunities at existing customers identified and followed up?",
    },
    statements: {
      1: {
        nl: "Kansen bij bestaande klanten worden niet actief gezocht; extra omzet ontstaat vooral toevallig.",
        en: "Opportunities at existing customers are not actively sought; additional revenue comes about mostly by chance.",
      },
      2: {
        nl: "Kansen worden opgepakt als de klant er zelf om vraagt; voor het verkennen van nieuwe mogelijkheden is weinig tijd.",
        en: "Opportunities are picked up when the customer asks; there is little time to explore new possibilities.",
      },
      3: {
        nl: "Accountmanagers zoeken gericht naar kansen, leggen ze vast in het CRM en volgen ze gestructureerd en effectief op.",
        en: "Account managers actively look for opportunities, record them in the CRM and follow them up in a structured, effective way.",
      },
      4: {
        nl: "Upsell- en cross-sellkansen worden per account volgens een vaste aanpak geanalyseerd, geprioriteerd en via de pipeline gevolgd.",
        en: "Upsell and cross-sell opportunities are analysed, prioritised and tracked through the pipeline per account using a fixed approach.",
      },
      5: {
        nl: "Data-analyse en klantsignalen voorspellen behoeften, zodat het accountteam nieuwe waarde aanbiedt voordat de klant erom vraagt.",
        en: "Data analysis and customer signals predict needs, so the account team offers new value before the customer asks for it.",
      },
    },
  },
  {
    key: "accounts.long_term_growth",
    pillar: "accounts",
    theme: { nl: "Langdurige groei", en: "Long-term growth" },
    question: {
      nl: "Hoe wordt gewerkt aan langdurige klantrelaties en groei van accounts?",
      en: "How are long-term customer relationships and account growth developed?",
    },
    statements: {
      1: {
        nl: "Na de verkoop is er weinig contact; of een klant blijft of vertrekt, wordt pas achteraf duidelijk.",
        en: "After the sale there is little contact; whether a customer stays or leaves only becomes clear afterwards.",
      },
      2: {
        nl: "Er is contact bij klachten en verlengingen; klantbehoud wordt gevolgd, maar er is geen aanpak om de relatie uit te bouwen.",
        en: "There is contact around complaints and renewals; retention is tracked, but there is no approach for building the relationship.",
      },
      3: {
        nl: "Accounts worden planmatig uitgebouwd, met vaste evaluaties en aandacht voor klanttevredenheid en winst per klant.",
        en: "Accounts are developed according to plan, with regular reviews and attention to customer satisfaction and profit per customer.",
      },
      4: {
        nl: "Langdurige relaties worden volgens een vaste aanpak opgebouwd; klantwaarde (CLTV) en NPS worden per account gevolgd en benut.",
        en: "Long-term relationships are built using a fixed approach; customer lifetime value (CLTV) and NPS are tracked per account and acted on.",
      },
      5: {
        nl: "Accountteams bouwen met klanten aan waardevolle, toekomstgerichte partnerschappen, die aantoonbaar leiden tot continue groei per account.",
        en: "Account teams build valuable, future-oriented partnerships with customers that demonstrably lead to continuous growth per account.",
      },
    },
  },
];

export const accounts: Pillar = {
  key: "accounts",
  name: { nl: "Accountmanagement", en: "Account management" },
  description: {
    nl: "Hoe accounts planmatig en langdurig groeien: het plannen en structureren van accountteams, zodat zij aansluiten bij de juiste bestaande en nieuwe contacten in de DMU's, het begeleiden van die contacten met de juiste commerciële doelen en agenda, en het borgen van groei op de lange termijn.",
    en: "How accounts grow in a planned way and over the long term: planning and structuring account teams so that they connect with the right existing and new contacts in the DMUs, guiding those connections with the right commercial goals and agenda, and securing long-term growth.",
  },
  items,
  desiredLevelQuestion: {
    nl: "Welk niveau wil je over 12 tot 18 maanden bereiken voor accountmanagement?",
    en: "Which level do you want to reach for account management in 12 to 18 months?",
  },
  importanceQuestion: {
    nl: "Hoe belangrijk is accountmanagement voor het behalen van jullie commerciële doelen?",
    en: "How important is account management for achieving your commercial goals?",
  },
};

import type { Item, Pillar } from "../../types";
import type { ITEM_KEYS_2026_1 } from "../../keys";

type Key = (typeof ITEM_KEYS_2026_1)["marketing"][number];
type MarketingItem = Item & { readonly key: Key; readonly pillar: "marketing" };

const items: readonly MarketingItem[] = [
  {
    key: "marketing.segmentation",
    pillar: "marketing",
    theme: { nl: "Doelgroepen en segmentatie", en: "Target groups and segmentation" },
    question: {
      nl: "Hoe worden doelgroepen gekozen en klanten gesegmenteerd?",
      en: "How are target groups chosen and customers segmented?",
    },
    statements: {
      1: {
        nl: "Er zijn geen doelgroepen gekozen; de organisatie richt zich op iedereen die interesse toont.",
        en: "No target groups have been chosen; the organisation goes after anyone who shows interest.",
      },
      2: {
        nl: "Doelgroepen worden globaal benoemd, maar bestaande en nieuwe klanten worden niet onderscheiden en de keuze verschuift met de kansen van het moment.",
        en: "Target groups are named in broad terms, but existing and new customers are not distinguished and the choice shifts with the opportunities of the moment.",
      },
      3: {
        nl: "Doelgroepen zijn bewust geselecteerd, en bestaande en nieuwe klanten zijn gesegmenteerd volgens een duidelijke strategie.",
        en: "Target groups are deliberately selected, and existing and new customers are segmented according to a clear strategy.",
      },
      4: {
        nl: "Segmenten en ideale klantprofielen zijn met data onderbouwd en vormen de basis van alle marketing- en salesactiviteiten.",
        en: "Segments and ideal customer profiles are backed by data and form the basis of all marketing and sales activities.",
      },
      5: {
        nl: "Segmenten en klantprofielen worden continu verfijnd op basis van gedrags- en resultaatdata, zodat nieuwe kansrijke groepen snel in beeld komen.",
        en: "Segments and customer profiles are refined continuously using behavioural and results data, so promising new groups are spotted quickly.",
      },
    },
  },
  {
    key: "marketing.offer",
    pillar: "marketing",
    theme: { nl: "Aanbod en proposities", en: "Offer and propositions" },
    question: {
      nl: "Hoe wordt bepaald welke producten en diensten aan welke klanten worden aangeboden?",
      en: "How is it decided which products and services are offered to which customers?",
    },
    statements: {
      1: {
        nl: "Beslissingen over producten, prijzen en acties worden op goed geluk genomen, zonder analyse; veel gaat via trial-and-error.",
        en: "Decisions on products, prices and promotions are taken on a hunch, without analysis; much is trial and error.",
      },
      2: {
        nl: "Het aanbod wordt aangepast wanneer klanten of concurrenten daar aanleiding toe geven, zonder gedegen analyse van klantbehoeften.",
        en: "The offer is adjusted when customers or competitors prompt it, without a sound analysis of customer needs.",
      },
      3: {
        nl: "Elke doelgroep heeft een relevant aanbod met een heldere propositie, gebaseerd op onderzoek naar klantbehoeften.",
        en: "Each target group has a relevant offer with a clear proposition, based on research into customer needs.",
      },
      4: {
        nl: "Proposities, prijzen en pakketten zijn per segment gestandaardiseerd en worden op resultaat gemeten; het portfolio wordt periodiek herijkt.",
        en: "Propositions, prices and packages are standardised per segment and measured on results; the portfolio is reassessed periodically.",
      },
      5: {
        nl: "Nieuwe producten en diensten worden samen met klanten ontwikkeld en getest; een groeiend deel van de omzet komt uit nieuw aanbod.",
        en: "New products and services are developed and tested together with customers; a growing share of revenue comes from new offerings.",
      },
    },
  },
  {
    key: "marketing.lead_generation",
    pillar: "marketing",
    theme: { nl: "Leadgeneratie", en: "Lead generation" },
    question: {
      nl: "Hoe worden leads gegenereerd, gekwalificeerd en aan sales overgedragen?",
      en: "How are leads generated, qualified and handed over to sales?",
    },
    statements: {
      1: {
        nl: "Leads komen toevallig binnen; er is geen vaste opvolging en veel aanvragen blijven liggen.",
        en: "Leads come in by chance; there is no fixed follow-up and many enquiries go unanswered.",
      },
      2: {
        nl: "Leads worden opgevolgd zodra ze zich melden, maar er is geen plan om nieuwe leads te werven en geen afspraak over kwalificatie.",
        en: "Leads are followed up when they come in, but there is no plan to attract new leads and no agreement on qualification.",
      },
      3: {
        nl: "Een leadplan met gerichte acties levert nieuwe leads op, die volgens afgesproken criteria worden gekwalificeerd en aan sales overgedragen.",
        en: "A lead plan with targeted actions brings in new leads, which are qualified against agreed criteria and handed over to sales.",
      },
      4: {
        nl: "Leadgeneratie is geïntegreerd in het commerciële proces: marketing en sales delen definities, lead scoring en afspraken over opvolging.",
        en: "Lead generation is integrated into the commercial process: marketing and sales share definitions, lead scoring and follow-up agreements.",
      },
      5: {
        nl: "Leadbronnen, kwalificatie en opvolging worden doorlopend met data geoptimaliseerd, wat een constante stroom leads van hoge kwaliteit oplevert.",
        en: "Lead sources, qualification and follow-up are optimised continuously with data, producing a steady flow of high-quality leads.",
      },
    },
  },
  {
    key: "marketing.campaigns",
    pillar: "marketing",
    theme: { nl: "Campagnes en kanalen", en: "Campaigns and channels" },
    question: {
      nl: "Hoe worden marketing- en salescampagnes gepland en uitgevoerd?",
      en: "How are marketing and sales campaigns planned and run?",
    },
    statements: {
      1: {
        nl: "Marketingactiviteiten zijn ongepland en willekeurig, met wisselende boodschappen en kanalen.",
        en: "Marketing activities are unplanned and random, with changing messages and channels.",
      },
      2: {
        nl: "Campagnes worden opgezet als reactie op gebeurtenissen of tegenvallende cijfers; een langetermijnvisie en afstemming met sales ontbreken.",
        en: "Campaigns are set up in response to events or disappointing figures; a long-term vision and alignment with sales are missing.",
      },
      3: {
        nl: "Campagnes volgen een jaarplanning, met afgestemde boodschappen per doelgroep en bewust gekozen kanalen.",
        en: "Campaigns follow an annual plan, with messages tailored to each target group and deliberately chosen channels.",
      },
      4: {
        nl: "Campagnes worden volgens een standaardaanpak samen met sales uitgevoerd en per doelgroep en kanaal op conversie gemeten.",
        en: "Campaigns are run together with sales using a standard approach and measured on conversion per target group and channel.",
      },
      5: {
        nl: "Campagnes worden continu getest en bijgestuurd op data; kanalen, boodschappen en timing worden per segment geoptimaliseerd.",
        en: "Campaigns are continuously tested and adjusted based on data; channels, messages and timing are optimised per segment.",
      },
    },
  },
  {
    key: "marketing.decisions_data",
    pillar: "marketing",
    theme: { nl: "Data en rendement", en: "Data and return" },
    question: {
      nl: "Waarop worden marketingbeslissingen gebaseerd en hoe wordt het rendement gemeten?",
      en: "What are marketing decisions based on and how is their return measured?",
    },
    statements: {
      1: {
        nl: "Marketingbeslissingen worden op intuïtie genomen; de resultaten van marketinguitgaven worden niet gemeten.",
        en: "Marketing decisions are made on intuition; the results of marketing spend are not measured.",
      },
      2: {
        nl: "Er worden losse cijfers verzameld, zoals bezoekers of clicks, maar die worden niet aan omzet gekoppeld of voor keuzes gebruikt.",
        en: "Isolated figures such as visits or clicks are collected, but they are not linked to revenue or used to make choices.",
      },
      3: {
        nl: "Beslissingen worden onderbouwd met markt- en klantanalyses, en de ROI van belangrijke campagnes wordt achteraf berekend.",
        en: "Decisions are backed by market and customer analyses, and the ROI of major campaigns is calculated afterwards.",
      },
      4: {
        nl: "De ROI van alle campagnes wordt structureel gemeten en budgetten worden verdeeld op basis van bewezen rendement.",
        en: "The ROI of every campaign is measured routinely and budgets are allocated on the basis of proven return.",
      },
      5: {
        nl: "Marketing stuurt op actuele data en voorspellende analyses en verschuift budget en inzet direct naar wat het meeste oplevert.",
        en: "Marketing steers on live data and predictive analytics and shifts budget and effort straight to what performs best.",
      },
    },
  },
];

export const marketing: Pillar = {
  key: "marketing",
  name: { nl: "Marketing", en: "Marketing" },
  description: {
    nl: "Hoe de organisatie ideale klanten vindt en samen met hen groeit: de keuze van doelgroepen, de segmentatie van bestaande en nieuwe klanten, de keuze voor bestaande producten of nieuwe diensten, en leadgeneratie met marketing- en salescampagnes die goed converteren.",
    en: "How the organisation finds ideal customers and grows together with them: choosing target groups, segmenting existing and new customers, choosing between existing products and new services, and generating leads with marketing and sales campaigns that convert well.",
  },
  items,
  desiredLevelQuestion: {
    nl: "Welk niveau wil je over 12 tot 18 maanden bereiken voor marketing?",
    en: "Which level do you want to reach for marketing in 12 to 18 months?",
  },
  importanceQuestion: {
    nl: "Hoe belangrijk is marketing voor het behalen van jullie commerciële doelen?",
    en: "How important is marketing for achieving your commercial goals?",
  },
};

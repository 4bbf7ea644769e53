import type { Item, Pillar } from "../../types";
import type { ITEM_KEYS_2026_1 } from "../../keys";

type Key = (typeof ITEM_KEYS_2026_1)["organisation"][number];
type OrganisationItem = Item & { readonly key: Key; readonly pillar: "organisation" };

const items: readonly OrganisationItem[] = [
  {
    key: "organisation.commercial_plan",
    pillar: "organisation",
    theme: { nl: "Commercieel plan", en: "Commercial plan" },
    question: {
      nl: "Hoe wordt het businessplan vertaald naar een commercieel plan?",
      en: "How is the business plan translated into a commercial plan?",
    },
    statements: {
      1: {
        nl: "Er is geen commercieel plan dat uit het businessplan volgt; verkoop gebeurt op gevoel en afspraken worden wisselend uitgevoerd.",
        en: "There is no commercial plan derived from the business plan; selling is done on gut feeling and agreements are carried out inconsistently.",
      },
      2: {
        nl: "Er is een jaarlijks omzetdoel, maar geen uitgewerkt plan; prioriteiten verschuiven met de vraag van het moment.",
        en: "There is an annual revenue target but no worked-out plan; priorities shift with whatever demand comes up.",
      },
      3: {
        nl: "Het businessplan is vertaald naar een commercieel plan met doelen, doelgroepen en activiteiten, dat periodiek wordt besproken.",
        en: "The business plan is translated into a commercial plan with goals, target groups and activities, which is reviewed periodically.",
      },
      4: {
        nl: "Het commercieel plan is op data gebaseerd, doorvertaald naar teams en personen en wordt elk kwartaal bijgestuurd op basis van resultaten.",
        en: "The commercial plan is based on data, cascaded to teams and individuals, and adjusted every quarter based on results.",
      },
      5: {
        nl: "Het commercieel plan wordt doorlopend aangepast aan markt- en klantdata; medewerkers dragen zelf verbeteringen en nieuwe groeikansen aan.",
        en: "The commercial plan is continuously adapted to market and customer data; employees themselves propose improvements and new growth opportunities.",
      },
    },
  },
  {
    key: "organisation.structure",
    pillar: "organisation",
    theme: { nl: "Inrichting salesafdeling", en: "Sales department set-up" },
    question: {
      nl: "Hoe zijn de salesafdeling, de rollen en de commerciële middelen ingericht?",
      en: "How are the sales department, its roles and the commercial resources set up?",
    },
    statements: {
      1: {
        nl: "Rollen en verantwoordelijkheden in sales zijn niet vastgelegd; iedereen verkoopt op zijn eigen manier en middelen worden los ingezet.",
        en: "Sales roles and responsibilities have not been agreed; everyone sells their own way and resources are used piecemeal.",
      },
      2: {
        nl: "Er is een basisverdeling van rollen, maar taken overlappen en de werkwijze verschilt per persoon; middelen komen er pas als het knelt.",
        en: "There is a basic division of roles, but tasks overlap and ways of working differ per person; resources are added only when problems arise.",
      },
      3: {
        nl: "Rollen, taken en het salesproces zijn beschreven, en middelen als tools, materiaal en budget worden gekozen op basis van het commercieel plan.",
        en: "Roles, tasks and the sales process are documented, and resources such as tools, materials and budget are chosen based on the commercial plan.",
      },
      4: {
        nl: "Afdeling, salesproces en middelen zijn gestandaardiseerd en sluiten aan op marketing en service; de inrichting wordt regelmatig geëvalueerd.",
        en: "Department, sales process and resources are standardised and connected to marketing and service; the set-up is evaluated regularly.",
      },
      5: {
        nl: "De salesorganisatie past haar inrichting en middelen snel aan nieuwe marktomstandigheden aan en test doorlopend nieuwe werkvormen en tools.",
        en: "The sales organisation quickly adapts its set-up and resources to new market conditions and keeps testing new ways of working and tools.",
      },
    },
  },
  {
    key: "organisation.kpis_activities",
    pillar: "organisation",
    theme: { nl: "KPI's en activiteiten", en: "KPIs and activities" },
    question: {
      nl: "Hoe worden doelen, KPI's en salesactiviteiten vastgesteld en gevolgd?",
      en: "How are targets, KPIs and sales activities set and monitored?",
    },
    statements: {
      1: {
        nl: "Er worden vooral omzet en aantallen deals geteld; activiteiten worden niet gepland en targets worden zelden gehaald of serieus genomen.",
        en: "Mainly revenue and the number of deals are counted; activities are not planned and targets are rarely met or taken seriously.",
      },
      2: {
        nl: "Er zijn individuele targets, maar KPI's worden pas bekeken als resultaten tegenvallen; activiteiten volgen de waan van de dag.",
        en: "Individual targets exist, but KPIs are only looked at when results disappoint; activities follow the issues of the day.",
      },
      3: {
        nl: "Doelen zijn vertaald naar concrete KPI's en activiteitenplannen, die maandelijks met het team worden besproken.",
        en: "Goals are translated into concrete KPIs and activity plans, which are reviewed with the team every month.",
      },
      4: {
        nl: "Een vaste set KPI's stuurt de hele commerciële keten; dashboards tonen actuele data en afwijkingen leiden direct tot bijsturing.",
        en: "A fixed set of KPIs steers the entire commercial chain; dashboards show current data and deviations lead to immediate corrective action.",
      },
      5: {
        nl: "KPI's en activiteiten worden continu geanalyseerd en aangescherpt; teams experimenteren met nieuwe aanpakken en meten wat werkt.",
        en: "KPIs and activities are continuously analysed and sharpened; teams experiment with new approaches and measure what works.",
      },
    },
  },
  {
    key: "organisation.crm",
    pillar: "organisation",
    theme: { nl: "CRM", en: "CRM" },
    question: {
      nl: "Hoe wordt het CRM-systeem gebruikt?",
      en: "How is the CRM system used?",
    },
    statements: {
      1: {
        nl: "Er is geen CRM, of het wordt nauwelijks en onjuist gevuld; klantinformatie zit in hoofden, mailboxen en losse lijstjes.",
        en: "There is no CRM, or it is barely and incorrectly filled in; customer information sits in people's heads, mailboxes and loose lists.",
      },
      2: {
        nl: "Het CRM wordt gebruikt als adresboek en voor een deel van de deals; de data is onvolledig en wordt wisselend bijgehouden.",
        en: "The CRM is used as an address book and for some of the deals; the data is incomplete and kept up to date inconsistently.",
      },
      3: {
        nl: "Klantgegevens, activiteiten en deals worden consequent in het CRM vastgelegd en gebruikt om leads en kansen op te volgen.",
        en: "Customer data, activities and deals are consistently recorded in the CRM and used to follow up leads and opportunities.",
      },
      4: {
        nl: "Het CRM is gekoppeld aan marketing en service en vormt de basis voor rapportages, pipelinesturing en forecasts.",
        en: "The CRM is integrated with marketing and service and is the basis for reporting, pipeline management and forecasts.",
      },
      5: {
        nl: "CRM-data wordt gecombineerd met andere bronnen en slimme analyses om kansen te voorspellen en het salesproces continu te verbeteren.",
        en: "CRM data is combined with other sources and smart analytics to predict opportunities and continuously improve the sales process.",
      },
    },
  },
  {
    key: "organisation.forecasting",
    pillar: "organisation",
    theme: { nl: "Forecasting en groeiplanning", en: "Forecasting and growth planning" },
    question: {
      nl: "Hoe wordt groei gepland en voorspeld?",
      en: "How is growth planned and forecast?",
    },
    statements: {
      1: {
        nl: "Omzetverwachtingen zijn een inschatting op gevoel en wijken sterk af van wat er werkelijk wordt gerealiseerd.",
        en: "Revenue expectations are gut-feel estimates and differ widely from what is actually achieved.",
      },
      2: {
        nl: "De forecast ontstaat door de schattingen van verkopers op te tellen, vooral voor de korte termijn en zonder vaste methode.",
        en: "The forecast is made by adding up the reps' estimates, mainly for the short term and without a fixed method.",
      },
      3: {
        nl: "De forecast is gebaseerd op pipelinedata, conversieratio's en marktinzicht en is redelijk betrouwbaar.",
        en: "The forecast is based on pipeline data, conversion ratios and market insight and is reasonably reliable.",
      },
      4: {
        nl: "De forecast volgt een vaste, datagedreven methode; de nauwkeurigheid wordt gemeten en bij marktveranderingen wordt snel bijgestuurd.",
        en: "The forecast follows a fixed, data-driven method; its accuracy is measured and plans are adjusted quickly when the market changes.",
      },
      5: {
        nl: "De forecast wordt doorlopend bijgewerkt met actuele data en scenario's, zodat kansen en risico's vroeg zichtbaar zijn en groei tijdig wordt bijgestuurd.",
        en: "The forecast is updated continuously with live data and scenarios, so opportunities and risks surface early and growth is steered in good time.",
      },
    },
  },
];

export const organisation: Pillar = {
  key: "organisation",
  name: { nl: "Salesorganisatie", en: "Sales organisation" },
  description: {
    nl: "Hoe commercie en klantcontact worden georganiseerd en gepland: de vertaling van het businessplan naar een commercieel plan, de inrichting van de salesafdeling, de keuze van commerciële middelen, KPI's en activiteiten, het gebruik van CRM en het plannen en voorspellen van groei.",
    en: "How sales and customer contact are organised and planned: translating the business plan into a commercial plan, setting up the sales department, choosing commercial resources, KPIs and activities, using CRM, and planning and forecasting growth.",
  },
  items,
  desiredLevelQuestion: {
    nl: "Welk niveau wil je over 12 tot 18 maanden bereiken voor de salesorganisatie?",
    en: "Which level do you want to reach for the sales organisation in 12 to 18 months?",
  },
  importanceQuestion: {
    nl: "Hoe belangrijk is de salesorganisatie voor het behalen van jullie commerciële doelen?",
    en: "How important is the sales organisation for achieving your commercial goals?",
  },
};

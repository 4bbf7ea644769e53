import type { MaturityLevel } from "../types";

/**
 * The five maturity levels of model 2026.2 (names, keywords and descriptions as in 2026.1), from the article "Salesgroei organiseren in 5 niveaus".
 * Keywords are the article's own key words per level; level 5 has no explicit keyword list in the
 * article, so its keywords are taken from the level description.
 */
export const levels: readonly MaturityLevel[] = [
  {
    level: 1,
    name: { nl: "Ad hoc", en: "Ad hoc" },
    keywords: {
      nl: ["initieel", "ad hoc", "onrijp", "chaotisch"],
      en: ["initial", "ad hoc", "immature", "chaotic"],
    },
    description: {
      nl: "Processen zijn ad hoc en nauwelijks gestandaardiseerd; alles werkt reactief. Er is weinig structuur en controle, waardoor aanpak en resultaat onvoorspelbaar zijn. Plannen en forecasts zijn onbetrouwbaar en succes hangt af van individuen.",
      en: "Processes are ad hoc and hardly standardised; everything works reactively. There is little structure or control, so approach and outcome are unpredictable. Plans and forecasts are unreliable and success depends on individuals.",
    },
    ambition: {
      nl: "Zaken worden geregeld op het moment dat ze zich voordoen, en ieder doet dat op zijn eigen manier.",
      en: "Things are arranged when they come up, and everyone does so in their own way.",
    },
  },
  {
    level: 2,
    name: { nl: "Reactief", en: "Reactive" },
    keywords: {
      nl: ["ontwikkelend", "basaal", "onvoldoende", "beperkt", "inconsequent", "reactief", "mogelijk herhaalbaar"],
      en: ["developing", "basic", "insufficient", "limited", "inconsistent", "reactive", "possibly repeatable"],
    },
    description: {
      nl: "Matig volwassen: processen krijgen vorm, maar zijn beperkt effectief en efficiënt en voldoen nog niet aan de gestelde eisen. Salesactiviteiten worden gestuurd door directe kortetermijnbehoeften; een uniforme aanpak en strategische planning ontbreken.",
      en: "Moderately mature: processes are taking shape, but their effectiveness and efficiency are limited and they do not yet meet requirements. Sales activities are driven by immediate short-term needs; a uniform approach and strategic planning are missing.",
    },
    ambition: {
      nl: "Er zijn afspraken over wie wat doet, en er wordt vooral gereageerd op wat er op dat moment speelt.",
      en: "There are agreements on who does what, and the focus is on reacting to what comes up at the time.",
    },
  },
  {
    level: 3,
    name: { nl: "Proactief", en: "Proactive" },
    keywords: {
      nl: ["gemiddeld", "voldoende", "stabiel", "redelijk voorspelbaar", "geavanceerd", "proactief", "geoptimaliseerd"],
      en: ["average", "adequate", "stable", "reasonably predictable", "advanced", "proactive", "optimised"],
    },
    description: {
      nl: "Processen functioneren redelijk goed, voldoen aan de basisvereisten en zijn stabiel en redelijk voorspelbaar. De commerciële strategie is vertaald naar concrete doelen, KPI's en plannen, en beslissingen worden genomen op basis van data en analyses. Er zijn nog verbeterpunten.",
      en: "Processes work reasonably well, meet the basic requirements and are stable and reasonably predictable. The commercial strategy is translated into concrete goals, KPIs and plans, and decisions are based on data and analysis. There is still room for improvement.",
    },
    ambition: {
      nl: "Er is een plan met doelen, en keuzes worden gemaakt op basis van cijfers over klanten en resultaten.",
      en: "There is a plan with goals, and choices are made based on figures about customers and results.",
    },
  },
  {
    level: 4,
    name: { nl: "Systematisch", en: "Systematic" },
    keywords: {
      nl: ["geavanceerd", "besturend", "leergierig", "voorspelbaar", "consistent", "datagedreven", "integraal"],
      en: ["advanced", "steering", "eager to learn", "predictable", "consistent", "data-driven", "integrated"],
    },
    description: {
      nl: "Hoog volwassen, ook wel 'Gedefinieerd' genoemd: processen zijn goed ontwikkeld, efficiënt en goed beheersbaar, en leveren consistente resultaten. Planning en sturing zijn datagedreven en integraal, en de organisatie is voortdurend gericht op verbetering.",
      en: "Highly mature, also called 'Defined': processes are well developed, efficient and well under control, and deliver consistent results. Planning and steering are data-driven and integrated, and the organisation is continuously focused on improvement.",
    },
    ambition: {
      nl: "Plan, cijfers en werkwijze zijn in alle teams gelijk, en afwijkingen worden op tijd bijgestuurd.",
      en: "Plan, figures and way of working are the same in all teams, and deviations are corrected in time.",
    },
  },
  {
    level: 5,
    name: { nl: "Innovatief", en: "Innovative" },
    keywords: {
      nl: ["wereldklasse", "voorbeeld voor anderen", "voortdurend in ontwikkeling", "wendbaar", "toonaangevend"],
      en: ["world-class", "example for others", "continuously developing", "adaptive", "industry-leading"],
    },
    description: {
      nl: "Het hoogste niveau: processen zijn van wereldklasse en dienen als voorbeeld voor anderen. Organisatie en teams ontwikkelen zich voortdurend, passen zich snel aan nieuwe omstandigheden aan en optimaliseren continu met data en vernieuwende oplossingen. De organisatie geldt als toonaangevend in de branche.",
      en: "The highest level: processes are world-class and serve as an example to others. The organisation and its teams develop continuously, adapt quickly to new circumstances and keep optimising with data and new solutions. The organisation is regarded as a leader in its industry.",
    },
    ambition: {
      nl: "Teams verbeteren zelf hun werkwijze en testen nieuwe aanpakken, ook samen met klanten en partners.",
      en: "Teams improve their own way of working and test new approaches, also together with customers and partners.",
    },
  },
];

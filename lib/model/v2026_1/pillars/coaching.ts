import type { Item, Pillar } from "../../types";
import type { ITEM_KEYS_2026_1 } from "../../keys";

type Key = (typeof ITEM_KEYS_2026_1)["coaching"][number];
type CoachingItem = Item & { readonly key: Key; readonly pillar: "coaching" };

const items: readonly CoachingItem[] = [
  {
    key: "coaching.coaching_practice",
    pillar: "coaching",
    theme: { nl: "Coachingspraktijk", en: "Coaching practice" },
    question: {
      nl: "Hoe worden verkopers en accountmanagers gecoacht?",
      en: "How are sales reps and account managers coached?",
    },
    statements: {
      1: {
        nl: "Coaching vindt nauwelijks plaats en is ongestructureerd; verkopers zoeken het grotendeels zelf uit.",
        en: "Coaching hardly takes place and is unstructured; reps largely figure things out on their own.",
      },
      2: {
        nl: "Coaching gebeurt incidenteel, meestal na een verloren deal of een tegenvallende maand, en verschilt sterk per leidinggevende.",
        en: "Coaching happens occasionally, usually after a lost deal or a disappointing month, and varies greatly from one manager to another.",
      },
      3: {
        nl: "Elke verkoper heeft geplande coachingsgesprekken die gericht zijn op persoonlijke en professionele groei.",
        en: "Every rep has scheduled coaching conversations focused on personal and professional growth.",
      },
      4: {
        nl: "Coaching is een vast onderdeel van de cultuur, met een vaste cyclus, meelopen bij klantgesprekken en één gedeelde methode.",
        en: "Coaching is an established part of the culture, with a fixed cycle, joining customer meetings and one shared method.",
      },
      5: {
        nl: "Coaching is doorlopend en ook onderling; coaches helpen verkopers creatieve oplossingen te vinden en de aanpak wordt steeds vernieuwd.",
        en: "Coaching is ongoing and also peer-to-peer; coaches help reps find creative solutions and the approach keeps being renewed.",
      },
    },
  },
  {
    key: "coaching.skills_feedback",
    pillar: "coaching",
    theme: { nl: "Vaardigheden en feedback", en: "Skills and feedback" },
    question: {
      nl: "Hoe worden salesvaardigheden ontwikkeld en hoe krijgen medewerkers feedback?",
      en: "How are sales skills developed and how do people receive feedback?",
    },
    statements: {
      1: {
        nl: "Medewerkers krijgen weinig feedback en er is geen aandacht voor het ontwikkelen van salesvaardigheden.",
        en: "People receive little feedback and there is no attention to developing sales skills.",
      },
      2: {
        nl: "Er is af en toe een training of beoordelingsgesprek, maar zonder opvolging en los van wat een medewerker nodig heeft.",
        en: "There is an occasional training or appraisal, but without follow-up and unrelated to what the individual needs.",
      },
      3: {
        nl: "Elke medewerker heeft een ontwikkelplan en krijgt regelmatig feedback op basis van concrete situaties.",
        en: "Every employee has a development plan and receives regular feedback based on concrete situations.",
      },
      4: {
        nl: "Een competentieprofiel per rol bepaalt de ontwikkeling; feedback is frequent, wederzijds en gekoppeld aan individuele en teamprestaties.",
        en: "A competency profile per role drives development; feedback is frequent, two-way and linked to individual and team performance.",
      },
      5: {
        nl: "Medewerkers sturen hun eigen ontwikkeling op basis van data en feedback, en nieuwe vaardigheden worden snel in het team gedeeld.",
        en: "People steer their own development based on data and feedback, and new skills are quickly shared across the team.",
      },
    },
  },
  {
    key: "coaching.motivation",
    pillar: "coaching",
    theme: { nl: "Motivatie", en: "Motivation" },
    question: {
      nl: "Hoe worden verkopers gemotiveerd en aangestuurd?",
      en: "How are sales reps motivated and managed?",
    },
    statements: {
      1: {
        nl: "De salesmotivatie is wisselend en vaak laag; aansturing bestaat vooral uit druk op de omzet.",
        en: "Sales motivation varies and is often low; management consists mainly of pressure on revenue.",
      },
      2: {
        nl: "Motivatie hangt af van bonussen en kortetermijnacties; er is nauwelijks aandacht voor wat medewerkers drijft.",
        en: "Motivation depends on bonuses and short-term incentives; there is hardly any attention to what drives people.",
      },
      3: {
        nl: "Leidinggevenden kennen de drijfveren van hun mensen en stemmen doelen en waardering daarop af.",
        en: "Managers know what drives their people and tailor goals and recognition accordingly.",
      },
      4: {
        nl: "Motivatie wordt gemeten en besproken; successen worden zichtbaar gevierd en doelen, beloning en ontwikkeling vormen één geheel.",
        en: "Motivation is measured and discussed; successes are celebrated visibly, and goals, reward and development form a coherent whole.",
      },
      5: {
        nl: "Verkopers zijn intrinsiek gemotiveerd, nemen zelf initiatief om hun prestaties te verbeteren en dragen nieuwe ideeën aan.",
        en: "Reps are intrinsically motivated, take their own initiative to improve their performance and put forward new ideas.",
      },
    },
  },
  {
    key: "coaching.teamwork",
    pillar: "coaching",
    theme: { nl: "Teamwork", en: "Teamwork" },
    question: {
      nl: "Hoe werkt het salesteam samen?",
      en: "How does the sales team work together?",
    },
    statements: {
      1: {
        nl: "Iedereen werkt voor zichzelf; het team is ongeorganiseerd en samenwerking is ongecoördineerd.",
        en: "Everyone works for themselves; the team is disorganised and collaboration is uncoordinated.",
      },
      2: {
        nl: "Samenwerking komt op gang als er een probleem is en hangt af van enkele teamleden die het initiatief nemen.",
        en: "Collaboration starts when there is a problem and depends on a few team members who take the initiative.",
      },
      3: {
        nl: "Het team heeft vaste overleggen, deelt kennis en werkt samen aan gezamenlijke doelen.",
        en: "The team has regular meetings, shares knowledge and works together towards shared goals.",
      },
      4: {
        nl: "Team- en individuele doelen zijn op elkaar afgestemd; kennisdeling en samenwerking zijn vaste werkwijze en worden geëvalueerd.",
        en: "Team and individual goals are aligned; knowledge sharing and collaboration are standard practice and are evaluated.",
      },
      5: {
        nl: "Het team organiseert zich rond klantvraagstukken, leert continu van elkaar en zoekt samen naar nieuwe manieren om succesvoller te zijn.",
        en: "The team organises itself around customer issues, learns from each other continuously and looks together for new ways to be more successful.",
      },
    },
  },
  {
    key: "coaching.ratios",
    pillar: "coaching",
    theme: { nl: "Sturen op ratio's", en: "Steering with ratios" },
    question: {
      nl: "Hoe wordt de voortgang van verkopers gevolgd en bijgestuurd?",
      en: "How is the progress of sales reps monitored and steered?",
    },
    statements: {
      1: {
        nl: "Voortgang wordt alleen afgemeten aan de omzet per verkoper aan het eind van de maand of het kwartaal.",
        en: "Progress is judged solely on each rep's revenue at the end of the month or quarter.",
      },
      2: {
        nl: "Leidinggevenden kijken naar het behaalde quotum per verkoper, zonder inzicht in de activiteiten en stappen die tot het resultaat leiden.",
        en: "Managers look at quota attainment per rep, without insight into the activities and steps that lead to the result.",
      },
      3: {
        nl: "Ratio's zoals afspraken per deal en conversie per fase worden bijgehouden en in coachingsgesprekken gebruikt.",
        en: "Ratios such as meetings per deal and conversion per stage are tracked and used in coaching conversations.",
      },
      4: {
        nl: "Een vaste set ratio's per rol wordt via dashboards gevolgd; coaching richt zich op de fase in het salesproces waar een verkoper kansen verliest.",
        en: "A fixed set of ratios per role is tracked in dashboards; coaching focuses on the stage of the sales process where a rep loses opportunities.",
      },
      5: {
        nl: "Ratio's worden met data-analyse vergeleken en voorspeld, zodat verkopers zelf bijsturen voordat resultaten achterblijven.",
        en: "Ratios are compared and predicted with data analysis, so reps adjust course themselves before results fall behind.",
      },
    },
  },
];

export const coaching: Pillar = {
  key: "coaching",
  name: { nl: "Salescoaching", en: "Sales coaching" },
  description: {
    nl: "Hoe resultaten groeien met gemotiveerde teams en medewerkers: het coachen van verkopers, salesmedewerkers en accountmanagers, motiverende aansturing en teamwork, en resultaatgericht sturen door de voortgang met ratio's te volgen.",
    en: "How results grow with motivated teams and employees: coaching sales reps, sales staff and account managers, motivating management and teamwork, and results-oriented steering by monitoring progress with ratios.",
  },
  items,
  desiredLevelQuestion: {
    nl: "Welk niveau wil je over 12 tot 18 maanden bereiken voor salescoaching?",
    en: "Which level do you want to reach for sales coaching in 12 to 18 months?",
  },
  importanceQuestion: {
    nl: "Hoe belangrijk is salescoaching voor het behalen van jullie commerciële doelen?",
    en: "How important is sales coaching for achieving your commercial goals?",
  },
};

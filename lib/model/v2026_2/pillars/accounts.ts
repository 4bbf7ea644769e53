import type { Pillar } from "../../types";
import { item, text } from "../build";
import { desiredQuestion, importanceQuestion } from "./questions";

const DMU: readonly [readonly [string, string], readonly [string, string]] = [
  ["Beslissers (DMU)", "Decision makers (DMU)"],
  [
    "De mensen bij de klant die samen over een aankoop beslissen (Decision Making Unit).",
    "The people at the customer who decide on a purchase together (Decision Making Unit).",
  ],
];

export const accounts: Pillar = {
  key: "accounts",
  name: text(["Accountmanagement", "Account management"]),
  description: text([
    "Hoe klanten planmatig en langdurig groeien: accountteams, contact met de juiste beslissers bij de klant, accountplannen met doelen, kansen bij bestaande klanten en de relatie op lange termijn.",
    "How customers grow in a planned way over the long term: account teams, contact with the right decision makers at the customer, account plans with goals, opportunities with existing customers and the long-term relationship.",
  ]),
  items: [
    item(
      "accounts.account_teams",
      ["Accountteams", "Account teams"],
      ["Hoe zijn de accountteams georganiseerd?", "How are the account teams organised?"],
      [
        ["Een klant wordt geholpen door de collega die het eerst contact met hem heeft.", "A customer is helped by the colleague who first has contact with them."],
        ["Elke belangrijke klant heeft één eigen accountmanager als aanspreekpunt.", "Each key customer has one account manager of their own as contact person."],
        ["Voor belangrijke klanten is er een team met verdeelde rollen, zoals sales, service en een specialist.", "Key customers have a team with divided roles, such as sales, service and a specialist."],
        ["Per accountteam is gepland wie wanneer contact heeft met de klant, en dat wordt bijgehouden.", "For each account team, it is planned who has contact with the customer when, and this is tracked."],
        ["De samenstelling van het accountteam verandert mee als de vraag van de klant verandert.", "The make-up of the account team changes when the customer's needs change."],
      ],
    ),
    item(
      "accounts.dmu_coverage",
      ["Beslissers bij de klant", "Decision makers at the customer"],
      ["Hoe goed zijn de beslissers bij klanten (de DMU) in beeld en bereikt?", "How well are the decision makers at customers (the DMU) known and reached?"],
      [
        ["Per klant is er één contactpersoon met wie alles wordt geregeld.", "Each customer has one contact person with whom everything is arranged."],
        ["Andere beslissers bij de klant worden benaderd als een deal of contract daarom vraagt.", "Other decision makers at the customer are approached when a deal or contract requires it."],
        ["Voor belangrijke klanten is bekend wie er meebeslist en met wie nog contact nodig is.", "For key customers, it is known who has a say and with whom contact is still needed."],
        ["Elke beslisser bij een belangrijke klant heeft een eigen contactpersoon in het accountteam.", "Each decision maker at a key customer has their own contact person in the account team."],
        ["Het accountteam legt contact met mensen die in de toekomst bij de klant gaan meebeslissen.", "The account team makes contact with people who will have a say at the customer in future."],
      ],
      [DMU],
    ),
    item(
      "accounts.account_plans",
      ["Accountplannen", "Account plans"],
      ["Hoe worden doelen en afspraken per klant vastgelegd?", "How are goals and agreements per customer recorded?"],
      [
        ["Het contact met een klant draait om de deal die op dat moment loopt.", "Contact with a customer revolves around the deal that is open at the time."],
        ["Voor een paar grote klanten is een plan gemaakt, dat wordt bekeken als er iets speelt.", "For a few large customers a plan has been made, which is looked at when something comes up."],
        ["Belangrijke klanten hebben een accountplan met doelen voor omzet en contact voor het komende jaar.", "Key customers have an account plan with goals for revenue and contact for the coming year."],
        ["De accountplannen worden elk kwartaal met de salesleider besproken en bijgewerkt.", "The account plans are discussed with the sales leader and updated every quarter."],
        ["Het accountplan wordt samen met de klant opgesteld en door beide partijen gebruikt.", "The account plan is drawn up together with the customer and used by both sides."],
      ],
    ),
    item(
      "accounts.opportunities",
      ["Kansen bij bestaande klanten", "Opportunities with existing customers"],
      ["Hoe worden kansen bij bestaande klanten gevonden en opgevolgd?", "How are opportunities with existing customers found and followed up?"],
      [
        ["Extra verkoop aan bestaande klanten ontstaat als de klant er zelf om vraagt.", "Extra sales to existing customers happen when the customer asks for it."],
        ["Kansen die accountmanagers horen, worden genoteerd en opgepakt als er tijd voor is.", "Opportunities that account managers hear of are noted and taken up when there is time."],
        ["Accountmanagers zoeken per klant naar kansen, en elke kans wordt als deal in het klantsysteem gevolgd.", "Account managers look for opportunities per customer, and each one is tracked as a deal in the customer system."],
        ["Per klant wordt bekeken welke producten de klant nog niet afneemt, en daarvoor wordt een voorstel gedaan.", "For each customer, the products the customer does not buy yet are listed, and a proposal is made for them."],
        ["Met gegevens over gebruik en contact wordt voorspeld wat een klant nodig gaat hebben, vóór de klant het vraagt.", "Data on use and contact is used to predict what a customer will need, before the customer asks."],
      ],
    ),
    item(
      "accounts.long_term_growth",
      ["Klantrelatie op lange termijn", "Long-term customer relationship"],
      ["Hoe wordt gewerkt aan langdurige klantrelaties?", "How is work done on long-term customer relationships?"],
      [
        ["Na de verkoop is er contact als de klant een vraag heeft of opnieuw wil kopen.", "After the sale there is contact when the customer has a question or wants to buy again."],
        ["Per periode wordt bijgehouden welke klanten blijven en welke klanten vertrekken.", "For each period, it is tracked which customers stay and which customers leave."],
        ["Per belangrijke klant is bekend hoeveel winst die oplevert, en de tijd voor klanten wordt daarop verdeeld.", "For each key customer, the profit it brings is known, and time for customers is divided accordingly."],
        ["Belangrijke klanten wordt elk jaar gevraagd of ze het bedrijf aanbevelen, en de uitkomst wordt besproken.", "Key customers are asked every year whether they would recommend the company, and the result is discussed."],
        ["Met de belangrijkste klanten zijn afspraken gemaakt over samen groeien, voor meerdere jaren.", "With the most important customers, agreements on growing together have been made for several years."],
      ],
    ),
  ],
  desiredLevelQuestion: desiredQuestion(["accountmanagement", "account management"]),
  importanceQuestion: importanceQuestion(["accountmanagement", "account management"]),
};

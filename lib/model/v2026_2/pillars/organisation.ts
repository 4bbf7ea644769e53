import type { Pillar } from "../../types";
import { item, text } from "../build";
import { desiredQuestion, importanceQuestion } from "./questions";

/** Sales organisation, 2026.2: six items — the article's pillar title names customer contact too. */
export const organisation: Pillar = {
  key: "organisation",
  name: text(["Salesorganisatie", "Sales organisation"]),
  description: text([
    "Hoe commercie en klantcontact worden georganiseerd en gepland: het commercieel plan, de inrichting van de afdeling, doelen en activiteiten, het klantsysteem, de verwachte omzet en de afhandeling van klantvragen.",
    "How sales and customer contact are organised and planned: the commercial plan, the set-up of the department, targets and activities, the customer system, the expected revenue and the handling of customer questions.",
  ]),
  items: [
    item(
      "organisation.commercial_plan",
      ["Commercieel plan", "Commercial plan"],
      ["Hoe wordt het businessplan vertaald naar een commercieel plan?", "How is the business plan translated into a commercial plan?"],
      [
        ["Verkopers bepalen zelf op welke klanten en producten ze zich richten.", "Sales reps decide for themselves which customers and products they focus on."],
        ["Er is een omzetdoel voor het jaar. Hoe dat doel wordt gehaald, is niet uitgewerkt.", "There is a revenue target for the year. How it will be reached has not been worked out."],
        ["Het omzetdoel is uitgewerkt in een commercieel plan met doelgroepen en activiteiten.", "The revenue target is worked out in a commercial plan with target groups and activities."],
        ["Het commercieel plan wordt elk kwartaal naast de cijfers gelegd en zo nodig aangepast.", "Every quarter the commercial plan is compared with the figures and adjusted where needed."],
        ["Medewerkers uit alle teams doen voorstellen voor het plan, en een deel daarvan komt erin.", "Staff from all teams make proposals for the plan, and some of them are taken into it."],
      ],
    ),
    item(
      "organisation.structure",
      ["Inrichting salesafdeling", "Sales department set-up"],
      ["Hoe zijn de salesafdeling en de rollen daarin ingericht?", "How are the sales department and its roles set up?"],
      [
        ["Iedereen verkoopt op zijn eigen manier. Wie welke klant helpt, ontstaat vanzelf.", "Everyone sells in their own way. Who helps which customer just happens."],
        ["Er is afgesproken wie welke klanten, regio's of producten bedient.", "It has been agreed who serves which customers, regions or products."],
        ["De stappen van het verkoopproces zijn beschreven, en iedereen in sales werkt zo.", "The steps of the sales process are written down, and everyone in sales works that way."],
        ["Het verkoopproces sluit aan op marketing en service, met afspraken over wat wie overdraagt.", "The sales process connects to marketing and service, with agreements on who hands over what."],
        ["Nieuwe werkwijzen of hulpmiddelen worden eerst in een klein team getest en daarna ingevoerd.", "New ways of working or tools are first tested in a small team and then introduced."],
      ],
    ),
    item(
      "organisation.kpis_activities",
      ["Doelen en activiteiten", "Targets and activities"],
      ["Hoe worden doelen en verkoopactiviteiten vastgesteld en gevolgd?", "How are targets and sales activities set and followed up?"],
      [
        ["Aan het eind van de maand wordt gekeken hoeveel omzet er is gemaakt.", "At the end of the month, the team looks at how much revenue was made."],
        ["Elke verkoper heeft een eigen omzetdoel, en de voortgang wordt per persoon bijgehouden.", "Each sales rep has their own revenue target, and progress is tracked per person."],
        ["Naast omzet worden ook activiteiten gevolgd, zoals afspraken en offertes, met een doel per maand.", "Besides revenue, activities such as meetings and quotes are tracked, with a target per month."],
        ["Wijkt een cijfer af van het doel, dan wordt binnen een maand een actie met een eigenaar afgesproken.", "When a figure differs from its target, an action with an owner is agreed within a month."],
        ["Het team test nieuwe aanpakken, zoals een andere manier van bellen, en meet wat meer oplevert.", "The team tests new approaches, such as a different way of calling, and measures what works better."],
      ],
    ),
    item(
      "organisation.crm",
      ["Klantsysteem (CRM)", "Customer system (CRM)"],
      ["Hoe wordt het klantsysteem (CRM) gebruikt?", "How is the customer system (CRM) used?"],
      [
        ["Klantgegevens staan bij de verkopers zelf, bijvoorbeeld in hun mailbox, agenda of eigen lijsten.", "Customer data sits with the reps themselves, for example in their mailbox, calendar or own lists."],
        ["Klanten en contactpersonen staan in één klantsysteem dat iedereen in sales kan openen.", "Customers and contacts are in one customer system that everyone in sales can open."],
        ["Ook afspraken, offertes en lopende deals worden in het klantsysteem vastgelegd en opgevolgd.", "Meetings, quotes and open deals are also recorded in the customer system and followed up there."],
        ["Rapporten en de verwachte omzet worden rechtstreeks uit het klantsysteem gehaald.", "Reports and the expected revenue are taken directly from the customer system."],
        ["Gegevens uit het klantsysteem en andere bronnen worden gebruikt om te voorspellen welke klanten gaan kopen.", "Data from the customer system and other sources is used to predict which customers will buy."],
      ],
      [[["Klantsysteem (CRM)", "Customer system (CRM)"], ["Het programma waarin klanten, contactpersonen, afspraken en deals worden bijgehouden.", "The software in which customers, contacts, meetings and deals are kept."]]],
    ),
    item(
      "organisation.forecasting",
      ["Verwachte omzet (forecast)", "Expected revenue (forecast)"],
      ["Hoe wordt de omzet van de komende periode voorspeld?", "How is the revenue of the coming period predicted?"],
      [
        ["De verwachte omzet is een schatting van de leiding, op basis van ervaring.", "The expected revenue is an estimate by management, based on experience."],
        ["De verwachte omzet wordt gemaakt door de verwachtingen van alle verkopers op te tellen.", "The expected revenue is made by adding up what each sales rep expects."],
        ["De verwachte omzet wordt berekend uit de lopende deals, hun fase en de kans dat ze doorgaan.", "The expected revenue is calculated from the open deals, their stage and the chance that they close."],
        ["Elke maand wordt de verwachte omzet vergeleken met de echte omzet, en de berekening wordt bijgesteld.", "Every month the expected revenue is compared with actual revenue, and the calculation is adjusted."],
        ["Er zijn ook berekeningen voor een andere marktsituatie, zodat er vooraf een plan klaarligt.", "There are also calculations for a different market situation, so a plan is ready in advance."],
      ],
      [[["Forecast", "Forecast"], ["De voorspelling van de omzet in de komende maanden.", "The prediction of revenue in the coming months."]]],
    ),
    item(
      "organisation.customer_contact",
      ["Klantcontact en service", "Customer contact and service"],
      ["Hoe worden vragen en problemen van klanten afgehandeld?", "How are customers' questions and problems handled?"],
      [
        ["Een klantvraag wordt opgepakt door wie de klant toevallig aan de lijn of in de mail heeft.", "A customer question is picked up by whoever happens to have the customer on the phone or by e-mail."],
        ["Er is afgesproken wie klantvragen beantwoordt en binnen welke tijd de klant een reactie krijgt.", "It has been agreed who answers customer questions and within what time the customer gets a reply."],
        ["Elke klantvraag wordt vastgelegd en blijft openstaan tot het probleem van de klant is opgelost.", "Every customer question is recorded and stays open until the customer's problem is solved."],
        ["Vragen en klachten worden per soort geteld, zodat te zien is welke problemen terugkomen.", "Questions and complaints are counted by type, so it is clear which problems keep coming back."],
        ["Problemen die terugkomen, worden bij de oorzaak aangepakt, in het product of in de werkwijze.", "Problems that keep coming back are tackled at their cause, in the product or in the way of working."],
      ],
    ),
  ],
  desiredLevelQuestion: desiredQuestion(["de salesorganisatie", "the sales organisation"]),
  importanceQuestion: importanceQuestion(["de salesorganisatie", "the sales organisation"]),
};

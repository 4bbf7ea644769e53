import type { Pillar } from "../../types";
import { item, text } from "../build";
import { desiredQuestion, importanceQuestion } from "./questions";

export const coaching: Pillar = {
  key: "coaching",
  name: text(["Salescoaching", "Sales coaching"]),
  description: text([
    "Hoe resultaten groeien met gemotiveerde teams en medewerkers: het coachen van verkopers en accountmanagers, aandacht voor tevreden klanten, motivatie, samenwerking in het team en sturen met verhoudingsgetallen.",
    "How results grow with motivated teams and staff: coaching sales reps and account managers, attention to satisfied customers, motivation, teamwork and steering with ratios.",
  ]),
  items: [
    item(
      "coaching.development",
      ["Coaching en feedback", "Coaching and feedback"],
      ["Hoe worden verkopers en accountmanagers gecoacht?", "How are sales reps and account managers coached?"],
      [
        ["Verkopers leren het vak door het te doen en door te kijken bij collega's.", "Sales reps learn the job by doing it themselves and by watching how colleagues work."],
        ["Een leidinggevende bespreekt een deal met een verkoper als er iets is misgegaan.", "A manager discusses a deal with a sales rep when something has gone wrong."],
        ["Elke verkoper heeft coachingsgesprekken in de agenda over zijn groei als persoon en als verkoper.", "Each sales rep has coaching conversations in the diary about their growth as a person and as a seller."],
        ["Per rol is beschreven welke vaardigheden nodig zijn, en de feedback in de gesprekken gaat daarover.", "For each role, the skills needed are written down, and the feedback in the conversations is about them."],
        ["Verkopers coachen ook elkaar en zoeken samen nieuwe oplossingen voor lastige klantsituaties.", "Sales reps also coach each other and look together for new solutions to difficult customer situations."],
      ],
    ),
    item(
      "coaching.customer_focus",
      ["Coaching op tevreden klanten", "Coaching on satisfied customers"],
      ["Hoe komt de tevredenheid van klanten aan bod in coaching?", "How does customer satisfaction come up in coaching?"],
      [
        ["In gesprekken tussen leidinggevende en verkoper gaat het over omzet en deals.", "Conversations between manager and sales rep are about revenue and deals."],
        ["Als een klant klaagt, bespreekt de leidinggevende dat met de medewerker die het aangaat.", "When a customer complains, the manager discusses it with the member of staff involved."],
        ["In coachingsgesprekken wordt ook besproken hoe tevreden klanten zijn over het contact.", "Coaching conversations also cover how satisfied customers are with the contact."],
        ["Cijfers over klanten, zoals tevredenheid en vragen die in één keer zijn opgelost, worden per persoon besproken.", "Customer figures, such as satisfaction and questions solved at the first contact, are discussed per person."],
        ["Medewerkers bedenken zelf verbeteringen in het klantcontact en proberen die uit met hun team.", "Staff come up with improvements in customer contact themselves and try them out with their team."],
      ],
    ),
    item(
      "coaching.motivation",
      ["Motivatie", "Motivation"],
      ["Hoe worden verkopers gemotiveerd?", "How are sales reps motivated?"],
      [
        ["Hoe gemotiveerd verkopers zijn, verschilt per persoon en per periode.", "How motivated sales reps are differs from person to person and from period to period."],
        ["Leidinggevenden spreken verkopers aan op hun motivatie als de resultaten tegenvallen.", "Managers talk to sales reps about their motivation when results are disappointing."],
        ["Leidinggevenden weten wat elke verkoper drijft en houden daar rekening mee bij doelen en taken.", "Managers know what drives each sales rep and take it into account in targets and tasks."],
        ["Persoonlijke doelen, beloning en ontwikkeling zijn op elkaar afgestemd en voor iedereen bekend.", "Personal targets, rewards and development are aligned with each other and known to everyone."],
        ["Verkopers stellen zelf doelen voor hun ontwikkeling en vragen zelf om coaching.", "Sales reps set their own development goals and ask for coaching themselves."],
      ],
    ),
    item(
      "coaching.teamwork",
      ["Samenwerking in het team", "Teamwork"],
      ["Hoe werkt het salesteam samen?", "How does the sales team work together?"],
      [
        ["Iedere verkoper werkt aan zijn eigen klanten en deals en regelt zelf wat daarvoor nodig is.", "Each sales rep works on their own customers and deals and arranges what is needed for them."],
        ["Een paar teamleden helpen collega's met klanten of deals als die daarom vragen.", "A few team members help colleagues with customers or deals when they are asked to."],
        ["Het team komt op een afgesproken moment samen om kennis en lopende kansen te delen.", "The team meets at an agreed time to share knowledge and open opportunities."],
        ["Naast de persoonlijke resultaten worden ook de resultaten van het team besproken en gevolgd.", "Besides personal results, the results of the team are also discussed and tracked."],
        ["Het team werkt aan gezamenlijke doelen en verdeelt zelf de taken om die te halen.", "The team works towards shared goals and divides the tasks to reach them itself."],
      ],
    ),
    item(
      "coaching.ratios",
      ["Sturen op verhoudingsgetallen", "Steering with ratios"],
      ["Hoe wordt de voortgang van verkopers gevolgd en bijgestuurd?", "How is the progress of sales reps tracked and steered?"],
      [
        ["De voortgang van verkopers wordt afgemeten aan de omzet die ze in een maand maken.", "The progress of sales reps is judged by the revenue they make in a month."],
        ["Per verkoper wordt bijgehouden welk deel van het persoonlijke doel is gehaald.", "For each sales rep, the share of the personal target reached is tracked."],
        ["Ook verhoudingen worden gevolgd, zoals het aantal offertes per order, en die komen terug in coaching.", "Ratios are tracked too, such as the number of quotes per order, and they come up in coaching."],
        ["Per verkoper is voor elke stap in het verkoopproces te zien hoeveel kansen doorgaan naar de volgende stap.", "For each sales rep, every step of the sales process shows how many opportunities move on to the next step."],
        ["Op basis van de verhoudingen wordt per verkoper voorspeld of het doel wordt gehaald, zodat die eerder kan bijsturen.", "Ratios are used to predict whether each sales rep will reach the target, so they can adjust earlier."],
      ],
      [[["Verhoudingsgetal (ratio)", "Ratio"], ["Twee cijfers naast elkaar, bijvoorbeeld hoeveel offertes nodig zijn voor één order.", "Two figures set against each other, for example how many quotes it takes to win one order."]]],
    ),
  ],
  desiredLevelQuestion: desiredQuestion(["salescoaching", "sales coaching"]),
  importanceQuestion: importanceQuestion(["salescoaching", "sales coaching"]),
};

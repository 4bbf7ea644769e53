import type { Pillar } from "../../types";
import { item, text } from "../build";
import { desiredQuestion, importanceQuestion } from "./questions";

/** One Dutch name throughout 2026.2: "Salesleiderschap" (2026.1 mixed "Salesleadership" and "salesleiderschap"). */
export const leadership: Pillar = {
  key: "leadership",
  name: text(["Salesleiderschap", "Sales leadership"]),
  description: text([
    "Hoe de leiding verbindt, intern en extern: de cultuur, leidinggeven aan teams zodat klanten goed worden geholpen, voorbeeldgedrag, samenwerking tussen afdelingen en het netwerk buiten de organisatie.",
    "How management connects people, inside and outside: the culture, leading teams so that customers are served well, setting an example, collaboration between departments and the network outside the organisation.",
  ]),
  items: [
    item(
      "leadership.culture",
      ["Cultuur", "Culture"],
      ["Welke cultuur draagt de leiding uit?", "What culture does management promote?"],
      [
        ["De leiding beoordeelt medewerkers op de deals die ze sluiten en de omzet die ze maken.", "Management judges staff on the deals they close and the revenue they make."],
        ["De leiding zegt welk gedrag ze wil zien als daar door een voorval aanleiding toe is.", "Management says what behaviour it wants to see when an incident gives reason to."],
        ["Er is een beschreven visie op samenwerking en klantgerichtheid, die de leiding in overleggen gebruikt.", "There is a written vision on collaboration and customer focus, which management uses in meetings."],
        ["De gewenste cultuur is vertaald naar gedragsafspraken die terugkomen in beoordelingsgesprekken.", "The desired culture is translated into agreements on behaviour that return in appraisal talks."],
        ["Medewerkers uit alle teams brengen verbeterideeën in, en de leiding maakt tijd vrij om die uit te werken.", "Staff from all teams put forward ideas for improvement, and management makes time to work them out."],
      ],
    ),
    item(
      "leadership.leading_teams",
      ["Leidinggeven aan teams", "Leading teams"],
      ["Hoe geven salesleiders leiding aan hun teams?", "How do sales leaders lead their teams?"],
      [
        ["De salesleider verkoopt zelf en helpt het team als een deal of klant daarom vraagt.", "The sales leader sells too and helps the team when a deal or a customer calls for it."],
        ["De salesleider heeft elke week tijd voor het team ingepland, naast het eigen verkoopwerk.", "The sales leader has time for the team planned every week, next to their own sales work."],
        ["Elk team heeft doelen voor de komende periode, en de salesleider bespreekt de voortgang met het team.", "Each team has targets for the coming period, and the sales leader discusses progress with the team."],
        ["De salesleider stuurt op beschreven eisen voor klantgesprekken, offertes en de opvolging daarvan.", "The sales leader steers on written requirements for customer meetings, quotes and their follow-up."],
        ["De salesleider geeft teams ruimte om nieuwe manieren van klantcontact uit te proberen.", "The sales leader gives teams room to try out new ways of customer contact."],
      ],
    ),
    item(
      "leadership.role_models",
      ["Voorbeeldgedrag", "Setting an example"],
      ["Wie is in sales een voorbeeld voor anderen?", "Who in sales is an example to others?"],
      [
        ["Iedere verkoper bepaalt zelf hoe hij met klanten en collega's omgaat.", "Each sales rep decides for themselves how to deal with customers and colleagues."],
        ["Een paar collega's zijn een voorbeeld voor anderen, maar dat zijn niet de salesleiders.", "A few colleagues are an example to others, but they are not the sales leaders."],
        ["Salesleiders laten zelf zien hoe ze willen dat er met klanten en collega's wordt omgegaan.", "Sales leaders show by their own behaviour how they want customers and colleagues to be treated."],
        ["Salesleiders vragen hun team om feedback op hun eigen gedrag en passen hun aanpak daarop aan.", "Sales leaders ask their team for feedback on their own behaviour and adjust their approach to it."],
        ["Salesleiders begeleiden collega's die zelf leiding willen gaan geven.", "Sales leaders guide colleagues who want to become leaders themselves."],
      ],
    ),
    item(
      "leadership.internal_network",
      ["Samenwerking tussen afdelingen", "Collaboration between departments"],
      ["Hoe werken sales, marketing en service samen?", "How do sales, marketing and service work together?"],
      [
        ["Sales, marketing en service werken ieder aan hun eigen taken en met hun eigen planning.", "Sales, marketing and service each work on their own tasks and to their own schedule."],
        ["Als er een probleem met een klant is, overleggen de afdelingen die het aangaat.", "When there is a problem with a customer, the departments involved talk it over."],
        ["Sales, marketing en service overleggen elke maand over klanten, nieuwe aanvragen en lopende acties.", "Sales, marketing and service meet every month about customers, leads and current actions."],
        ["Sales, marketing en service hebben gezamenlijke doelen voor de klant, van eerste contact tot service.", "Sales, marketing and service share goals for the customer, from first contact to service."],
        ["Medewerkers uit verschillende afdelingen vormen samen teams rond een klant of een verbetering.", "Staff from different departments form teams together around a customer or an improvement."],
      ],
    ),
    item(
      "leadership.external_network",
      ["Netwerk buiten de organisatie", "Network outside the organisation"],
      ["Hoe onderhouden salesleiders contact met klanten, prospects en andere relaties?", "How do sales leaders keep in touch with customers, prospects and other contacts?"],
      [
        ["Contact met mensen buiten het bedrijf loopt via de deals die op dat moment lopen.", "Contact with people outside the company runs through the deals that are open at the time."],
        ["Salesleiders zoeken hun netwerk op als er een concrete kans of vraag is.", "Sales leaders turn to their network when there is a concrete opportunity or question."],
        ["Salesleiders houden contact met belangrijke klanten, prospects en adviseurs, ook zonder lopende deal.", "Sales leaders keep in touch with key customers, prospects and advisers, also without an open deal."],
        ["Wat salesleiders in hun netwerk horen, wordt met het team gedeeld en gebruikt in de plannen.", "What sales leaders hear in their network is shared with the team and used in the plans."],
        ["Uit het netwerk ontstaan samenwerkingen met partners, zoals gezamenlijke projecten of nieuw aanbod.", "Partnerships grow out of the network, such as joint projects or new offers."],
      ],
      [[["Prospect", "Prospect"], ["Een bedrijf dat nog geen klant is, maar dat wel klant zou kunnen worden.", "A company that is not a customer yet, but could become one."]]],
    ),
  ],
  desiredLevelQuestion: desiredQuestion(["salesleiderschap", "sales leadership"]),
  importanceQuestion: importanceQuestion(["salesleiderschap", "sales leadership"]),
};

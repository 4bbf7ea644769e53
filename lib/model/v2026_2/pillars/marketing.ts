import type { Pillar } from "../../types";
import { item, text } from "../build";
import { desiredQuestion, importanceQuestion } from "./questions";

export const marketing: Pillar = {
  key: "marketing",
  name: text(["Marketing", "Marketing"]),
  description: text([
    "Hoe de organisatie ideale klanten vindt en samen met hen groeit: de keuze van doelgroepen, het aanbod, nieuwe leads en campagnes, en de vraag wat marketing oplevert.",
    "How the organisation finds ideal customers and grows together with them: the choice of target groups, the offer, new leads and campaigns, and what marketing brings in.",
  ]),
  items: [
    item(
      "marketing.segmentation",
      ["Doelgroepen", "Target groups"],
      ["Hoe worden doelgroepen gekozen?", "How are target groups chosen?"],
      [
        ["Marketing richt zich op iedereen die mogelijk interesse heeft in het aanbod.", "Marketing addresses everyone who might be interested in what the company offers."],
        ["Bestaande klanten en nieuwe klanten worden elk op hun eigen manier benaderd.", "Existing customers and new customers are each approached in their own way."],
        ["Er is gekozen voor een paar doelgroepen, en de meeste marketingacties richten zich daarop.", "A few target groups have been chosen, and most marketing actions aim at them."],
        ["Per doelgroep is met cijfers beschreven hoe de ideale klant eruitziet en wat die klant waard is.", "For each target group, figures describe what the ideal customer looks like and what that customer is worth."],
        ["Nieuwe doelgroepen worden eerst op kleine schaal getest voordat ze aan de keuze worden toegevoegd.", "New target groups are first tested on a small scale before they are added to the chosen groups."],
      ],
    ),
    item(
      "marketing.offer",
      ["Aanbod", "Offer"],
      ["Hoe wordt bepaald welke producten en diensten aan welke klanten worden aangeboden?", "How is it decided which products and services are offered to which customers?"],
      [
        ["Welke producten, prijzen en acties worden aangeboden, wordt per situatie uitgeprobeerd.", "Which products, prices and promotions are offered is tried out case by case."],
        ["Het aanbod wordt aangepast als een klant of een concurrent daar aanleiding toe geeft.", "The offer is changed when a customer or a competitor gives reason to do so."],
        ["Voor elke doelgroep is op basis van gesprekken met klanten een passend aanbod gemaakt.", "For each target group, a suitable offer has been made based on conversations with customers."],
        ["Per doelgroep wordt bijgehouden wat het aanbod verkoopt en oplevert, en het aanbod wordt daarop aangepast.", "For each target group, sales and returns of the offer are tracked, and the offer is adjusted to them."],
        ["Nieuwe producten of diensten worden samen met klanten ontwikkeld en eerst bij een paar klanten getest.", "New products or services are developed together with customers and first tested with a few of them."],
      ],
    ),
    item(
      "marketing.lead_generation",
      ["Leads", "Leads"],
      ["Hoe worden leads opgevolgd en aan sales overgedragen?", "How are leads followed up and handed over to sales?"],
      [
        ["Aanvragen via de website, de telefoon of het netwerk worden opgepakt door wie ze ziet.", "Enquiries via the website, the phone or the network are picked up by whoever sees them."],
        ["Er is afgesproken wie nieuwe aanvragen opvolgt en binnen welke termijn dat gebeurt.", "It has been agreed who follows up new enquiries and within what time that happens."],
        ["Leads gaan naar sales als ze voldoen aan eisen die marketing en sales samen hebben afgesproken.", "Leads go to sales once they meet requirements that marketing and sales have agreed together."],
        ["Marketing en sales zien in één systeem wat er met elke lead gebeurt, tot de lead klant is.", "Marketing and sales see in one system what happens to each lead, until the lead becomes a customer."],
        ["Op basis van eerdere resultaten wordt per lead berekend hoe groot de kans is dat die klant wordt.", "Based on past results, the chance that each lead becomes a customer is calculated."],
      ],
      [[["Lead", "Lead"], ["Een persoon of bedrijf dat interesse heeft getoond en misschien klant wordt.", "A person or company that has shown interest and may become a customer."]]],
    ),
    item(
      "marketing.campaigns",
      ["Campagnes", "Campaigns"],
      ["Hoe worden marketing- en salescampagnes gepland en uitgevoerd?", "How are marketing and sales campaigns planned and run?"],
      [
        ["Marketingacties ontstaan als er tijd of aanleiding voor is, en elke actie heeft een eigen boodschap.", "Marketing actions happen when there is time or a reason, and each action has its own message."],
        ["Alle acties gebruiken dezelfde kernboodschap over wat het bedrijf onderscheidt.", "All actions use the same core message about what sets the company apart."],
        ["Campagnes staan in een jaarplan, met per doelgroep een eigen boodschap en gekozen kanalen.", "Campaigns are in an annual plan, with a message and chosen channels for each target group."],
        ["Alle campagnes gebruiken één beschreven opzet, waarin ook staat hoe sales de reacties opvolgt.", "All campaigns use one written format, which also says how sales follows up the responses."],
        ["Bij elke campagne worden twee versies getest, en de versie die meer oplevert wordt verder gebruikt.", "In each campaign two versions are tested, and the version that brings in more is used further."],
      ],
    ),
    item(
      "marketing.decisions_data",
      ["Wat marketing oplevert", "What marketing brings in"],
      ["Waarop worden marketingbeslissingen gebaseerd en hoe wordt het resultaat gemeten?", "What are marketing decisions based on and how is the result measured?"],
      [
        ["Marketingbeslissingen worden genomen op ervaring en gevoel van de mensen die erover gaan.", "Marketing decisions are made on the experience and feeling of the people in charge."],
        ["Er worden cijfers bijgehouden, zoals bezoek aan de website of reacties op mailings.", "Figures are kept, such as visits to the website or responses to mailings."],
        ["Van grote campagnes wordt na afloop berekend wat ze hebben opgeleverd en wat ze kostten.", "For large campaigns, what they brought in and what they cost is calculated afterwards."],
        ["Het marketingbudget wordt verdeeld op basis van wat eerdere campagnes hebben opgeleverd.", "The marketing budget is divided based on what earlier campaigns brought in."],
        ["Tijdens een campagne wordt budget verschoven naar de kanalen die op dat moment meer opleveren.", "During a campaign, budget is moved to the channels that bring in more at that moment."],
      ],
    ),
  ],
  desiredLevelQuestion: desiredQuestion(["marketing", "marketing"]),
  importanceQuestion: importanceQuestion(["marketing", "marketing"]),
};

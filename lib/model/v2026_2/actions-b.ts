import type { ImprovementAction } from "../types";
import { action } from "./build";

/** Actions of 2026.2 for sales coaching, sales leadership and account management (rules: see actions-a.ts). */
export const coachingActions: readonly ImprovementAction[] = [
  // 1 → 2
  action("coaching", 1, "personal_targets", ["quota_attainment"], ["Geef elke verkoper een persoonlijk doel", "Give every sales rep a personal target"], [
    "De leidinggevende spreekt met elke verkoper een persoonlijk doel af en houdt elke maand bij welk deel daarvan is gehaald. Bij een achterstand volgt een gesprek.",
    "The manager agrees a personal target with each sales rep and tracks every month which share of it has been reached. Falling behind leads to a conversation.",
  ]),
  action("coaching", 1, "learn_from_setbacks", [], ["Bespreek verloren deals en klachten", "Discuss lost deals and complaints"], [
    "Spreek af dat de leidinggevende een verloren deal of een klacht binnen een week met de betrokken medewerker bespreekt: wat ging er mis en wat doe je de volgende keer anders?",
    "Agree that the manager discusses a lost deal or a complaint with the member of staff involved within a week: what went wrong and what will you do differently next time?",
  ]),
  // 2 → 3
  action("coaching", 2, "coaching_calendar", [], ["Plan coachingsgesprekken met elke verkoper", "Schedule coaching conversations with every rep"], [
    "De leidinggevende plant met elke verkoper coachingsgesprekken in de agenda, over groei als persoon en als verkoper en over wat hem drijft. De verkoper kiest mee de onderwerpen.",
    "The manager puts coaching conversations with each sales rep in the diary, about growth as a person and as a seller and about what drives them. The rep helps choose the topics.",
  ]),
  action("coaching", 2, "customer_satisfaction", ["customer_satisfaction"], ["Meet klanttevredenheid en bespreek die in coaching", "Measure customer satisfaction and use it in coaching"], [
    "Vraag klanten na een contact om een cijfer en rapporteer dat elk kwartaal per team. Bespreek in de coachingsgesprekken hoe tevreden klanten zijn over het contact.",
    "Ask customers for a score after a contact and report it per team every quarter. Discuss in the coaching conversations how satisfied customers are with the contact.",
  ]),
  action("coaching", 2, "team_meeting_ratios", [], ["Start een teamoverleg en kies een paar ratio's", "Start a team meeting and choose a few ratios"], [
    "Breng het team op een afgesproken moment samen om kennis en kansen te delen. Kies een paar verhoudingsgetallen, zoals offertes per order, en gebruik ze in de coaching.",
    "Bring the team together at an agreed time to share knowledge and opportunities. Choose a few ratios, such as quotes per order, and use them in coaching.",
  ]),
  // 3 → 4
  action("coaching", 3, "skills_per_role", [], ["Beschrijf de vaardigheden per rol", "Describe the skills per role"], [
    "Salesmanagement en HR beschrijven per rol welke vaardigheden nodig zijn. De feedback in de coachingsgesprekken gaat over deze vaardigheden. Stem doelen, beloning en ontwikkeling daarop af.",
    "Sales management and HR write down the skills each role needs. The feedback in coaching conversations is about these skills. Align targets, rewards and development with them.",
  ]),
  action("coaching", 3, "first_contact_resolution", ["first_call_resolution"], ["Meet welk deel van de vragen in één keer is opgelost", "Measure the share of questions solved at first contact"], [
    "Registreer per medewerker of een klantvraag bij het eerste contact is opgelost. Bespreek dat cijfer elke maand met de klanttevredenheid in de coaching.",
    "Record per member of staff whether a customer question was solved at the first contact. Discuss that figure every month together with customer satisfaction in coaching.",
  ]),
  action("coaching", 3, "stage_and_team_review", [], ["Volg de stappen van het verkoopproces per verkoper", "Track the sales process steps per rep"], [
    "Laat per verkoper zien hoeveel kansen per stap doorgaan naar de volgende stap. Bespreek in de maandelijkse review ook de resultaten van het hele team.",
    "Show per sales rep how many opportunities move on at each step. Discuss the results of the whole team in the monthly review too.",
  ]),
  // 4 → 5
  action("coaching", 4, "peer_coaching", [], ["Laat verkopers elkaar coachen", "Let sales reps coach each other"], [
    "Leid ervaren verkopers op tot coach voor collega's. Laat het team elke maand samen lastige klantsituaties bespreken en verbeteringen in het klantcontact uitproberen.",
    "Train experienced reps to coach colleagues. Have the team discuss difficult customer situations every month and try out improvements in customer contact.",
  ]),
  action("coaching", 4, "employee_satisfaction", ["employee_satisfaction"], ["Meet medewerkerstevredenheid en laat teams zelf kiezen", "Measure employee satisfaction and let teams choose"], [
    "Meet elk jaar hoe tevreden medewerkers zijn. Het team kiest zelf wat het verbetert en verdeelt de taken. Verkopers stellen zelf hun ontwikkeldoelen en vragen om coaching.",
    "Measure staff satisfaction every year. The team chooses what to improve and divides the tasks itself. Sales reps set their own development goals and ask for coaching.",
  ]),
  action("coaching", 4, "own_forecast", [], ["Geef verkopers een eigen voorspelling", "Give sales reps their own forecast"], [
    "Geef elke verkoper een overzicht dat op basis van zijn verhoudingsgetallen voorspelt of het doel wordt gehaald. De verkoper stuurt zelf bij, de coach denkt mee.",
    "Give each sales rep an overview that predicts from their ratios whether the target will be reached. The rep adjusts course; the coach helps think it through.",
  ]),
];

export const leadershipActions: readonly ImprovementAction[] = [
  // 1 → 2
  action("leadership", 1, "team_time", [], ["Plan elke week tijd voor het team", "Plan time for the team every week"], [
    "Leg vast hoeveel tijd de salesleider elke week aan het team besteedt, naast het eigen verkoopwerk, en zet die tijd in de agenda. Het team weet zo wanneer de leider er is.",
    "Agree how much time the sales leader spends on the team every week, next to their own sales work, and put that time in the diary. The team then knows when the leader is available.",
  ]),
  action("leadership", 1, "margin_per_deal", ["short_term_profit_margin"], ["Bekijk deals op winst, niet alleen op omvang", "Judge deals on profit, not only on size"], [
    "De salesleider bekijkt elke maand per gesloten deal de winstmarge en bespreekt deals met een lage marge met de verkoper. Zo telt niet alleen de omvang van een deal.",
    "Every month the sales leader reviews the profit margin of each closed deal and discusses low-margin deals with the rep. That way, not only the size of a deal counts.",
  ]),
  // 2 → 3
  action("leadership", 2, "vision_by_example", [], ["Schrijf een visie en geef zelf het voorbeeld", "Write a vision and set the example"], [
    "Het managementteam schrijft met het salesteam een korte visie op samenwerking en klantgerichtheid. De leiders gebruiken die in hun overleggen en laten zelf zien hoe het bedoeld is.",
    "The management team writes a short vision on collaboration and customer focus with the sales team. Leaders use it in their meetings and show by their own behaviour what it means.",
  ]),
  action("leadership", 2, "team_targets", [], ["Geef elk team doelen voor de komende periode", "Give each team targets for the coming period"], [
    "De salesleider spreekt met elk team doelen af voor het komende kwartaal en bespreekt de voortgang elke twee weken met het team.",
    "The sales leader agrees targets for the coming quarter with each team and discusses progress with the team every two weeks.",
  ]),
  action("leadership", 2, "monthly_cross_department", ["lead_to_customer_conversion"], ["Start een maandelijks overleg tussen afdelingen", "Start a monthly meeting between departments"], [
    "Sales, marketing en service overleggen elke maand over klanten, leads en lopende acties. Bespreek daarin welk deel van de leads klant wordt en waarom leads afhaken.",
    "Sales, marketing and service meet every month about customers, leads and current actions. Discuss in it which share of leads becomes a customer and why leads drop out.",
  ]),
  action("leadership", 2, "key_contacts", [], ["Houd contact met belangrijke relaties", "Keep in touch with key contacts"], [
    "Elke salesleider noemt tien tot twintig belangrijke klanten, prospects en adviseurs en spreekt ze een paar keer per jaar, ook als er geen deal loopt.",
    "Each sales leader names ten to twenty key customers, prospects and advisers and talks to them a few times a year, also when no deal is open.",
  ]),
  // 3 → 4
  action("leadership", 3, "excellence_standards", [], ["Beschrijf wat goed klantcontact is", "Describe what good customer contact is"], [
    "Beschrijf met het team hoe een goed klantgesprek, een goede offerte en goede opvolging eruitzien. De salesleider gebruikt die beschrijving in overleggen en bij het meeluisteren.",
    "Describe with the team what a good customer meeting, a good quote and good follow-up look like. The sales leader uses that description in meetings and when listening in.",
  ]),
  action("leadership", 3, "behaviour_agreements", [], ["Neem gedragsafspraken op in beoordelingen", "Include agreements on behaviour in appraisals"], [
    "Vertaal de visie naar een paar gedragsafspraken en bespreek die in elk beoordelingsgesprek. Leiders vragen hun team twee keer per jaar om feedback op hun eigen gedrag.",
    "Turn the vision into a few agreements on behaviour and discuss them in every appraisal. Leaders ask their team for feedback on their own behaviour twice a year.",
  ]),
  action("leadership", 3, "shared_goals", [], ["Stel gezamenlijke doelen voor sales, marketing en service", "Set shared goals for sales, marketing and service"], [
    "Het managementteam legt doelen vast die sales, marketing en service samen halen, van eerste contact tot service. Wat leiders in hun netwerk horen, komt in dit overleg op tafel.",
    "The management team sets goals that sales, marketing and service reach together, from first contact to service. What leaders hear in their network is raised in this meeting.",
  ]),
  action("leadership", 3, "turnover", ["employee_turnover"], ["Volg het verloop in het salesteam", "Track turnover in the sales team"], [
    "Houd elk kwartaal bij hoeveel salesmedewerkers vertrekken en waarom, met een vertrekgesprek. De leiding bespreekt de oorzaken en spreekt verbeteringen af.",
    "Track every quarter how many sales staff leave and why, with an exit interview. Management discusses the causes and agrees improvements.",
  ]),
  // 4 → 5
  action("leadership", 4, "room_for_ideas", ["innovation_roi"], ["Maak tijd en budget vrij voor verbeterideeën", "Free up time and budget for improvement ideas"], [
    "Zet elk jaar tijd en budget opzij voor ideeën van medewerkers, ook voor nieuwe manieren van klantcontact. Meet elk jaar wat deze projecten opleveren tegenover wat ze kosten.",
    "Set aside time and budget every year for staff ideas, including new ways of customer contact. Measure every year what these projects bring in compared with what they cost.",
  ]),
  action("leadership", 4, "cross_department_teams", [], ["Vorm teams over afdelingen heen", "Form teams across departments"], [
    "Vorm teams met mensen uit sales, marketing en service rond een belangrijke klant of een verbetering. Het team krijgt een eigen doel en rapporteert aan het managementteam.",
    "Form teams of people from sales, marketing and service around a key customer or an improvement. The team gets its own goal and reports to the management team.",
  ]),
  action("leadership", 4, "next_leaders", [], ["Begeleid de leiders van morgen", "Guide tomorrow's leaders"], [
    "Salesleiders begeleiden collega's die leiding willen geven, met een rol in een project en een vast gesprek per maand. Ze zoeken samen met partners uit het netwerk naar nieuwe samenwerkingen.",
    "Sales leaders guide colleagues who want to lead, with a role in a project and a monthly conversation. Together they look for new partnerships with contacts from the network.",
  ]),
];

export const accountActions: readonly ImprovementAction[] = [
  // 1 → 2
  action("accounts", 1, "account_owner", [], ["Geef elke belangrijke klant een accountmanager", "Give every key customer an account manager"], [
    "Maak een lijst van de belangrijkste klanten en geef elke klant één accountmanager als aanspreekpunt. Die noteert kansen die hij hoort in het klantsysteem.",
    "Make a list of the key customers and give each one account manager as contact person. The account manager notes the opportunities they hear of in the customer system.",
  ]),
  action("accounts", 1, "retention", ["customer_retention"], ["Houd bij welke klanten blijven en vertrekken", "Track which customers stay and which leave"], [
    "Houd elk kwartaal bij welke klanten zijn gebleven en welke zijn vertrokken, en vraag vertrokken klanten waarom. Bespreek de uitkomst met sales en service.",
    "Track every quarter which customers stayed and which left, and ask customers who left why. Discuss the outcome with sales and service.",
  ]),
  // 2 → 3
  action("accounts", 2, "account_plans", [], ["Maak accountplannen voor belangrijke klanten", "Make account plans for key customers"], [
    "Elke accountmanager maakt voor zijn belangrijke klanten een plan met doelen voor omzet en contact voor het komende jaar, en stelt een team samen met verdeelde rollen.",
    "Each account manager makes a plan for their key customers with goals for revenue and contact for the coming year, and forms a team with divided roles.",
  ]),
  action("accounts", 2, "map_decision_makers", [], ["Breng de beslissers per klant in kaart", "Map the decision makers of each customer"], [
    "Schrijf per belangrijke klant op wie beslist, wie meebeslist en wie het product gebruikt, en met wie nog contact nodig is.",
    "For each key customer, write down who decides, who has a say and who uses the product, and with whom contact is still needed.",
  ]),
  action("accounts", 2, "opportunities_as_deals", [], ["Volg kansen bij klanten als deals", "Track customer opportunities as deals"], [
    "Accountmanagers zoeken per klant naar kansen en zetten elke kans als deal in het klantsysteem, zodat ze in het pipeline-overleg worden opgevolgd.",
    "Account managers look for opportunities per customer and enter each one as a deal in the customer system, so it is followed up in the pipeline meeting.",
  ]),
  action("accounts", 2, "profit_per_customer", ["profit_per_customer"], ["Bereken de winst per klant", "Calculate the profit per customer"], [
    "Bereken elk jaar per belangrijke klant de winst na kosten van verkoop en service. Verdeel de tijd van accountmanagers op basis van die cijfers.",
    "Calculate every year the profit per key customer after the costs of sales and service. Divide the account managers' time based on those figures.",
  ]),
  // 3 → 4
  action("accounts", 3, "recommendation_score", ["net_promoter_score"], ["Vraag klanten elk jaar of ze jullie aanbevelen", "Ask customers every year whether they recommend you"], [
    "Vraag elk jaar de beslissers bij belangrijke klanten of ze het bedrijf zouden aanbevelen (NPS). Bespreek de uitkomst met de klant en zet verbeterpunten in het accountplan.",
    "Every year, ask the decision makers at key customers whether they would recommend the company (NPS). Discuss the result with the customer and add points for improvement to the account plan.",
  ]),
  action("accounts", 3, "contact_plan", [], ["Koppel elke beslisser aan iemand uit het team", "Link every decision maker to a team member"], [
    "Geef elke beslisser bij een belangrijke klant een eigen contactpersoon uit het accountteam. Plan wie wanneer contact heeft en houd dat bij in het klantsysteem.",
    "Give every decision maker at a key customer their own contact person from the account team. Plan who has contact when and record it in the customer system.",
  ]),
  action("accounts", 3, "quarterly_account_review", [], ["Bespreek accountplannen elk kwartaal", "Review account plans every quarter"], [
    "Bespreek elk kwartaal de accountplannen met de salesleider. Zet daarin per klant welke producten de klant nog niet afneemt en welk voorstel daarvoor komt.",
    "Review the account plans with the sales leader every quarter. List in them, per customer, the products the customer does not buy yet and which proposal will follow.",
  ]),
  // 4 → 5
  action("accounts", 4, "joint_plans", [], ["Maak het accountplan samen met de klant", "Draw up the account plan with the customer"], [
    "Organiseer elk jaar met de belangrijkste klanten een sessie om samen doelen te kiezen, ook voor meerdere jaren. Pas het accountteam aan als de vraag van de klant verandert.",
    "Every year, hold a session with the most important customers to choose goals together, also for several years. Adjust the account team when the customer's needs change.",
  ]),
  action("accounts", 4, "predict_needs", ["upsell_cross_sell_revenue_share"], ["Voorspel wat klanten nodig gaan hebben", "Predict what customers will need"], [
    "Gebruik gegevens over gebruik en contact om te voorspellen wat een klant nodig gaat hebben, en doe een voorstel vóór de klant het vraagt. Volg elk kwartaal de omzet uit extra verkoop aan bestaande klanten.",
    "Use data on use and contact to predict what a customer will need, and make a proposal before the customer asks. Track every quarter the revenue from extra sales to existing customers.",
  ]),
  action("accounts", 4, "future_decision_makers", [], ["Leg contact met toekomstige beslissers", "Connect with future decision makers"], [
    "Laat het accountteam per klant nagaan wie in de toekomst gaat meebeslissen, zoals nieuwe managers, en plan een kennismaking.",
    "Have the account team find out per customer who will have a say in future, such as new managers, and plan an introduction.",
  ]),
];

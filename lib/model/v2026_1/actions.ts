import type { ImprovementAction, PillarKey, StepFromLevel, Text } from "../types";

/**
 * Action library of model 2026.1: for every pillar and every step L → L+1, concrete improvement
 * actions written from the level L+1 description of that pillar.
 * Keys are "<pillar>.<fromLevel>.<slug>" and stable for the life of the model version.
 */
function action(
  pillar: PillarKey,
  fromLevel: StepFromLevel,
  slug: string,
  title: Text,
  description: Text,
): ImprovementAction {
  return { key: `${pillar}.${fromLevel}.${slug}`, pillar, fromLevel, title, description };
}

const organisation: readonly ImprovementAction[] = [
  // 1 → 2: processes start to take shape and become repeatable
  action(
    "organisation",
    1,
    "commercial_plan_basics",
    { nl: "Stel een jaardoel en een eenvoudig salesplan op", en: "Set an annual target and a simple sales plan" },
    {
      nl: "De directeur en de salesverantwoordelijke vertalen de omzetambitie naar een jaardoel per product of klantgroep en een plan van één pagina. Iedereen weet zo waar de verkoop naartoe werkt, in plaats van te verkopen op gevoel.",
      en: "The managing director and the head of sales translate the revenue ambition into an annual target per product or customer group and a one-page plan. Everyone then knows what sales is working towards, instead of selling on gut feeling.",
    },
  ),
  action(
    "organisation",
    1,
    "crm_basics",
    { nl: "Leg klanten en deals vast in één CRM", en: "Record customers and deals in one CRM" },
    {
      nl: "Kies één CRM (of richt het bestaande opnieuw in) en spreek af dat alle klanten, contactpersonen en lopende deals erin staan. Een beheerder bewaakt de basisvelden. Klantinformatie zit dan niet langer in hoofden en mailboxen.",
      en: "Choose one CRM (or reconfigure the existing one) and agree that all customers, contacts and open deals are recorded in it. An administrator looks after the basic fields. Customer information no longer lives in heads and mailboxes.",
    },
  ),
  action(
    "organisation",
    1,
    "roles_weekly_review",
    { nl: "Verdeel rollen en houd een wekelijkse salesreview", en: "Assign roles and hold a weekly sales review" },
    {
      nl: "Leg vast wie welke klanten, regio's of producten bedient en plan een vast wekelijks overleg van een half uur over pipeline en resultaten. De salesverantwoordelijke zit het voor; zo ontstaat een eerste herhaalbaar ritme.",
      en: "Agree who serves which customers, regions or products and schedule a fixed 30-minute weekly meeting on pipeline and results. The head of sales chairs it; this creates a first repeatable rhythm.",
    },
  ),

  // 2 → 3: strategy translated into KPIs, goals and plans; data-based forecasting; CRM in active use
  action(
    "organisation",
    2,
    "commercial_plan",
    { nl: "Vertaal het businessplan naar een commercieel plan", en: "Translate the business plan into a commercial plan" },
    {
      nl: "Management en sales vertalen het businessplan naar een commercieel plan met doelen, doelgroepen, proposities, activiteiten en budget per kwartaal. Het plan wordt elk kwartaal besproken, zodat keuzes niet langer door de vraag van de dag worden bepaald.",
      en: "Management and sales translate the business plan into a commercial plan with goals, target groups, propositions, activities and budget per quarter. The plan is reviewed every quarter, so choices are no longer driven by the demand of the day.",
    },
  ),
  action(
    "organisation",
    2,
    "kpi_set",
    { nl: "Kies een vaste set KPI's en bespreek ze maandelijks", en: "Choose a fixed set of KPIs and review them monthly" },
    {
      nl: "Kies vijf tot acht KPI's die het commercieel plan volgen, zoals winst per klant, conversie en lengte van de salescyclus, en bespreek ze maandelijks met het team. De salesmanager rapporteert; afwijkingen leiden tot concrete acties.",
      en: "Choose five to eight KPIs that track the commercial plan, such as profit per customer, conversion and sales cycle length, and review them monthly with the team. The sales manager reports; deviations lead to concrete actions.",
    },
  ),
  action(
    "organisation",
    2,
    "pipeline_forecast",
    { nl: "Baseer de forecast op pipelinedata", en: "Base the forecast on pipeline data" },
    {
      nl: "Definieer in het CRM salesfases met kanspercentages en laat verkopers hun deals wekelijks bijwerken. De salesmanager maakt de forecast uit deze data en uit marktinzicht, in plaats van uit opgetelde schattingen.",
      en: "Define sales stages with win probabilities in the CRM and have reps update their deals every week. The sales manager builds the forecast from this data and from market insight, instead of from added-up estimates.",
    },
  ),

  // 3 → 4: solid data-driven planning, advanced forecasting, quick response to market changes
  action(
    "organisation",
    3,
    "integrated_dashboard",
    { nl: "Richt een integraal salesdashboard in", en: "Set up an integrated sales dashboard" },
    {
      nl: "Koppel CRM-, marketing- en financiële data in één dashboard met de vaste KPI's van de hele commerciële keten. Management en teams gebruiken het in elk overleg, zodat afwijkingen direct zichtbaar zijn en sneller worden bijgestuurd.",
      en: "Combine CRM, marketing and financial data in one dashboard with the fixed KPIs of the entire commercial chain. Management and teams use it in every meeting, so deviations are visible at once and corrected faster.",
    },
  ),
  action(
    "organisation",
    3,
    "forecast_method",
    { nl: "Standaardiseer de forecastmethode en meet de nauwkeurigheid", en: "Standardise the forecast method and measure its accuracy" },
    {
      nl: "Leg één forecastmethode vast (fases, weging, commit en best case) en vergelijk elke maand de forecast met de realisatie. De salesmanager analyseert de afwijkingen en verbetert de methode tot de nauwkeurigheid binnen een afgesproken marge valt.",
      en: "Fix one forecasting method (stages, weighting, commit and best case) and compare forecast with actuals every month. The sales manager analyses the deviations and refines the method until accuracy falls within an agreed margin.",
    },
  ),
  action(
    "organisation",
    3,
    "planning_cycle",
    { nl: "Voer een vaste plannings- en reviewcyclus in", en: "Introduce a fixed planning and review cycle" },
    {
      nl: "Stel het commercieel plan jaarlijks op, stuur per kwartaal bij en vertaal doelen door naar team- en persoonlijke doelen. Een vaste kalender met deelnemers en benodigde input zorgt dat plannen consistent worden uitgevoerd en tijdig op de markt inspelen.",
      en: "Draw up the commercial plan annually, adjust it quarterly and cascade goals to team and personal goals. A fixed calendar with participants and required input makes sure plans are carried out consistently and respond to the market in time.",
    },
  ),

  // 4 → 5: continuous optimisation with data and new solutions; everyone involved in improving
  action(
    "organisation",
    4,
    "improvement_cycle",
    { nl: "Start een verbetercyclus met het hele team", en: "Start an improvement cycle with the whole team" },
    {
      nl: "Organiseer elk kwartaal een sessie waarin verkopers, marketing en service knelpunten in het salesproces aandragen en verbeteringen kiezen. Elk idee krijgt een eigenaar en een meetbaar doel; zo wordt verbeteren ieders werk.",
      en: "Hold a quarterly session in which sales, marketing and service raise bottlenecks in the sales process and choose improvements. Every idea gets an owner and a measurable goal, so improving becomes everyone's job.",
    },
  ),
  action(
    "organisation",
    4,
    "predictive_analytics",
    { nl: "Zet voorspellende analyses en slimme tools in", en: "Use predictive analytics and smart tools" },
    {
      nl: "Laat een data-analist of externe partner voorspellende modellen bouwen voor win- en vertrekkansen en test AI-ondersteuning in het CRM. Verkopers krijgen suggesties voor de volgende stap en het management ziet risico's eerder.",
      en: "Have a data analyst or external partner build predictive models for win and churn probability and pilot AI assistance in the CRM. Reps get suggestions for their next step and management sees risks earlier.",
    },
  ),
  action(
    "organisation",
    4,
    "market_scenarios",
    { nl: "Vertaal marktsignalen maandelijks naar scenario's", en: "Turn market signals into scenarios every month" },
    {
      nl: "Verzamel maandelijks signalen uit markt, klanten en concurrentie en vertaal ze naar scenario's voor omzet en capaciteit. Het managementteam besluit op basis daarvan snel over bijsturing van plan, aanbod of bezetting.",
      en: "Collect signals from the market, customers and competitors every month and translate them into revenue and capacity scenarios. The management team uses them to decide quickly on adjusting the plan, offer or staffing.",
    },
  ),
];

const marketing: readonly ImprovementAction[] = [
  // 1 → 2
  action(
    "marketing",
    1,
    "name_target_groups",
    { nl: "Benoem de belangrijkste doelgroepen", en: "Name the main target groups" },
    {
      nl: "Analyseer samen met sales en directie wie de beste huidige klanten zijn en benoem twee of drie doelgroepen om op te focussen. Boodschappen en acties krijgen zo een vaste richting, in plaats van iedereen te willen bereiken.",
      en: "Together with sales and management, analyse who the best current customers are and name two or three target groups to focus on. Messages and actions get a clear direction, instead of trying to reach everyone.",
    },
  ),
  action(
    "marketing",
    1,
    "lead_follow_up",
    { nl: "Spreek een vaste opvolging van aanvragen af", en: "Agree on a fixed follow-up of enquiries" },
    {
      nl: "Leg vast wie binnenkomende aanvragen oppakt en binnen welke termijn, en registreer elke lead in het CRM. De marketeer of officemanager bewaakt dat er niets blijft liggen.",
      en: "Agree who picks up incoming enquiries and within what time, and record every lead in the CRM. The marketer or office manager makes sure nothing is left lying.",
    },
  ),
  action(
    "marketing",
    1,
    "core_message_calendar",
    { nl: "Formuleer één kernboodschap en maak een basiskalender", en: "Write one core message and a basic calendar" },
    {
      nl: "Vat in één kernboodschap samen wat de organisatie onderscheidt en plan de marketingactiviteiten voor het komende halfjaar in een eenvoudige kalender. Boodschappen en kanalen worden zo minder willekeurig.",
      en: "Capture what sets the organisation apart in one core message and plan the marketing activities for the next six months in a simple calendar. Messages and channels become less random.",
    },
  ),

  // 2 → 3
  action(
    "marketing",
    2,
    "marketing_plan",
    { nl: "Stel een marketingplan op vanuit de strategie", en: "Draw up a marketing plan based on the strategy" },
    {
      nl: "Marketing maakt, afgeleid van het commercieel plan, een jaarplan met geselecteerde doelgroepen, proposities, kanalen en campagnes per kwartaal. Sales denkt mee en stemt in, zodat marketing niet langer vooral op gebeurtenissen reageert.",
      en: "Marketing derives an annual plan from the commercial plan, with selected target groups, propositions, channels and campaigns per quarter. Sales contributes and signs off, so marketing no longer mainly reacts to events.",
    },
  ),
  action(
    "marketing",
    2,
    "lead_plan_qualification",
    { nl: "Maak een leadplan met kwalificatiecriteria", en: "Create a lead plan with qualification criteria" },
    {
      nl: "Marketing en sales spreken af wanneer een lead 'salesklaar' is (bijvoorbeeld budget, behoefte, beslisser en timing) en hoe de overdracht verloopt. Een leadplan met gerichte acties zorgt voor een planbare instroom van nieuwe leads.",
      en: "Marketing and sales agree when a lead is 'sales-ready' (for example budget, need, decision-maker and timing) and how the hand-over works. A lead plan with targeted actions delivers a predictable inflow of new leads.",
    },
  ),
  action(
    "marketing",
    2,
    "proposition_per_segment",
    { nl: "Ontwikkel een propositie per doelgroep", en: "Develop a proposition per target group" },
    {
      nl: "Onderzoek via klantgesprekken wat elke doelgroep nodig heeft en leg per doelgroep een propositie vast met aanbod, voordelen en bewijs. Sales en marketing gebruiken daarna dezelfde boodschap.",
      en: "Use customer interviews to find out what each target group needs and capture a proposition per group with offer, benefits and proof. Sales and marketing then use the same message.",
    },
  ),

  // 3 → 4
  action(
    "marketing",
    3,
    "campaign_roi",
    { nl: "Meet de ROI van elke campagne", en: "Measure the ROI of every campaign" },
    {
      nl: "Koppel campagnes via het CRM aan leads, deals en omzet en rapporteer maandelijks de ROI per campagne en kanaal. De marketingmanager verdeelt het budget voortaan op basis van bewezen rendement.",
      en: "Link campaigns to leads, deals and revenue through the CRM and report ROI per campaign and channel every month. The marketing manager then allocates budget on the basis of proven return.",
    },
  ),
  action(
    "marketing",
    3,
    "lead_scoring_sla",
    { nl: "Integreer leadgeneratie met lead scoring en een SLA", en: "Integrate lead generation with lead scoring and an SLA" },
    {
      nl: "Voer lead scoring in op basis van profiel en gedrag en leg in een service level agreement vast hoe snel sales opvolgt en hoe marketing terugkoppeling krijgt. Leadgeneratie wordt zo een geïntegreerd onderdeel van het commerciële proces.",
      en: "Introduce lead scoring based on profile and behaviour and set out in a service level agreement how fast sales follows up and how marketing gets feedback. Lead generation becomes an integrated part of the commercial process.",
    },
  ),
  action(
    "marketing",
    3,
    "campaign_playbook",
    { nl: "Standaardiseer campagnes in een playbook", en: "Standardise campaigns in a playbook" },
    {
      nl: "Leg per doelgroep een vaste campagneaanpak vast: boodschap, kanalen, content, opvolging door sales en meetpunten. Nieuwe campagnes starten vanuit dit playbook, wat kwaliteit en snelheid verhoogt.",
      en: "Set out a standard campaign approach per target group: message, channels, content, sales follow-up and measurement points. New campaigns start from this playbook, which raises quality and speed.",
    },
  ),

  // 4 → 5
  action(
    "marketing",
    4,
    "test_agenda",
    { nl: "Test continu en optimaliseer op data", en: "Test continuously and optimise on data" },
    {
      nl: "Richt een vaste testagenda in: elke maand A/B-tests op boodschappen, kanalen en aanbiedingen, met heldere hypotheses. Marketing schaalt op wat werkt en stopt met wat niet werkt.",
      en: "Set up a standing test agenda: monthly A/B tests on messages, channels and offers, each with a clear hypothesis. Marketing scales up what works and stops what does not.",
    },
  ),
  action(
    "marketing",
    4,
    "dynamic_segmentation",
    { nl: "Verfijn segmenten met gedrags- en klantdata", en: "Refine segments with behavioural and customer data" },
    {
      nl: "Combineer CRM-, web- en gebruiksdata om segmenten en ideale klantprofielen doorlopend bij te werken. Een data-analist signaleert nieuwe kansrijke groepen, die marketing en sales gezamenlijk benaderen.",
      en: "Combine CRM, web and usage data to keep segments and ideal customer profiles up to date. A data analyst spots promising new groups, which marketing and sales approach together.",
    },
  ),
  action(
    "marketing",
    4,
    "new_offer_pilots",
    { nl: "Ontwikkel nieuw aanbod samen met klanten", en: "Develop new offerings together with customers" },
    {
      nl: "Start elk halfjaar met enkele klanten een pilot voor een nieuwe dienst of propositie, met vooraf bepaalde succescriteria. Volg het omzetaandeel uit nieuw aanbod als maat voor vernieuwingskracht.",
      en: "Every six months, run a pilot of a new service or proposition with a few customers, with success criteria set in advance. Track the revenue share from new offerings as a measure of innovative strength.",
    },
  ),
];

const coaching: readonly ImprovementAction[] = [
  // 1 → 2
  action(
    "coaching",
    1,
    "monthly_one_to_ones",
    { nl: "Plan maandelijkse één-op-ééngesprekken", en: "Schedule monthly one-to-ones" },
    {
      nl: "De salesmanager plant met elke verkoper maandelijks een gesprek over resultaten, lopende deals en knelpunten. Een vaste agenda zorgt dat coaching niet alleen na een verloren deal plaatsvindt.",
      en: "The sales manager schedules a monthly conversation with each rep about results, open deals and obstacles. A fixed agenda ensures coaching does not only happen after a lost deal.",
    },
  ),
  action(
    "coaching",
    1,
    "basic_sales_training",
    { nl: "Organiseer een basistraining verkoopvaardigheden", en: "Organise basic sales skills training" },
    {
      nl: "Laat het team samen een training volgen in de basis van het verkoopgesprek: voorbereiden, vragen stellen en afsluiten. Zo ontstaat een gemeenschappelijke taal die de leidinggevende in coachingsgesprekken kan gebruiken.",
      en: "Have the team attend a joint training on the basics of the sales conversation: preparing, asking questions and closing. This creates a common language the manager can use in coaching conversations.",
    },
  ),
  action(
    "coaching",
    1,
    "weekly_team_meeting",
    { nl: "Start een wekelijks teamoverleg", en: "Start a weekly team meeting" },
    {
      nl: "Breng het salesteam elke week kort samen om successen, lessen en lopende kansen te delen. De leidinggevende zit het voor. Samenwerking komt zo op gang en motivatie wordt bespreekbaar.",
      en: "Bring the sales team together briefly every week to share successes, lessons and open opportunities. The manager chairs it. Collaboration gets going and motivation becomes something people can talk about.",
    },
  ),

  // 2 → 3
  action(
    "coaching",
    2,
    "development_plans",
    { nl: "Maak een ontwikkelplan per verkoper", en: "Create a development plan per rep" },
    {
      nl: "Elke verkoper stelt met de leidinggevende een ontwikkelplan op met twee of drie doelen voor persoonlijke en professionele groei. Het plan wordt elk kwartaal besproken en bijgesteld.",
      en: "Each rep draws up a development plan with their manager, with two or three goals for personal and professional growth. The plan is discussed and updated every quarter.",
    },
  ),
  action(
    "coaching",
    2,
    "scheduled_coaching",
    { nl: "Plan coachingsmomenten en meeloopdagen", en: "Schedule coaching sessions and ride-alongs" },
    {
      nl: "De salesmanager plant per verkoper vaste coachingsmomenten, waaronder meelopen bij klantgesprekken met gerichte feedback achteraf. Coaching wordt zo vooruitkijkend in plaats van herstellend.",
      en: "The sales manager schedules regular coaching sessions with each rep, including joining customer meetings with focused feedback afterwards. Coaching becomes forward-looking instead of remedial.",
    },
  ),
  action(
    "coaching",
    2,
    "ratio_tracking",
    { nl: "Maak de belangrijkste ratio's per verkoper zichtbaar", en: "Make the key ratios per rep visible" },
    {
      nl: "Kies een paar ratio's, zoals afspraken per week, conversie per fase en gemiddelde dealgrootte, en maak ze per verkoper zichtbaar in het CRM. Gebruik ze in coachingsgesprekken om samen te zien waar de groei zit.",
      en: "Choose a few ratios, such as meetings per week, conversion per stage and average deal size, and make them visible per rep in the CRM. Use them in coaching conversations to see together where growth lies.",
    },
  ),

  // 3 → 4
  action(
    "coaching",
    3,
    "competency_profiles",
    { nl: "Leg competentieprofielen per rol vast", en: "Define competency profiles per role" },
    {
      nl: "HR en salesmanagement beschrijven per rol (bijvoorbeeld verkoper, accountmanager, binnendienst) de benodigde vaardigheden en het gewenste niveau. Ontwikkeling, feedback en beoordeling sluiten hierop aan.",
      en: "HR and sales management describe the required skills and target level for each role (for example field sales, account manager, inside sales). Development, feedback and appraisal are aligned with them.",
    },
  ),
  action(
    "coaching",
    3,
    "coaching_method",
    { nl: "Kies één coachingsmethode en train alle leidinggevenden", en: "Choose one coaching method and train all managers" },
    {
      nl: "Kies een vaste coachingsaanpak, zoals GROW, en train alle leidinggevenden erin. Een vaste cyclus van observatie, feedback en opvolging maakt coaching een vanzelfsprekend onderdeel van de cultuur.",
      en: "Choose one coaching approach, such as GROW, and train all managers in it. A fixed cycle of observation, feedback and follow-up makes coaching a natural part of the culture.",
    },
  ),
  action(
    "coaching",
    3,
    "performance_reviews",
    { nl: "Bespreek team- en individuele prestaties met data", en: "Review team and individual performance with data" },
    {
      nl: "Gebruik in maandelijkse reviews een dashboard met ratio's per verkoper en per team. De salesmanager richt de coaching op de fase waar kansen verloren gaan en stemt team- en persoonlijke doelen op elkaar af.",
      en: "Use a dashboard with ratios per rep and per team in monthly reviews. The sales manager focuses coaching on the stage where opportunities are lost and aligns team and personal goals.",
    },
  ),

  // 4 → 5
  action(
    "coaching",
    4,
    "peer_coaching",
    { nl: "Zet peer coaching en kennisdeling op", en: "Set up peer coaching and knowledge sharing" },
    {
      nl: "Leid ervaren verkopers op tot peer coach en organiseer maandelijkse sessies waarin teamleden elkaars klantgesprekken bespreken. Kennis verspreidt zich sneller en verkopers leren van elkaars creatieve oplossingen.",
      en: "Train experienced reps as peer coaches and hold monthly sessions in which team members review each other's customer conversations. Knowledge spreads faster and reps learn from each other's creative solutions.",
    },
  ),
  action(
    "coaching",
    4,
    "self_steering_data",
    { nl: "Geef verkopers zelf inzicht in hun data", en: "Give reps direct insight into their own data" },
    {
      nl: "Geef elke verkoper een persoonlijk dashboard met ratio's en voorspellingen, zodat hij of zij zelf bijstuurt en de eigen coachingsvraag bepaalt. De coach wordt sparringpartner in plaats van controleur.",
      en: "Give every rep a personal dashboard with ratios and predictions, so they adjust course themselves and set their own coaching agenda. The coach becomes a sparring partner instead of a controller.",
    },
  ),
  action(
    "coaching",
    4,
    "improvement_experiments",
    { nl: "Daag teams uit met verbeterexperimenten", en: "Challenge teams with improvement experiments" },
    {
      nl: "Laat teams elk kwartaal een eigen experiment kiezen om resultaten te verbeteren, zoals een nieuwe gespreksaanpak of tool, en de uitkomsten presenteren. De beste aanpak wordt breed ingevoerd; medewerkerstevredenheid wordt meegemeten.",
      en: "Let teams choose their own experiment each quarter to improve results, such as a new conversation approach or tool, and present the outcomes. The best approach is rolled out widely; employee satisfaction is tracked alongside.",
    },
  ),
];

const leadership: readonly ImprovementAction[] = [
  // 1 → 2
  action(
    "leadership",
    1,
    "commercial_ambition",
    { nl: "Formuleer waar het salesteam voor staat", en: "Define what the sales team stands for" },
    {
      nl: "De directie beschrijft in een paar zinnen de commerciële ambitie en het gewenste gedrag naar klanten en collega's, en bespreekt dit met het team. De aandacht verschuift zo van alleen snelle deals naar ook klantrelaties.",
      en: "Management describes in a few sentences the commercial ambition and the desired behaviour towards customers and colleagues, and discusses it with the team. Attention shifts from quick deals alone to customer relationships as well.",
    },
  ),
  action(
    "leadership",
    1,
    "time_for_leading",
    { nl: "Maak tijd vrij om leiding te geven", en: "Free up time for leading the team" },
    {
      nl: "Leg vast hoeveel tijd de salesleider per week aan het team besteedt in plaats van aan eigen deals, en blok die tijd in de agenda. Het team krijgt zo een vast aanspreekpunt en richting.",
      en: "Agree how much time the sales leader spends on the team each week instead of on their own deals, and block that time in the calendar. The team gets a regular point of contact and direction.",
    },
  ),
  action(
    "leadership",
    1,
    "cross_department_meeting",
    { nl: "Start een maandelijks overleg tussen afdelingen", en: "Start a monthly cross-department meeting" },
    {
      nl: "Sales, marketing en service komen maandelijks samen om klantsignalen, lopende acties en knelpunten te delen. De salesleider zit het overleg voor en zorgt dat afspraken worden vastgelegd.",
      en: "Sales, marketing and service meet monthly to share customer signals, ongoing actions and bottlenecks. The sales leader chairs the meeting and makes sure agreements are recorded.",
    },
  ),

  // 2 → 3
  action(
    "leadership",
    2,
    "culture_vision",
    { nl: "Ontwikkel een visie op cultuur en klantgerichtheid", en: "Develop a vision on culture and customer focus" },
    {
      nl: "Het managementteam werkt met het salesteam een visie uit op de gewenste cultuur, samenwerking en kwaliteit van klantcontact, en vertaalt die naar concrete gedragsafspraken. Leiders komen daar in elk teamoverleg op terug.",
      en: "The management team works out a vision with the sales team on the desired culture, collaboration and quality of customer contact, and translates it into concrete behavioural agreements. Leaders return to them in every team meeting.",
    },
  ),
  action(
    "leadership",
    2,
    "network_plan",
    { nl: "Maak een netwerkplan per salesleider", en: "Create a network plan per sales leader" },
    {
      nl: "Elke salesleider benoemt de tien tot twintig belangrijkste externe relaties (klanten, prospects, adviseurs, partners) en plant bewust contactmomenten en branche-events. Kansen en inzichten worden met het team gedeeld.",
      en: "Each sales leader names their ten to twenty most important external relationships (customers, prospects, advisers, partners) and deliberately plans contact moments and industry events. Opportunities and insights are shared with the team.",
    },
  ),
  action(
    "leadership",
    2,
    "leadership_development",
    { nl: "Ontwikkel salesleiders tot rolmodel", en: "Develop sales leaders into role models" },
    {
      nl: "Bied salesleiders een leiderschapstraject gericht op doelgericht aansturen, inspireren en coachen, met een mentor of intervisiegroep. Ze maken afspraken over hun eigen voorbeeldgedrag en vragen het team om feedback.",
      en: "Offer sales leaders a leadership programme focused on purposeful steering, inspiring and coaching, with a mentor or peer group. They commit to specific example-setting behaviour and ask the team for feedback.",
    },
  ),

  // 3 → 4
  action(
    "leadership",
    3,
    "shared_goals",
    { nl: "Stel gedeelde doelen voor sales, marketing en service vast", en: "Set shared goals for sales, marketing and service" },
    {
      nl: "Het managementteam legt gezamenlijke doelen en KPI's voor de hele klantreis vast en verbindt de afdelingen via gedeelde processen en data. De leiders sturen samen in een vast commercieel overleg.",
      en: "The management team sets joint goals and KPIs for the entire customer journey and connects the departments through shared processes and data. Leaders steer together in a standing commercial meeting.",
    },
  ),
  action(
    "leadership",
    3,
    "culture_measurement",
    { nl: "Meet cultuur, betrokkenheid en verloop", en: "Measure culture, engagement and turnover" },
    {
      nl: "Meet twee keer per jaar betrokkenheid en teamcultuur en volg het personeelsverloop in sales. Leiders bespreken de uitkomsten met hun teams en maken concrete verbeterafspraken.",
      en: "Measure engagement and team culture twice a year and track sales staff turnover. Leaders discuss the results with their teams and agree on concrete improvements.",
    },
  ),
  action(
    "leadership",
    3,
    "excellence_standards",
    { nl: "Leg standaarden voor commercial excellence vast", en: "Set standards for commercial excellence" },
    {
      nl: "Beschrijf wat goed klantcontact, een goede offerte en goede opvolging inhouden, en laat leiders daarop sturen met data en eigen voorbeeldgedrag. De kwaliteit wordt zo in alle teams consistent.",
      en: "Describe what good customer contact, a good proposal and good follow-up look like, and have leaders steer on them with data and their own example. Quality becomes consistent across all teams.",
    },
  ),

  // 4 → 5
  action(
    "leadership",
    4,
    "customer_experience_programme",
    { nl: "Start een programma om de klantbeleving te vernieuwen", en: "Launch a programme to transform the customer experience" },
    {
      nl: "De salesleiding vormt met medewerkers uit verschillende afdelingen een team dat de klantreis herontwerpt op basis van klantfeedback en data. Verbeteringen worden in korte cycli getest en ingevoerd.",
      en: "Sales leadership forms a team with people from different departments to redesign the customer journey based on customer feedback and data. Improvements are tested and introduced in short cycles.",
    },
  ),
  action(
    "leadership",
    4,
    "industry_visibility",
    { nl: "Bouw zichtbaarheid op in de branche", en: "Build visibility in the industry" },
    {
      nl: "Salesleiders delen kennis als spreker, auteur of adviseur in branche- en klantnetwerken. Dat versterkt de positie als toonaangevende partij en levert nieuwe relaties, kansen en ideeën op.",
      en: "Sales leaders share knowledge as speakers, authors or advisers in industry and customer networks. This strengthens the organisation's position as a leading player and brings new relationships, opportunities and ideas.",
    },
  ),
  action(
    "leadership",
    4,
    "next_generation_leaders",
    { nl: "Ontwikkel de volgende generatie leiders", en: "Develop the next generation of leaders" },
    {
      nl: "Herken talent in het team en geef het leiderschapsrollen in projecten, begeleid door ervaren leiders. Zo blijft de organisatie zich ontwikkelen en wordt leiderschap breed gedragen.",
      en: "Identify talent in the team and give them leadership roles in projects, supported by experienced leaders. The organisation keeps developing and leadership becomes widely shared.",
    },
  ),
];

const accounts: readonly ImprovementAction[] = [
  // 1 → 2
  action(
    "accounts",
    1,
    "account_owners",
    { nl: "Wijs per belangrijke klant een accountmanager aan", en: "Assign an account manager to each key customer" },
    {
      nl: "Maak een lijst van de belangrijkste klanten en wijs per klant één verantwoordelijke accountmanager aan. Die is het vaste aanspreekpunt en legt contacten en afspraken vast in het CRM.",
      en: "List the most important customers and assign one responsible account manager to each. That person is the regular point of contact and records contacts and agreements in the CRM.",
    },
  ),
  action(
    "accounts",
    1,
    "customer_classification",
    { nl: "Deel klanten in op waarde en potentieel", en: "Classify customers by value and potential" },
    {
      nl: "Rangschik klanten op omzet, marge en potentieel, bijvoorbeeld met een ABC-analyse, en bepaal per categorie hoeveel aandacht ze krijgen. Accountmanagers weten zo waar ze hun tijd in moeten steken.",
      en: "Rank customers by revenue, margin and potential, for example with an ABC analysis, and decide how much attention each category gets. Account managers then know where to spend their time.",
    },
  ),
  action(
    "accounts",
    1,
    "after_sales_contact",
    { nl: "Plan vast contact na de verkoop", en: "Schedule regular after-sales contact" },
    {
      nl: "Spreek af dat elke belangrijke klant na levering en daarna minstens elk halfjaar wordt gesproken over tevredenheid en plannen. Klantbehoud wordt zo zichtbaar en bespreekbaar.",
      en: "Agree that every key customer is contacted after delivery and then at least every six months to discuss satisfaction and plans. Customer retention becomes visible and open to discussion.",
    },
  ),

  // 2 → 3
  action(
    "accounts",
    2,
    "account_plans",
    { nl: "Maak accountplannen voor belangrijke klanten", en: "Create account plans for key customers" },
    {
      nl: "Elke accountmanager maakt voor zijn belangrijkste accounts een plan met commerciële doelen, DMU, kansen en een contactagenda. De plannen worden elk kwartaal met de salesmanager besproken.",
      en: "Every account manager writes a plan for their key accounts with commercial goals, DMU, opportunities and a contact agenda. The plans are reviewed with the sales manager every quarter.",
    },
  ),
  action(
    "accounts",
    2,
    "dmu_mapping",
    { nl: "Breng de DMU per account in kaart", en: "Map the DMU of each account" },
    {
      nl: "Leg per belangrijk account vast wie beslist, wie beïnvloedt en wie gebruikt, en hoe de relatie met elk van hen is. Het accountteam plant gericht contact met beslissers die nog ontbreken.",
      en: "For each key account, record who decides, who influences and who uses, and how the relationship with each of them stands. The account team plans targeted contact with decision-makers who are still missing.",
    },
  ),
  action(
    "accounts",
    2,
    "opportunity_pipeline",
    { nl: "Volg kansen bij bestaande klanten in de pipeline", en: "Track opportunities at existing customers in the pipeline" },
    {
      nl: "Registreer upsell- en cross-sellkansen als aparte deals in het CRM en bespreek ze in de pipelinereview. Kansen worden zo gestructureerd opgevolgd in plaats van alleen op verzoek van de klant.",
      en: "Record upsell and cross-sell opportunities as separate deals in the CRM and discuss them in the pipeline review. Opportunities are then followed up in a structured way instead of only at the customer's request.",
    },
  ),

  // 3 → 4
  action(
    "accounts",
    3,
    "account_planning_method",
    { nl: "Voer een vaste methode voor accountplanning in", en: "Introduce a standard account planning method" },
    {
      nl: "Kies één methode voor accountplanning met vaste onderdelen (klantanalyse, DMU, waardepropositie, doelen, acties) en een jaarcyclus met kwartaalreviews. Alle accountteams werken ermee, zodat plannen vergelijkbaar en stuurbaar zijn.",
      en: "Choose one account planning method with fixed components (customer analysis, DMU, value proposition, goals, actions) and an annual cycle with quarterly reviews. All account teams use it, so plans are comparable and manageable.",
    },
  ),
  action(
    "accounts",
    3,
    "account_team_structure",
    { nl: "Richt accountteams per klantsegment in", en: "Set up account teams per customer segment" },
    {
      nl: "Bepaal per klantsegment de samenstelling van het accountteam (accountmanager, service, specialisten) en koppel elk teamlid aan rollen in de DMU. De klant wordt zo consequent op meerdere niveaus bediend.",
      en: "Define the account team make-up per customer segment (account manager, service, specialists) and pair each team member with roles in the DMU. The customer is then served consistently at several levels.",
    },
  ),
  action(
    "accounts",
    3,
    "clv_nps_tracking",
    { nl: "Stuur op klantwaarde en NPS per account", en: "Steer on customer value and NPS per account" },
    {
      nl: "Bereken per account de customer lifetime value en meet jaarlijks de NPS binnen de DMU. Accountteams bespreken de uitkomsten met de klant en nemen verbeteracties op in het accountplan.",
      en: "Calculate the customer lifetime value of each account and measure NPS within the DMU every year. Account teams discuss the results with the customer and add improvement actions to the account plan.",
    },
  ),

  // 4 → 5
  action(
    "accounts",
    4,
    "joint_account_planning",
    { nl: "Stel accountplannen samen met de klant op", en: "Create account plans together with the customer" },
    {
      nl: "Organiseer jaarlijks een strategische sessie met de belangrijkste klanten om gezamenlijke doelen en initiatieven te bepalen. Het accountplan wordt een gedeeld partnerplan dat beide partijen volgen.",
      en: "Hold an annual strategic session with key customers to set shared goals and initiatives. The account plan becomes a joint partnership plan that both parties follow.",
    },
  ),
  action(
    "accounts",
    4,
    "predictive_signals",
    { nl: "Voorspel klantbehoeften met data", en: "Predict customer needs with data" },
    {
      nl: "Gebruik CRM-, gebruiks- en servicedata om signalen van groei of vertrek vroeg te herkennen. Accountteams krijgen automatisch meldingen en benaderen de klant met een voorstel voordat de vraag ontstaat.",
      en: "Use CRM, usage and service data to recognise early signs of growth or churn. Account teams receive automatic alerts and approach the customer with a proposal before the need is voiced.",
    },
  ),
  action(
    "accounts",
    4,
    "co_creation",
    { nl: "Ontwikkel nieuwe waarde samen met sleutelklanten", en: "Co-create new value with key customers" },
    {
      nl: "Start met enkele sleutelklanten gezamenlijke verbeterprojecten of pilots voor nieuwe diensten. Succesvolle oplossingen worden uitgerold naar vergelijkbare klanten en vergroten het aandeel upsell en cross-sell.",
      en: "Start joint improvement projects or pilots for new services with a few key customers. Successful solutions are rolled out to similar customers and increase the share of upselling and cross-selling.",
    },
  ),
];

export const actions: readonly ImprovementAction[] = [
  ...organisation,
  ...marketing,
  ...coaching,
  ...leadership,
  ...accounts,
];

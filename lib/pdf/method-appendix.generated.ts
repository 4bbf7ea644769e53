// Generated from docs/methodology.md by scripts/generate-method-appendix.ts (npm run generate:method).
// Do not edit: change the document and regenerate; a unit test fails when this file is stale.
import type { MethodAppendix } from "./markdown";

export const METHOD_APPENDIX: MethodAppendix = {
  "nl": [
    {
      "kind": "heading",
      "text": "Waar de scan uit bestaat"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "De Sales Management Maturity Scan meet vijf pijlers: Salesorganisatie, Marketing, Salescoaching, Salesleadership en Accountmanagement. Elke pijler heeft vijf thema's (items). Bij elk item kiest een deelnemer de beschrijving die het best past bij hoe het nu gaat in de organisatie. Die beschrijvingen horen bij de vijf niveaus:"
        }
      ]
    },
    {
      "kind": "table",
      "header": [
        "niveau",
        "naam"
      ],
      "rows": [
        [
          "1",
          "Ad hoc"
        ],
        [
          "2",
          "Reactief"
        ],
        [
          "3",
          "Proactief"
        ],
        [
          "4",
          "Systematisch"
        ],
        [
          "5",
          "Innovatief"
        ]
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Een deelnemer kan ook \"Weet ik niet\" of \"Niet van toepassing\" kiezen. Per pijler geeft hij of zij daarnaast het gewenste niveau (1–5) en het belang (1–5) aan. Tot slot volgt een lijst van 26 KPI's met de vraag of de organisatie die minstens maandelijks volgt en bespreekt (ja / nee / weet ik niet)."
        }
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Alleen ingediende scans tellen mee. Een scan die nog niet is ingediend, of een deelnemer die is gewist, telt nergens mee."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "\"Weet ik niet\" en \"Niet van toepassing\""
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Deze antwoorden tellen in geen enkel gemiddelde mee: ze zeggen niets over het niveau. Een item dat iemand heeft overgeslagen, telt ook niet mee. Wel tellen we ze, per item en per rolgroep: als veel mensen bij een thema \"weet ik niet\" zeggen, is dat zelf een bevinding (het is onzichtbaar, of niemand is er eigenaar van)."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Score per deelnemer per pijler"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Het gemiddelde van de items van die pijler die de deelnemer met een niveau heeft beantwoord. Heeft iemand minder dan 3 van de 5 items beantwoord, dan heet de pijlerscore van die deelnemer "
        },
        {
          "text": "onvoldoende",
          "bold": true
        },
        {
          "text": ": er wordt dan geen score getoond. Deze scores ziet alleen de consultant."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Itemscore"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "De score van een item is het "
        },
        {
          "text": "gemiddelde van de rolgroepgemiddelden",
          "bold": true
        },
        {
          "text": ": eerst het gemiddelde per rolgroep (bijvoorbeeld management, sales, klantenservice), daarna het gemiddelde van die groepsgemiddelden. Zo overstemmen twaalf verkopers niet de twee managers. Een rolgroep waarin niemand het item met een niveau beantwoordde, doet bij dat item niet mee. De consultant kan per opdracht kiezen voor een gewoon gemiddelde over alle deelnemers."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Pijlerscore (gemiddelde)"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Het gemiddelde van de vijf itemscores van de pijler (een item zonder enig antwoord valt weg). De score loopt van 1,0 tot 5,0 en wordt met één decimaal getoond. Alle berekeningen gebruiken de onafgeronde waarde; er wordt alleen bij het tonen afgerond (3,25 wordt 3,3)."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Pijlerniveau (trapsgewijs niveau)"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Het hoogste niveau L waarvoor geldt dat minstens 4 van de 5 items een score van L of hoger hebben. Valt een item weg omdat niemand het beantwoordde, dan moet minstens 80 % van de overgebleven items L halen. Bij minder dan vijf items komt dat neer op "
        },
        {
          "text": "alle",
          "bold": true
        },
        {
          "text": " overgebleven items: 80 % van 4 is 3,2, dus 4 van de 4 (en 3 van de 3, 2 van de 2). Voorbeeld: itemscores 3, 3, 3 en 2 en één item zonder antwoord geven niveau 2, niet 3. Het niveau is minstens 1."
        }
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Waarom: een gemiddelde kan zwakke plekken verbergen. 5, 5, 5, 1 en 1 geeft gemiddeld 3,4, maar op twee thema's is de organisatie nog ad hoc: het pijlerniveau is 1. Eén achterblijvend thema laat de regel wel toe (5, 5, 5, 5 en 1 geeft niveau 5): dat thema ziet u in de itemscores, niet in het pijlerniveau."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Onevenwichtig"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Een pijler is "
        },
        {
          "text": "onevenwichtig",
          "bold": true
        },
        {
          "text": " als het gemiddelde minstens 1 hoger ligt dan het pijlerniveau. Dat betekent: een paar thema's lopen ver voor, andere blijven achter."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Totale volwassenheid"
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Gemiddelde",
            "bold": true
          },
          {
            "text": ": het gemiddelde van de vijf pijlergemiddelden."
          }
        ],
        [
          {
            "text": "Eerlijke score",
            "bold": true
          },
          {
            "text": ": het laagste pijlerniveau. Een organisatie is zo volwassen als haar zwakste pijler."
          }
        ]
      ]
    },
    {
      "kind": "heading",
      "text": "Consensus: zijn de deelnemers het eens?"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Per item (over de antwoorden) en per pijler (over de pijlerscores van de deelnemers, zonder de onvoldoende scores):"
        }
      ]
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Spreiding (SD)",
            "bold": true
          },
          {
            "text": ": de standaarddeviatie van de antwoorden, berekend als steekproef (gedeeld door n − 1)."
          }
        ],
        [
          {
            "text": "Bereik",
            "bold": true
          },
          {
            "text": ": het laagste en het hoogste antwoord."
          }
        ],
        [
          {
            "text": "r_wg",
            "bold": true
          },
          {
            "text": " = 1 − SD² / 2. Het getal 2 is de spreiding die je zou krijgen als iedereen willekeurig een van de vijf antwoorden koos. r_wg = 1 betekent volledige overeenstemming, 0 betekent zo verdeeld als toeval. Is de spreiding nog groter dan toeval (bijvoorbeeld een kamp met 1 en een kamp met 5), dan wordt r_wg gewoon 0, zoals gebruikelijk in de literatuur."
          }
        ],
        [
          {
            "text": "Bespreken in de workshop",
            "bold": true
          },
          {
            "text": " wanneer r_wg kleiner is dan 0,70 of de SD groter dan 1,1."
          }
        ],
        [
          {
            "text": "In woorden",
            "bold": true
          },
          {
            "text": " (zo staat het in het rapport voor de klant): *eensgezind* als er niets te bespreken is, *sterk verdeeld* als r_wg 0 is (minstens zo verdeeld als toeval), anders *verdeeld*. De getallen zelf staan in de schermen van de consultant."
          }
        ]
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Met minder dan 3 antwoorden tonen we alleen het bereik: een spreiding van twee mensen zegt niets over consensus."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Verschil in beleving: management tegenover de rest"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Per pijler en per item: de score van de rolgroep management min de score van alle andere deelnemers samen (met dezelfde weging als hierboven). Een verschil van 1,0 of meer (in beide richtingen) wordt gemarkeerd."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Ambitie en prioriteit"
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Gewenst niveau",
            "bold": true
          },
          {
            "text": ": het gemiddelde van de gewenste niveaus die de deelnemers opgaven, met "
          },
          {
            "text": "dezelfde weging als de pijlerscore",
            "bold": true
          },
          {
            "text": ": bij weging per rolgroep (de standaard) eerst het gemiddelde per rolgroep, daarna het gemiddelde van die groepsgemiddelden."
          }
        ],
        [
          {
            "text": "Belang",
            "bold": true
          },
          {
            "text": ": het gemiddelde van de belangscores (1–5), met dezelfde weging."
          }
        ],
        [
          {
            "text": "Ambitiekloof",
            "bold": true
          },
          {
            "text": " = gewenst niveau − pijlergemiddelde."
          }
        ],
        [
          {
            "text": "Prioriteit",
            "bold": true
          },
          {
            "text": " = ambitiekloof × belang."
          }
        ]
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Waarom dezelfde weging: de kloof vergelijkt het gewenste niveau met de huidige score. Zou het ene per rolgroep en het andere per deelnemer gewogen zijn, dan overstemmen twaalf verkopers die weinig willen toch weer de twee managers die veel willen. Voorbeeld: twee managers willen niveau 4, één verkoper niveau 3. Per rolgroep is het gewenste niveau (4 + 3) / 2 = 3,5; een gewoon gemiddelde over de deelnemers zou (4 + 4 + 3) / 3 = 3,67 geven. Met de keuze voor een gewoon gemiddelde over alle deelnemers (instelling van de opdracht) volgen gewenst niveau en belang die keuze ook."
        }
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Is de kloof negatief (de organisatie scoort al hoger dan ze wil), dan is de prioriteit 0 en tonen we dat de ambitie al gehaald is. Zonder gewenste niveaus of belangscores is er geen kloof of prioriteit (dan staat er \"–\", nooit een 0)."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "KPI's: wordt het niveau onderbouwd?"
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Een KPI geldt als "
          },
          {
            "text": "gevolgd",
            "bold": true
          },
          {
            "text": " als meer dan de helft van de deelnemers die ja of nee antwoordden, ja zegt. \"Weet ik niet\" telt niet mee; bij gelijke stand geldt de KPI als niet gevolgd."
          }
        ],
        [
          {
            "text": "Dekking per niveau",
            "bold": true
          },
          {
            "text": " = aantal gevolgde KPI's van dat niveau / aantal KPI's van dat niveau in het model (6 op niveau 1, 5 op de niveaus 2 tot en met 5)."
          }
        ],
        [
          {
            "text": "Signaal \"niveau niet onderbouwd met KPI's\"",
            "bold": true
          },
          {
            "text": ": heeft een pijler niveau L of hoger, terwijl minder dan de helft van de KPI's van niveau L gevolgd wordt, dan krijgt die pijler een signaal voor niveau L. Dat wordt gecontroleerd voor elk niveau van 2 tot en met het pijlerniveau; elk niveau dat niet gehaald wordt, wordt apart genoemd."
          }
        ]
      ]
    },
    {
      "kind": "heading",
      "text": "Roadmap (concept)"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Per pijler van het huidige pijlerniveau naar het doelniveau:"
        }
      ]
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Doelniveau",
            "bold": true
          },
          {
            "text": " = het gewenste niveau (zie hierboven), afgerond (3,5 wordt 4); zonder gewenste niveaus het huidige niveau + 1; nooit hoger dan 5. Ligt het doel niet boven het huidige niveau, dan zijn er voor die pijler geen stappen."
          }
        ],
        [
          {
            "text": "Steeds "
          },
          {
            "text": "één niveau per stap",
            "bold": true
          },
          {
            "text": " (nooit van 2 naar 4 in één keer). Bij elke stap horen de verbeteracties uit het model en de KPI's van het volgende niveau die bij deze pijler horen en nog niet gevolgd worden."
          }
        ],
        [
          {
            "text": "Fasering",
            "bold": true
          },
          {
            "text": " in vier perioden: 0–3, 3–6, 6–12 en 12+ maanden."
          }
        ],
        [
          {
            "text": "De pijlers met stappen worden gerangschikt: eerst het laagste pijlerniveau, dan de hoogste prioriteit, dan de volgorde van het model."
          }
        ],
        [
          {
            "text": "De eerste stap van de twee bovenste pijlers valt in 0–3 maanden, die van de volgende twee in 3–6 maanden, die van de vijfde in 6–12 maanden."
          }
        ],
        [
          {
            "text": "Elke volgende stap van dezelfde pijler valt één periode later (hooguit 12+)."
          }
        ]
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "De consultant past het concept aan voordat het gepubliceerd wordt."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Herhaalscan"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Verwijst een opdracht naar de vorige opdracht van dezelfde klant, dan tonen we het verschil (nu − vorige keer) per pijler, altijd. Per item alleen als beide scans met dezelfde versie van het model zijn afgenomen; anders staat erbij dat alleen pijlers vergeleken worden."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Benchmark"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Het gemiddelde per pijler over de eigen afgesloten opdrachten van het adviesbureau (eventueel gefilterd op branche of omvang). Heeft een klant meerdere opdrachten, dan telt die klant één keer (het gemiddelde van zijn opdrachten). De benchmark wordt pas getoond vanaf 5 verschillende organisaties en altijd met het aantal (n)."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Beoordeling door de consultant"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "De consultant kan per pijler een eigen niveau met toelichting vastleggen. Dat staat naast de score van de deelnemers en wordt er nooit mee verrekend."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Anonimiteit: wat klanten zien"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "De consultant ziet de individuele antwoorden (nodig voor de workshop). Klantmanagers en de PDF zien alleen samenvattingen, volgens deze regels (k is de drempel van de opdracht: standaard 3, nooit lager dan 3):"
        }
      ]
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Minder dan k ingediende scans in totaal: er wordt niets getoond behalve de melding dat er te weinig reacties zijn."
          }
        ],
        [
          {
            "text": "Het totaal (gemiddelden, niveaus, ambitie, KPI-dekking) wordt getoond vanaf k deelnemers."
          }
        ],
        [
          {
            "text": "Een rolgroep of team komt in aanmerking vanaf k deelnemers. Kleinere groepen worden samengevoegd tot "
          },
          {
            "text": "Overig",
            "bold": true
          },
          {
            "text": " (de rolgroep \"overig\" en deelnemers zonder team horen daar ook bij), dat in aanmerking komt vanaf k deelnemers."
          }
        ],
        [
          {
            "text": "Haalt geen enkele groep k, dan worden er geen groepen getoond (Overig zou gelijk zijn aan het totaal)."
          }
        ],
        [
          {
            "text": "Welke groepen uit aanmerking echt getoond worden, beslist één controle over alle tabellen samen (zie hierna, \"Anonimiteit over alle tabellen samen\"): niemand mag door aftrekken of optellen van getoonde cijfers te herleiden zijn."
          }
        ],
        [
          {
            "text": "Antwoordverdelingen en consensus alleen voor het totaal, vanaf 5 deelnemers (of k, als k hoger is), en de verdelingen alleen als de controle ze naast de andere cijfers toelaat."
          }
        ],
        [
          {
            "text": "Opmerkingen alleen voor het totaal, vanaf 5 deelnemers (of k, als k hoger is); nooit voor een deelgroep, zodat twee lijsten nooit van elkaar af te trekken zijn. Ze staan op alfabetische volgorde, zonder naam."
          }
        ],
        [
          {
            "text": "Het verschil management–rest alleen als de controle zowel het management als de rest toelaat."
          }
        ],
        [
          {
            "text": "Een gepubliceerde rapportversie bewaart precies wat het portaal en de PDF tonen, niets meer: geen opmerkingen, verdelingen of cijfers die niet getoond worden."
          }
        ]
      ]
    },
    {
      "kind": "heading",
      "text": "Anonimiteit over alle tabellen samen"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Rolgroepen, teams en het totaal staan samen in hetzelfde rapport. Wie ze van elkaar aftrekt, kan iemand terugvinden die in geen enkele tabel apart staat. Voorbeeld (k = 3, weging per rolgroep): sales 6, marketing 5 en één directeur; teams Noord = 2 sales en de directeur, Zuid = 4 sales, Mkt = de 5 marketeers. Een controle per tabel verbergt marketing om de directeur te beschermen, maar de teamtabel toont \"Mkt 5 · 5,0 / Noord 3 · 2,5 / Zuid 4 · 4,0\" en het totaal 3,3. Het totaal is het gemiddelde van de drie rolgroepgemiddelden, dus de directeur volgt uit 3 × 3,3 − 4,0 (sales) − 5,0 (marketing = Mkt) ≈ 0,9, en uit de teams 2 × 2,5 − 4,0 = 1,0."
        }
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Daarom bekijkt één controle alle cellen die samen getoond worden (totaal, rolgroepen, teams, Overig, management tegenover de rest, de antwoordverdelingen van het totaal):"
        }
      ]
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Atomen",
            "bold": true
          },
          {
            "text": ": deelnemers die in precies dezelfde getoonde cellen zitten, vormen samen een atoom."
          }
        ],
        [
          {
            "text": "Elke getoonde cel geeft de lezer een lineaire vergelijking. Een aantal, of een gewoon gemiddelde met zijn n, is de som over de cel. Een gemiddelde van rolgroepgemiddelden weegt ieder lid met 1 / (aantal rolgroepen × leden van de eigen rolgroep); we nemen voorzichtigheidshalve aan dat de lezer de grootte van elke rolgroep kent."
          }
        ],
        [
          {
            "text": "De regel",
            "bold": true
          },
          {
            "text": ": voor geen enkele vereniging van atomen met samen minder dan k deelnemers mag de som (en dus het gemiddelde, de aantallen of de verdeling) uit die vergelijkingen volgen. Dat wordt exact nagerekend (met breuken, zonder afronding), zowel voor de aantallen als voor de cijfers. Alleen kleine atomen doen mee, dus de controle is snel."
          }
        ],
        [
          {
            "text": "Het pijlercijfer van een cel komt alleen van wie die pijler beantwoordde (met een niveau). De regel geldt daarom ook binnen de deelnemers van elke pijler: wie een hele pijler met \"weet ik niet\" invulde, telt daar niet mee. (Wordt een pijler in totaal door minder dan k deelnemers beantwoord, dan ligt dat aan het totaal zelf en niet aan de groepen.)"
          }
        ],
        [
          {
            "text": "Een cel wordt nooit getoond als die binnen een getoonde grotere cel minder dan k (maar meer dan 0) deelnemers overlaat."
          }
        ],
        [
          {
            "text": "Faalt de regel, dan wordt er één cel meer verborgen: de eerste in de volgorde \"eerst de details (de antwoordverdelingen van het totaal, 'de rest' naast het management), dan de kleinste cel, bij gelijke grootte de laatste in de weergave\" waarvan het weglaten de fout oplost; lost geen enkele dat alleen op, dan de eerste in die volgorde. Dat herhaalt zich tot de regel klopt. Het totaal wordt nooit verborgen (het heeft minstens k deelnemers en verraadt op zich niemand)."
          }
        ]
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "In het voorbeeld: Zuid laat binnen sales maar 2 deelnemers over en wordt verborgen; daarna geeft totaal − sales − marketing de directeur, en het weglaten van sales lost dat op. Getoond worden marketing, Mkt en Noord: uit (sales + marketing + directeur) / 3 en (Noord-sales + directeur) / 2 volgt de directeur niet meer, want de sales van Zuid en Noord zijn niet apart bekend."
        }
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Rapportversies die vóór deze controle gepubliceerd zijn, worden bij elke weergave in portaal en PDF opnieuw gecontroleerd (met rolgroep en team van de deelnemers en welke pijlers zij beantwoordden, zonder de antwoorden zelf); wat de regel nu verbiedt, wordt niet meer getoond. De consultant ziet dat bij de roadmap en kan opnieuw publiceren."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Modelversies"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Een opdracht houdt altijd de versie van het model waarmee ze is gestart; nieuwe opdrachten gebruiken versie 2026.2. Wat in 2026.2 anders is voor de berekeningen:"
        }
      ]
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Items",
            "bold": true
          },
          {
            "text": ": de pijler Salesorganisatie heeft 6 items (nieuw: klantcontact en service), de andere pijlers 5; samen 26. Het pijlerniveau vraagt nog steeds minstens 80 % van de items: bij 6 items zijn dat er 5. Het pijlergemiddelde is het gemiddelde van alle 6 itemscores."
          }
        ],
        [
          {
            "text": "Volgorde",
            "bold": true
          },
          {
            "text": ": de vijf beschrijvingen van een item staan per deelnemer in een eigen, willekeurige volgorde (dezelfde bij elk bezoek en op elk apparaat). Het gewenste niveau wordt na de items gevraagd, met beschrijvingen zonder niveaunaam."
          }
        ],
        [
          {
            "text": "KPI's",
            "bold": true
          },
          {
            "text": ": bij elke KPI staat een ritme (maandelijks, per kwartaal of jaarlijks); de vraag is of de organisatie de KPI in dat ritme meet en bespreekt. De KPI's van niveau 1 en 2 zijn basiscijfers: ze worden getoond, maar het signaal \"niveau niet onderbouwd met KPI's\" kijkt pas vanaf niveau 3. Elke pijler heeft op elk niveau van 2 tot en met 5 precies één KPI, dus elke roadmapstap noemt een KPI."
          }
        ],
        [
          {
            "text": "Herhaalscan",
            "bold": true
          },
          {
            "text": ": tussen twee versies vergelijken we alleen pijlers, nooit items."
          }
        ]
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "In versie 2026.1 gelden de regels zoals hierboven beschreven: 5 items per pijler, de vraag \"minstens maandelijks\" en het KPI-signaal vanaf niveau 2."
        }
      ]
    }
  ],
  "en": [
    {
      "kind": "heading",
      "text": "What the scan consists of"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "The Sales Management Maturity Scan measures five pillars: Sales organisation, Marketing, Sales coaching, Sales leadership and Account management. Each pillar has five themes (items). For each item a respondent picks the description that best matches how things work today. The descriptions belong to five levels:"
        }
      ]
    },
    {
      "kind": "table",
      "header": [
        "level",
        "name"
      ],
      "rows": [
        [
          "1",
          "Ad hoc"
        ],
        [
          "2",
          "Reactive"
        ],
        [
          "3",
          "Proactive"
        ],
        [
          "4",
          "Systematic"
        ],
        [
          "5",
          "Innovative"
        ]
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "A respondent may also answer \"Don't know\" or \"Not applicable\". Per pillar they also give the desired level (1–5) and its importance (1–5). Finally there is a list of 26 KPIs with the question whether the organisation tracks and reviews them at least monthly (yes / no / don't know)."
        }
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Only submitted scans count. A scan that has not been submitted, or a respondent who has been erased, counts nowhere."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "\"Don't know\" and \"Not applicable\""
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "These answers are left out of every mean: they say nothing about the level. A skipped item is left out too. We do count them, per item and per role group: when many people answer \"don't know\" on a theme, that is a finding in itself (the practice is invisible, or nobody owns it)."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Respondent score per pillar"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "The mean of the items of that pillar that the respondent answered with a level. With fewer than 3 of the 5 items answered, the respondent's pillar score is "
        },
        {
          "text": "insufficient",
          "bold": true
        },
        {
          "text": " and no score is shown. Only the consultant sees these scores."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Item score"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "An item's score is the "
        },
        {
          "text": "mean of the role-group means",
          "bold": true
        },
        {
          "text": ": first the mean per role group (for example management, sales, customer service), then the mean of those group means. That way twelve sales reps do not drown out two managers. A role group in which nobody answered the item with a level does not take part for that item. Per engagement the consultant can switch to a plain mean over all respondents."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Pillar score (mean)"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "The mean of the pillar's five item scores (an item without any answer is left out). It runs from 1.0 to 5.0 and is shown with one decimal. All calculations use the unrounded value; we round only for display (3.25 shows as 3.3)."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Pillar level (staged level)"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "The highest level L for which at least 4 of the 5 items score L or more. When an item drops out because nobody answered it, at least 80 % of the remaining items must reach L. With fewer than five items that means "
        },
        {
          "text": "all",
          "bold": true
        },
        {
          "text": " remaining items: 80 % of 4 is 3.2, so 4 of 4 (and 3 of 3, 2 of 2). Example: item scores 3, 3, 3 and 2 and one item without an answer give level 2, not 3. The level is at least 1."
        }
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Why: a mean can hide weak spots. 5, 5, 5, 1 and 1 average 3.4, yet on two themes the organisation is still ad hoc: the pillar level is 1. The rule does let one lagging theme through (5, 5, 5, 5 and 1 give level 5): that theme shows in the item scores, not in the pillar level."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Unbalanced"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "A pillar is "
        },
        {
          "text": "unbalanced",
          "bold": true
        },
        {
          "text": " when its mean is at least 1 above its pillar level: some themes are far ahead while others lag behind."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Overall maturity"
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Mean",
            "bold": true
          },
          {
            "text": ": the mean of the five pillar means."
          }
        ],
        [
          {
            "text": "Honest score",
            "bold": true
          },
          {
            "text": ": the lowest pillar level. An organisation is as mature as its weakest pillar."
          }
        ]
      ]
    },
    {
      "kind": "heading",
      "text": "Consensus: do respondents agree?"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Per item (over the answers) and per pillar (over the respondents' pillar scores, leaving out insufficient ones):"
        }
      ]
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Spread (SD)",
            "bold": true
          },
          {
            "text": ": the standard deviation of the answers, computed as a sample (divided by n − 1)."
          }
        ],
        [
          {
            "text": "Range",
            "bold": true
          },
          {
            "text": ": the lowest and the highest answer."
          }
        ],
        [
          {
            "text": "r_wg",
            "bold": true
          },
          {
            "text": " = 1 − SD² / 2. The number 2 is the spread you would get if everyone picked one of the five answers at random. r_wg = 1 means full agreement, 0 means as spread out as chance. When the spread is even larger than chance (for example one camp answering 1 and another 5), r_wg is set to 0, as is common practice in the literature."
          }
        ],
        [
          {
            "text": "Discuss in the workshop",
            "bold": true
          },
          {
            "text": " when r_wg is below 0.70 or the SD is above 1.1."
          }
        ],
        [
          {
            "text": "In words",
            "bold": true
          },
          {
            "text": " (as the client's report puts it): *united* when there is nothing to discuss, *strongly divided* when r_wg is 0 (at least as spread out as chance), otherwise *divided*. The figures themselves are in the consultant's screens."
          }
        ]
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "With fewer than 3 answers we show only the range: the spread of two people says nothing about consensus."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Perception gap: management versus the rest"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Per pillar and per item: the score of the management role group minus the score of all other respondents together (with the same weighting as above). A gap of 1.0 or more (either way) is flagged."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Ambition and priority"
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Desired level",
            "bold": true
          },
          {
            "text": ": the mean of the desired levels the respondents gave, with "
          },
          {
            "text": "the same weighting as the pillar score",
            "bold": true
          },
          {
            "text": ": with role-group weighting (the default) first the mean per role group, then the mean of those group means."
          }
        ],
        [
          {
            "text": "Importance",
            "bold": true
          },
          {
            "text": ": the mean of the importance ratings (1–5), with the same weighting."
          }
        ],
        [
          {
            "text": "Ambition gap",
            "bold": true
          },
          {
            "text": " = desired level − pillar mean."
          }
        ],
        [
          {
            "text": "Priority",
            "bold": true
          },
          {
            "text": " = ambition gap × importance."
          }
        ]
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Why the same weighting: the gap compares the desired level with the current score. If one were weighted by role group and the other by respondent, twelve reps who want little would again drown two managers who want much. Example: two managers want level 4, one sales rep level 3. By role group the desired level is (4 + 3) / 2 = 3.5; a plain mean over the respondents would give (4 + 4 + 3) / 3 = 3.67. When the engagement is set to a plain mean over all respondents, the desired level and the importance follow that setting too."
        }
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "When the gap is negative (the organisation already scores above its ambition), the priority is 0 and we show that the ambition has been reached. Without desired levels or importance ratings there is no gap or priority (shown as \"–\", never as 0)."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "KPIs: is the level backed by evidence?"
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "A KPI counts as "
          },
          {
            "text": "tracked",
            "bold": true
          },
          {
            "text": " when more than half of the respondents who answered yes or no say yes. \"Don't know\" does not count; a tie counts as not tracked."
          }
        ],
        [
          {
            "text": "Coverage per level",
            "bold": true
          },
          {
            "text": " = tracked KPIs of that level / KPIs of that level in the model (6 at level 1, 5 at each of levels 2 to 5)."
          }
        ],
        [
          {
            "text": "Signal \"level not backed by KPIs\"",
            "bold": true
          },
          {
            "text": ": when a pillar is at level L or higher while fewer than half of the level-L KPIs are tracked, the pillar gets a signal for level L. This is checked for every level from 2 up to the pillar level; each level that fails is listed separately."
          }
        ]
      ]
    },
    {
      "kind": "heading",
      "text": "Roadmap (draft)"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Per pillar from the current pillar level to the target level:"
        }
      ]
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Target level",
            "bold": true
          },
          {
            "text": " = the desired level (see above), rounded (3.5 becomes 4); without desired levels the current level + 1; never above 5. When the target is not above the current level, the pillar has no steps."
          }
        ],
        [
          {
            "text": "Always "
          },
          {
            "text": "one level per step",
            "bold": true
          },
          {
            "text": " (never from 2 to 4 at once). Each step lists the model's improvement actions and the KPIs of the next level that belong to this pillar and are not tracked yet."
          }
        ],
        [
          {
            "text": "Phasing",
            "bold": true
          },
          {
            "text": " over four periods: 0–3, 3–6, 6–12 and 12+ months."
          }
        ],
        [
          {
            "text": "Pillars with steps are ranked: lowest pillar level first, then highest priority, then the model's order."
          }
        ],
        [
          {
            "text": "The first step of the top two pillars falls in 0–3 months, of the next two in 3–6 months, of the fifth in 6–12 months."
          }
        ],
        [
          {
            "text": "Each further step of the same pillar falls one period later (at most 12+)."
          }
        ]
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "The consultant edits the draft before publishing it."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Re-scan"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "When an engagement points to the client's previous engagement, we show the change (now − last time) per pillar, always. Per item only when both scans used the same model version; otherwise it is labelled as a pillar-only comparison."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Benchmark"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "The mean per pillar over the consultancy's own closed engagements (optionally filtered by industry or size). A client with several engagements counts once (the mean of its engagements). The benchmark is shown only from 5 different organisations, and always with the number (n)."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Consultant rating"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "The consultant can record their own level per pillar with a note. It is shown beside the respondents' score and is never mixed into it."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Anonymity: what clients see"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "The consultant sees individual answers (needed for the workshop). Client managers and the PDF see only aggregates, by these rules (k is the engagement's threshold: 3 by default, never below 3):"
        }
      ]
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Fewer than k submitted scans in total: nothing is shown except a message that there are too few responses."
          }
        ],
        [
          {
            "text": "The total (means, levels, ambition, KPI coverage) is shown from k respondents."
          }
        ],
        [
          {
            "text": "A role group or team is a candidate from k respondents. Smaller groups are merged into "
          },
          {
            "text": "Other",
            "bold": true
          },
          {
            "text": " (the role group \"other\" and respondents without a team belong there too), which is a candidate from k respondents."
          }
        ],
        [
          {
            "text": "If no group reaches k, no groups are shown (Other would equal the total)."
          }
        ],
        [
          {
            "text": "Which candidates are actually shown is decided by one check over all tables together (see \"Anonymity across all tables\" below): nobody may be recoverable by subtracting or adding shown figures."
          }
        ],
        [
          {
            "text": "Answer distributions and consensus only for the total, from 5 respondents (or k, if k is higher), and the distributions only when the check allows them beside the other figures."
          }
        ],
        [
          {
            "text": "Comments only for the total, from 5 respondents (or k, if k is higher); never for a sub-group, so two lists can never be subtracted from each other. They are sorted alphabetically, without names."
          }
        ],
        [
          {
            "text": "The management-versus-rest gap only when the check allows both management and the rest."
          }
        ],
        [
          {
            "text": "A published report version stores exactly what the portal and the PDF show, nothing more: no comments, distributions or figures that are not shown."
          }
        ]
      ]
    },
    {
      "kind": "heading",
      "text": "Anonymity across all tables"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Role groups, teams and the total appear together in one report. Subtracting them from each other can single out someone who is in no table on their own. Example (k = 3, role-group weighting): sales 6, marketing 5 and one director; teams North = 2 sales and the director, South = 4 sales, Mkt = the 5 marketers. A check per table hides marketing to protect the director, but the team table shows \"Mkt 5 · 5.0 / North 3 · 2.5 / South 4 · 4.0\" and the total 3.3. The total is the mean of the three role-group means, so the director follows from 3 × 3.3 − 4.0 (sales) − 5.0 (marketing = Mkt) ≈ 0.9, and from the teams 2 × 2.5 − 4.0 = 1.0."
        }
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "So one check looks at every cell shown together (total, role groups, teams, Other, management versus the rest, the total's answer distributions):"
        }
      ]
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Atoms",
            "bold": true
          },
          {
            "text": ": respondents who are in exactly the same shown cells form an atom."
          }
        ],
        [
          {
            "text": "Every shown cell gives the reader a linear equation. A count, or a plain mean with its n, is the sum over the cell. A mean of role-group means weighs each member by 1 / (number of role groups × members of their own role group); to be safe we assume the reader knows every role group's size."
          }
        ],
        [
          {
            "text": "The rule",
            "bold": true
          },
          {
            "text": ": for no union of atoms with fewer than k respondents together may the sum (and so the mean, the counts or the distribution) follow from those equations. This is checked exactly (with fractions, no rounding), for the counts as well as for the figures. Only small atoms take part, so the check is fast."
          }
        ],
        [
          {
            "text": "A cell's pillar figure comes only from those who answered that pillar (with a level). The rule therefore also holds within each pillar's respondents: whoever answered a whole pillar with \"don't know\" does not count there. (A pillar answered by fewer than k respondents in all is a matter of the total itself, not of the groups.)"
          }
        ],
        [
          {
            "text": "A cell is never shown when it leaves fewer than k (but more than 0) respondents inside a larger shown cell."
          }
        ],
        [
          {
            "text": "When the rule fails, one more cell is hidden: the first, in the order \"details first (the total's answer distributions, 'the rest' beside management), then the smallest cell, on equal size the later one on the page\", whose removal fixes it; if no single removal does, the first in that order. This repeats until the rule holds. The total is never hidden (it has at least k respondents and gives nobody away on its own)."
          }
        ]
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "In the example: South leaves only 2 respondents inside sales and is hidden; then total − sales − marketing gives the director away, and hiding sales fixes that. Shown are marketing, Mkt and North: from (sales + marketing + director) / 3 and (North sales + director) / 2 the director no longer follows, because the sales of South and North are not known separately."
        }
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "Report versions published before this check are checked again whenever the portal or the PDF shows them (with the respondents' role group and team and which pillars they answered, never the answers themselves); whatever the rule now forbids is no longer shown. The consultant sees this on the roadmap page and can publish again."
        }
      ]
    },
    {
      "kind": "heading",
      "text": "Model versions"
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "An engagement always keeps the model version it was started with; new engagements use version 2026.2. What differs in 2026.2 for the calculations:"
        }
      ]
    },
    {
      "kind": "list",
      "ordered": false,
      "items": [
        [
          {
            "text": "Items",
            "bold": true
          },
          {
            "text": ": the Sales organisation pillar has 6 items (new: customer contact and service), the other pillars 5; 26 in all. The pillar level still needs at least 80 % of the items: with 6 items that is 5. The pillar mean is the mean of all 6 item scores."
          }
        ],
        [
          {
            "text": "Order",
            "bold": true
          },
          {
            "text": ": each respondent sees the five descriptions of an item in their own random order (the same on every visit and device). The desired level is asked after the items, with descriptions that carry no level name."
          }
        ],
        [
          {
            "text": "KPIs",
            "bold": true
          },
          {
            "text": ": each KPI has a rhythm (monthly, quarterly or yearly); the question is whether the organisation measures and reviews the KPI at that rhythm. The level-1 and level-2 KPIs are basic figures: they are shown, but the \"level not backed by KPIs\" signal starts at level 3. Each pillar has exactly one KPI at each of the levels 2 to 5, so every roadmap step names a KPI."
          }
        ],
        [
          {
            "text": "Re-scan",
            "bold": true
          },
          {
            "text": ": across two versions we compare pillars only, never items."
          }
        ]
      ]
    },
    {
      "kind": "paragraph",
      "spans": [
        {
          "text": "In version 2026.1 the rules apply as described above: 5 items per pillar, the question \"at least monthly\" and the KPI signal from level 2."
        }
      ]
    }
  ]
};

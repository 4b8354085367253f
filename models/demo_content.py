"""Demo content for ``seed-demo``: plain data only, no logic.

Everything here is fictional: organisations, people, addresses, phone numbers and e-mail
addresses (all under example.org). The seed command turns these lists into database rows.

- Categories come with the schema (migration 0001); activities name them by code.
- ``ORGANISATIONS``: host organisations; exactly one is still ``pending`` (no activities) and
  exactly one has ``demo_staff`` (the organisation of ``organisation@demo.test``).
- ``ACTIVITIES``: activities with Dutch text (plain A1-A2 Dutch) and, for about two thirds,
  translations; ``schedule`` describes a weekly series of sessions around today
  (``weekday`` 0 = Monday, ``time`` in Europe/Brussels local time).
- ``STAFF``, ``COUNSELLOR``, ``ADMIN``: names of the demo accounts.
- ``INTEGRATORS``: the 25 demo integrators on the demo counsellor's caseload.
"""

from __future__ import annotations

ORGANISATIONS = [
    {
        "key": "de-vlierboom",
        "name": "Buurthuis De Vlierboom",
        "status": "approved",
        "trusted": True,
        "street": "Vlierstraat 27",
        "postcode": "2060",
        "municipality": "Antwerpen",
        "contact_name": "Sofie Peeters",
        "contact_email": "devlierboom@example.org",
        "contact_phone": "+32 3 234 56 78",
        "website": "https://example.org/devlierboom",
        "description": (
            "Een buurthuis in Antwerpen-Noord. Iedereen uit de buurt is welkom "
            "voor een babbel, een activiteit of hulp."
        ),
        "demo_staff": True,
    },
    {
        "key": "de-leesboog",
        "name": "Wijkbibliotheek De Leesboog",
        "status": "approved",
        "trusted": True,
        "street": "Leeuwerikstraat 12",
        "postcode": "9000",
        "municipality": "Gent",
        "contact_name": "Lotte Vermeulen",
        "contact_email": "leesboog@example.org",
        "contact_phone": "+32 9 223 45 67",
        "website": "https://example.org/leesboog",
        "description": (
            "Een kleine bibliotheek in Gent. Je kan hier boeken lenen, leren en Nederlands oefenen."
        ),
        "demo_staff": False,
    },
    {
        "key": "dijlesterren",
        "name": "Sportclub Dijlesterren",
        "status": "approved",
        "trusted": False,
        "street": "Sportpleinlaan 3",
        "postcode": "2800",
        "municipality": "Mechelen",
        "contact_name": "Jonas De Smet",
        "contact_email": "dijlesterren@example.org",
        "contact_phone": "+32 15 21 43 65",
        "website": "https://example.org/dijlesterren",
        "description": (
            "Een sportclub in Mechelen met voetbal, wandelvoetbal en zwemmen. "
            "Nieuwe leden zijn altijd welkom."
        ),
        "demo_staff": False,
    },
    {
        "key": "de-handreiking",
        "name": "Vrijwilligerspunt De Handreiking",
        "status": "approved",
        "trusted": True,
        "street": "Vlaamsesteenweg 58",
        "postcode": "1000",
        "municipality": "Brussel",
        "contact_name": "Nadia El Idrissi",
        "contact_email": "handreiking@example.org",
        "contact_phone": "+32 2 512 34 56",
        "website": "https://example.org/handreiking",
        "description": (
            "Wij zoeken vrijwilligerswerk dat bij jou past. We werken samen met "
            "organisaties in heel Brussel."
        ),
        "demo_staff": False,
    },
    {
        "key": "de-kompasroos",
        "name": "Jeugdhuis De Kompasroos",
        "status": "approved",
        "trusted": False,
        "street": "Dendermondsesteenweg 210",
        "postcode": "9040",
        "municipality": "Gent",
        "contact_name": "Wout Claes",
        "contact_email": "kompasroos@example.org",
        "contact_phone": "+32 9 228 76 54",
        "website": "https://example.org/kompasroos",
        "description": (
            "Een jeugdhuis in Sint-Amandsberg voor jongeren tot 25 jaar. Hier kan je "
            "chillen, sporten en muziek maken."
        ),
        "demo_staff": False,
    },
    {
        "key": "de-schroevendraaier",
        "name": "Repair Café De Schroevendraaier",
        "status": "approved",
        "trusted": False,
        "street": "Lamorinièrestraat 77",
        "postcode": "2018",
        "municipality": "Antwerpen",
        "contact_name": "Marc Janssens",
        "contact_email": "schroevendraaier@example.org",
        "contact_phone": "+32 3 237 89 01",
        "website": "https://example.org/schroevendraaier",
        "description": (
            "In ons repair café herstellen we samen kapotte spullen. Zo gooien we minder weg."
        ),
        "demo_staff": False,
    },
    {
        "key": "de-zilverzaal",
        "name": "Cultuurcentrum De Zilverzaal",
        "status": "approved",
        "trusted": True,
        "street": "Graaf van Vlaanderenstraat 30",
        "postcode": "1080",
        "municipality": "Brussel",
        "contact_name": "Elise Van den Broeck",
        "contact_email": "zilverzaal@example.org",
        "contact_phone": "+32 2 410 22 33",
        "website": "https://example.org/zilverzaal",
        "description": (
            "Een cultuurcentrum in Brussel met theater, muziek en dans. "
            "Wij willen cultuur voor iedereen."
        ),
        "demo_staff": False,
    },
    {
        "key": "de-groene-hoek",
        "name": "Buurtmoestuin De Groene Hoek",
        "status": "approved",
        "trusted": False,
        "street": "Vogelzangstraat 9",
        "postcode": "1030",
        "municipality": "Brussel",
        "contact_name": "Tom Maes",
        "contact_email": "groenehoek@example.org",
        "contact_phone": "+32 2 215 66 77",
        "website": "https://example.org/groenehoek",
        "description": (
            "Een buurtmoestuin in Brussel. We kweken samen groenten en leren elkaar kennen."
        ),
        "demo_staff": False,
    },
    {
        "key": "de-gouden-draad",
        "name": "Naaiatelier De Gouden Draad",
        "status": "pending",
        "trusted": False,
        "street": "Nekkerspoelstraat 120",
        "postcode": "2800",
        "municipality": "Mechelen",
        "contact_name": "Ann Wouters",
        "contact_email": "goudendraad@example.org",
        "contact_phone": "+32 15 42 18 90",
        "website": "https://example.org/goudendraad",
        "description": ("Een naaiatelier in Mechelen. Je leert hier naaien en kleren herstellen."),
        "demo_staff": False,
    },
]

ACTIVITIES = [
    # ----------------------------------------------------------------------------------
    # Buurthuis De Vlierboom (Antwerpen) -- the organisation of organisation@demo.test
    # ----------------------------------------------------------------------------------
    {
        "org": "de-vlierboom",
        "category": "conversation_table",
        "goals": ["learn_dutch", "meet_people"],
        "dutch_level": 1,
        "online": False,
        "street": "Vlierstraat 27",
        "postcode": "2060",
        "municipality": "Antwerpen",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "en", "ar"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": None,
        "max_age": None,
        "contact_name": "Sofie Peeters",
        "contact_phone": "+32 470 21 43 65",
        "contact_email": "sofie.peeters@example.org",
        "translations": {
            "nl": {
                "title": "Praattafel: samen Nederlands praten",
                "description": (
                    "Je praat Nederlands in een kleine groep. We drinken samen koffie of thee. "
                    "Een vrijwilliger helpt je. Fouten maken mag."
                ),
                "what_to_bring": None,
            },
            "en": {
                "title": "Conversation table: speaking Dutch together",
                "description": (
                    "You speak Dutch in a small group. We drink coffee or tea together. "
                    "A volunteer helps you. Making mistakes is fine."
                ),
                "what_to_bring": None,
            },
            "ar": {
                "title": "طاولة حوار: نتكلم الهولندية معًا",
                "description": (
                    "تتكلم الهولندية في مجموعة صغيرة. نشرب القهوة أو الشاي معًا. "
                    "متطوع يساعدك. لا بأس بالأخطاء."
                ),
                "what_to_bring": None,
            },
            "uk": {
                "title": "Розмовний клуб: говоримо нідерландською разом",
                "description": (
                    "Ви говорите нідерландською в маленькій групі. Ми разом п'ємо каву або чай. "
                    "Волонтер вам допомагає. Помилятися можна."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 1,
            "time": "14:00",
            "duration_minutes": 90,
            "capacity": 10,
            "weeks_past": 4,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-vlierboom",
        "category": "workshop",
        "goals": ["meet_people", "make_friends"],
        "dutch_level": 1,
        "online": False,
        "street": "Vlierstraat 27",
        "postcode": "2060",
        "municipality": "Antwerpen",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "ar", "ti"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": None,
        "max_age": None,
        "contact_name": "Youssef Amrani",
        "contact_phone": "+32 3 234 56 79",
        "contact_email": "youssef.amrani@example.org",
        "translations": {
            "nl": {
                "title": "Samen koken en eten",
                "description": (
                    "We koken samen een maaltijd. Elke week kiest iemand anders een recept. "
                    "Daarna eten we samen aan één grote tafel."
                ),
                "what_to_bring": "Een schort, als je er een hebt.",
            },
            "ar": {
                "title": "نطبخ ونأكل معًا",
                "description": (
                    "نطبخ وجبة معًا. كل أسبوع يختار شخص آخر وصفة. "
                    "بعد ذلك نأكل معًا على طاولة كبيرة واحدة."
                ),
                "what_to_bring": "مريول للمطبخ، إذا كان عندك.",
            },
            "ti": {
                "title": "ብሓባር ምኽሻንን ምብላዕን",
                "description": (
                    "ብሓባር መግቢ ንኸሽን። ኩሉ ሰሙን ካልእ ሰብ ዝስራሕ መግቢ ይመርጽ። ድሕሪኡ ኣብ ሓደ ዓቢ ጠረጴዛ ብሓባር ንበልዕ።"
                ),
                "what_to_bring": "ናይ ክሽነ ግርምብያለ፡ እንተሃልዩካ።",
            },
        },
        "schedule": {
            "weekday": 3,
            "time": "17:30",
            "duration_minutes": 150,
            "capacity": 8,
            "weeks_past": 3,
            "weeks_ahead": 5,
        },
    },
    {
        "org": "de-vlierboom",
        "category": "volunteering",
        "goals": ["volunteer", "prepare_for_work", "learn_dutch"],
        "dutch_level": 2,
        "online": False,
        "street": "Offerandestraat 45",
        "postcode": "2060",
        "municipality": "Antwerpen",
        "wheelchair_accessible": False,
        "host_languages": ["nl", "fr"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Sofie Peeters",
        "contact_phone": "+32 470 21 43 65",
        "contact_email": "sofie.peeters@example.org",
        "translations": {
            "nl": {
                "title": "Vrijwilliger in de sociale kruidenier",
                "description": (
                    "In de sociale kruidenier kopen mensen eten voor een lage prijs. "
                    "Jij zet producten in de rekken. Je helpt ook aan de kassa. "
                    "Je werkt samen met andere vrijwilligers."
                ),
                "what_to_bring": "Gemakkelijke schoenen.",
            },
            "en": {
                "title": "Volunteer at the social grocery",
                "description": (
                    "At the social grocery, people buy food at a low price. "
                    "You put products on the shelves. You also help at the till. "
                    "You work together with other volunteers."
                ),
                "what_to_bring": "Comfortable shoes.",
            },
            "fr": {
                "title": "Bénévole à l'épicerie sociale",
                "description": (
                    "À l'épicerie sociale, les gens achètent de la nourriture à petit prix. "
                    "Vous mettez les produits dans les rayons. Vous aidez aussi à la caisse. "
                    "Vous travaillez avec d'autres bénévoles."
                ),
                "what_to_bring": "Des chaussures confortables.",
            },
        },
        "schedule": {
            "weekday": 2,
            "time": "09:00",
            "duration_minutes": 180,
            "capacity": 6,
            "weeks_past": 5,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-vlierboom",
        "category": "buddy",
        "goals": ["make_friends", "learn_dutch"],
        "dutch_level": 1,
        "online": False,
        "street": "Vlierstraat 27",
        "postcode": "2060",
        "municipality": "Antwerpen",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "en", "so"],
        "buddy_offered": True,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Youssef Amrani",
        "contact_phone": "+32 3 234 56 79",
        "contact_email": "youssef.amrani@example.org",
        "translations": {
            "nl": {
                "title": "Buddyproject: samen de stad ontdekken",
                "description": (
                    "Je krijgt een buddy uit Antwerpen. Jullie spreken elke week af. "
                    "Jullie gaan samen naar de markt, het park of een café. "
                    "Zo leer je de stad en de taal kennen."
                ),
                "what_to_bring": None,
            },
            "en": {
                "title": "Buddy project: discover the city together",
                "description": (
                    "You get a buddy from Antwerp. You meet every week. "
                    "You go to the market, the park or a café together. "
                    "This way you get to know the city and the language."
                ),
                "what_to_bring": None,
            },
            "so": {
                "title": "Mashruuca saaxiibka: magaalada wada barta",
                "description": (
                    "Waxaad heleysaa saaxiib ka yimid Antwerpen. Toddobaad kasta waad kulantaan. "
                    "Waxaad si wadajir ah u tagtaan suuqa, beerta ama kafeega. "
                    "Sidaas ayaad ku baranaysaa magaalada iyo luqadda."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 5,
            "time": "10:00",
            "duration_minutes": 120,
            "capacity": 6,
            "weeks_past": 2,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-vlierboom",
        "category": "digital",
        "goals": ["learn_something", "prepare_for_work"],
        "dutch_level": 2,
        "online": False,
        "street": "Vlierstraat 27",
        "postcode": "2060",
        "municipality": "Antwerpen",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "uk", "ru"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 16,
        "max_age": None,
        "contact_name": "Sofie Peeters",
        "contact_phone": "+32 470 21 43 65",
        "contact_email": "sofie.peeters@example.org",
        "translations": {
            "nl": {
                "title": "Computerles voor beginners",
                "description": (
                    "Je leert werken met een computer. Hoe stuur je een e-mail? "
                    "Hoe zoek je iets op internet? We gaan langzaam en helpen elkaar."
                ),
                "what_to_bring": "Je eigen laptop, als je er een hebt.",
            },
            "uk": {
                "title": "Комп'ютерні курси для початківців",
                "description": (
                    "Ви вчитеся працювати з комп'ютером. Як надіслати електронний лист? "
                    "Як шукати щось в інтернеті? Ми йдемо повільно і допомагаємо одне одному."
                ),
                "what_to_bring": "Свій ноутбук, якщо він у вас є.",
            },
            "ru": {
                "title": "Компьютерные курсы для начинающих",
                "description": (
                    "Вы учитесь работать с компьютером. Как отправить электронное письмо? "
                    "Как найти что-то в интернете? Мы идём медленно и помогаем друг другу."
                ),
                "what_to_bring": "Свой ноутбук, если он у вас есть.",
            },
        },
        "schedule": {
            "weekday": 0,
            "time": "13:30",
            "duration_minutes": 120,
            "capacity": 8,
            "weeks_past": 3,
            "weeks_ahead": 4,
        },
    },
    {
        "org": "de-vlierboom",
        "category": "workshop",
        "goals": ["prepare_for_work"],
        "dutch_level": 4,
        "online": False,
        "street": "Vlierstraat 27",
        "postcode": "2060",
        "municipality": "Antwerpen",
        "wheelchair_accessible": True,
        "host_languages": ["nl"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Sofie Peeters",
        "contact_phone": "+32 470 21 43 65",
        "contact_email": "sofie.peeters@example.org",
        "translations": {
            "nl": {
                "title": "Training: solliciteren voor een job",
                "description": (
                    "Je leert een goed cv maken. Je oefent een gesprek met een werkgever. "
                    "Een coach geeft je tips. Zo ben je klaar voor je eerste job."
                ),
                "what_to_bring": "Je cv, als je er een hebt.",
            },
        },
        "schedule": {
            "weekday": 4,
            "time": "09:30",
            "duration_minutes": 150,
            "capacity": 10,
            "weeks_past": 2,
            "weeks_ahead": 3,
        },
    },
    {
        "org": "de-vlierboom",
        "category": "sport",
        "goals": ["meet_people", "make_friends"],
        "dutch_level": 1,
        "online": False,
        "street": "Vlierstraat 27",
        "postcode": "2060",
        "municipality": "Antwerpen",
        "wheelchair_accessible": False,
        "host_languages": ["nl", "tr", "es"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": None,
        "max_age": None,
        "contact_name": "Youssef Amrani",
        "contact_phone": "+32 3 234 56 79",
        "contact_email": "youssef.amrani@example.org",
        "translations": {
            "nl": {
                "title": "Samen wandelen in het park",
                "description": (
                    "We wandelen een uur samen in het park. Onderweg praten we Nederlands. "
                    "Iedereen kan meedoen. We vertrekken aan het buurthuis."
                ),
                "what_to_bring": "Goede schoenen en een regenjas.",
            },
            "tr": {
                "title": "Parkta birlikte yürüyüş",
                "description": (
                    "Parkta bir saat birlikte yürüyoruz. Yolda Felemenkçe konuşuyoruz. "
                    "Herkes katılabilir. Mahalle evinden yola çıkıyoruz."
                ),
                "what_to_bring": "Rahat ayakkabı ve yağmurluk.",
            },
            "es": {
                "title": "Caminar juntos por el parque",
                "description": (
                    "Caminamos juntos una hora por el parque. Por el camino hablamos neerlandés. "
                    "Todos pueden participar. Salimos desde el centro del barrio."
                ),
                "what_to_bring": "Buenos zapatos y un impermeable.",
            },
        },
        "schedule": {
            "weekday": 2,
            "time": "10:00",
            "duration_minutes": 60,
            "capacity": 12,
            "weeks_past": 6,
            "weeks_ahead": 8,
        },
    },
    {
        "org": "de-vlierboom",
        "category": "conversation_table",
        "goals": ["learn_dutch", "meet_people"],
        "dutch_level": 2,
        "online": True,
        "street": None,
        "postcode": None,
        "municipality": "Antwerpen",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "en", "fa"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": None,
        "max_age": None,
        "contact_name": "Sofie Peeters",
        "contact_phone": "+32 470 21 43 65",
        "contact_email": "sofie.peeters@example.org",
        "translations": {
            "nl": {
                "title": "Online praatgroep in de avond",
                "description": (
                    "Je praat Nederlands via de computer of je gsm. "
                    "We praten over gewone dingen: eten, werk, familie. "
                    "De groep is klein. Je krijgt de link per e-mail."
                ),
                "what_to_bring": "Een gsm of computer met internet.",
            },
            "en": {
                "title": "Online conversation group in the evening",
                "description": (
                    "You speak Dutch on your computer or phone. "
                    "We talk about everyday things: food, work, family. "
                    "The group is small. You get the link by e-mail."
                ),
                "what_to_bring": "A phone or computer with internet.",
            },
            "fa": {
                "title": "گروه گفت‌وگوی آنلاین در شب",
                "description": (
                    "با کامپیوتر یا موبایل هلندی صحبت می‌کنید. "
                    "دربارهٔ چیزهای روزمره حرف می‌زنیم: غذا، کار، خانواده. "
                    "گروه کوچک است. لینک را با ایمیل دریافت می‌کنید."
                ),
                "what_to_bring": "یک موبایل یا کامپیوتر با اینترنت.",
            },
        },
        "schedule": {
            "weekday": 3,
            "time": "19:00",
            "duration_minutes": 60,
            "capacity": 8,
            "weeks_past": 0,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-vlierboom",
        "category": "placement",
        "goals": ["prepare_for_work", "learn_something"],
        "dutch_level": 3,
        "online": False,
        "street": "Pothoekstraat 54",
        "postcode": "2060",
        "municipality": "Antwerpen",
        "wheelchair_accessible": True,
        "host_languages": ["nl"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Sofie Peeters",
        "contact_phone": "+32 470 21 43 65",
        "contact_email": "sofie.peeters@example.org",
        "translations": {
            "nl": {
                "title": "Snuffelstage in de kinderopvang",
                "description": (
                    "Je kijkt mee in een kinderopvang in de buurt. "
                    "Je helpt bij het spelen en het eten. Zo zie je hoe dit werk is. "
                    "Een begeleider is altijd bij je."
                ),
                "what_to_bring": (
                    "Een uittreksel uit het strafregister. Je vraagt het bij de gemeente."
                ),
            },
        },
        "schedule": {
            "weekday": 0,
            "time": "08:30",
            "duration_minutes": 240,
            "capacity": 4,
            "weeks_past": 0,
            "weeks_ahead": 4,
        },
    },
    {
        "org": "de-vlierboom",
        "category": "club",
        "goals": ["meet_people", "make_friends"],
        "dutch_level": 1,
        "online": False,
        "street": "Vlierstraat 27",
        "postcode": "2060",
        "municipality": "Antwerpen",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "tr", "ru"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": None,
        "max_age": None,
        "contact_name": "Youssef Amrani",
        "contact_phone": "+32 3 234 56 79",
        "contact_email": "youssef.amrani@example.org",
        "translations": {
            "nl": {
                "title": "Spelletjesavond in het buurthuis",
                "description": (
                    "We spelen samen gezelschapsspelletjes. "
                    "Je leert nieuwe spelletjes en nieuwe mensen kennen. "
                    "We leggen de regels rustig uit. Iedereen is welkom."
                ),
                "what_to_bring": None,
            },
            "tr": {
                "title": "Mahalle evinde oyun akşamı",
                "description": (
                    "Birlikte kutu oyunları oynuyoruz. "
                    "Yeni oyunlar öğreniyor ve yeni insanlarla tanışıyorsunuz. "
                    "Kuralları sakin sakin anlatıyoruz. Herkes davetlidir."
                ),
                "what_to_bring": None,
            },
            "ru": {
                "title": "Вечер настольных игр в районном центре",
                "description": (
                    "Мы вместе играем в настольные игры. "
                    "Вы узнаёте новые игры и знакомитесь с новыми людьми. "
                    "Мы спокойно объясняем правила. Мы рады всем."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 4,
            "time": "19:00",
            "duration_minutes": 120,
            "capacity": 12,
            "weeks_past": 2,
            "weeks_ahead": 6,
        },
    },
    # ----------------------------------------------------------------------------------
    # Wijkbibliotheek De Leesboog (Gent)
    # ----------------------------------------------------------------------------------
    {
        "org": "de-leesboog",
        "category": "conversation_table",
        "goals": ["learn_dutch", "meet_people"],
        "dutch_level": 2,
        "online": False,
        "street": "Leeuwerikstraat 12",
        "postcode": "9000",
        "municipality": "Gent",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "en", "fr"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": None,
        "max_age": None,
        "contact_name": "Lotte Vermeulen",
        "contact_phone": "+32 9 223 45 67",
        "contact_email": "lotte.vermeulen@example.org",
        "translations": {
            "nl": {
                "title": "Praattafel in de bibliotheek",
                "description": (
                    "Elke dinsdag praten we Nederlands in de bibliotheek. "
                    "We kiezen samen een onderwerp. Een vrijwilliger leidt het gesprek. "
                    "Daarna kan je boeken lenen."
                ),
                "what_to_bring": "Je bibliotheekkaart, als je die hebt.",
            },
            "en": {
                "title": "Conversation table at the library",
                "description": (
                    "Every Tuesday we speak Dutch at the library. "
                    "We choose a topic together. A volunteer leads the conversation. "
                    "Afterwards you can borrow books."
                ),
                "what_to_bring": "Your library card, if you have one.",
            },
            "fr": {
                "title": "Table de conversation à la bibliothèque",
                "description": (
                    "Chaque mardi, nous parlons néerlandais à la bibliothèque. "
                    "Nous choisissons un sujet ensemble. Un bénévole anime la conversation. "
                    "Ensuite, vous pouvez emprunter des livres."
                ),
                "what_to_bring": "Votre carte de bibliothèque, si vous en avez une.",
            },
            "ar": {
                "title": "طاولة حوار في المكتبة",
                "description": (
                    "كل يوم ثلاثاء نتكلم الهولندية في المكتبة. "
                    "نختار موضوعًا معًا. متطوع يدير الحديث. "
                    "بعد ذلك يمكنك استعارة الكتب."
                ),
                "what_to_bring": "بطاقة المكتبة، إذا كانت عندك.",
            },
            "tr": {
                "title": "Kütüphanede sohbet masası",
                "description": (
                    "Her salı kütüphanede Felemenkçe konuşuyoruz. "
                    "Birlikte bir konu seçiyoruz. Bir gönüllü sohbeti yönetiyor. "
                    "Sonra kitap ödünç alabilirsiniz."
                ),
                "what_to_bring": "Varsa kütüphane kartınız.",
            },
        },
        "schedule": {
            "weekday": 1,
            "time": "10:00",
            "duration_minutes": 90,
            "capacity": 10,
            "weeks_past": 4,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-leesboog",
        "category": "volunteering",
        "goals": ["volunteer", "learn_dutch"],
        "dutch_level": 4,
        "online": False,
        "street": "Leeuwerikstraat 12",
        "postcode": "9000",
        "municipality": "Gent",
        "wheelchair_accessible": True,
        "host_languages": ["nl"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Lotte Vermeulen",
        "contact_phone": "+32 9 223 45 67",
        "contact_email": "lotte.vermeulen@example.org",
        "translations": {
            "nl": {
                "title": "Voorlezen voor kinderen",
                "description": (
                    "Je leest verhalen voor aan kinderen in de bibliotheek. "
                    "De kinderen zijn 4 tot 8 jaar oud. "
                    "Je kiest samen met ons een boek. Je leest in het Nederlands."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 2,
            "time": "14:00",
            "duration_minutes": 90,
            "capacity": 4,
            "weeks_past": 2,
            "weeks_ahead": 5,
        },
    },
    {
        "org": "de-leesboog",
        "category": "culture",
        "goals": ["learn_dutch", "learn_something"],
        "dutch_level": 3,
        "online": True,
        "street": None,
        "postcode": None,
        "municipality": "Gent",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "en"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 16,
        "max_age": None,
        "contact_name": "Lotte Vermeulen",
        "contact_phone": "+32 9 223 45 67",
        "contact_email": "lotte.vermeulen@example.org",
        "translations": {
            "nl": {
                "title": "Online leesclub: makkelijk lezen",
                "description": (
                    "We lezen elke maand een kort boek in eenvoudig Nederlands. "
                    "Online praten we over het verhaal. "
                    "Je krijgt het boek gratis in de bibliotheek."
                ),
                "what_to_bring": "Een computer of tablet met camera.",
            },
            "en": {
                "title": "Online book club: easy reading",
                "description": (
                    "Every month we read a short book in simple Dutch. "
                    "Online we talk about the story. "
                    "You get the book for free at the library."
                ),
                "what_to_bring": "A computer or tablet with a camera.",
            },
        },
        "schedule": {
            "weekday": 0,
            "time": "19:30",
            "duration_minutes": 75,
            "capacity": 10,
            "weeks_past": 3,
            "weeks_ahead": 5,
        },
    },
    {
        "org": "de-leesboog",
        "category": "digital",
        "goals": ["learn_something"],
        "dutch_level": 1,
        "online": False,
        "street": "Leeuwerikstraat 12",
        "postcode": "9000",
        "municipality": "Gent",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "ar", "fa"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": None,
        "max_age": None,
        "contact_name": "Pieter-Jan Martens",
        "contact_phone": "+32 471 55 12 80",
        "contact_email": "pieterjan.martens@example.org",
        "translations": {
            "nl": {
                "title": "Hulp met je smartphone",
                "description": (
                    "Heb je vragen over je gsm? Wij helpen je. "
                    "Je leert apps gebruiken, zoals itsme of WhatsApp. "
                    "Je leert ook foto's sturen."
                ),
                "what_to_bring": "Je smartphone en je oplader.",
            },
            "ar": {
                "title": "مساعدة في استخدام هاتفك الذكي",
                "description": (
                    "هل عندك أسئلة عن هاتفك؟ نحن نساعدك. "
                    "تتعلم استخدام التطبيقات، مثل itsme أو WhatsApp. "
                    "وتتعلم أيضًا إرسال الصور."
                ),
                "what_to_bring": "هاتفك الذكي والشاحن.",
            },
            "ps": {
                "title": "ستاسو د سمارټ فون لپاره مرسته",
                "description": (
                    "ایا ستاسو د موبایل په اړه پوښتنې لرئ؟ موږ ستاسو سره مرسته کوو. "
                    "تاسو د اپونو کارول زده کوئ، لکه itsme یا WhatsApp. "
                    "تاسو د انځورونو لېږل هم زده کوئ."
                ),
                "what_to_bring": "خپل سمارټ فون او چارجر.",
            },
            "fa": {
                "title": "کمک برای کار با گوشی هوشمند",
                "description": (
                    "دربارهٔ گوشی خود سؤال دارید؟ ما به شما کمک می‌کنیم. "
                    "یاد می‌گیرید از اپ‌ها استفاده کنید، مثل itsme یا WhatsApp. "
                    "همچنین یاد می‌گیرید عکس بفرستید."
                ),
                "what_to_bring": "گوشی هوشمند و شارژر خود.",
            },
        },
        "schedule": {
            "weekday": 4,
            "time": "10:00",
            "duration_minutes": 120,
            "capacity": 6,
            "weeks_past": 0,
            "weeks_ahead": 4,
        },
    },
    {
        "org": "de-leesboog",
        "category": "club",
        "goals": ["meet_people", "make_friends", "learn_something"],
        "dutch_level": 1,
        "online": False,
        "street": "Leeuwerikstraat 12",
        "postcode": "9000",
        "municipality": "Gent",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "ru", "uk"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 12,
        "max_age": None,
        "contact_name": "Pieter-Jan Martens",
        "contact_phone": "+32 471 55 12 80",
        "contact_email": "pieterjan.martens@example.org",
        "translations": {
            "nl": {
                "title": "Schaken in de bibliotheek",
                "description": (
                    "Speel je graag schaak? Of wil je het leren? "
                    "Elke zaterdag spelen we in de bibliotheek. Beginners zijn welkom."
                ),
                "what_to_bring": None,
            },
            "ru": {
                "title": "Шахматы в библиотеке",
                "description": (
                    "Вы любите играть в шахматы? Или хотите научиться? "
                    "Каждую субботу мы играем в библиотеке. Новичкам мы рады."
                ),
                "what_to_bring": None,
            },
            "uk": {
                "title": "Шахи в бібліотеці",
                "description": (
                    "Ви любите грати в шахи? Або хочете навчитися? "
                    "Щосуботи ми граємо в бібліотеці. Початківцям ми раді."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 5,
            "time": "14:00",
            "duration_minutes": 180,
            "capacity": 12,
            "weeks_past": 5,
            "weeks_ahead": 8,
        },
    },
    {
        "org": "de-leesboog",
        "category": "conversation_table",
        "goals": ["learn_dutch"],
        "dutch_level": 1,
        "online": True,
        "street": None,
        "postcode": None,
        "municipality": "Gent",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "so", "ti"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": None,
        "max_age": None,
        "contact_name": "Lotte Vermeulen",
        "contact_phone": "+32 9 223 45 67",
        "contact_email": "lotte.vermeulen@example.org",
        "translations": {
            "nl": {
                "title": "Online praattafel voor beginners",
                "description": (
                    "Je spreekt nog weinig Nederlands? Dan is deze praattafel voor jou. "
                    "We oefenen eenvoudige zinnen. We praten traag en duidelijk."
                ),
                "what_to_bring": "Een gsm of computer met internet.",
            },
            "so": {
                "title": "Miis wadahadal online ah oo loogu talagalay bilowgayaasha",
                "description": (
                    "Ma ku hadashaa luqadda Nederlandka wax yar oo keliya? "
                    "Markaas miiskan wadahadalka adiga ayaa loogu talagalay. "
                    "Waxaan ku celcelinaynaa weedho fudud. "
                    "Waxaan u hadlaynaa si tartiib ah oo cad."
                ),
                "what_to_bring": "Taleefan ama kombiyuutar leh internet.",
            },
            "ti": {
                "title": "ንጀመርቲ ኦንላይን ምዝርራብ",
                "description": (
                    "ሆላንድኛ ገና ቁሩብ ጥራይ ትዛረብ ዲኻ? እዚ ጉጅለ ንዓኻ እዩ። ቀለልቲ ሓረጋት ነለማምድ። ቀስ ኢልና ብንጹር ንዛረብ።"
                ),
                "what_to_bring": "ኢንተርነት ዘለዎ ሞባይል ወይ ኮምፒዩተር።",
            },
        },
        "schedule": {
            "weekday": 2,
            "time": "18:00",
            "duration_minutes": 60,
            "capacity": 6,
            "weeks_past": 1,
            "weeks_ahead": 6,
        },
    },
    # ----------------------------------------------------------------------------------
    # Sportclub Dijlesterren (Mechelen)
    # ----------------------------------------------------------------------------------
    {
        "org": "dijlesterren",
        "category": "sport",
        "goals": ["meet_people", "make_friends"],
        "dutch_level": 1,
        "online": False,
        "street": "Sportpleinlaan 3",
        "postcode": "2800",
        "municipality": "Mechelen",
        "wheelchair_accessible": False,
        "host_languages": ["nl", "tr", "es"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 40,
        "max_age": None,
        "contact_name": "Jonas De Smet",
        "contact_phone": "+32 15 21 43 65",
        "contact_email": "jonas.desmet@example.org",
        "translations": {
            "nl": {
                "title": "Wandelvoetbal voor 40-plussers",
                "description": (
                    "Wandelvoetbal is voetbal zonder lopen. Je wandelt altijd. "
                    "Zo is het veilig voor iedereen. Na de match drinken we samen iets."
                ),
                "what_to_bring": "Sportkleren en sportschoenen.",
            },
            "tr": {
                "title": "40 yaş üstü için yürüyüş futbolu",
                "description": (
                    "Yürüyüş futbolu, koşmadan oynanan futboldur. Her zaman yürürsünüz. "
                    "Böylece herkes için güvenlidir. Maçtan sonra birlikte bir şeyler içiyoruz."
                ),
                "what_to_bring": "Spor kıyafetleri ve spor ayakkabı.",
            },
            "es": {
                "title": "Fútbol caminando para mayores de 40",
                "description": (
                    "El fútbol caminando es fútbol sin correr. Siempre caminas. "
                    "Así es seguro para todos. Después del partido tomamos algo juntos."
                ),
                "what_to_bring": "Ropa y zapatillas de deporte.",
            },
        },
        "schedule": {
            "weekday": 1,
            "time": "10:00",
            "duration_minutes": 60,
            "capacity": 12,
            "weeks_past": 4,
            "weeks_ahead": 8,
        },
    },
    {
        "org": "dijlesterren",
        "category": "sport",
        "goals": ["make_friends", "meet_people"],
        "dutch_level": 1,
        "online": False,
        "street": "Sportpleinlaan 3",
        "postcode": "2800",
        "municipality": "Mechelen",
        "wheelchair_accessible": False,
        "host_languages": ["nl", "ar"],
        "buddy_offered": True,
        "guidance_offered": False,
        "min_age": 16,
        "max_age": 25,
        "contact_name": "Bram Willems",
        "contact_phone": "+32 478 90 12 34",
        "contact_email": "bram.willems@example.org",
        "translations": {
            "nl": {
                "title": "Voetbal voor jongeren van 16 tot 25",
                "description": (
                    "Je traint elke woensdag met een ploeg jongeren. "
                    "De trainer spreekt Nederlands. Zo maak je snel nieuwe vrienden. "
                    "In het weekend spelen we soms een match."
                ),
                "what_to_bring": "Sportkleren, voetbalschoenen en een drinkbus.",
            },
            "ar": {
                "title": "كرة القدم للشباب من 16 إلى 25 سنة",
                "description": (
                    "تتدرب كل يوم أربعاء مع فريق من الشباب. المدرب يتكلم الهولندية. "
                    "هكذا تكوّن أصدقاء جددًا بسرعة. "
                    "في عطلة نهاية الأسبوع نلعب أحيانًا مباراة."
                ),
                "what_to_bring": "ملابس رياضية وحذاء كرة قدم وقنينة ماء.",
            },
            "uk": {
                "title": "Футбол для молоді від 16 до 25 років",
                "description": (
                    "Щосереди ви тренуєтеся з командою молоді. "
                    "Тренер говорить нідерландською. Так ви швидко знаходите нових друзів. "
                    "На вихідних ми іноді граємо матч."
                ),
                "what_to_bring": "Спортивний одяг, футбольні бутси і пляшку для води.",
            },
        },
        "schedule": {
            "weekday": 2,
            "time": "14:00",
            "duration_minutes": 90,
            "capacity": 12,
            "weeks_past": 3,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "dijlesterren",
        "category": "volunteering",
        "goals": ["volunteer", "meet_people"],
        "dutch_level": 2,
        "online": False,
        "street": "Sportpleinlaan 3",
        "postcode": "2800",
        "municipality": "Mechelen",
        "wheelchair_accessible": True,
        "host_languages": ["nl"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Jonas De Smet",
        "contact_phone": "+32 15 21 43 65",
        "contact_email": "jonas.desmet@example.org",
        "translations": {
            "nl": {
                "title": "Vrijwilliger in de kantine",
                "description": (
                    "Op zaterdag is het druk in onze kantine. Jij helpt achter de toog. "
                    "Je maakt koffie en verkoopt drankjes. "
                    "Je leert veel mensen van de club kennen."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 5,
            "time": "12:00",
            "duration_minutes": 240,
            "capacity": 4,
            "weeks_past": 2,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "dijlesterren",
        "category": "sport",
        "goals": ["learn_something"],
        "dutch_level": 1,
        "online": False,
        "street": "Sportpleinlaan 3",
        "postcode": "2800",
        "municipality": "Mechelen",
        "wheelchair_accessible": False,
        "host_languages": ["nl", "fa", "ar"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Bram Willems",
        "contact_phone": "+32 478 90 12 34",
        "contact_email": "bram.willems@example.org",
        "translations": {
            "nl": {
                "title": "Leren fietsen voor volwassenen",
                "description": (
                    "Je leert fietsen op een veilig plein. "
                    "Een lesgever helpt je stap voor stap. "
                    "Je krijgt een fiets en een helm van ons. "
                    "Later leer je ook de verkeersregels."
                ),
                "what_to_bring": "Gemakkelijke kleren.",
            },
            "fa": {
                "title": "دوچرخه‌سواری برای بزرگسالان",
                "description": (
                    "در یک میدان امن دوچرخه‌سواری یاد می‌گیرید. "
                    "یک مربی قدم به قدم به شما کمک می‌کند. "
                    "دوچرخه و کلاه ایمنی را ما به شما می‌دهیم. "
                    "بعداً قوانین رانندگی را هم یاد می‌گیرید."
                ),
                "what_to_bring": "لباس راحت.",
            },
            "ps": {
                "title": "د لویانو لپاره د بایسکل چلولو زده کړه",
                "description": (
                    "تاسو په یوه خوندي ځای کې د بایسکل چلول زده کوئ. "
                    "یو ښوونکی ګام په ګام ستاسو سره مرسته کوي. "
                    "موږ تاسو ته بایسکل او د سر خولۍ درکوو. "
                    "وروسته تاسو د ترافیکو قواعد هم زده کوئ."
                ),
                "what_to_bring": "راحته جامې.",
            },
            "ti": {
                "title": "ንዓበይቲ ብሽክለታ ምምሃር",
                "description": (
                    "ኣብ ውሑስ ቦታ ብሽክለታ ምዝዋር ትመሃር። መምህር ስጉምቲ ብስጉምቲ ይሕግዘካ። "
                    "ብሽክለታን ካስኮን ንህበካ። ደሓር ሕግታት ትራፊክ'ውን ትመሃር።"
                ),
                "what_to_bring": "ምቹእ ክዳን።",
            },
            "ar": {
                "title": "تعلّم ركوب الدراجة للكبار",
                "description": (
                    "تتعلم ركوب الدراجة في ساحة آمنة. مدرّب يساعدك خطوة بخطوة. "
                    "نعطيك دراجة وخوذة. لاحقًا تتعلم أيضًا قواعد المرور."
                ),
                "what_to_bring": "ملابس مريحة.",
            },
            "so": {
                "title": "Barashada baaskiilka ee dadka waaweyn",
                "description": (
                    "Waxaad baaskiil wadista ku baranaysaa meel ammaan ah. "
                    "Macallin ayaa kaa caawinaya tallaabo tallaabo. "
                    "Waxaan ku siinaynaa baaskiil iyo koofiyad. "
                    "Goor dambe waxaad sidoo kale baranaysaa xeerarka taraafikada."
                ),
                "what_to_bring": "Dhar raaxo leh.",
            },
        },
        "schedule": {
            "weekday": 3,
            "time": "09:30",
            "duration_minutes": 90,
            "capacity": 8,
            "weeks_past": 0,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "dijlesterren",
        "category": "placement",
        "goals": ["prepare_for_work", "volunteer"],
        "dutch_level": 3,
        "online": False,
        "street": "Sportpleinlaan 3",
        "postcode": "2800",
        "municipality": "Mechelen",
        "wheelchair_accessible": False,
        "host_languages": ["nl", "en"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Jonas De Smet",
        "contact_phone": "+32 15 21 43 65",
        "contact_email": "jonas.desmet@example.org",
        "translations": {
            "nl": {
                "title": "Snuffelstage als hulptrainer",
                "description": (
                    "Je helpt een trainer van de club. Je zet het materiaal klaar. "
                    "Je helpt bij de oefeningen met kinderen. "
                    "Zo ontdek je of dit werk iets voor jou is."
                ),
                "what_to_bring": "Sportkleren.",
            },
        },
        "schedule": {
            "weekday": 0,
            "time": "17:00",
            "duration_minutes": 120,
            "capacity": 4,
            "weeks_past": 2,
            "weeks_ahead": 4,
        },
    },
    {
        "org": "dijlesterren",
        "category": "sport",
        "goals": ["meet_people", "learn_something"],
        "dutch_level": 1,
        "online": False,
        "street": "Zwemhalweg 2",
        "postcode": "2800",
        "municipality": "Mechelen",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "ar", "tr"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 16,
        "max_age": None,
        "contact_name": "Hilde Aerts",
        "contact_phone": "+32 476 33 21 09",
        "contact_email": "hilde.aerts@example.org",
        "translations": {
            "nl": {
                "title": "Zwemmen voor vrouwen",
                "description": (
                    "Dit zwemuur is alleen voor vrouwen. De lesgevers zijn ook vrouwen. "
                    "Je kan leren zwemmen of vrij zwemmen. "
                    "Je kind tot 6 jaar mag mee."
                ),
                "what_to_bring": "Een badpak en een handdoek.",
            },
            "ar": {
                "title": "سباحة للنساء",
                "description": (
                    "ساعة السباحة هذه للنساء فقط. المدرّبات نساء أيضًا. "
                    "يمكنك تعلّم السباحة أو السباحة بحرية. "
                    "يمكن أن يأتي معك طفلك حتى عمر 6 سنوات."
                ),
                "what_to_bring": "لباس سباحة ومنشفة.",
            },
            "tr": {
                "title": "Kadınlar için yüzme",
                "description": (
                    "Bu yüzme saati sadece kadınlar içindir. Eğitmenler de kadındır. "
                    "Yüzme öğrenebilir veya serbest yüzebilirsiniz. "
                    "6 yaşına kadar çocuğunuz da gelebilir."
                ),
                "what_to_bring": "Mayo ve havlu.",
            },
        },
        "schedule": {
            "weekday": 6,
            "time": "10:00",
            "duration_minutes": 60,
            "capacity": 10,
            "weeks_past": 4,
            "weeks_ahead": 6,
        },
    },
    # ----------------------------------------------------------------------------------
    # Vrijwilligerspunt De Handreiking (Brussel)
    # ----------------------------------------------------------------------------------
    {
        "org": "de-handreiking",
        "category": "volunteering",
        "goals": ["volunteer", "learn_dutch", "meet_people"],
        "dutch_level": 2,
        "online": False,
        "street": "Hoogstraat 101",
        "postcode": "1000",
        "municipality": "Brussel",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "fr"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Nadia El Idrissi",
        "contact_phone": "+32 2 512 34 56",
        "contact_email": "nadia.elidrissi@example.org",
        "translations": {
            "nl": {
                "title": "Vrijwilliger in een woonzorgcentrum",
                "description": (
                    "Je bezoekt oudere mensen in een woonzorgcentrum. "
                    "Je drinkt koffie met hen en luistert naar hun verhalen. "
                    "Soms speel je een spel of ga je wandelen. "
                    "De ouderen zijn blij met je bezoek."
                ),
                "what_to_bring": None,
            },
            "fr": {
                "title": "Bénévole dans une maison de repos",
                "description": (
                    "Vous rendez visite à des personnes âgées dans une maison de repos. "
                    "Vous buvez un café avec elles et écoutez leurs histoires. "
                    "Parfois, vous jouez à un jeu ou vous allez vous promener. "
                    "Les personnes âgées sont contentes de votre visite."
                ),
                "what_to_bring": None,
            },
            "en": {
                "title": "Volunteer at a care home",
                "description": (
                    "You visit older people in a care home. "
                    "You drink coffee with them and listen to their stories. "
                    "Sometimes you play a game or go for a walk. "
                    "The older people are happy with your visit."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 3,
            "time": "14:00",
            "duration_minutes": 120,
            "capacity": 4,
            "weeks_past": 3,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-handreiking",
        "category": "buddy",
        "goals": ["make_friends", "learn_dutch"],
        "dutch_level": 1,
        "online": False,
        "street": "Vlaamsesteenweg 58",
        "postcode": "1000",
        "municipality": "Brussel",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "fr", "es", "uk"],
        "buddy_offered": True,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Nadia El Idrissi",
        "contact_phone": "+32 2 512 34 56",
        "contact_email": "nadia.elidrissi@example.org",
        "translations": {
            "nl": {
                "title": "Buddy in Brussel",
                "description": (
                    "Je spreekt af met een vaste buddy uit Brussel. "
                    "Jullie kiezen samen wat jullie doen. "
                    "Bijvoorbeeld koffie drinken, naar de markt of naar de bib gaan. "
                    "Zo oefen je je Nederlands."
                ),
                "what_to_bring": None,
            },
            "fr": {
                "title": "Un buddy à Bruxelles",
                "description": (
                    "Vous rencontrez toujours le même buddy de Bruxelles. "
                    "Ensemble, vous choisissez ce que vous faites. "
                    "Par exemple boire un café, aller au marché ou à la bibliothèque. "
                    "Ainsi, vous pratiquez votre néerlandais."
                ),
                "what_to_bring": None,
            },
            "es": {
                "title": "Un compañero en Bruselas",
                "description": (
                    "Quedas siempre con el mismo compañero de Bruselas. "
                    "Juntos elegís qué hacer. "
                    "Por ejemplo, tomar un café, ir al mercado o a la biblioteca. "
                    "Así practicas tu neerlandés."
                ),
                "what_to_bring": None,
            },
            "uk": {
                "title": "Друг-наставник у Брюсселі",
                "description": (
                    "Ви регулярно зустрічаєтеся з одним і тим самим другом із Брюсселя. "
                    "Разом ви вирішуєте, що робити. "
                    "Наприклад, випити кави, піти на ринок або до бібліотеки. "
                    "Так ви практикуєте нідерландську."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 5,
            "time": "11:00",
            "duration_minutes": 120,
            "capacity": 6,
            "weeks_past": 2,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-handreiking",
        "category": "workshop",
        "goals": ["prepare_for_work", "learn_something"],
        "dutch_level": 3,
        "online": True,
        "street": None,
        "postcode": None,
        "municipality": "Brussel",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "en", "fr", "es"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Koen Michiels",
        "contact_phone": "+32 472 64 80 15",
        "contact_email": "koen.michiels@example.org",
        "translations": {
            "nl": {
                "title": "Online workshop: maak je cv",
                "description": (
                    "Je maakt je cv in het Nederlands. Een coach toont hoe het moet. "
                    "Je werkt op je eigen computer. Op het einde heb je een goed cv."
                ),
                "what_to_bring": "Een computer met internet. Je diploma's, als je die hebt.",
            },
            "en": {
                "title": "Online workshop: make your CV",
                "description": (
                    "You make your CV in Dutch. A coach shows you how to do it. "
                    "You work on your own computer. At the end you have a good CV."
                ),
                "what_to_bring": "A computer with internet. Your diplomas, if you have them.",
            },
            "fr": {
                "title": "Atelier en ligne : faites votre CV",
                "description": (
                    "Vous faites votre CV en néerlandais. Un coach vous montre comment faire. "
                    "Vous travaillez sur votre propre ordinateur. "
                    "À la fin, vous avez un bon CV."
                ),
                "what_to_bring": "Un ordinateur avec internet. Vos diplômes, si vous en avez.",
            },
            "es": {
                "title": "Taller en línea: haz tu currículum",
                "description": (
                    "Haces tu currículum en neerlandés. Un coach te enseña cómo hacerlo. "
                    "Trabajas en tu propio ordenador. Al final tienes un buen currículum."
                ),
                "what_to_bring": "Un ordenador con internet. Tus diplomas, si los tienes.",
            },
        },
        "schedule": {
            "weekday": 1,
            "time": "19:00",
            "duration_minutes": 90,
            "capacity": 12,
            "weeks_past": 0,
            "weeks_ahead": 3,
        },
    },
    {
        "org": "de-handreiking",
        "category": "placement",
        "goals": ["prepare_for_work", "learn_something"],
        "dutch_level": 2,
        "online": False,
        "street": "Lakensestraat 66",
        "postcode": "1000",
        "municipality": "Brussel",
        "wheelchair_accessible": False,
        "host_languages": ["nl", "fr", "ar"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Koen Michiels",
        "contact_phone": "+32 472 64 80 15",
        "contact_email": "koen.michiels@example.org",
        "translations": {
            "nl": {
                "title": "Snuffelstage in een sociaal restaurant",
                "description": (
                    "Je werkt een dag mee in de keuken van ons restaurant. "
                    "Je snijdt groenten en helpt bij de afwas. "
                    "Een kok legt alles uit. Zo leer je hoe een keuken werkt."
                ),
                "what_to_bring": "Gesloten schoenen.",
            },
            "ar": {
                "title": "تدريب استكشافي في مطعم اجتماعي",
                "description": (
                    "تعمل يومًا في مطبخ مطعمنا. تقطّع الخضار وتساعد في غسل الصحون. "
                    "طبّاخ يشرح لك كل شيء. هكذا تتعلم كيف يعمل المطبخ."
                ),
                "what_to_bring": "حذاء مغلق.",
            },
        },
        "schedule": {
            "weekday": 0,
            "time": "10:00",
            "duration_minutes": 240,
            "capacity": 4,
            "weeks_past": 2,
            "weeks_ahead": 4,
        },
    },
    {
        "org": "de-handreiking",
        "category": "buddy",
        "goals": ["make_friends", "meet_people"],
        "dutch_level": 1,
        "online": False,
        "street": "Vlaamsesteenweg 58",
        "postcode": "1000",
        "municipality": "Brussel",
        "wheelchair_accessible": False,
        "host_languages": ["nl", "fr"],
        "buddy_offered": True,
        "guidance_offered": False,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Nadia El Idrissi",
        "contact_phone": "+32 2 512 34 56",
        "contact_email": "nadia.elidrissi@example.org",
        "translations": {
            "nl": {
                "title": "Wandelbuddy in de stad",
                "description": (
                    "Je wandelt samen met een buddy door Brussel. "
                    "Jullie ontdekken parken en pleinen. "
                    "Onderweg praten jullie rustig Nederlands."
                ),
                "what_to_bring": "Goede schoenen.",
            },
        },
        "schedule": {
            "weekday": 4,
            "time": "13:00",
            "duration_minutes": 120,
            "capacity": 6,
            "weeks_past": 0,
            "weeks_ahead": 5,
        },
    },
    {
        "org": "de-handreiking",
        "category": "digital",
        "goals": ["learn_something"],
        "dutch_level": 2,
        "online": True,
        "street": None,
        "postcode": None,
        "municipality": "Brussel",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "fr", "ru"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": None,
        "max_age": None,
        "contact_name": "Koen Michiels",
        "contact_phone": "+32 472 64 80 15",
        "contact_email": "koen.michiels@example.org",
        "translations": {
            "nl": {
                "title": "Online: veilig op internet",
                "description": (
                    "Hoe maak je een sterk wachtwoord? Hoe herken je een valse e-mail? "
                    "In deze les leer je het. De les is online en duurt een uur."
                ),
                "what_to_bring": "Een computer of gsm met internet.",
            },
            "fr": {
                "title": "En ligne : en sécurité sur internet",
                "description": (
                    "Comment créer un mot de passe solide ? Comment reconnaître un faux e-mail ? "
                    "Vous l'apprenez dans ce cours. Le cours est en ligne et dure une heure."
                ),
                "what_to_bring": "Un ordinateur ou un téléphone avec internet.",
            },
            "ru": {
                "title": "Онлайн: безопасность в интернете",
                "description": (
                    "Как придумать надёжный пароль? Как распознать поддельное письмо? "
                    "Вы узнаете это на занятии. Занятие проходит онлайн и длится один час."
                ),
                "what_to_bring": "Компьютер или телефон с интернетом.",
            },
        },
        "schedule": {
            "weekday": 2,
            "time": "10:00",
            "duration_minutes": 60,
            "capacity": 12,
            "weeks_past": 2,
            "weeks_ahead": 4,
        },
    },
    # ----------------------------------------------------------------------------------
    # Jeugdhuis De Kompasroos (Gent)
    # ----------------------------------------------------------------------------------
    {
        "org": "de-kompasroos",
        "category": "volunteering",
        "goals": ["volunteer", "learn_dutch"],
        "dutch_level": 3,
        "online": False,
        "street": "Dendermondsesteenweg 210",
        "postcode": "9040",
        "municipality": "Gent",
        "wheelchair_accessible": True,
        "host_languages": ["nl"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Wout Claes",
        "contact_phone": "+32 9 228 76 54",
        "contact_email": "wout.claes@example.org",
        "translations": {
            "nl": {
                "title": "Vrijwilliger in de huiswerkklas",
                "description": (
                    "Kinderen maken na school hun huiswerk bij ons. "
                    "Jij helpt hen met lezen en rekenen. "
                    "Je hoeft geen leraar te zijn. Geduld is het belangrijkste."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 1,
            "time": "16:00",
            "duration_minutes": 90,
            "capacity": 6,
            "weeks_past": 3,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-kompasroos",
        "category": "culture",
        "goals": ["meet_people", "make_friends"],
        "dutch_level": 1,
        "online": False,
        "street": "Dendermondsesteenweg 210",
        "postcode": "9040",
        "municipality": "Gent",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "ar", "fa"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 16,
        "max_age": 25,
        "contact_name": "Wout Claes",
        "contact_phone": "+32 9 228 76 54",
        "contact_email": "wout.claes@example.org",
        "translations": {
            "nl": {
                "title": "Samen muziek maken",
                "description": (
                    "Speel je een instrument? Of zing je graag? "
                    "Kom muziek maken met andere jongeren. "
                    "We hebben ook instrumenten om te lenen."
                ),
                "what_to_bring": "Je instrument, als je er een hebt.",
            },
            "ar": {
                "title": "نعزف الموسيقى معًا",
                "description": (
                    "هل تعزف على آلة موسيقية؟ أو تحب الغناء؟ "
                    "تعال واعزف الموسيقى مع شباب آخرين. "
                    "عندنا أيضًا آلات يمكنك استعارتها."
                ),
                "what_to_bring": "آلتك الموسيقية، إذا كانت عندك.",
            },
            "fa": {
                "title": "با هم موسیقی بنوازیم",
                "description": (
                    "ساز می‌زنید؟ یا دوست دارید آواز بخوانید؟ "
                    "بیایید با جوانان دیگر موسیقی بنوازید. "
                    "ما ساز هم داریم که می‌توانید قرض بگیرید."
                ),
                "what_to_bring": "ساز خودتان، اگر دارید.",
            },
            "ps": {
                "title": "په ګډه موسیقي غږول",
                "description": (
                    "ایا تاسو کوم ساز غږوئ؟ یا سندرې ویل خوښوئ؟ "
                    "راشئ او له نورو ځوانانو سره موسیقي وغږوئ. "
                    "موږ سازونه هم لرو چې تاسو یې په پور اخیستلای شئ."
                ),
                "what_to_bring": "خپل ساز، که یې لرئ.",
            },
        },
        "schedule": {
            "weekday": 2,
            "time": "15:00",
            "duration_minutes": 120,
            "capacity": 10,
            "weeks_past": 2,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-kompasroos",
        "category": "digital",
        "goals": ["learn_something", "make_friends"],
        "dutch_level": 2,
        "online": False,
        "street": "Dendermondsesteenweg 210",
        "postcode": "9040",
        "municipality": "Gent",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "en", "uk"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 16,
        "max_age": 25,
        "contact_name": "Lina Hermans",
        "contact_phone": "+32 473 18 27 36",
        "contact_email": "lina.hermans@example.org",
        "translations": {
            "nl": {
                "title": "Zelf een game maken",
                "description": (
                    "Je leert een eenvoudige game maken op de computer. "
                    "Je werkt in kleine groepjes. Je hebt geen ervaring nodig. "
                    "Op het einde speel je elkaars games."
                ),
                "what_to_bring": None,
            },
            "en": {
                "title": "Make your own game",
                "description": (
                    "You learn to make a simple game on the computer. "
                    "You work in small groups. You do not need any experience. "
                    "At the end you play each other's games."
                ),
                "what_to_bring": None,
            },
            "uk": {
                "title": "Створи власну гру",
                "description": (
                    "Ви вчитеся створювати просту гру на комп'ютері. "
                    "Ви працюєте в маленьких групах. Досвід не потрібен. "
                    "Наприкінці ви граєте в ігри одне одного."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 5,
            "time": "13:00",
            "duration_minutes": 120,
            "capacity": 8,
            "weeks_past": 0,
            "weeks_ahead": 5,
        },
    },
    {
        "org": "de-kompasroos",
        "category": "club",
        "goals": ["make_friends", "meet_people"],
        "dutch_level": 1,
        "online": False,
        "street": "Dendermondsesteenweg 210",
        "postcode": "9040",
        "municipality": "Gent",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "so", "ti"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 16,
        "max_age": 25,
        "contact_name": "Lina Hermans",
        "contact_phone": "+32 473 18 27 36",
        "contact_email": "lina.hermans@example.org",
        "translations": {
            "nl": {
                "title": "Meidenavond in het jeugdhuis",
                "description": (
                    "Elke vrijdag is er een avond alleen voor meisjes en jonge vrouwen. "
                    "We koken, dansen of praten gewoon. "
                    "Jij mag mee kiezen wat we doen."
                ),
                "what_to_bring": None,
            },
            "so": {
                "title": "Habeenka gabdhaha ee guriga dhallinyarada",
                "description": (
                    "Jimce kasta waxaa jira habeen u gaar ah gabdhaha iyo haweenka da'da yar. "
                    "Waan wada karinnaa, qoob-ka-ciyaarnaa ama sheekaysannaa. "
                    "Adiguna waad dooran kartaa waxa aan samaynno."
                ),
                "what_to_bring": None,
            },
            "ti": {
                "title": "ናይ ኣዋልድ ምሸት ኣብ ገዛ መንእሰያት",
                "description": (
                    "ኩሉ ዓርቢ ንኣዋልድን ንመንእሰያት ኣንስትን ጥራይ ዝኸውን ምሸት ኣሎ። "
                    "ብሓባር መግቢ ንሰርሕ፣ ንስዕስዕ ወይ ንዘራረብ። "
                    "ንስኺ'ውን እንታይ ከም እንገብር ክትመርጺ ትኽእሊ ኢኺ።"
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 4,
            "time": "18:30",
            "duration_minutes": 150,
            "capacity": 10,
            "weeks_past": 4,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-kompasroos",
        "category": "sport",
        "goals": ["meet_people", "make_friends"],
        "dutch_level": 1,
        "online": False,
        "street": "Dendermondsesteenweg 210",
        "postcode": "9040",
        "municipality": "Gent",
        "wheelchair_accessible": False,
        "host_languages": ["nl", "en"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 16,
        "max_age": 25,
        "contact_name": "Wout Claes",
        "contact_phone": "+32 9 228 76 54",
        "contact_email": "wout.claes@example.org",
        "translations": {
            "nl": {
                "title": "Basketbal op het plein",
                "description": (
                    "Elke donderdag spelen we basketbal op het plein naast het jeugdhuis. "
                    "Iedereen mag meedoen. We maken teams en spelen korte matchen."
                ),
                "what_to_bring": "Sportschoenen en een drinkbus.",
            },
        },
        "schedule": {
            "weekday": 3,
            "time": "17:00",
            "duration_minutes": 90,
            "capacity": 12,
            "weeks_past": 1,
            "weeks_ahead": 8,
        },
    },
    {
        "org": "de-kompasroos",
        "category": "placement",
        "goals": ["prepare_for_work", "volunteer"],
        "dutch_level": 4,
        "online": False,
        "street": "Dendermondsesteenweg 210",
        "postcode": "9040",
        "municipality": "Gent",
        "wheelchair_accessible": True,
        "host_languages": ["nl"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": 30,
        "contact_name": "Wout Claes",
        "contact_phone": "+32 9 228 76 54",
        "contact_email": "wout.claes@example.org",
        "translations": {
            "nl": {
                "title": "Snuffelstage als jeugdwerker",
                "description": (
                    "Je loopt een namiddag mee met een jeugdwerker. "
                    "Je helpt activiteiten voor jongeren voorbereiden. "
                    "Je praat mee in het team. "
                    "Zo leer je het werk in een jeugdhuis kennen."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 0,
            "time": "13:00",
            "duration_minutes": 240,
            "capacity": 4,
            "weeks_past": 2,
            "weeks_ahead": 3,
        },
    },
    # ----------------------------------------------------------------------------------
    # Repair Café De Schroevendraaier (Antwerpen)
    # ----------------------------------------------------------------------------------
    {
        "org": "de-schroevendraaier",
        "category": "workshop",
        "goals": ["learn_something", "meet_people"],
        "dutch_level": 2,
        "online": False,
        "street": "Lamorinièrestraat 77",
        "postcode": "2018",
        "municipality": "Antwerpen",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "en", "tr"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": None,
        "max_age": None,
        "contact_name": "Marc Janssens",
        "contact_phone": "+32 3 237 89 01",
        "contact_email": "marc.janssens@example.org",
        "translations": {
            "nl": {
                "title": "Repair café: samen herstellen",
                "description": (
                    "Is je lamp, broek of fiets kapot? Breng hem mee. "
                    "Samen met een vrijwilliger herstel je hem. "
                    "Zo leer je iets nieuws en gooi je minder weg."
                ),
                "what_to_bring": "Het kapotte voorwerp.",
            },
            "en": {
                "title": "Repair café: fixing things together",
                "description": (
                    "Is your lamp, trousers or bike broken? Bring it along. "
                    "You repair it together with a volunteer. "
                    "This way you learn something new and throw away less."
                ),
                "what_to_bring": "The broken item.",
            },
            "uk": {
                "title": "Ремонтне кафе: лагодимо разом",
                "description": (
                    "У вас зламалася лампа, штани чи велосипед? Принесіть їх. "
                    "Разом із волонтером ви це полагодите. "
                    "Так ви вчитеся новому і менше викидаєте."
                ),
                "what_to_bring": "Зламану річ.",
            },
            "ru": {
                "title": "Ремонтное кафе: чиним вместе",
                "description": (
                    "У вас сломалась лампа, брюки или велосипед? Принесите их. "
                    "Вместе с волонтёром вы это почините. "
                    "Так вы узнаёте что-то новое и меньше выбрасываете."
                ),
                "what_to_bring": "Сломанную вещь.",
            },
            "tr": {
                "title": "Tamir kafe: birlikte tamir ediyoruz",
                "description": (
                    "Lambanız, pantolonunuz veya bisikletiniz mi bozuk? Getirin. "
                    "Bir gönüllüyle birlikte tamir edersiniz. "
                    "Böylece yeni bir şey öğrenir ve daha az şey atarsınız."
                ),
                "what_to_bring": "Bozuk eşya.",
            },
        },
        "schedule": {
            "weekday": 5,
            "time": "10:00",
            "duration_minutes": 180,
            "capacity": 12,
            "weeks_past": 4,
            "weeks_ahead": 4,
        },
    },
    {
        "org": "de-schroevendraaier",
        "category": "volunteering",
        "goals": ["volunteer", "learn_something"],
        "dutch_level": 2,
        "online": False,
        "street": "Lamorinièrestraat 77",
        "postcode": "2018",
        "municipality": "Antwerpen",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "es", "fr"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 16,
        "max_age": None,
        "contact_name": "Marc Janssens",
        "contact_phone": "+32 3 237 89 01",
        "contact_email": "marc.janssens@example.org",
        "translations": {
            "nl": {
                "title": "Vrijwilliger in het repair café",
                "description": (
                    "Ben je handig? Kan je naaien of een fiets maken? "
                    "Help dan mee in ons repair café. "
                    "Je helpt bezoekers hun spullen te herstellen."
                ),
                "what_to_bring": None,
            },
            "es": {
                "title": "Voluntario en el café de reparaciones",
                "description": (
                    "¿Eres manitas? ¿Sabes coser o arreglar una bicicleta? "
                    "Entonces ayuda en nuestro café de reparaciones. "
                    "Ayudas a los visitantes a reparar sus cosas."
                ),
                "what_to_bring": None,
            },
            "fr": {
                "title": "Bénévole au repair café",
                "description": (
                    "Vous êtes bricoleur ? Vous savez coudre ou réparer un vélo ? "
                    "Alors venez aider dans notre repair café. "
                    "Vous aidez les visiteurs à réparer leurs objets."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 5,
            "time": "09:30",
            "duration_minutes": 240,
            "capacity": 6,
            "weeks_past": 4,
            "weeks_ahead": 4,
        },
    },
    {
        "org": "de-schroevendraaier",
        "category": "workshop",
        "goals": ["learn_something", "prepare_for_work"],
        "dutch_level": 1,
        "online": False,
        "street": "Lamorinièrestraat 77",
        "postcode": "2018",
        "municipality": "Antwerpen",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "fa", "ps"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 16,
        "max_age": None,
        "contact_name": "Rachid Bouzid",
        "contact_phone": "+32 485 47 29 63",
        "contact_email": "rachid.bouzid@example.org",
        "translations": {
            "nl": {
                "title": "Leer je fiets herstellen",
                "description": (
                    "Je leert een band plakken en je remmen nakijken. "
                    "Een vrijwilliger toont het eerst. Daarna doe je het zelf. "
                    "Het gereedschap is er."
                ),
                "what_to_bring": "Je fiets.",
            },
            "fa": {
                "title": "تعمیر دوچرخه را یاد بگیرید",
                "description": (
                    "یاد می‌گیرید لاستیک پنچر را وصله کنید و ترمزها را بررسی کنید. "
                    "اول یک داوطلب نشان می‌دهد. بعد خودتان انجام می‌دهید. "
                    "ابزار اینجا هست."
                ),
                "what_to_bring": "دوچرخهٔ خودتان.",
            },
            "ps": {
                "title": "د خپل بایسکل جوړول زده کړئ",
                "description": (
                    "تاسو زده کوئ چې پنچر ټایر څنګه پینه کړئ او بریکونه څنګه وګورئ. "
                    "لومړی یو رضاکار دا کار ښيي. بیا تاسو پخپله دا کار کوئ. "
                    "اوزار دلته شته."
                ),
                "what_to_bring": "خپل بایسکل.",
            },
        },
        "schedule": {
            "weekday": 2,
            "time": "18:00",
            "duration_minutes": 120,
            "capacity": 8,
            "weeks_past": 0,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-schroevendraaier",
        "category": "placement",
        "goals": ["prepare_for_work"],
        "dutch_level": 3,
        "online": False,
        "street": "Lamorinièrestraat 77",
        "postcode": "2018",
        "municipality": "Antwerpen",
        "wheelchair_accessible": False,
        "host_languages": ["nl"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Rachid Bouzid",
        "contact_phone": "+32 485 47 29 63",
        "contact_email": "rachid.bouzid@example.org",
        "translations": {
            "nl": {
                "title": "Snuffelstage in de fietsenwerkplaats",
                "description": (
                    "Je werkt een ochtend mee in onze fietsenwerkplaats. "
                    "Je helpt fietsen van klanten herstellen. "
                    "Een mecanicien begeleidt je. Misschien is dit een job voor jou?"
                ),
                "what_to_bring": "Werkkleren die vuil mogen worden.",
            },
        },
        "schedule": {
            "weekday": 1,
            "time": "09:00",
            "duration_minutes": 240,
            "capacity": 4,
            "weeks_past": 2,
            "weeks_ahead": 4,
        },
    },
    {
        "org": "de-schroevendraaier",
        "category": "workshop",
        "goals": ["learn_something", "make_friends"],
        "dutch_level": 1,
        "online": False,
        "street": "Lamorinièrestraat 77",
        "postcode": "2018",
        "municipality": "Antwerpen",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "tr", "es"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": None,
        "max_age": None,
        "contact_name": "Marc Janssens",
        "contact_phone": "+32 3 237 89 01",
        "contact_email": "marc.janssens@example.org",
        "translations": {
            "nl": {
                "title": "Naaiworkshop: kleren herstellen",
                "description": (
                    "Je leert een knoop aannaaien en een broek korter maken. "
                    "We werken met de hand en met de naaimachine. "
                    "Beginners zijn welkom."
                ),
                "what_to_bring": "Een kledingstuk om te herstellen.",
            },
            "tr": {
                "title": "Dikiş atölyesi: giysi onarma",
                "description": (
                    "Düğme dikmeyi ve pantolon kısaltmayı öğreniyorsunuz. "
                    "Elle ve dikiş makinesiyle çalışıyoruz. "
                    "Yeni başlayanlar da gelebilir."
                ),
                "what_to_bring": "Onarılacak bir giysi.",
            },
            "es": {
                "title": "Taller de costura: arreglar ropa",
                "description": (
                    "Aprendes a coser un botón y a acortar un pantalón. "
                    "Trabajamos a mano y con la máquina de coser. "
                    "Los principiantes son bienvenidos."
                ),
                "what_to_bring": "Una prenda para arreglar.",
            },
        },
        "schedule": {
            "weekday": 3,
            "time": "13:30",
            "duration_minutes": 120,
            "capacity": 8,
            "weeks_past": 3,
            "weeks_ahead": 5,
        },
    },
    # ----------------------------------------------------------------------------------
    # Cultuurcentrum De Zilverzaal (Brussel)
    # ----------------------------------------------------------------------------------
    {
        "org": "de-zilverzaal",
        "category": "culture",
        "goals": ["learn_something", "meet_people"],
        "dutch_level": 2,
        "online": False,
        "street": "Museumstraat 9",
        "postcode": "1000",
        "municipality": "Brussel",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "fr", "en"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": None,
        "max_age": None,
        "contact_name": "Elise Van den Broeck",
        "contact_phone": "+32 2 410 22 33",
        "contact_email": "elise.vandenbroeck@example.org",
        "translations": {
            "nl": {
                "title": "Samen naar het museum",
                "description": (
                    "Eén keer per week bezoeken we samen een museum in Brussel. "
                    "Een gids vertelt in eenvoudig Nederlands. "
                    "Daarna drinken we iets en praten we na. De toegang is gratis."
                ),
                "what_to_bring": None,
            },
            "fr": {
                "title": "Au musée ensemble",
                "description": (
                    "Une fois par semaine, nous visitons ensemble un musée à Bruxelles. "
                    "Un guide explique en néerlandais simple. "
                    "Ensuite, nous buvons un verre et nous en parlons. L'entrée est gratuite."
                ),
                "what_to_bring": None,
            },
            "en": {
                "title": "To the museum together",
                "description": (
                    "Once a week we visit a museum in Brussels together. "
                    "A guide explains in simple Dutch. "
                    "Afterwards we have a drink and talk about it. Entry is free."
                ),
                "what_to_bring": None,
            },
            "ar": {
                "title": "نذهب إلى المتحف معًا",
                "description": (
                    "مرة في الأسبوع نزور معًا متحفًا في بروكسل. "
                    "مرشد يشرح بلغة هولندية بسيطة. "
                    "بعد ذلك نشرب شيئًا ونتحدث عن الزيارة. الدخول مجاني."
                ),
                "what_to_bring": None,
            },
            "es": {
                "title": "Al museo juntos",
                "description": (
                    "Una vez por semana visitamos juntos un museo de Bruselas. "
                    "Un guía explica en neerlandés sencillo. "
                    "Después tomamos algo y hablamos de la visita. La entrada es gratuita."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 6,
            "time": "14:00",
            "duration_minutes": 150,
            "capacity": 12,
            "weeks_past": 2,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-zilverzaal",
        "category": "culture",
        "goals": ["meet_people", "make_friends", "learn_dutch"],
        "dutch_level": 2,
        "online": False,
        "street": "Graaf van Vlaanderenstraat 30",
        "postcode": "1080",
        "municipality": "Brussel",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "uk", "es"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": None,
        "max_age": None,
        "contact_name": "Elise Van den Broeck",
        "contact_phone": "+32 2 410 22 33",
        "contact_email": "elise.vandenbroeck@example.org",
        "translations": {
            "nl": {
                "title": "Zingen in het koor",
                "description": (
                    "Zing je graag? Kom dan naar ons koor. "
                    "We zingen liedjes in het Nederlands en in andere talen. "
                    "Je hoeft geen noten te kunnen lezen."
                ),
                "what_to_bring": None,
            },
            "uk": {
                "title": "Співаємо в хорі",
                "description": (
                    "Ви любите співати? Тоді приходьте до нашого хору. "
                    "Ми співаємо пісні нідерландською та іншими мовами. "
                    "Знати ноти не потрібно."
                ),
                "what_to_bring": None,
            },
            "ru": {
                "title": "Поём в хоре",
                "description": (
                    "Вы любите петь? Тогда приходите в наш хор. "
                    "Мы поём песни на нидерландском и на других языках. "
                    "Знать ноты не нужно."
                ),
                "what_to_bring": None,
            },
            "es": {
                "title": "Cantar en el coro",
                "description": (
                    "¿Te gusta cantar? Entonces ven a nuestro coro. "
                    "Cantamos canciones en neerlandés y en otros idiomas. "
                    "No hace falta saber leer música."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 0,
            "time": "19:30",
            "duration_minutes": 120,
            "capacity": 12,
            "weeks_past": 5,
            "weeks_ahead": 8,
        },
    },
    {
        "org": "de-zilverzaal",
        "category": "culture",
        "goals": ["learn_dutch", "meet_people"],
        "dutch_level": 3,
        "online": False,
        "street": "Graaf van Vlaanderenstraat 30",
        "postcode": "1080",
        "municipality": "Brussel",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "fr"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 16,
        "max_age": None,
        "contact_name": "Elise Van den Broeck",
        "contact_phone": "+32 2 410 22 33",
        "contact_email": "elise.vandenbroeck@example.org",
        "translations": {
            "nl": {
                "title": "Theaterworkshop",
                "description": (
                    "Je speelt korte scènes met de groep. "
                    "Zo oefen je Nederlands spreken op een leuke manier. "
                    "Aan het einde van het jaar spelen we voor publiek."
                ),
                "what_to_bring": "Gemakkelijke kleren.",
            },
        },
        "schedule": {
            "weekday": 2,
            "time": "19:00",
            "duration_minutes": 150,
            "capacity": 10,
            "weeks_past": 3,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-zilverzaal",
        "category": "volunteering",
        "goals": ["volunteer", "prepare_for_work", "learn_dutch"],
        "dutch_level": 4,
        "online": False,
        "street": "Graaf van Vlaanderenstraat 30",
        "postcode": "1080",
        "municipality": "Brussel",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "fr"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Stijn Goossens",
        "contact_phone": "+32 479 02 46 81",
        "contact_email": "stijn.goossens@example.org",
        "translations": {
            "nl": {
                "title": "Vrijwilliger aan het onthaal",
                "description": (
                    "Je verwelkomt bezoekers bij voorstellingen. "
                    "Je scant tickets en wijst de weg in de zaal. "
                    "Je beantwoordt vragen van bezoekers. "
                    "Je werkt altijd samen met een collega."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 3,
            "time": "18:30",
            "duration_minutes": 180,
            "capacity": 4,
            "weeks_past": 2,
            "weeks_ahead": 5,
        },
    },
    {
        "org": "de-zilverzaal",
        "category": "club",
        "goals": ["learn_dutch", "meet_people"],
        "dutch_level": 4,
        "online": True,
        "street": None,
        "postcode": None,
        "municipality": "Brussel",
        "wheelchair_accessible": True,
        "host_languages": ["nl"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": 16,
        "max_age": None,
        "contact_name": "Stijn Goossens",
        "contact_phone": "+32 479 02 46 81",
        "contact_email": "stijn.goossens@example.org",
        "translations": {
            "nl": {
                "title": "Online filmclub",
                "description": (
                    "Je kijkt thuis naar een Vlaamse film. "
                    "Op zondagavond praten we er online over. "
                    "Wat vond je goed? Wat was moeilijk?"
                ),
                "what_to_bring": "Een computer met internet.",
            },
        },
        "schedule": {
            "weekday": 6,
            "time": "20:00",
            "duration_minutes": 90,
            "capacity": 10,
            "weeks_past": 1,
            "weeks_ahead": 4,
        },
    },
    {
        "org": "de-zilverzaal",
        "category": "club",
        "goals": ["meet_people", "make_friends"],
        "dutch_level": 1,
        "online": False,
        "street": "Graaf van Vlaanderenstraat 30",
        "postcode": "1080",
        "municipality": "Brussel",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "fr", "tr"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": None,
        "max_age": None,
        "contact_name": "Elise Van den Broeck",
        "contact_phone": "+32 2 410 22 33",
        "contact_email": "elise.vandenbroeck@example.org",
        "translations": {
            "nl": {
                "title": "Dansen uit de hele wereld",
                "description": (
                    "Elke week leren we een dans uit een ander land. "
                    "Soms toon jij een dans uit jouw land. "
                    "Je hoeft niet goed te kunnen dansen. Plezier is het belangrijkste."
                ),
                "what_to_bring": "Gemakkelijke schoenen.",
            },
            "fr": {
                "title": "Danses du monde entier",
                "description": (
                    "Chaque semaine, nous apprenons une danse d'un autre pays. "
                    "Parfois, c'est vous qui montrez une danse de votre pays. "
                    "Pas besoin de bien danser. Le plus important, c'est de s'amuser."
                ),
                "what_to_bring": "Des chaussures confortables.",
            },
            "tr": {
                "title": "Dünyanın dört bir yanından danslar",
                "description": (
                    "Her hafta başka bir ülkeden bir dans öğreniyoruz. "
                    "Bazen siz de kendi ülkenizden bir dans gösteriyorsunuz. "
                    "İyi dans etmeniz gerekmiyor. En önemlisi eğlenmek."
                ),
                "what_to_bring": "Rahat ayakkabılar.",
            },
        },
        "schedule": {
            "weekday": 1,
            "time": "19:00",
            "duration_minutes": 90,
            "capacity": 12,
            "weeks_past": 2,
            "weeks_ahead": 6,
        },
    },
    # ----------------------------------------------------------------------------------
    # Buurtmoestuin De Groene Hoek (Brussel)
    # ----------------------------------------------------------------------------------
    {
        "org": "de-groene-hoek",
        "category": "volunteering",
        "goals": ["volunteer", "meet_people", "learn_something"],
        "dutch_level": 1,
        "online": False,
        "street": "Vogelzangstraat 9",
        "postcode": "1030",
        "municipality": "Brussel",
        "wheelchair_accessible": False,
        "host_languages": ["nl", "fr", "ar"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": None,
        "max_age": None,
        "contact_name": "Tom Maes",
        "contact_phone": "+32 2 215 66 77",
        "contact_email": "tom.maes@example.org",
        "translations": {
            "nl": {
                "title": "Samen tuinieren in de moestuin",
                "description": (
                    "We kweken samen groenten en kruiden. "
                    "Je leert zaaien, planten en oogsten. "
                    "Je werkt buiten met mensen uit de buurt. Wat we oogsten, delen we."
                ),
                "what_to_bring": "Stevige schoenen en kleren die vuil mogen worden.",
            },
            "fr": {
                "title": "Jardiner ensemble au potager",
                "description": (
                    "Nous cultivons ensemble des légumes et des herbes aromatiques. "
                    "Vous apprenez à semer, à planter et à récolter. "
                    "Vous travaillez dehors avec des gens du quartier. "
                    "Nous partageons ce que nous récoltons."
                ),
                "what_to_bring": "De bonnes chaussures et des vêtements qui peuvent se salir.",
            },
            "ar": {
                "title": "نزرع معًا في حديقة الخضار",
                "description": (
                    "نزرع معًا الخضار والأعشاب. تتعلم البذر والغرس والحصاد. "
                    "تعمل في الهواء الطلق مع أناس من الحي. نتقاسم ما نحصده."
                ),
                "what_to_bring": "حذاء متين وملابس لا بأس أن تتّسخ.",
            },
            "so": {
                "title": "Beerta khudaarta oo aan wada beerno",
                "description": (
                    "Waxaan si wadajir ah u beeraynaa khudaar iyo dhir udgoon. "
                    "Waxaad baranaysaa abuurka, beeridda iyo goosashada. "
                    "Waxaad dibadda kula shaqaynaysaa dadka xaafadda. "
                    "Waxa aan goosanno waan qaybsannaa."
                ),
                "what_to_bring": "Kabo adag iyo dhar wasakoobi kara.",
            },
        },
        "schedule": {
            "weekday": 5,
            "time": "10:00",
            "duration_minutes": 180,
            "capacity": 10,
            "weeks_past": 4,
            "weeks_ahead": 8,
        },
    },
    {
        "org": "de-groene-hoek",
        "category": "workshop",
        "goals": ["learn_something", "make_friends"],
        "dutch_level": 2,
        "online": False,
        "street": "Vogelzangstraat 9",
        "postcode": "1030",
        "municipality": "Brussel",
        "wheelchair_accessible": True,
        "host_languages": ["nl", "es", "ru"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": None,
        "max_age": None,
        "contact_name": "Tom Maes",
        "contact_phone": "+32 2 215 66 77",
        "contact_email": "tom.maes@example.org",
        "translations": {
            "nl": {
                "title": "Koken met groenten uit de tuin",
                "description": (
                    "We plukken groenten in de moestuin. "
                    "Daarna koken we er samen een soep of een salade mee. "
                    "Iedereen brengt een idee uit de eigen keuken mee."
                ),
                "what_to_bring": "Een doos om eten mee naar huis te nemen.",
            },
            "es": {
                "title": "Cocinar con verduras del huerto",
                "description": (
                    "Recogemos verduras en el huerto. "
                    "Después cocinamos juntos una sopa o una ensalada. "
                    "Cada persona trae una idea de su propia cocina."
                ),
                "what_to_bring": "Un táper para llevarte comida a casa.",
            },
            "ru": {
                "title": "Готовим из овощей с огорода",
                "description": (
                    "Мы собираем овощи на огороде. "
                    "Потом вместе готовим из них суп или салат. "
                    "Каждый приносит идею из своей кухни."
                ),
                "what_to_bring": "Контейнер, чтобы забрать еду домой.",
            },
        },
        "schedule": {
            "weekday": 2,
            "time": "17:00",
            "duration_minutes": 150,
            "capacity": 8,
            "weeks_past": 0,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-groene-hoek",
        "category": "club",
        "goals": ["meet_people", "make_friends"],
        "dutch_level": 1,
        "online": False,
        "street": "Vogelzangstraat 9",
        "postcode": "1030",
        "municipality": "Brussel",
        "wheelchair_accessible": False,
        "host_languages": ["nl", "fr"],
        "buddy_offered": False,
        "guidance_offered": False,
        "min_age": None,
        "max_age": None,
        "contact_name": "Tom Maes",
        "contact_phone": "+32 2 215 66 77",
        "contact_email": "tom.maes@example.org",
        "translations": {
            "nl": {
                "title": "Zondag in de tuin met het gezin",
                "description": (
                    "Op zondag is de tuin open voor gezinnen. "
                    "Kinderen spelen en ouders praten met elkaar. "
                    "We drinken samen thee. Iedereen is welkom."
                ),
                "what_to_bring": None,
            },
        },
        "schedule": {
            "weekday": 6,
            "time": "10:00",
            "duration_minutes": 120,
            "capacity": 12,
            "weeks_past": 2,
            "weeks_ahead": 6,
        },
    },
    {
        "org": "de-groene-hoek",
        "category": "placement",
        "goals": ["prepare_for_work", "learn_something"],
        "dutch_level": 4,
        "online": False,
        "street": "Josaphatpark 1",
        "postcode": "1030",
        "municipality": "Brussel",
        "wheelchair_accessible": False,
        "host_languages": ["nl", "fr"],
        "buddy_offered": False,
        "guidance_offered": True,
        "min_age": 18,
        "max_age": None,
        "contact_name": "Tom Maes",
        "contact_phone": "+32 2 215 66 77",
        "contact_email": "tom.maes@example.org",
        "translations": {
            "nl": {
                "title": "Snuffelstage bij een groendienst",
                "description": (
                    "Je werkt een ochtend mee met een ploeg die parken onderhoudt. "
                    "Je maait gras en snoeit struiken. De ploegbaas legt alles uit. "
                    "Zo ontdek je een job in het groen."
                ),
                "what_to_bring": "Stevige schoenen. Werkhandschoenen krijg je van ons.",
            },
        },
        "schedule": {
            "weekday": 1,
            "time": "08:00",
            "duration_minutes": 240,
            "capacity": 4,
            "weeks_past": 0,
            "weeks_ahead": 4,
        },
    },
]

STAFF = {"name": "Sofie Peeters"}

COUNSELLOR = {"name": "Hanne Verstraeten"}

ADMIN = {"name": "Pieter Van Damme"}

INTEGRATORS = [
    {
        "email": "integrator@demo.test",
        "name": "Grace Mensah",
        "locale": "en",
        "dutch_level": 2,
        "dossier_number": "KBI-2026-001874",
        "phone": "+32 470 12 34 56",
        "confirmed_minutes": 900,
    },
    {
        "email": "integrator01@demo.test",
        "name": "سارة الحسن",
        "locale": "ar",
        "dutch_level": 2,
        "dossier_number": "KBI-2025-038211",
        "phone": "+32 471 23 45 67",
        "confirmed_minutes": 2520,
    },
    {
        "email": "integrator02@demo.test",
        "name": "Олена Коваленко",
        "locale": "uk",
        "dutch_level": 1,
        "dossier_number": "KBI-2026-004512",
        "phone": "+32 472 34 56 78",
        "confirmed_minutes": 600,
    },
    {
        "email": "integrator03@demo.test",
        "name": "Ayşe Doğan",
        "locale": "tr",
        "dutch_level": 2,
        "dossier_number": "KBI-2026-002967",
        "phone": "+32 473 45 67 89",
        "confirmed_minutes": 1440,
    },
    {
        "email": "integrator04@demo.test",
        "name": "ኣማኑኤል ተስፋይ",
        "locale": "ti",
        "dutch_level": 1,
        "dossier_number": "KBI-2026-007730",
        "phone": None,
        "confirmed_minutes": 0,
    },
    {
        "email": "integrator05@demo.test",
        "name": "فریبا احمدی",
        "locale": "fa",
        "dutch_level": 1,
        "dossier_number": "KBI-2026-005108",
        "phone": "+32 474 56 78 90",
        "confirmed_minutes": 330,
    },
    {
        "email": "integrator06@demo.test",
        "name": "Maxamed Cabdullaahi Warsame",
        "locale": "so",
        "dutch_level": 1,
        "dossier_number": None,
        "phone": "+32 475 67 89 01",
        "confirmed_minutes": 0,
    },
    {
        "email": "integrator07@demo.test",
        "name": "Łukasz Wiśniewski",
        "locale": "en",
        "dutch_level": 3,
        "dossier_number": "KBI-2025-041377",
        "phone": "+32 476 78 90 12",
        "confirmed_minutes": 1800,
    },
    {
        "email": "integrator08@demo.test",
        "name": "ګل احمد ځدراڼ",
        "locale": "ps",
        "dutch_level": 1,
        "dossier_number": "KBI-2026-008019",
        "phone": "+32 477 89 01 23",
        "confirmed_minutes": 0,
    },
    {
        "email": "integrator09@demo.test",
        "name": "Дмитрий Смирнов",
        "locale": "ru",
        "dutch_level": 2,
        "dossier_number": "KBI-2026-003356",
        "phone": "+32 478 90 12 34",
        "confirmed_minutes": 720,
    },
    {
        "email": "integrator10@demo.test",
        "name": "María José Muñoz",
        "locale": "es",
        "dutch_level": 2,
        "dossier_number": "KBI-2026-001502",
        "phone": "+32 479 01 23 45",
        "confirmed_minutes": 1200,
    },
    {
        "email": "integrator11@demo.test",
        "name": "Amani Mbuyi",
        "locale": "fr",
        "dutch_level": 3,
        "dossier_number": "KBI-2025-036684",
        "phone": "+32 484 12 34 56",
        "confirmed_minutes": 2100,
    },
    {
        "email": "integrator12@demo.test",
        "name": "João Conceição",
        "locale": "en",
        "dutch_level": 3,
        "dossier_number": None,
        "phone": "+32 485 23 45 67",
        "confirmed_minutes": 0,
    },
    {
        "email": "integrator13@demo.test",
        "name": "يوسف الأحمد",
        "locale": "ar",
        "dutch_level": 1,
        "dossier_number": "KBI-2026-009245",
        "phone": None,
        "confirmed_minutes": 0,
    },
    {
        "email": "integrator14@demo.test",
        "name": "Оксана Мельник",
        "locale": "uk",
        "dutch_level": 2,
        "dossier_number": "KBI-2026-002218",
        "phone": "+32 486 34 56 78",
        "confirmed_minutes": 1380,
    },
    {
        "email": "integrator15@demo.test",
        "name": "ሳባ ገብረሂወት",
        "locale": "ti",
        "dutch_level": 2,
        "dossier_number": "KBI-2026-004093",
        "phone": "+32 487 45 67 89",
        "confirmed_minutes": 480,
    },
    {
        "email": "integrator16@demo.test",
        "name": "Hodan Cali Maxamuud",
        "locale": "so",
        "dutch_level": 2,
        "dossier_number": "KBI-2026-006671",
        "phone": "+32 488 56 78 90",
        "confirmed_minutes": 150,
    },
    {
        "email": "integrator17@demo.test",
        "name": "Zeynep Kılıç",
        "locale": "tr",
        "dutch_level": 1,
        "dossier_number": "KBI-2026-009512",
        "phone": "+32 489 67 89 01",
        "confirmed_minutes": 0,
    },
    {
        "email": "integrator18@demo.test",
        "name": "حمیده رحیمی",
        "locale": "fa",
        "dutch_level": 2,
        "dossier_number": "KBI-2026-003840",
        "phone": "+32 490 78 90 12",
        "confirmed_minutes": 960,
    },
    {
        "email": "integrator19@demo.test",
        "name": "Agnieszka Wróbel",
        "locale": "nl",
        "dutch_level": 3,
        "dossier_number": "KBI-2025-040126",
        "phone": None,
        "confirmed_minutes": 1650,
    },
    {
        "email": "integrator20@demo.test",
        "name": "Ángel Peña Ibáñez",
        "locale": "es",
        "dutch_level": 4,
        "dossier_number": None,
        "phone": "+32 491 89 01 23",
        "confirmed_minutes": 0,
    },
    {
        "email": "integrator21@demo.test",
        "name": "Наталья Кузнецова",
        "locale": "ru",
        "dutch_level": 1,
        "dossier_number": "KBI-2026-005487",
        "phone": "+32 492 90 12 34",
        "confirmed_minutes": 270,
    },
    {
        "email": "integrator22@demo.test",
        "name": "نجیب الله احمدزی",
        "locale": "ps",
        "dutch_level": 2,
        "dossier_number": "KBI-2026-008853",
        "phone": "+32 493 01 23 45",
        "confirmed_minutes": 0,
    },
    {
        "email": "integrator23@demo.test",
        "name": "Sevgül Şahin",
        "locale": "tr",
        "dutch_level": 2,
        "dossier_number": "KBI-2025-039902",
        "phone": "+32 494 12 34 56",
        "confirmed_minutes": 2040,
    },
    {
        "email": "integrator24@demo.test",
        "name": "Nour El Amrani",
        "locale": "nl",
        "dutch_level": 3,
        "dossier_number": None,
        "phone": "+32 495 23 45 67",
        "confirmed_minutes": 540,
    },
]

## Rights information: /rights, search, /directory, /reload.
## Articles themselves live in locales/<language>/rights/*.md (see CONTRIBUTING-CONTENT.md).
## In disguise mode the lists are neutral (topics by their --disguised names, articles as
## "Reading 1", "Reading 2"…); an article itself is shown as written, and deleted with auto-delete.

rights-topics =
    ⚖️ <b>Your rights</b>
    Choose a topic. You can also type a word to search, for example “lawyer” or “passport”.
rights-topics--disguised =
    📖 <b>Reading</b>
    Choose a topic, or type a word to search.
rights-topic-detention = Immigration detention
rights-topic-detention--disguised = 📗 Part 1
rights-topic-status = Visas and residence status
rights-topic-status--disguised = 📗 Part 2
rights-topic-legal-aid = Legal help and complaints
rights-topic-legal-aid--disguised = 📗 Part 3
rights-topic-defenders = Defenders: your rights and safety
rights-topic-defenders--disguised = 📗 Part 4
rights-topic-checklists = Checklists
rights-article-neutral = 📄 Reading { $number }
rights-topic-articles =
    <b>{ $topic }</b>
    Choose an article:
rights-page-count = Page { $page } of { $pages }
rights-next = Next ▶
rights-previous = ◀ Back
rights-to-topics = ☰ Topics
rights-to-topic = ↩ { $topic }
rights-sources = Sources:
rights-applies = Scope: { $where }
rights-applies-everywhere = international standards and recommendations; what applies to you depends on the country
rights-framing = ⚖️ International standards and recommendations, not the law of every country. Information, not legal advice.
rights-framing-country = ⚖️ What the sources cited say about { $country }; laws change. Information, not legal advice.
rights-practical = practical advice, not from the sources
rights-reviewed = Last reviewed: { $date }
rights-not-advice = ℹ️ This is general information, not legal advice. For your own situation, talk to a lawyer or a legal aid organisation.
rights-machine-draft = 🤖 This translation was drafted by a machine and has not been checked by a person yet.
rights-stale = ⚠️ The English text has changed since this translation was made.
rights-read-english = Read in English
rights-in-english = This article is not in your language yet, so here it is in English.
rights-search-results = Articles for “{ $query }”:
rights-search-results--disguised = Readings found:
rights-search-none =
    Nothing matches “{ $query }”.
    Choose a topic:
rights-search-none--disguised =
    Nothing found.
    Choose a topic:
rights-gone =
    That page is no longer available.
    Choose a topic:
rights-unavailable = Rights information cannot be shown right now. Please try again later.
rights-unavailable--disguised = The reading cannot be shown right now. Please try again later.
rights-directory-button = 📇 Legal aid, hotlines, emergency lines
rights-directory-button--disguised = 📇 Addresses

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>Legal aid, hotlines and emergency lines</b>
    Choose a country or region:
directory-countries--disguised =
    📇 <b>Addresses</b>
    Choose a country or region:
directory-international = International
directory-country =
    📇 <b>{ $country }</b>
directory-phones = Phone: { $phones }
directory-languages = Languages: { $languages }
directory-area = Area: { $area }
directory-web = Web: { $web }
directory-source = Source: { $title } — { $url } (read { $date })
directory-empty =
    There is no entry for this country yet.
    A network can add its own: see CONTRIBUTING-CONTENT.md.
directory-to-countries = ↩ Countries
directory-none-picked = ⭐ Pick the countries you work in or come from, and they come first.
directory-all-countries = 🗺 All countries
directory-pick = ⭐ Pick my countries
directory-pick-intro =
    ⭐ <b>Your countries</b>
    Press a country to add it or take it away. The international lines are always shown.
directory-pick-done = ✔ Done
directory-read-from = Each entry was copied from the public page named under it. Numbers change: check before you rely on one.
directory-machine-drafted = 🤖 The descriptions were translated from English by machine.
directory-services = Offers: { $services }
directory-service-emergency-line = emergency line for defenders
directory-service-emergency-line--disguised = urgent line
directory-service-emergency-grants = emergency grants for defenders
directory-service-emergency-grants--disguised = support
directory-service-legal-aid = legal aid
directory-service-legal-aid--disguised = advice
directory-service-hotline = hotline
directory-service-hotline--disguised = phone line
directory-service-shelter = shelter
directory-service-shelter--disguised = a place to stay
directory-service-detention-visits = detention visits
directory-service-detention-visits--disguised = visits
directory-service-labour-complaints = labour complaints
directory-service-labour-complaints--disguised = work questions
directory-service-trafficking = help for trafficking victims
directory-service-trafficking--disguised = safety
directory-service-repatriation = repatriation
directory-service-repatriation--disguised = travel home
directory-service-counselling = counselling
directory-service-information = information and referral
directory-service-rights-complaints = human rights complaints
directory-service-rights-complaints--disguised = reports
directory-local = Inside the country: { $numbers }
directory-email = Email: { $email }
directory-messaging = Messaging: { $messaging }
directory-not-verified = ⚠️ Not yet verified by a person.
directory-checked = ✅ Checked by a person on { $date }.

## /reload (admins) and SIGHUP
reload-not-admin = Only an admin of this bot can reload the rights information.
reload-done = Rights information reloaded: { $articles } articles in { $languages } languages.
reload-failed =
    The new rights information has { $count ->
        [one] one problem
       *[other] { $count } problems
    }, so the bot keeps showing the previous version:
    { $problems }
reload-more = …and { $count } more.

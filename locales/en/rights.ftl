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
rights-applies = Applies to: { $where }
rights-applies-everywhere = everywhere (international standards)
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
rights-directory-button = 📇 Legal aid and hotlines
rights-directory-button--disguised = 📇 Addresses

## The directory of legal aid and emergency contacts
directory-countries =
    📇 <b>Legal aid and hotlines</b>
    Choose a country or region:
directory-countries--disguised =
    📇 <b>Addresses</b>
    Choose a country or region:
directory-international = International
directory-country =
    📇 <b>{ $country }</b>
directory-to-be-verified = ⚠️ To be verified by your network before you rely on it.
directory-phones = Phone: { $phones }
directory-languages = Languages: { $languages }
directory-area = Area: { $area }
directory-web = Web: { $web }
directory-verified = Verified: { $date }
directory-source = Source: { $source }
directory-empty =
    There is no entry for this country yet.
    A network can add its own: see CONTRIBUTING-CONTENT.md.
directory-to-countries = ↩ Countries

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

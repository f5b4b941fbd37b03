import pytest
from fluent.runtime import FluentBundle, FluentResource

from bot.i18n import MissingMessageError, Translator


def catalogue(language: str, text: str) -> FluentBundle:
    bundle = FluentBundle([language], use_isolating=False)
    bundle.add_resource(FluentResource(text))
    return bundle


@pytest.fixture
def translate() -> Translator:
    return Translator(
        {
            "en": catalogue(
                "en",
                "hello = Hello, { $name }.\n"
                "contacts = { $count ->\n [one] one contact\n *[other] { $count } contacts\n}\n"
                "only-english = English only\n",
            ),
            "ar": catalogue(
                "ar",
                "hello = مرحبا { $name }\n"
                "contacts = { $count ->\n [zero] لا جهات\n [one] جهة واحدة\n [two] جهتان\n"
                " [few] { $count } جهات\n [many] { $count } جهة\n *[other] { $count } جهة\n}\n",
            ),
        }
    )


def test_messages_fall_back_to_english_one_by_one(translate):
    assert translate("ar", "hello", name="Amal") == "مرحبا Amal"
    assert translate("ar", "only-english") == "English only"


def test_unknown_languages_and_regional_variants_resolve_sensibly(translate):
    assert translate.resolve_language("ar-EG") == "ar"
    assert translate.resolve_language("xx") == "en"
    assert translate.resolve_language(None) == "en"


def test_plural_rules_follow_cldr(translate):
    assert translate("en", "contacts", count=1) == "one contact"
    assert translate("en", "contacts", count=2) == "2 contacts"
    assert translate("ar", "contacts", count=0) == "لا جهات"
    assert translate("ar", "contacts", count=2) == "جهتان"
    assert translate("ar", "contacts", count=3) == "3 جهات"
    assert translate("ar", "contacts", count=11) == "11 جهة"


def test_variables_are_escaped_for_telegram_html(translate):
    assert translate("en", "hello", name="<i>x</i> & y") == "Hello, &lt;i&gt;x&lt;/i&gt; &amp; y."


def test_a_missing_message_is_an_error_not_an_id_shown_to_users(translate):
    with pytest.raises(MissingMessageError):
        translate("en", "no-such-message")


def test_shipped_catalogue_has_every_message_the_handlers_use():
    shipped = Translator.load()
    for key in ("start-welcome", "start-welcome-back", "help", "start-in-group"):
        assert shipped.has(key), key
    for key in ("error-generic", "error-storage-full", "not-understood"):
        assert shipped.has(key), key


def test_a_missing_locales_directory_is_a_configuration_error(tmp_path):
    from bot.errors import ConfigError

    with pytest.raises(ConfigError, match="BOT_LOCALES_DIR"):
        Translator.load(tmp_path)


def test_a_message_that_cannot_be_formatted_falls_back_to_english_and_logs_its_id(caplog):
    translate = Translator(
        {
            "en": catalogue("en", "alert-title = SOS: { $who } needs help\nok = Fine\n"),
            "fr": catalogue("fr", "alert-title = SOS : { $qui } a besoin d'aide\nok = Bien\n"),
        }
    )
    with caplog.at_level("WARNING", logger="bot.i18n"):
        assert translate("fr", "alert-title", who="Amal") == "SOS: Amal needs help"
    assert translate("fr", "ok") == "Bien"  # only the broken message is in English
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "alert-title in fr" in logged
    assert "Amal" not in logged


def test_a_value_longer_than_fluents_placeable_limit_is_kept_whole():
    """fluent.runtime turns a placeable over 2,500 characters into "{???}"; escaped, 4,000
    quote characters are 24,000."""
    translate = Translator.load()
    words = '"' * 4000
    for language in ("en", "ar"):
        text = translate(language, "verification-username", username=words)
        assert "{???}" not in text
        assert "&quot;" * 4000 in text

"""Which typed messages are a word for help (bot/domain/panic.py)."""

import pytest

from bot.domain.panic import is_sos_word, normalise, sos_words

WORDS = sos_words(
    ["help, help me, sos, s.o.s", "مساعدة, النجدة", "کمک, کمکم کنید", "à l'aide, au secours"],
    ["🆘 SOS", "\u200f🆘 استغاثة"],
)


@pytest.mark.parametrize(
    "typed",
    [
        "help",
        "HELP!",
        "  Help me  ",
        "help   me",
        "sos",
        "S.O.S.",
        "🆘",
        "🆘\ufe0f",
        "🆘 SOS",
        "¡sos!",
        "\u200f" + "مساعدة",  # with the marks right-to-left text carries
        "\u2068" + "مساعدة" + "\u2069",
        "مساعدة!",
        "استغاثة",
        "🆘 استغاثة",
        "کمک؟",
        "كمك",  # typed with an Arabic keyboard: Arabic kaf
        "Au secours !",
        "À L'AIDE",
    ],
)
def test_a_word_for_help_alone_is_recognised(typed):
    assert is_sos_word(typed, WORDS), typed


@pytest.mark.parametrize(
    "typed",
    ["legal help", "help with my visa", "helpful", "sos mediterranee", "مساعدة قانونية", "", "!"],
)
def test_anything_more_than_the_word_is_not(typed):
    assert not is_sos_word(typed, WORDS), typed


def test_only_the_punctuation_around_the_word_goes():
    assert normalise("¡¡ S.O.S. !!") == "s.o.s"


def test_the_labels_count_whole_and_word_by_word():
    assert {"🆘 sos", "🆘", "sos", "🆘 استغاثة", "استغاثة"} <= WORDS

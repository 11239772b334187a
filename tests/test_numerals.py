import pytest

from claimledger.extract.numerals import compose, parse_digits, word_value


@pytest.mark.parametrize(
    ("words", "lang", "expected"),
    [
        ("four drones", "en", (4, 1)),
        ("twenty - one", "en", (21, 3)),
        ("two hundred and five drones", "en", (205, 4)),
        ("one thousand two hundred", "en", (1200, 4)),
        ("a dozen", "en", None),
        ("dozen", "en", (12, 1)),
        ("двадцать три беспилотник", "ru", (23, 2)),
        ("сто сорок пять", "ru", (145, 3)),
        ("две тысяча триста", "ru", (2300, 3)),
        ("три два", "ru", (3, 1)),
        ("двадцать двадцать", "ru", (20, 1)),
        ("дев’ять", "uk", (9, 1)),
        ("двісті сорок вісім", "uk", (248, 3)),
        ("п'ятдесят", "uk", (50, 1)),
        ("беспилотник", "ru", None),
    ],
)
def test_compose(words: str, lang: str, expected: tuple[int, int] | None) -> None:
    assert compose(words.split(), lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("23", 23), ("1 200", 1200), ("1\u202f200", 1200), ("1,200", 1200), ("12a", None)],
)
def test_parse_digits(text: str, expected: int | None) -> None:
    assert parse_digits(text) == expected


def test_word_value_folds_yo_and_apostrophes() -> None:
    assert word_value("Двадцать", "ru") == 20
    assert word_value("дев`ять", "uk") == 9

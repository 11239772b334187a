import pytest

from claimledger.extract.lang import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four Ukrainian drones were shot down over the Kaluga region.", "en"),
        ("Над Калужской областью уничтожены четыре беспилотника.", "ru"),
        ("У ніч на 25 листопада противник атакував 75 ударними БпЛА типу Shahed.", "uk"),
        ("**ПВО сбила 12 дронов** [подробнее](https://example.org/a/b/c)", "ru"),
        ("ЗНИЩЕНО:\n- 45 БПЛА «Shahed-136/131»", "uk"),
        ("12:30", None),
        ("", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected

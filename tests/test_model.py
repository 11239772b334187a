from claimledger.model import CLAIM_FIELDS, Claim, Extraction, Report, Span, report_id


def test_report_id_is_stable_and_depends_on_source_and_text() -> None:
    assert Report(text="a", source="x").id == Report(text="a", source="x").id
    assert Report(text="a", source="x").id != Report(text="a", source="y").id
    assert Report(text="a", id="given").id == "given"
    assert report_id(None, "a").startswith("sha256:")


def test_span_of_slices_the_source() -> None:
    text = "Four drones were shot down."
    span = Span.of(text, 0, 11)
    assert span.text == "Four drones" and text[span.start : span.end] == span.text


def test_claim_round_trips_through_dict() -> None:
    text = "4 drones shot down over Kaluga"
    original = Claim(
        action="intercepted",
        quantity=4,
        weapon="uav",
        location="RU-KLU",
        evidence=Span.of(text, 0, 18),
        spans={"number": Span.of(text, 0, 1)},
    )
    assert Claim.from_dict(original.to_dict()) == original


def test_extraction_forms() -> None:
    report = Report(text="nothing here", id="r1", lang="en")
    full = Extraction(report).to_dict()
    assert set(full) >= {
        "id",
        "lang",
        "published",
        "claims",
        "quotes",
        "markers",
        "checks",
        "media",
    }
    assert Extraction(report).to_scored_dict() == {"id": "r1", "claims": []}


def test_claim_fields_are_the_claims_own_fields() -> None:
    claim = Claim("intercepted", 3, Span(0, 1, "3"))
    assert [k for k in claim.to_dict() if k not in ("evidence", "spans")] == list(CLAIM_FIELDS)

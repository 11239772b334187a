"""Canonical claimants: the English name, side and kind of who asserts a claim.

Language grammars map their surface forms ("Минобороны", "the Ministry of Defence", "Міноборони
РФ") to these entries, so one origin has one name whatever language relayed it. The rules are
the same for every party: an entry says who speaks, never whether to believe it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    side: str | None  # "ru", "ua", "other"
    kind: str  # a ClaimantKind

    def as_fields(self) -> dict[str, str | None]:
        return {"claimant": self.name, "claimant_side": self.side, "claimant_kind": self.kind}


# Append-only table keyed by a short id; grammars refer to actors by these keys.
ACTORS: dict[str, Actor] = {
    "ru_mod": Actor("Russian Ministry of Defence", "ru", "military"),
    "ua_airforce": Actor("Ukrainian Air Force", "ua", "military"),
    "ua_general_staff": Actor("Ukrainian General Staff", "ua", "military"),
    "ua_mod": Actor("Ukrainian Ministry of Defence", "ua", "military"),
    "ru_fsb": Actor("Russian FSB", "ru", "military"),
    "ru_mchs": Actor("Russian Emergencies Ministry", "ru", "official"),
    "ua_sses": Actor("State Emergency Service of Ukraine", "ua", "official"),
    "putin": Actor("Vladimir Putin", "ru", "official"),
    "zelensky": Actor("Volodymyr Zelensky", "ua", "official"),
    "sobyanin": Actor("Sergei Sobyanin", "ru", "official"),
    "shapsha": Actor("Vladislav Shapsha", "ru", "official"),
    "bogomaz": Actor("Alexander Bogomaz", "ru", "official"),
    "gladkov": Actor("Vyacheslav Gladkov", "ru", "official"),
    "slyusar": Actor("Yuri Slyusar", "ru", "official"),
    "smirnov": Actor("Alexei Smirnov", "ru", "official"),
    "khinshtein": Actor("Alexander Khinshtein", "ru", "official"),
    "anokhin": Actor("Vasily Anokhin", "ru", "official"),
    "razvozhayev": Actor("Mikhail Razvozhayev", "ru", "official"),
    "aksyonov": Actor("Sergei Aksyonov", "ru", "official"),
    "vorobyov": Actor("Andrei Vorobyov", "ru", "official"),
    "gusev": Actor("Alexander Gusev", "ru", "official"),
    "klychkov": Actor("Andrei Klychkov", "ru", "official"),
    "nikitin_a": Actor("Andrei Nikitin", "ru", "official"),
    "nikitin_g": Actor("Gleb Nikitin", "ru", "official"),
    "melikov": Actor("Sergei Melikov", "ru", "official"),
    "kondratyev": Actor("Veniamin Kondratyev", "ru", "official"),
    "rudenya": Actor("Igor Rudenya", "ru", "official"),
    "artamonov": Actor("Igor Artamonov", "ru", "official"),
    "malkov": Actor("Pavel Malkov", "ru", "official"),
    "klitschko": Actor("Vitali Klitschko", "ua", "official"),
    "kyiv_cma": Actor("Kyiv City Military Administration", "ua", "official"),
    "ihnat": Actor("Yurii Ihnat", "ua", "military"),
    "syniehubov": Actor("Oleh Syniehubov", "ua", "official"),
    "terekhov": Actor("Ihor Terekhov", "ua", "official"),
    "kiper": Actor("Oleh Kiper", "ua", "official"),
    "lysak": Actor("Serhiy Lysak", "ua", "official"),
    "fedorov": Actor("Ivan Fedorov", "ua", "official"),
    "vilkul": Actor("Oleksandr Vilkul", "ua", "official"),
    "pentagon_source": Actor("Reuters source in the Pentagon", "other", "anonymous"),
    "emergency_services": Actor("emergency services", None, "official"),
    "local_authorities": Actor("local authorities", None, "official"),
}


def actor(key: str) -> Actor:
    return ACTORS[key]

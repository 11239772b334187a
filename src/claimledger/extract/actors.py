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
    # Ukrainian sources named in Ukrainian reports (extract/uk).
    "ua_south_defence": Actor("Southern Defence Forces of Ukraine", "ua", "military"),
    "humeniuk": Actor("Natalia Humeniuk", "ua", "military"),
    "ua_navy": Actor("Ukrainian Navy", "ua", "military"),
    "pletenchuk": Actor("Dmytro Pletenchuk", "ua", "military"),
    "ua_police": Actor("National Police of Ukraine", "ua", "official"),
    "klymenko": Actor("Ihor Klymenko", "ua", "official"),
    "tkachenko": Actor("Tymur Tkachenko", "ua", "official"),
    "popko": Actor("Serhiy Popko", "ua", "official"),
    "filashkin": Actor("Vadym Filashkin", "ua", "official"),
    "prokudin": Actor("Oleksandr Prokudin", "ua", "official"),
    "kravchenko_r": Actor("Ruslan Kravchenko", "ua", "official"),
    "kozytskyi": Actor("Maksym Kozytskyi", "ua", "official"),
    "sadovyi": Actor("Andriy Sadovyi", "ua", "official"),
    "artiukh": Actor("Volodymyr Artiukh", "ua", "official"),
    "chaus": Actor("Viacheslav Chaus", "ua", "official"),
    "kim": Actor("Vitaliy Kim", "ua", "official"),
    # Russian sources named in Russian reports (extract/ru).
    "ru_authorities": Actor("Russian authorities", "ru", "official"),
    "gvsu_sk": Actor(
        "Main Military Investigative Directorate of the Investigative Committee of Russia",
        "ru",
        "official",
    ),
    "ru_milbloggers": Actor("Russian military Telegram channels", "ru", "media"),
    "ua_monitoring": Actor("Ukrainian monitoring Telegram channels", "ua", "media"),
    "monitoring_resources": Actor("monitoring resources", None, "media"),
    "ua_media": Actor("Ukrainian media", "ua", "media"),
    "unnamed_reports": Actor("unnamed reports", None, "anonymous"),
    "anonymous_source": Actor("anonymous source", None, "anonymous"),
    "witnesses": Actor("witnesses", None, "witness"),
    "golubev": Actor("Vasily Golubev", "ru", "official"),
    "starovoit": Actor("Roman Starovoit", "ru", "official"),
    "milyaev": Actor("Dmitry Milyaev", "ru", "official"),
    "bocharov": Actor("Andrei Bocharov", "ru", "official"),
    "babushkin": Actor("Igor Babushkin", "ru", "official"),
    "busargin": Actor("Roman Busargin", "ru", "official"),
    "melnichenko": Actor("Oleg Melnichenko", "ru", "official"),
    "egorov": Actor("Maxim Egorov", "ru", "official"),
    "pervyshov": Actor("Evgeny Pervyshov", "ru", "official"),
    "evraev": Actor("Mikhail Evraev", "ru", "official"),
    "drozdenko": Actor("Alexander Drozdenko", "ru", "official"),
    "vedernikov": Actor("Mikhail Vedernikov", "ru", "official"),
    "beglov": Actor("Alexander Beglov", "ru", "official"),
    "minnikhanov": Actor("Rustam Minnikhanov", "ru", "official"),
    "khabirov": Actor("Radiy Khabirov", "ru", "official"),
    "avdeev": Actor("Alexander Avdeev", "ru", "official"),
    "fedorishchev": Actor("Vyacheslav Fedorishchev", "ru", "official"),
    "balitsky": Actor("Yevgeny Balitsky", "ru", "official"),
    "saldo": Actor("Vladimir Saldo", "ru", "official"),
    "pushilin": Actor("Denis Pushilin", "ru", "official"),
    "pasechnik": Actor("Leonid Pasechnik", "ru", "official"),
    "nehoda": Actor("Vyacheslav Nehoda", "ua", "official"),
    "kim_v": Actor("Vitaliy Kim", "ua", "official"),
    "trukhanov": Actor("Hennadiy Trukhanov", "ua", "official"),
    "ua_armed_forces": Actor("Ukrainian Armed Forces", "ua", "military"),
}


def actor(key: str) -> Actor:
    return ACTORS[key]

"""Who claims, as the claim tables of the tests write it: (claimant_side, claimant_kind)."""

from datetime import datetime

WIRE = (None, "outlet")  # the report's own voice (Example Wire, a source of no known side)
UA_OUT = ("ua", "outlet")
UA_MIL = ("ua", "military")
UA_OFF = ("ua", "official")
UA_MED = ("ua", "media")
RU_MIL = ("ru", "military")
RU_OFF = ("ru", "official")
RU_MED = ("ru", "media")
OTHER_MIL = ("other", "military")
OTHER_OFF = ("other", "official")

# The scorer's leniency: a plain "missile" matches any kind of missile (ANNOTATION.md).
MISSILES = {"missile", "cruise_missile", "ballistic_missile"}
# A report's publication time for tables that date their claims.
FRIDAY = datetime.fromisoformat("2024-11-22T07:30:00+00:00")

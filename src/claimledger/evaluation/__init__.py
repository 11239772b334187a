"""Evaluation: the annotated sets, their dev/blind splits, the gold loader and the scorer."""

from claimledger.evaluation.score import (
    Miss,
    Score,
    claims_match,
    describe,
    match_claims,
    score,
    weapons_match,
)

__all__ = ["Miss", "Score", "claims_match", "describe", "match_claims", "score", "weapons_match"]

"""Matching quality on generated media (a smaller run of bench/media_eval.py).

300 original scenes and 1,000 distinct distractor scenes are indexed; each original is edited
ten ways (JPEG 90/70/50/30, resized 50 % and 200 %, cropped 5 %, captioned, mirrored, grey)
and looked up. Each edit must find its original in at least 95 % of cases, and at most 0.1 % of
all queries (edited originals and 200 unindexed distinct scenes) may match a wrong picture.
"""

from __future__ import annotations

import pytest

from claimledger.media import synthetic
from claimledger.media.evaluation import Evaluation, evaluate_images, evaluate_videos

RECALL = 0.95
FALSE_MATCH_RATE = 0.001


@pytest.fixture(scope="module")
def images() -> Evaluation:
    return evaluate_images(originals=300, distractors=1000, probes=200)


@pytest.fixture(scope="module")
def videos() -> Evaluation:
    return evaluate_videos(originals=5, distractors=8, probes=4)


@pytest.mark.parametrize("edit", list(synthetic.IMAGE_EDITS))
def test_image_recall_per_edit(images: Evaluation, edit: str) -> None:
    score = images.scores[edit]
    assert score.queries == 300
    assert score.recall >= RECALL, images.table()


def test_image_false_match_rate(images: Evaluation) -> None:
    assert images.queries == 300 * len(synthetic.IMAGE_EDITS) + 200
    assert images.false_match_rate <= FALSE_MATCH_RATE, images.table()


@pytest.mark.parametrize("edit", list(synthetic.VIDEO_EDITS))
def test_video_recall_per_edit(videos: Evaluation, edit: str) -> None:
    assert videos.scores[edit].recall >= RECALL, videos.table()


def test_video_false_matches(videos: Evaluation) -> None:
    assert videos.false_queries == 0, videos.table()

"""Recall per edit and false-match rate of media matching on generated scenes and clips.

    .venv/bin/python bench/media_eval.py                 # 1,000 originals, 10,000 distractors
    .venv/bin/python bench/media_eval.py --originals 300 --distractors 1000 --videos 8
    .venv/bin/python bench/media_eval.py --calibrate     # the weighted-distance floor

See claimledger/media/evaluation.py for what is counted. Goals: recall >= 0.95 for every edit
at a false-match rate <= 0.1 % of queries.
"""

from __future__ import annotations

import argparse

from claimledger.media import synthetic
from claimledger.media.evaluation import evaluate_images, evaluate_videos, weighted_floor
from claimledger.media.matching import WEIGHTED_THRESHOLD


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--originals", type=int, default=1000)
    parser.add_argument("--distractors", type=int, default=10_000)
    parser.add_argument("--probes", type=int, default=1000, help="unindexed distinct scenes")
    parser.add_argument("--videos", type=int, default=30, help="original clips (0: none)")
    parser.add_argument("--video-distractors", type=int, default=60)
    parser.add_argument("--calibrate", action="store_true",
                        help="print the least weighted distance between unrelated pictures")
    args = parser.parse_args()
    if args.calibrate:
        least, pairs = weighted_floor(queries=2000, stored=args.distractors)
        print(f"least weighted distances between unrelated pictures over {pairs:,} pairs: "
              f"{least} (threshold in use: {WEIGHTED_THRESHOLD})")
        return
    edits = {**synthetic.IMAGE_EDITS, **synthetic.EXTRA_IMAGE_EDITS}
    images = evaluate_images(args.originals, args.distractors, args.probes, edits=edits)
    print(images.table())
    print(f"(edits after {list(synthetic.IMAGE_EDITS)[-1]} are beyond the goal; the rate above "
          "counts them too)")
    if args.videos:
        print()
        print(evaluate_videos(args.videos, args.video_distractors, args.videos).table())


if __name__ == "__main__":
    main()

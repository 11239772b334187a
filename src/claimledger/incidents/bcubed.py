"""B-cubed precision, recall and F1 of a clustering against a reference clustering.

For every item, precision is the share of its predicted cluster that shares its reference
cluster, recall the share of its reference cluster that shares its predicted cluster; the scores
are the means over items (Bagga and Baldwin, 1998). Used to measure incident clustering against a
gold grouping.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping


def bcubed(
    predicted: Mapping[str, Hashable], reference: Mapping[str, Hashable]
) -> tuple[float, float, float]:
    """(precision, recall, F1) over the items present in both mappings (item -> cluster label)."""
    items = [item for item in reference if item in predicted]
    if not items:
        return 0.0, 0.0, 0.0
    pairs = Counter((predicted[i], reference[i]) for i in items)
    pred_sizes = Counter(predicted[i] for i in items)
    ref_sizes = Counter(reference[i] for i in items)
    precision = sum(pairs[(predicted[i], reference[i])] / pred_sizes[predicted[i]] for i in items)
    recall = sum(pairs[(predicted[i], reference[i])] / ref_sizes[reference[i]] for i in items)
    p, r = precision / len(items), recall / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

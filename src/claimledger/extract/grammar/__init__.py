"""Stage 3 of extraction: the rules that put a sentence's mentions together into drafts."""

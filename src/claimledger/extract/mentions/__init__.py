"""Stage 2 of extraction: the mentions a sentence is read into (counts, weapons, actions,
places, actors, dates), each with token offsets into the document."""

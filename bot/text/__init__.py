"""Dutch text for people: the lowest layer, importing no other project module."""

"""Speech to text for auto captions: the models (fetched on first use) and the recogniser."""

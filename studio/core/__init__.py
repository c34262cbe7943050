"""The pure model: templates, fill, drafts, captions, platforms. No screen, camera or sound card."""

"""Getting a video ready to post: captions and hashtags, suggestions, platform preflight."""

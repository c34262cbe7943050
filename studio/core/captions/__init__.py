"""Auto captions as data: the words a creator said, timed in the source clip's own time.

The words with their times in the source clip are the truth (`transcript.py`); everything a
viewer sees is derived from them through the render plan (`timing.py`; the plan imports this
package, so `timing` is not re-exported here). A moved in-point, a new speed or a re-cut never
asks for a new transcription and never loses the creator's fixes.
"""

from studio.core.captions.cues import CaptionBox, CaptionCue, CueWord, PlannedCaptions
from studio.core.captions.looks import CAPTION_LOOKS, CaptionLook, caption_look
from studio.core.captions.transcript import CaptionLine, Transcript, Word, tidy_lines

__all__ = [
    "CAPTION_LOOKS",
    "CaptionBox",
    "CaptionCue",
    "CaptionLine",
    "CaptionLook",
    "CueWord",
    "PlannedCaptions",
    "Transcript",
    "Word",
    "caption_look",
    "tidy_lines",
]

"""Sound for the edit page's preview: the export's own audio mix, played by the soundtrack
player, whose clock then drives the picture (as when recording, the sound is the master).

The mix is rendered off the UI thread, and again only when something that is heard changes
(typing a blank does not). Without a sound device the preview simply plays silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject

from studio.core.render_plan import RenderPlan
from studio.core.scratch import process_scratch
from studio.ui.jobs import JobContext, JobRunner

if TYPE_CHECKING:
    from studio.capture.soundtrack_player import SoundtrackPlayer


def audio_key(plan: RenderPlan) -> tuple[object, ...]:
    """What the mix depends on: the track and its settings, and each slot's media timing."""
    slots = tuple((s.media, s.in_point, s.speed, s.visible, s.when_short) for s in plan.slots)
    return plan.audio, slots, plan.duration


class PreviewSound(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.player: SoundtrackPlayer | None = None
        self.available = True  # False once we know there is no usable sound device
        self._key: tuple[object, ...] | None = None
        self._samples: np.ndarray | None = None
        self.jobs = JobRunner(self)  # the newest edit's mix supersedes one still running
        self._wanted: float | None = None  # where to start once the mix is ready

    def play(self, plan: RenderPlan | None, at: float) -> None:
        """Start sound at `at` seconds (as soon as the mix for `plan` is ready)."""
        if plan is None or not self.available:
            return
        self._wanted = at
        key = audio_key(plan)
        if key == self._key and self._samples is not None:
            self._start()
        elif not self.jobs.busy("mix") or key != self._key:
            self._key, self._samples = key, None
            self._render(plan)

    def prepare(self, plan: RenderPlan | None) -> None:
        """Mix `plan`'s sound now, so that Play can start at once, wherever it starts."""
        if plan is None or not self.available:
            return
        key = audio_key(plan)
        if key != self._key:
            self._key, self._samples = key, None
            self._render(plan)

    def stop(self) -> None:
        self._wanted = None
        if self.player is not None:
            self.player.pause()

    def position(self) -> float | None:
        """Seconds into the video being heard now, or None when no sound is playing."""
        if self.player is None or self._wanted is None:
            return None
        player = self.player
        return player.position_at(player.now())

    def _render(self, plan: RenderPlan) -> None:
        from studio.media.audio_mix import render_audio
        from studio.media.pcm import decode_pcm

        key = self._key

        def work(context: JobContext) -> tuple[object, np.ndarray]:
            # in the studio's scratch folder, which the next start clears if this one is killed
            wav = process_scratch().file(".wav")
            try:
                render_audio(plan, wav, context.cancel)
                return key, decode_pcm(wav)
            finally:
                wav.unlink(missing_ok=True)

        # a failed mix is not said: the picture still plays
        self.jobs.submit("mix", work, lane="background", done=self._rendered)

    def _rendered(self, result: tuple[object, np.ndarray]) -> None:
        key, samples = result
        if key != self._key:
            return  # an older edit's mix
        self._samples = samples
        if self._wanted is not None:
            self._start()

    def _start(self) -> None:
        from studio.capture.soundtrack_player import SoundtrackPlayer

        assert self._samples is not None and self._wanted is not None
        if self.player is None:
            try:
                self.player = SoundtrackPlayer(self._samples)
            except Exception:  # no PortAudio or no device: a silent preview
                self.available = False
                return
        self.player.track = self._samples
        self.player.play(self._wanted)

    def close(self) -> None:
        self.stop()
        self.jobs.close()
        if self.player is not None:
            self.player.close()
            self.player = None

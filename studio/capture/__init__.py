"""Camera, soundtrack clock, microphone and recording sessions. No Qt."""

"""Media input and output: probe, decode, filters, text, compositor, audio, encoder, render."""

"""Media input and output: probe, decode, filters, text, compositor, audio, encoder, render."""

from studio.media.allocator import keep_freed_buffers

keep_freed_buffers()  # every media user (export, preview, benchmarks) reuses frame buffers

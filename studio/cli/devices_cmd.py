"""`studio devices`: cameras and sound devices, with what is missing explained.

The one CLI command that reads the capture layer: device enumeration lives there with the code
that opens the devices, and this command only lists (it opens nothing).
"""

from __future__ import annotations

import argparse


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("devices", help="list cameras, microphones and speakers")
    parser.set_defaults(handler=run_devices)


def run_devices(args: argparse.Namespace) -> int:
    from studio.capture.devices import list_cameras, list_sound_devices, portaudio_problem

    cameras = list_cameras()
    print("Cameras:")
    for camera in cameras:
        print(f"  [{camera.index}] {camera.name}")
    if not cameras:
        print("  none found (you can still import clips)")
    print("Sound devices:")
    problem = portaudio_problem()
    if problem:
        print(f"  unavailable: {problem}")
        return 0
    devices = list_sound_devices()
    if not devices:
        print("  none found: no speaker or microphone (recording runs without music)")
    for device in devices:
        kinds = []
        if device.inputs:
            kinds.append(f"{device.inputs} in")
        if device.outputs:
            kinds.append(f"{device.outputs} out")
        print(
            f"  [{device.index}] {device.name} ({', '.join(kinds)}, {device.default_rate:.0f} Hz)"
        )
    return 0

"""Packages as a designer and a creator use them from a shell: pack, install, render, update, remove."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from studio.cli import main
from studio.core.resources import bundled_templates_dir, resource_path
from studio.media.probe import probe
from tests.media_factory import small_template, solid_clip


def run(capsys: Any, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def make_template(folder: Path, name: str = "Tiny") -> Path:
    return small_template(
        folder,
        {
            "name": name,
            "tags": ["tiny"],
            "slots": [{"id": "clip", "label": "Clip", "duration": 1}],
            "blanks": [{"id": "word", "prompt": "A word", "example": "hi"}],
            "texts": [{"id": "t", "text": "{blank:word}", "style": {"size": 40}}],
        },
    )


def test_pack_install_render_update_remove(capsys: Any, tmp_path: Path,
                                           private_data_folder: Path) -> None:  # fmt: skip
    source = make_template(tmp_path / "tiny")
    v1, v2 = tmp_path / "tiny-1.crossumer", tmp_path / "tiny-2.crossumer"
    code, out, err = run(capsys, "template", "pack", str(source), "-o", str(v1), "--author", "Ana",
                         "--licence", "CC0-1.0")  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith(f"{v1}: Tiny 1.0.0 by Ana (CC0-1.0), sha256 ")

    code, out, err = run(capsys, "template", "install", str(v1))
    installed = private_data_folder / "templates" / "tiny"
    assert (code, err, out) == (0, "", f"Tiny 1.0.0 by Ana (CC0-1.0): installed in {installed}\n")

    video = tmp_path / "tiny.mp4"
    code, out, err = run(capsys, "render", "tiny", "-o", str(video), "--quiet", "--preset",
                         "ultrafast", "--media",
                         f"clip={resource_path('samples', 'portrait-photo.jpg')}",
                         "--text", "word=hello")  # fmt: skip
    assert code == 0, err
    facts = probe(video)
    assert (facts.width, facts.height) == (270, 480)
    assert facts.duration == pytest.approx(1.0, abs=1 / 30)

    code, out, _ = run(capsys, "template", "list")
    assert "tiny             installed 1.0.0  Tiny" in out
    assert "pov              bundled 1.0.0    POV" in out

    make_template(source, name="Tiny, second edition")
    run(capsys, "template", "pack", str(source), "-o", str(v2), "--template-version", "2.0")
    code, out, err = run(capsys, "template", "install", str(v2))  # no terminal to ask on
    assert (code, out) == (1, "")
    assert err == f"studio: {v2}: version 1.0.0 is installed; add --yes to replace it with 2.0\n"
    code, out, err = run(capsys, "template", "install", str(v2), "--yes")
    assert (code, err) == (0, "")
    assert out == f"Tiny, second edition 2.0: updated in {installed}\n"
    assert '"Tiny, second edition"' in (installed / "template.json").read_text()
    assert sorted(p.name for p in installed.parent.iterdir()) == ["tiny"]

    code, out, err = run(capsys, "template", "install", str(v1))
    assert (code, err) == (0, "")
    assert out == f"{v1}: a newer version (2.0) is already installed; nothing changed\n"

    code, out, err = run(capsys, "template", "remove", "tiny")
    assert (code, out, err) == (0, f"removed {installed}\n", "")
    assert list(installed.parent.iterdir()) == []
    code, out, err = run(capsys, "template", "remove", "tiny")
    assert (code, err) == (1, f"studio: {installed}: no installed template has this id\n")
    code, out, err = run(capsys, "template", "remove", "pov")
    assert err == "studio: 'pov' is bundled with the studio and cannot be removed\n"


def test_pack_refuses_a_template_that_does_not_lint(capsys: Any, tmp_path: Path) -> None:
    source = make_template(tmp_path / "tiny")
    (source / "preview.png").unlink()
    code, _out, err = run(
        capsys, "template", "pack", str(source), "-o", str(tmp_path / "t.crossumer")
    )
    assert code == 1
    folder = source.resolve()
    assert err == (
        f"studio: {folder / 'template.json'}: preview: 'preview.png' does not exist (make one: "
        f"studio template frame '{folder}' --at 1 -o '{folder / 'preview.png'}')\n"
    )
    assert not (tmp_path / "t.crossumer").exists()


def test_a_new_template_without_a_preview_picture_can_make_it_with_frame(
    capsys: Any, tmp_path: Path
) -> None:
    """`frame` was refused for the missing preview.png it is the way to make; render too."""
    from PIL import Image

    source = make_template(tmp_path / "tiny")
    (source / "preview.png").unlink()
    code, _, err = run(capsys, "template", "frame", str(source), "--at", "1",
                       "-o", str(source / "preview.png"))  # fmt: skip
    assert (code, err) == (0, "")
    with Image.open(source / "preview.png") as image:
        assert image.size == (270, 480)
    code, _out, err = run(capsys, "template", "lint", str(source))
    assert code == 0, err


def test_frame_and_sheet(capsys: Any, tmp_path: Path) -> None:
    import json

    from PIL import Image

    source = make_template(tmp_path / "tiny")
    solid_clip(source / "red.mp4", "red", seconds=1, size="90x160")
    data = json.loads((source / "template.json").read_text())
    data["slots"][0]["example"] = "red.mp4"  # the designer's own example fills the slot
    (source / "template.json").write_text(json.dumps(data))
    frame, sheet = tmp_path / "frame.png", tmp_path / "sheet.png"
    code, _, err = run(capsys, "template", "frame", str(source), "--at", "0.5", "-o", str(frame))
    assert (code, err) == (0, "")
    with Image.open(frame) as image:
        assert image.size == (270, 480)
        red, green, blue = image.convert("RGB").getpixel((20, 20))  # away from the text
        assert red > 200 and green < 60 and blue < 60
    code, _, err = run(capsys, "template", "frame", str(source), "--sheet", "-o", str(sheet))
    assert (code, err) == (0, "")
    with Image.open(sheet) as image:
        assert image.size[0] > 216
    code, _, err = run(
        capsys, "template", "frame", str(source), "--sheet", "beats", "-o", str(sheet)
    )
    assert code == 1
    assert err.endswith("no beats to make a sheet from (try --sheet slots)\n")


def test_preview_of_a_folder_without_a_template_is_one_line(capsys: Any, tmp_path: Path) -> None:
    code, out, err = run(capsys, "template", "preview", str(tmp_path))
    assert (code, out) == (1, "")
    assert err == f"studio: {tmp_path}: no template.json in this folder\n"


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--at", "-1"], "studio: --at -1 is outside the video (0 to 8 s)\n"),
        (["--at", "1e9"], "studio: --at 1e+09 is outside the video (0 to 8 s)\n"),
        (["--at", "1", "-o", "frame.jpg"], "the frame is written as PNG; name it .png\n"),
    ],
)
def test_frame_refuses_a_time_outside_the_video_or_a_name_that_is_not_png(
    capsys: Any, tmp_path: Path, extra: list[str], said: str
) -> None:
    """Each was taken without a word (a frame past the end; PNG data named .jpg)."""
    output = ["-o", str(tmp_path / "frame.png")] if "-o" not in extra else []
    extra = [str(tmp_path / e) if e.endswith(".jpg") else e for e in extra]
    pov = str(bundled_templates_dir() / "pov")
    code, _, err = run(capsys, "template", "frame", pov, *extra, *output)
    assert code == 1 and err.endswith(said)
    assert list(tmp_path.iterdir()) == []


def test_frame_prints_every_problem_in_order_each_with_its_prefix(
    capsys: Any, tmp_path: Path
) -> None:
    folder = small_template(tmp_path / "t", {
        "canvas": {"width": 1, "height": 1, "fps": 30},
        "slots": [{"id": "a", "label": "A", "duration": 1}],
    })  # fmt: skip
    code, _, err = run(capsys, "template", "frame", str(folder), "-o", str(tmp_path / "f.png"))
    assert code == 1
    assert err.splitlines() == [
        f"studio: {folder / 'template.json'}: canvas.width: must be at least 144",
        f"studio: {folder / 'template.json'}: canvas.height: must be at least 144",
    ]

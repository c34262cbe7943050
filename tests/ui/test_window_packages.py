"""The studio window: a package dropped on it installs; a draft whose template is gone says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from studio.core.draft import Draft, DraftSlot, save_draft
from studio.core.resources import bundled_templates_dir, resource_path
from studio.core.template.package import pack_template
from studio.media.template_lint import lint_with_media
from studio.ui.main_window import MainWindow
from studio.ui.missing_template import MissingTemplateDialog
from tests.media_factory import small_template


def test_dropping_a_package_installs_it(
    qtbot: Any, tmp_path: Path, private_data_folder: Path
) -> None:
    source = small_template(tmp_path / "tiny", {
        "name": "Tiny", "slots": [{"id": "clip", "label": "Clip", "duration": 1}],
    })  # fmt: skip
    package = tmp_path / "tiny.crossumer"
    pack_template(source, package, lint=lint_with_media)
    window = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.edit)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(package))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(QPoint(50, 50), actions, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), actions, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, drop)
    assert window.tabs.currentWidget() is window.home
    assert window.home.status.text() == "Installed Tiny 1.0.0."
    assert (private_data_folder / "templates" / "tiny" / "template.json").is_file()
    assert "Tiny" in window.home.visible_names()
    window.close()


def test_a_draft_whose_template_moved_opens_with_it_by_id(qtbot: Any, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "drafts", tmp_path / "videos")
    qtbot.addWidget(window)
    draft = Draft(template=str(tmp_path / "old-install" / "pov"), blanks={"day": "Friday"})
    window.open_draft(tmp_path / "drafts" / "d.json", draft)
    assert window.tabs.currentWidget() is window.edit
    assert window.edit.loaded is not None
    assert window.edit.loaded.folder == bundled_templates_dir() / "pov"
    window.close()


def test_a_draft_whose_template_is_gone_offers_another(qtbot: Any, tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    clip = str(resource_path("samples", "portrait-photo.jpg"))
    draft = Draft(template=str(tmp_path / "removed-template"), slots={"shot": DraftSlot(media=clip)},
                  blanks={"activity": "dance"})  # fmt: skip
    save_draft(draft, drafts / "d.json")
    window = MainWindow(drafts, tmp_path / "videos")
    qtbot.addWidget(window)
    window.show()
    item = window.home.drafts.list.item(0)
    assert item.text().endswith("template not found")
    seen: list[str] = []

    def answer(choice: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MissingTemplateDialog)
        seen.append(dialog.text())
        (dialog.pick_button if choice == "pick" else dialog.keep_button).click()

    QTimer.singleShot(200, lambda: answer("keep"))
    window.open_draft(drafts / "d.json", draft)
    assert seen == ["The template 'removed-template' of this draft is no longer installed."]
    assert window.tabs.currentWidget() is window.home
    assert (drafts / "d.json").is_file()  # kept as it was

    QTimer.singleShot(200, lambda: answer("pick"))
    window.open_draft(drafts / "d.json", draft)
    assert window.home.status.text() == "Pick a template for your draft."
    window.home.card("pov").chosen.emit(window.home.card("pov").entry)
    assert window.tabs.currentWidget() is window.edit
    assert window.edit.draft is not None
    assert window.edit.draft.slots["scene"].media == clip  # the clip moved to the new slot
    assert window.edit.draft.blanks == {"activity": "dance"}
    assert window.edit.draft_path == drafts / "d.json"
    window.close()

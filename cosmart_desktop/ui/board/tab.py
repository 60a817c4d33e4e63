"""The board tab of the session page (a ``SessionTab``): tool bar with search
and zoom, the board view with its overview map, the capture bar, and the
board's actions for the menus. It shows the phase chosen in the phase list
and remembers zoom and position per phase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.board_layout import PALETTE
from ...services.board_import import ImportResult, import_cards
from ...services.board_state import ViewState
from ..i18n import error_text, tr
from ..tasks import BackgroundOperation, Progress
from ..workshop_model import WorkshopModel
from .actions import build_actions
from .capture import CaptureBar
from .editor import BoardEditor, cards_text
from .items import CardItem, ClusterItem, PhotoItem
from .model import BoardModel
from .overview import Overview
from .scene import BoardScene
from .view import BoardView

SAVE_VIEW_MS = 400
UNSAVED_VIEW = ViewState(1.0, 0.0, 0.0)


class BoardTab(QWidget):
    def __init__(
        self,
        model: BoardModel,
        workshops: WorkshopModel,
        stack: Callable[[], QUndoStack | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.workshops = workshops
        self.session_id: str | None = None
        self.phase_id: str | None = None
        self.scenes: dict[str, BoardScene] = {}
        self.editor = BoardEditor(model, stack)
        self.view = BoardView(self, self.editor)
        self.overview = Overview(self.view)
        self.capture = CaptureBar(self)
        self.acts = build_actions(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Karten durchsuchen (Strg+F)"))
        self.search.setAccessibleName(tr("Karten durchsuchen"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.search.setMaximumWidth(260)
        self.hits = QLabel(self)
        self.zoom_label = QLabel("100 %", self)
        self.zoom_label.setAccessibleName(tr("Zoomstufe"))
        self.summary = QLabel(self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.toolbar = self._toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.capture)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_VIEW_MS)
        self._save_timer.timeout.connect(self._store_view)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._run_search)
        self._error_timer = QTimer(self)
        self._error_timer.setSingleShot(True)
        self._error_timer.setInterval(10_000)
        self._error_timer.timeout.connect(lambda: self.show_error(""))
        self._hit_index = -1
        self._query = ""
        self._connect()
        self.setEnabled(False)

    @staticmethod
    def title() -> str:
        """The tab's title in the session page."""
        return tr("Pin&wand")

    # construction --------------------------------------------------------------
    def _toolbar(self) -> QToolBar:
        a = self.acts
        bar = QToolBar(self)
        bar.setAccessibleName(tr("Werkzeuge der Pinnwand"))
        bar.addWidget(self.search)
        bar.addWidget(self.hits)
        bar.addSeparator()
        for action in (a.group, a.ungroup, a.merge, a.split, a.collapse):
            bar.addAction(action)
        color = QToolButton(self)
        color.setText(tr("Farbe"))
        color.setAccessibleName(tr("Farbe wählen"))
        color.setMenu(a.color_menu)
        color.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bar.addWidget(color)
        for action in (a.arrange, a.carry, a.photo):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(a.zoom_out)
        bar.addWidget(self.zoom_label)
        bar.addAction(a.zoom_in)
        bar.addAction(a.fit)
        bar.addAction(a.overview)
        a.zoom_in.setText("+")
        a.zoom_out.setText("−")
        return bar

    def _connect(self) -> None:
        a = self.acts
        a.capture.triggered.connect(lambda: self.capture.line.setFocus())
        a.search.triggered.connect(self._focus_search)
        a.select_all.triggered.connect(self.select_all)
        a.edit.triggered.connect(self.edit_focused)
        a.delete.triggered.connect(self.delete_selection)
        a.new_cluster.triggered.connect(self.new_cluster)
        a.group.triggered.connect(self.group_selection)
        a.ungroup.triggered.connect(self.ungroup_selection)
        a.merge.triggered.connect(self.merge_selection)
        a.split.triggered.connect(self.split_focused)
        a.collapse.triggered.connect(self.toggle_collapse)
        a.arrange.triggered.connect(self.arrange)
        a.carry.triggered.connect(self.carry_forward)
        a.photo.triggered.connect(self.attach_photo)
        a.import_cards.triggered.connect(self.import_file)
        a.zoom_in.triggered.connect(lambda: self.view.zoom_by(1.25))
        a.zoom_out.triggered.connect(lambda: self.view.zoom_by(0.8))
        a.fit.triggered.connect(self.view.fit_all)
        a.overview.toggled.connect(self.overview.set_wanted)
        for action in a.colors:
            action.triggered.connect(lambda _c=False, act=action: self.color_selection(act))
        self.capture.submitted.connect(self.add_cards)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.next_hit)
        self.editor.failed.connect(self.show_error)
        self.view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{round(z * 100)} %"))
        self.view.viewMoved.connect(self._view_moved)
        self.view.photoRequested.connect(self.show_photo)
        self.model.edited.connect(self._edited)

    def add_edit_actions(self, edit_menu: QMenu) -> None:
        """Put the board's actions into the main window's Edit menu."""
        edit_menu.addSeparator()
        board = edit_menu.addMenu(tr("&Pinnwand"))
        for action in self.acts.edit_menu_actions():
            board.addAction(action)
        board.addMenu(self.acts.color_menu)

    def add_file_actions(self, file_menu: QMenu) -> None:
        """Card import and photos in the File menu."""
        file_menu.addSeparator()
        file_menu.addAction(self.acts.import_cards)
        file_menu.addAction(self.acts.photo)

    # SessionTab ----------------------------------------------------------------------
    def set_session(self, session_id: str | None) -> None:
        self.save_view()
        self.session_id = session_id
        self.set_phase(None)
        for scene in self.scenes.values():
            scene.deleteLater()
        self.scenes.clear()
        self.model.forget()

    def set_phase(self, phase_id: str | None) -> None:
        if phase_id == self.phase_id and (phase_id is None or phase_id in self.scenes):
            return
        self.save_view()
        self.phase_id = phase_id
        self.setEnabled(phase_id is not None)
        if phase_id is None:
            self.view.set_board_scene(None)
            self.overview.set_scene(None)
            return
        scene = self.scenes.get(phase_id)
        if scene is None:
            scene = BoardScene(self.model, phase_id, parent=self)
            scene.selectionChanged.connect(self._selection_changed)
            self.scenes[phase_id] = scene
        self.view.set_board_scene(scene)
        self.overview.set_scene(scene)
        state = self.model.view(phase_id)
        self.view.show_state(None if state == UNSAVED_VIEW else state)
        self._save_timer.stop()
        self._run_search()
        self._edited(phase_id, "")
        self._selection_changed()

    @property
    def scene(self) -> BoardScene | None:
        return self.view.board_scene

    # view state -------------------------------------------------------------------------
    def _view_moved(self) -> None:
        if self.phase_id is not None:
            self._save_timer.start()

    def save_view(self) -> None:
        """Store zoom and centre now if a change is waiting to be stored."""
        if self._save_timer.isActive():
            self._store_view()

    def _store_view(self) -> None:
        self._save_timer.stop()
        if self.phase_id is None or self.scene is None:
            return
        center = self.view.center()
        self.model.set_view(self.phase_id, self.view.zoom(), center.x(), center.y())

    # feedback ------------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        """Show a refusal under the board (it fades after ten seconds)."""
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if message:
            self._error_timer.start()

    def _edited(self, phase_id: str, _what: str) -> None:
        if phase_id != self.phase_id:
            return
        board = self.model.board(phase_id)
        visible = sum(1 for c in board.cards.values() if c.merged_into_id is None)
        self.summary.setText(
            tr("{0} · {1} Cluster · {2} zusammengeführt").format(
                cards_text(visible), len(board.clusters), len(board.cards) - visible
            )
        )

    def _selection_changed(self) -> None:
        scene = self.scene
        chosen = scene.selectedItems() if scene is not None else []
        for action in self.acts.selection_actions():
            action.setEnabled(bool(chosen))

    # selection helpers -----------------------------------------------------------------------
    def selected(self) -> list[str]:
        scene = self.scene
        return scene.selected_ids() if scene is not None else []

    def _targets(self) -> list[str]:
        """The selection, or the focused item when nothing is selected."""
        ids = self.selected()
        if not ids:
            focused = self.view._focused()
            ids = [focused.id] if focused is not None else []
        return ids

    def _need(self, ids: list[str], message: str) -> bool:
        if not ids:
            self.show_error(message)
        return bool(ids)

    # commands -----------------------------------------------------------------------------------
    def add_cards(self, texts: list[str], origin: str) -> None:
        if self.phase_id is None:
            return
        scene = self.scene
        clusters = [
            i for i in (scene.selectedItems() if scene else []) if isinstance(i, ClusterItem)
        ]
        cluster_id = clusters[0].id if len(clusters) == 1 else None
        at = None if cluster_id else self.view.visible_top_left()
        change = self.editor.add_cards(self.phase_id, texts, origin, at=at, cluster_id=cluster_id)
        if change is None:
            return
        self.show_error("")
        self.capture.accepted(pasted=len(texts) > 1)
        if scene is not None and change.created:
            item = scene.item_for(change.created[-1])
            if item is not None:
                self.view.ensureVisible(item.sceneBoundingRect(), 30, 30)

    def select_all(self) -> None:
        scene = self.scene
        if scene is None:
            return
        for item in scene.ordered_items():
            item.setSelected(True)

    def edit_focused(self) -> None:
        focused = self.view._focused()
        if focused is None:
            ids = self.selected()
            focused = self.scene.item_for(ids[0]) if ids and self.scene else None
        if focused is not None:
            self.view.edit_item(focused)

    def delete_selection(self) -> None:
        ids = self._targets()
        if self._need(ids, tr("Bitte zuerst Karten oder Cluster auswählen.")):
            self.editor.delete(ids)

    def new_cluster(self) -> None:
        if self.phase_id is None:
            return
        change = self.editor.add_cluster(self.phase_id, self.view.visible_top_left())
        self._name_new_cluster(change.created if change else [])

    def group_selection(self) -> None:
        ids = [i for i in self._targets() if self.scene and i not in self.scene.photos]
        if self._need(ids, tr("Bitte zuerst Karten zum Gruppieren auswählen.")):
            change = self.editor.group(ids)
            self._name_new_cluster(change.created if change else [])

    def _name_new_cluster(self, created: list[str]) -> None:
        scene = self.scene
        for row_id in created:
            item = scene.clusters.get(row_id) if scene else None
            if item is not None:
                scene.clearSelection()  # type: ignore[union-attr]
                item.setSelected(True)
                self.view.edit_item(item)
                return

    def ungroup_selection(self) -> None:
        scene = self.scene
        ids = [i for i in self._targets() if scene and i in scene.clusters]
        if not ids and scene is not None:  # a card's cluster
            cards = [scene.cards[i] for i in self._targets() if i in scene.cards]
            ids = list(dict.fromkeys(c.info.cluster_id for c in cards if c.info.cluster_id))
        if self._need(ids, tr("Bitte einen Cluster auswählen.")):
            self.editor.ungroup(ids)

    def merge_selection(self) -> None:
        scene = self.scene
        ids = [i for i in self.selected() if scene and i in scene.cards]
        focused = self.view._focused()
        if isinstance(focused, CardItem) and focused.id in ids:
            ids.remove(focused.id)
            ids.insert(0, focused.id)  # the focused card stays on top
        if len(ids) < 2:
            self.show_error(tr("Bitte mindestens zwei Karten zum Zusammenführen auswählen."))
            return
        self.editor.merge(ids)

    def split_focused(self) -> None:
        scene = self.scene
        ids = [i for i in self._targets() if scene and i in scene.cards and scene.cards[i].stacked]
        if self._need(ids, tr("Bitte eine zusammengeführte Karte auswählen.")):
            self.editor.split(ids[0])

    def toggle_collapse(self) -> None:
        scene = self.scene
        if scene is None:
            return
        ids = [i for i in self._targets() if i in scene.clusters]
        ids += [
            scene.cards[i].info.cluster_id or ""
            for i in self._targets()
            if i in scene.cards and scene.cards[i].info.cluster_id
        ]
        ids = list(dict.fromkeys(ids))
        if self._need(ids, tr("Bitte einen Cluster auswählen.")):
            collapsed = not scene.clusters[ids[0]].info.collapsed
            self.editor.set_collapsed(ids, collapsed)
            item = scene.clusters.get(ids[0])
            if item is not None:
                self.view.focus_item(item)

    def color_selection(self, action: QAction) -> None:
        ids = [i for i in self._targets() if self.scene and i not in self.scene.photos]
        if self._need(ids, tr("Bitte zuerst Karten oder Cluster auswählen.")):
            value = str(action.data() or "")
            self.editor.color(ids, value, tr(PALETTE.get(value, value)))

    def arrange(self) -> None:
        if self.phase_id is not None:
            self.editor.arrange(self.phase_id)
            self.view.fit_all()

    def carry_forward(self) -> None:
        if self.session_id is None or self.phase_id is None:
            return
        ids = [i for i in self.selected() if self.scene and i not in self.scene.photos]
        if not self._need(ids, tr("Bitte Karten oder Cluster zum Übernehmen auswählen.")):
            return
        phases = self.workshops.phases(self.session_id)
        index = next((n for n, p in enumerate(phases) if p.id == self.phase_id), -1)
        if index < 0 or index + 1 >= len(phases):
            self.show_error(tr("Nach dieser Phase kommt keine weitere."))
            return
        target = phases[index + 1]
        new = self.editor.carry_forward(ids, target.id, target.title)
        if new:
            self.show_error("")
            self.summary.setText(tr("{0} in „{1}“ übernommen.").format(len(new), target.title))

    # files ---------------------------------------------------------------------------
    def import_file(self) -> None:
        if self.session_id is None:
            self.show_error(tr("Bitte zuerst eine Sitzung öffnen."))
            return
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Karten importieren"), "", tr("Karten (*.csv *.txt *.tsv);;Alle Dateien (*)")
        )
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path, *, background: bool = True) -> None:
        """Import a card file into the session (the shown phase unless the file
        names phases); slow files run in the background with progress."""
        session_id, phase_id, ws = self.session_id, self.phase_id, self.model.service.ws
        if session_id is None:
            return

        def work(report: Progress) -> ImportResult:
            report(0, 1, tr("Importiere {0} …").format(path.name))
            return import_cards(ws, session_id, path, phase=phase_id)

        def done(result: object) -> None:
            assert isinstance(result, ImportResult)
            self.editor.run(
                tr("Karten aus „{0}“ importieren").format(path.name),
                lambda: self.model.done(result.change),
            )
            self.show_error("")
            self.summary.setText(
                tr("{0} und {1} Cluster importiert.").format(
                    cards_text(result.cards), result.clusters
                )
            )

        if not background:
            try:
                done(work(lambda *_a: None))
            except Exception as exc:  # shown to the person; nothing was stored
                self.show_error(error_text(exc))
            return
        BackgroundOperation(self, tr("Import"), work, done, self.show_error).start()

    def attach_photo(self) -> None:
        if self.phase_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Foto anhängen"), "", tr("Bilder (*.jpg *.jpeg *.png *.webp *.heic *.bmp)")
        )
        if path:
            self.attach_photo_path(Path(path))

    def attach_photo_path(self, path: Path) -> None:
        """Attach to the one selected cluster, otherwise to the phase."""
        if self.phase_id is None:
            return
        scene = self.scene
        clusters = [i for i in self.selected() if scene and i in scene.clusters]
        cluster_id = clusters[0] if len(clusters) == 1 else None
        self.editor.add_photo(self.phase_id, path, cluster_id)

    def show_photo(self, attachment_id: str) -> None:
        scene = self.scene
        item = scene.photos.get(attachment_id) if scene else None
        if not isinstance(item, PhotoItem):
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(item.info.caption or item.info.filename)
        pixmap = QPixmap()
        pixmap.loadFromData(self.model.photo_bytes(attachment_id))
        label = QLabel(dialog)
        label.setPixmap(pixmap)
        label.setAccessibleName(item.describe())
        area = QScrollArea(dialog)
        area.setWidget(label)
        layout = QVBoxLayout(dialog)
        layout.addWidget(area)
        dialog.resize(min(1200, pixmap.width() + 40), min(860, pixmap.height() + 40))
        dialog.exec()

    # search ---------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _run_search(self) -> None:
        scene = self.scene
        if scene is None or self.phase_id is None:
            return
        query = self.search.text().strip()
        if query != self._query:
            self._query, self._hit_index = query, -1
        if not query:
            scene.set_filter(None)
            self.hits.setText("")
            return
        ids = self.model.search(self.phase_id, query)
        scene.set_filter(ids)
        self.hits.setText(tr("{0} Treffer").format(len(ids)))

    def next_hit(self) -> None:
        """Enter in the search field: show the next matching card."""
        self._search_timer.stop()
        self._run_search()
        scene = self.scene
        if scene is None or self.phase_id is None:
            return
        ids = [i for i in self.model.search(self.phase_id, self.search.text()) if i in scene.cards]
        order = [i.id for i in scene.ordered_items() if i.id in set(ids)]
        if not order:
            return
        self._hit_index = (self._hit_index + 1) % len(order)
        item = scene.cards[order[self._hit_index]]
        parent = item.parentItem()
        if isinstance(parent, ClusterItem) and parent.info.collapsed:
            self.view.centerOn(parent)
        else:
            self.view.centerOn(item)
            self.view.focus_item(item)
        self.view.note_move()

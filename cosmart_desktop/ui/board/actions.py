"""The board's actions, declared once: text, shortcut and accessible name.
They live on the board tab (shortcuts work while the board has the focus)
and also appear in the Edit and File menus and in the board's tool bar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ...domain.board_layout import PALETTE
from ..i18n import tr


@dataclass
class BoardActions:
    capture: QAction
    search: QAction
    select_all: QAction
    edit: QAction
    delete: QAction
    new_cluster: QAction
    group: QAction
    ungroup: QAction
    merge: QAction
    split: QAction
    collapse: QAction
    arrange: QAction
    carry: QAction
    photo: QAction
    import_cards: QAction
    zoom_in: QAction
    zoom_out: QAction
    fit: QAction
    overview: QAction
    colors: list[QAction]
    color_menu: QMenu

    def selection_actions(self) -> list[QAction]:
        return [self.edit, self.delete, self.group, self.merge, self.carry, *self.colors]

    def edit_menu_actions(self) -> list[QAction]:
        return [
            self.capture,
            self.search,
            self.select_all,
            self.edit,
            self.delete,
            self.new_cluster,
            self.group,
            self.ungroup,
            self.merge,
            self.split,
            self.collapse,
            self.arrange,
            self.carry,
        ]


def _act(owner: QWidget, text: str, shortcut: str | QKeySequence.StandardKey | None) -> QAction:
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    plain = text.replace("&", "").rstrip(" …")
    action.setToolTip(
        f"{plain} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        if shortcut is not None
        else plain
    )
    owner.addAction(action)
    return action


def _short(action: QAction, text: str) -> QAction:
    """The tool bar shows this shorter text."""
    action.setIconText(text)
    return action


def build_actions(owner: QWidget) -> BoardActions:
    colors = []
    menu = QMenu(tr("&Farbe"), owner)
    for n, (value, name) in enumerate(PALETTE.items(), start=1):
        action = _act(owner, tr(name), f"Alt+{n}")
        action.setData(value)
        menu.addAction(action)
        colors.append(action)
    overview = _act(owner, tr("Ü&bersichtskarte"), "Ctrl+Alt+O")
    overview.setCheckable(True)
    overview.setChecked(True)
    return BoardActions(
        capture=_act(owner, tr("Karte &erfassen"), "Ctrl+L"),
        search=_act(owner, tr("Karten &suchen"), QKeySequence.StandardKey.Find),
        select_all=_act(owner, tr("&Alles auswählen"), QKeySequence.StandardKey.SelectAll),
        edit=_act(owner, tr("Text &bearbeiten"), "F2"),
        delete=_act(owner, tr("&Löschen"), QKeySequence.StandardKey.Delete),
        new_cluster=_act(owner, tr("Leeren &Cluster anlegen"), "Ctrl+Alt+K"),
        group=_act(owner, tr("&Gruppieren"), "Ctrl+G"),
        ungroup=_short(_act(owner, tr("Gruppe a&uflösen"), "Ctrl+Shift+G"), tr("Auflösen")),
        merge=_short(_act(owner, tr("Duplikate &zusammenführen"), "Ctrl+M"), tr("Zusammenführen")),
        split=_short(_act(owner, tr("Zusammengeführte &trennen"), "Ctrl+Shift+M"), tr("Trennen")),
        collapse=_short(
            _act(owner, tr("Cluster ein-/aus&klappen"), "Ctrl+Shift+E"), tr("Ein-/Ausklappen")
        ),
        arrange=_short(_act(owner, tr("Automatisch a&nordnen"), "Ctrl+Shift+A"), tr("Anordnen")),
        carry=_short(
            _act(owner, tr("In nächste &Phase übernehmen"), "Ctrl+Alt+N"), tr("Weitergeben")
        ),
        photo=_short(_act(owner, tr("&Foto anhängen …"), "Ctrl+Alt+F"), tr("Foto")),
        import_cards=_act(owner, tr("Karten &importieren …"), "Ctrl+Alt+I"),
        zoom_in=_act(owner, tr("Vergrößern"), QKeySequence.StandardKey.ZoomIn),
        zoom_out=_act(owner, tr("Verkleinern"), QKeySequence.StandardKey.ZoomOut),
        fit=_short(_act(owner, tr("Alles zeigen"), "Ctrl+0"), tr("Alles")),
        overview=overview,
        colors=colors,
        color_menu=menu,
    )

"""Rating a Steckbrief against the active Kriterienkatalog as the rater of this
laptop: criteria grouped by Smart City Charta Leitlinie, K.O. criteria as
erfüllt / K.O., the others 0–5; beside each, what the other raters gave; on top
the weighted mean, the spread and who has not rated (yet). Every change is an
undoable step."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import CriterionKind
from ...domain.errors import CosmartError
from ...domain.scoring import ScoreResult, score_text
from ...services.catalogue import CriterionInfo
from ...services.steckbrief import RatingInfo
from ..commands import push_done
from ..i18n import error_text, tr
from ..widgets.autosave import AutosaveLineEdit
from .model import SteckbriefModel
from .widgets import KoSelector, ScoreSelector


class _Row:
    def __init__(
        self,
        criterion: CriterionInfo,
        selector: ScoreSelector | KoSelector,
        others: QLabel,
        comment: AutosaveLineEdit,
    ) -> None:
        self.criterion = criterion
        self.selector = selector
        self.others = others
        self.comment = comment


class RatingView(QWidget):
    def __init__(
        self,
        model: SteckbriefModel,
        stack: Callable[[], QUndoStack | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._stack = stack
        self.steckbrief_id: str | None = None
        self.rows: dict[str, _Row] = {}
        self.rater = QLineEdit(self)
        self.rater.setMaxLength(200)
        self.rater.setPlaceholderText(tr("Ihr Name (wird auf diesem Laptop gemerkt)"))
        self.rater.setAccessibleName(tr("Name der bewertenden Person"))
        self.rater.editingFinished.connect(lambda: self.model.set_rater(self.rater.text()))
        rater_label = QLabel(tr("Bewertung &durch:"), self)
        rater_label.setBuddy(self.rater)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(tr("Ergebnis der Bewertung"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color:#b00020;")
        self.error.hide()
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(self.body)
        head = QHBoxLayout()
        head.addWidget(rater_label)
        head.addWidget(self.rater, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.scroller, 1)
        model.ratingsChanged.connect(self._ratings_changed)
        model.catalogueChanged.connect(self._build)
        model.raterChanged.connect(lambda _n: self.refresh())
        self._build()

    # -- building --------------------------------------------------------------------
    def _build(self) -> None:
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows.clear()
        catalogue = self.model.catalogue()
        groups: dict[str, list[CriterionInfo]] = {}
        for c in sorted(
            catalogue.criteria, key=lambda c: (c.kind is not CriterionKind.KO, c.position)
        ):
            groups.setdefault(c.group or tr("Ohne Leitlinie"), []).append(c)
        for name, criteria in groups.items():
            box = QGroupBox(tr(name), self.body)
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(3, 2)
            for r, c in enumerate(criteria):
                grid.addWidget(self._name_label(c, box), r, 0)
                selector: ScoreSelector | KoSelector = (
                    KoSelector(box) if c.kind is CriterionKind.KO else ScoreSelector(box)
                )
                selector.setAccessibleName(c.name)
                selector.changed.connect(lambda v, cid=c.id: self._score(cid, v))
                others = QLabel(box)
                others.setStyleSheet("color:#5f6b73;")
                comment = AutosaveLineEdit(box)
                comment.setPlaceholderText(tr("Kommentar"))
                comment.setAccessibleName(tr("Kommentar zu {0}").format(c.name))
                comment.committed.connect(lambda t, cid=c.id: self._comment(cid, t))
                grid.addWidget(selector, r, 1)
                grid.addWidget(others, r, 2)
                grid.addWidget(comment, r, 3)
                self.rows[c.id] = _Row(c, selector, others, comment)
            self.body_layout.addWidget(box)
        self.body_layout.addStretch(1)
        self.refresh()

    @staticmethod
    def _name_label(c: CriterionInfo, parent: QWidget) -> QLabel:
        extra = []
        if c.kind is CriterionKind.KO:
            extra.append(tr("K.O."))
        else:
            extra.append(tr("Gewicht {0}").format(f"{c.weight:g}".replace(".", ",")))
        if c.inverse:
            extra.append(tr("umgekehrt: 5 = hoher Bedarf = wenig Punkte"))
        note = escape(", ".join(extra))
        label = QLabel(f"{escape(c.name)} <span style='color:#5f6b73'>({note})</span>", parent)
        label.setWordWrap(True)
        label.setToolTip(c.description)
        return label

    # -- showing ---------------------------------------------------------------------
    def set_steckbrief(self, steckbrief_id: str | None) -> None:
        for row in self.rows.values():
            row.comment.commit()
        self.steckbrief_id = steckbrief_id
        self.show_error("")
        self.refresh()

    def _ratings_changed(self, steckbrief_id: str) -> None:
        if steckbrief_id == self.steckbrief_id:
            self.refresh()

    def refresh(self) -> None:
        me = self.model.rater()
        if not self.rater.hasFocus():
            self.rater.setText(me)
        sid = self.steckbrief_id
        self.scroller.setEnabled(sid is not None and bool(me))
        if sid is None:
            self.summary.setText(tr("Kein Steckbrief gewählt."))
            for row in self.rows.values():
                row.selector.set_value(None)
                row.others.setText("")
                row.comment.set_text_quietly("")
            return
        try:
            ratings = self.model.ratings(sid)
            result = self.model.score(sid)
        except CosmartError:
            self.steckbrief_id = None
            self.refresh()
            return
        mine = {r.criterion_id: r for r in ratings if r.rater == me}
        for cid, row in self.rows.items():
            own = mine.get(cid)
            row.selector.set_value(own.score if own else None)
            if not row.comment.hasFocus():
                row.comment.set_text_quietly(own.comment if own else "")
            row.others.setText(self._others(row.criterion, ratings, result, me))
        self.summary.setText(self._summary(result, me, sid))

    @staticmethod
    def _others(c: CriterionInfo, ratings: list[RatingInfo], result: ScoreResult, me: str) -> str:
        given = [r for r in ratings if r.criterion_id == c.id and r.score is not None]
        if not given:
            return tr("noch keine Bewertung")
        if c.kind is CriterionKind.KO:
            fails = [r.rater for r in given if r.score == 0]
            if fails:
                return tr("K.O. durch {0}").format(", ".join(fails))
            return tr("erfüllt ({0})").format(len(given))
        res = result.criteria.get(c.id)
        mean = score_text(res.mean if res else None)
        spread = score_text(res.spread if res else None)
        return tr("Ø {0}, Spanne {1} ({2} Bewertende)").format(mean, spread, len(given))

    def _summary(self, result: ScoreResult, me: str, sid: str) -> str:
        if not me:
            return (
                "<b>"
                + escape(tr("Bitte oben Ihren Namen eintragen, dann lässt sich bewerten."))
                + "</b>"
            )
        parts = [tr("Gesamt: {0} von 5").format(score_text(result.score))]
        mine = result.rater_scores.get(me)
        if mine is not None:
            parts.append(tr("Ihre Punktzahl: {0}").format(score_text(mine)))
        if result.spread is not None:
            parts.append(tr("Streuung: {0}").format(score_text(result.spread)))
        parts.append(tr("Bewertende: {0}").format(", ".join(result.raters) or "–"))
        waiting = [*result.missing_raters, *result.incomplete]
        if waiting:
            parts.append(tr("noch offen bei: {0}").format(", ".join(waiting)))
        parts.append(tr("Stimmen aus Abstimmungen: {0}").format(self.model.support(sid)))
        text = "<b>" + escape(parts[0]) + "</b> · " + " · ".join(escape(p) for p in parts[1:])
        if result.is_ko:
            names = {c.id: c.name for c in self.model.catalogue().criteria}
            failed = ", ".join(names.get(c, c) for c in result.ko_failed)
            ko = escape(tr("K.O.: {0}").format(failed))
            text += f"<br/><span style='color:#b00020'><b>{ko}</b></span>"
        return text

    # -- editing ---------------------------------------------------------------------
    def _score(self, criterion_id: str, value: int | None) -> None:
        self._set(criterion_id, value, None)

    def _comment(self, criterion_id: str, text: str) -> None:
        row = self.rows.get(criterion_id)
        if row is not None:
            self._set(criterion_id, row.selector.value(), text)

    def _set(self, criterion_id: str, value: int | None, comment: str | None) -> None:
        sid, me = self.steckbrief_id, self.model.rater()
        if sid is None:
            return
        name = self.rows[criterion_id].criterion.name
        try:
            old_score, old_comment = self.model.set_rating(sid, criterion_id, me, value, comment)
        except CosmartError as exc:
            self.show_error(error_text(exc))
            self.refresh()
            return
        self.show_error("")
        if comment is None:
            shown = "–" if value is None else str(value)
            text = tr("Bewertung „{0}“: {1}").format(name, shown)
        else:
            text = tr("Kommentar zu „{0}“ ändern").format(name)
        push_done(
            self._stack(),
            text,
            lambda: self.model.set_rating(sid, criterion_id, me, value, comment),
            lambda: self.model.set_rating(sid, criterion_id, me, old_score, old_comment),
        )

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

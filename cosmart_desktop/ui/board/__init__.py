"""The clustering board: model, scene (a projection of the model), view,
interactions, undo commands and the session tab.

For a read-only copy (the presenter on the projector)::

    scene = BoardScene(ctx.board, phase_id, interactive=False)
    view = BoardView(parent)          # no editor: nothing can be changed
    view.set_board_scene(scene)
"""

from .editor import BoardCommand, BoardEditor
from .model import BoardModel
from .scene import BoardScene
from .tab import BoardTab
from .view import BoardView

__all__ = ["BoardCommand", "BoardEditor", "BoardModel", "BoardScene", "BoardTab", "BoardView"]

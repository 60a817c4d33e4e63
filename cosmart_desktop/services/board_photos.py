"""Photos of pinboards and flipcharts attached to a phase or a cluster.

A photo is turned upright (EXIF orientation), downscaled to at most
``MAX_EDGE`` pixels on its long edge and re-encoded without any metadata, so
the GPS position, camera serial numbers and the like never reach the
workspace, an export or a sync.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from ..domain.board_layout import CLUSTER_GAP, bounding, free_positions
from ..domain.errors import Refused
from ..domain.ids import new_id
from ..domain.text import TITLE_MAX, clean_text
from ..storage.models import Attachment, Cluster
from .board import BoardService
from .board_rows import read_board
from .board_state import Change, Tracker
from .common import get_live

MAX_EDGE = 2048
MAX_FILE = 60 * 1024 * 1024
MAX_PIXELS = 80_000_000


def prepare_photo(data: bytes) -> tuple[bytes, str, int, int]:
    """(encoded bytes, mime type, width, height) of a cleaned, downscaled photo."""
    if len(data) > MAX_FILE:
        raise Refused("the photo is {size} MB; at most 60 MB are accepted", size=len(data) // 2**20)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image: Image.Image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PIXELS:
                raise Refused("the photo has too many pixels to be a photo of a pinboard")
            image.load()
            image = ImageOps.exif_transpose(image)
    except (
        UnidentifiedImageError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        SyntaxError,
    ) as exc:
        raise Refused("not a readable image ({error})", error=type(exc).__name__) from exc
    image.thumbnail((MAX_EDGE, MAX_EDGE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        clean = Image.new("RGBA", image.size)
        clean.paste(image.convert("RGBA"))
        clean.save(out, "PNG", optimize=True)
        mime = "image/png"
    else:
        clean = Image.new("RGB", image.size)
        clean.paste(image.convert("RGB"))
        clean.save(out, "JPEG", quality=85, optimize=True)
        mime = "image/jpeg"
    return out.getvalue(), mime, clean.width, clean.height


def add_photo(
    service: BoardService,
    phase_id: str,
    source: Path | bytes,
    *,
    filename: str = "",
    cluster_id: str | None = None,
    caption: str = "",
) -> Change:
    """Attach a photo to a phase (placed beside the board) or to a cluster."""
    if isinstance(source, Path):
        try:
            raw = source.read_bytes()
        except OSError as exc:
            raise Refused(
                "cannot read {path}: {reason}", path=source, reason=exc.strerror or exc
            ) from exc
        filename = filename or source.name
    else:
        raw = source
    data, mime, width, height = prepare_photo(raw)
    name = clean_text(
        Path(filename).name or "foto", "Dateiname", max_len=TITLE_MAX, multiline=False
    )
    text = clean_text(caption, "Bildunterschrift", max_len=TITLE_MAX, multiline=False)
    with service.ws.transaction() as s:
        t = Tracker()
        board = read_board(s, phase_id)
        if cluster_id is not None:
            cluster = get_live(s, Cluster, cluster_id, "cluster")
            if cluster.phase_id != phase_id:
                raise Refused("that cluster belongs to another phase")
            x, y = cluster.x, cluster.y
        else:
            box = bounding(board.occupied())
            start = (box.right + CLUSTER_GAP, box.y) if box else (0.0, 0.0)
            x, y = free_positions(board.occupied(), start, 1, columns=1)[0]
        photo = Attachment(
            id=new_id(),
            phase_id=phase_id,
            cluster_id=cluster_id,
            filename=name,
            mime=mime,
            data=data,
            sha256=hashlib.sha256(data).hexdigest(),
            width=width,
            height=height,
            caption=text,
            x=x,
            y=y,
        )
        s.add(photo)
        t.created("attachment", photo.id)
        return t.change


def photo_data(service: BoardService, attachment_id: str) -> bytes:
    with service.ws.session() as s:
        return bytes(get_live(s, Attachment, attachment_id, "photo").data)

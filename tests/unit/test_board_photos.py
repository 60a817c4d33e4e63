"""Photos attached to a phase or a cluster: downscaled, turned upright and
stripped of all EXIF data (GPS position included); not-images refused."""

from __future__ import annotations

import io

import pytest
from helpers.board import dump, fill_board, make_session
from PIL import Image

from cosmart_desktop.domain.errors import Refused
from cosmart_desktop.services.board import BoardService
from cosmart_desktop.services.board_photos import MAX_EDGE, add_photo, photo_data

GPS_IFD = 0x8825
ORIENTATION = 0x0112
MAKE = 0x010F


def _jpeg_with_gps(width: int, height: int) -> bytes:
    image = Image.new("RGB", (width, height), (200, 180, 40))
    for x in range(0, width, 50):
        for y in range(height // 4):
            image.putpixel((x, y), (10, 10, 10))
    exif = Image.Exif()
    exif[MAKE] = "Kamera"
    exif[ORIENTATION] = 6  # shot sideways: must be turned upright
    exif[GPS_IFD] = {1: "N", 2: (51.0, 18.0, 42.0), 3: "E", 4: (9.0, 29.0, 50.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    data = out.getvalue()
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(GPS_IFD), "the input carries GPS"
    return data


def test_photo_is_downscaled_upright_and_stripped_of_exif(workspace):
    phases = make_session(workspace)[1]
    svc = BoardService(workspace)
    change = add_photo(
        svc,
        phases[1],
        _jpeg_with_gps(4000, 3000),
        filename="pinnwand.jpg",
        caption="Pinnwand Kritik",
    )
    photo = svc.board(phases[1]).attachments[change.created[0]]
    stored = photo_data(svc, photo.id)
    image = Image.open(io.BytesIO(stored))
    assert image.format == "JPEG"
    assert (photo.width, photo.height) == image.size == (1536, MAX_EDGE)  # turned upright
    exif = image.getexif()
    assert not exif.get_ifd(GPS_IFD) and MAKE not in exif and ORIENTATION not in exif
    assert b"Exif" not in stored[:200] and b"Kamera" not in stored
    assert (photo.filename, photo.caption, photo.cluster_id) == (
        "pinnwand.jpg",
        "Pinnwand Kritik",
        None,
    )


def test_photo_on_a_cluster_and_undo(workspace):
    phases = make_session(workspace)[1]
    fill_board(workspace, phases[1])
    svc = BoardService(workspace)
    cluster = next(iter(svc.board(phases[1]).clusters))
    before = dump(workspace)
    png = io.BytesIO()
    Image.new("RGBA", (300, 200), (0, 128, 0, 100)).save(png, "PNG")
    change = add_photo(svc, phases[1], png.getvalue(), cluster_id=cluster)
    photo = svc.board(phases[1]).attachments[change.created[0]]
    assert (photo.mime, photo.cluster_id, photo.width) == ("image/png", cluster, 300)
    svc.apply(change.inverse)
    assert dump(workspace) == before
    # deleting the cluster takes its photo along, and undo brings both back
    svc.apply(change.forward)
    delete = svc.delete([cluster])
    assert photo.id not in svc.board(phases[1]).attachments
    svc.apply(delete.inverse)
    assert photo.id in svc.board(phases[1]).attachments


@pytest.mark.parametrize("data", [b"not an image at all", b"\x89PNG\r\n\x1a\n broken", b""])
def test_not_an_image_is_refused(workspace, data):
    phases = make_session(workspace)[1]
    before = dump(workspace)
    with pytest.raises(Refused, match="not a readable image"):
        add_photo(BoardService(workspace), phases[1], data)
    assert dump(workspace) == before

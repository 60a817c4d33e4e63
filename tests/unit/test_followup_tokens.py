"""Follow-up tokens: random, 128 bits, URL-safe, one per session and per
Steckbrief (idempotent), in addresses built from the city's template; QR
matrices that decode to exactly the address, with the full quiet zone."""

from __future__ import annotations

import math
import re

import pytest
import zxingcpp
from PIL import Image

from cosmart_desktop.domain.enums import FollowUpTarget, SessionFormat
from cosmart_desktop.domain.errors import NotFound, Refused
from cosmart_desktop.services.followup import (
    FollowUpService,
    check_url_template,
    new_token,
    token_bits,
)
from cosmart_desktop.services.qr import QUIET_ZONE, dark_runs, qr_matrix
from cosmart_desktop.services.workshops import WorkshopService
from cosmart_desktop.storage.models import FollowUpToken, Steckbrief

TEMPLATE = "https://www.kassel.de/smart/folgen/{token}"
URLSAFE = re.compile(r"^[A-Za-z0-9_-]+$")


def _session(ws):
    svc = WorkshopService(ws)
    event_id = svc.create_event("Denklabor Wesertor")
    return event_id, svc.create_session(event_id, SessionFormat.DENKLABOR)


def _idea(ws, event_id, session_id, title="Sensoren für Stadtbäume"):
    with ws.transaction() as s:
        row = Steckbrief(event_id=event_id, session_id=session_id, title=title)
        s.add(row)
        s.flush()
        return row.id


def test_tokens_are_unique_urlsafe_and_of_full_entropy():
    tokens = [new_token() for _ in range(4000)]
    assert len(set(tokens)) == len(tokens)
    assert all(URLSAFE.match(t) and len(t) == 22 for t in tokens)
    raw = [token_bits(t) for t in tokens]
    assert {len(r) for r in raw} == {16}  # 128 bits each, no padding bits wasted
    rows = [[(byte >> (7 - k)) & 1 for byte in r for k in range(8)] for r in raw]
    n = len(rows)
    margin = 6 * 0.5 / math.sqrt(n)  # six standard deviations of a fair coin
    for position in range(128):
        ones = sum(row[position] for row in rows) / n
        assert abs(ones - 0.5) < margin, f"bit {position} is biased: {ones:.3f}"
    for position in range(127):  # neighbouring bits are independent
        same = sum(row[position] == row[position + 1] for row in rows) / n
        assert abs(same - 0.5) < margin, f"bits {position}/{position + 1} agree {same:.3f}"


def test_one_token_per_target_idempotent_and_distinct(workspace):
    event_id, session_id = _session(workspace)
    idea_a = _idea(workspace, event_id, session_id)
    idea_b = _idea(workspace, event_id, session_id, "Offenes WLAN")
    svc = FollowUpService(workspace, TEMPLATE)
    first = svc.ensure_token(FollowUpTarget.SESSION, session_id)
    assert svc.ensure_token("session", session_id) == first
    assert svc.token_for(FollowUpTarget.SESSION, session_id) == first
    a = svc.ensure_token(FollowUpTarget.STECKBRIEF, idea_a)
    b = svc.ensure_token(FollowUpTarget.STECKBRIEF, idea_b)
    assert len({first, a, b}) == 3
    with workspace.session() as s:
        assert s.query(FollowUpToken).count() == 3
    assert svc.url_for(first) == f"https://www.kassel.de/smart/folgen/{first}"
    links = svc.links_for_session(session_id)
    assert [link.token for link in links] == [first, b, a]  # session, then ideas by title
    assert all(link.url.endswith(link.token) for link in links)


def test_tokens_say_nothing_about_their_target(workspace):
    event_id, session_id = _session(workspace)
    svc = FollowUpService(workspace, TEMPLATE)
    token = svc.ensure_token(FollowUpTarget.SESSION, session_id)
    assert session_id.replace("-", "")[:8] not in token
    assert event_id.replace("-", "")[:8] not in token


def test_bad_targets_and_templates_are_refused(workspace):
    _event, session_id = _session(workspace)
    svc = FollowUpService(workspace, TEMPLATE)
    with pytest.raises(NotFound):
        svc.ensure_token(FollowUpTarget.STECKBRIEF, session_id)  # not a Steckbrief id
    with pytest.raises(Refused):
        svc.ensure_token("card", session_id)
    with pytest.raises(Refused):
        svc.url_for("abc/../x")
    for bad in (
        "https://example.org/folgen",  # no {token}
        "https://example.org/{token}/{token}",
        "https://example.org/{token}?x={name}",
        "ftp://example.org/{token}",
        "https://exa mple.org/{token}",
        "{token}",
        "https://example.org/" + "x" * 300 + "{token}",
    ):
        with pytest.raises(Refused):
            check_url_template(bad)
    assert check_url_template("  https://stadt.example/f?t={token}  ") == (
        "https://stadt.example/f?t={token}"
    )


def qr_image(matrix, scale=6):
    size = len(matrix) * scale
    image = Image.new("L", (size, size), 255)
    pixels = image.load()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                for dy in range(scale):
                    for dx in range(scale):
                        pixels[x * scale + dx, y * scale + dy] = 0
    return image


def _decode(matrix):
    return [r.text for r in zxingcpp.read_barcodes(qr_image(matrix))]


@pytest.mark.parametrize(
    "text",
    [
        "https://www.kassel.de/smart/folgen/" + "A" * 22,
        "https://stadt.example/folgen?t=" + new_token(),
        "Grüße aus Kassel – ÄÖÜß €",
    ],
)
def test_qr_matrix_decodes_and_has_the_quiet_zone(text):
    matrix = qr_matrix(text)
    size = len(matrix)
    assert all(len(row) == size for row in matrix)
    assert (size - 2 * QUIET_ZONE - 17) % 4 == 0  # a real QR version
    for i in range(QUIET_ZONE):
        assert not any(matrix[i]) and not any(matrix[-1 - i])
        assert not any(row[i] for row in matrix) and not any(row[-1 - i] for row in matrix)
    assert _decode(matrix) == [text]
    # the runs cover exactly the dark modules
    covered = {(y, x + i) for y, x, n in dark_runs(matrix) for i in range(n)}
    assert covered == {(y, x) for y, row in enumerate(matrix) for x, v in enumerate(row) if v}


def test_qr_error_correction_is_m_or_higher():
    text = "https://www.kassel.de/smart/folgen/" + new_token()
    result = zxingcpp.read_barcodes(qr_image(qr_matrix(text)))[0]
    assert result.text == text
    assert result.ec_level in ("M", "Q", "H")


def test_qr_refuses_what_it_cannot_carry():
    for bad in ("", "x\x00y", "x" * 5000):
        with pytest.raises(Refused):
            qr_matrix(bad)
    with pytest.raises(Refused):
        qr_matrix("ok", error_correction="L")

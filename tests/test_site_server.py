"""The static server the tests and tools use: a browser hanging up mid-file is not an error."""

from __future__ import annotations

import socket
import struct
import time

from guide.running import SiteServer


def _hang_up_while_receiving(url_port: int) -> None:
    """Ask for a large file, read a little of it, then reset the connection (SO_LINGER 0)."""
    with socket.create_connection(("127.0.0.1", url_port)) as s:
        s.sendall(b"GET /big.bin HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        s.recv(1024)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def test_a_browser_closing_a_connection_mid_file_prints_no_traceback(tmp_path, capfd):
    (tmp_path / "big.bin").write_bytes(b"x" * 32_000_000)
    with SiteServer(tmp_path) as server:
        _hang_up_while_receiving(server.port)
        time.sleep(1.0)  # the handler thread meets the reset and ends
    assert "Traceback" not in capfd.readouterr().err


def test_any_other_server_error_still_prints_its_traceback(tmp_path, capfd):
    with SiteServer(tmp_path) as server:
        try:
            raise ValueError("a real fault in the handler")
        except ValueError:
            server._server.handle_error(None, ("127.0.0.1", 1))
    assert "ValueError: a real fault in the handler" in capfd.readouterr().err

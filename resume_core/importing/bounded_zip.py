"""Reading ZIP archives (DOCX, LinkedIn exports) without trusting what their directory says.

A ZIP's central directory declares each member's size, and `zipfile.ZipFile.read` decompresses a
member in one call before it checks the CRC: a 2 MB upload with false size headers can unpack to
gigabytes. Here every member is read through a stream in small chunks and counted as it comes, so
reading stops at `max_member` (or `max_total` over the archive) whatever the headers claim. Bad CRCs,
encrypted members, unknown compression and truncated data become an `ImportProblem` with a fix.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterable

from resume_core.errors import ImportProblem
from resume_core.limits import MAX_MEMBER_BYTES, MAX_MEMBERS, MAX_UNPACKED_BYTES

CHUNK = 64 * 1024
_SUPPORTED = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


def open_zip(data: bytes, filename: str, not_zip: ImportProblem) -> zipfile.ZipFile:
    """The archive, or `not_zip` when the bytes are not a readable ZIP; refuses too many members."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise not_zip from exc
    if len(members) > MAX_MEMBERS:
        archive.close()
        raise ImportProblem(f"{filename} holds {len(members):,} files; an import is refused above {MAX_MEMBERS:,}.",
                            "Import the resume or export itself, not an archive of many files.")
    return archive


def read_members(archive: zipfile.ZipFile, names: Iterable[zipfile.ZipInfo], filename: str, fix: str, *,
                 max_member: int = MAX_MEMBER_BYTES, max_total: int = MAX_UNPACKED_BYTES) -> dict[str, bytes]:
    """The bytes of `names` (ZipInfo), each read through a byte-capped stream; name -> bytes."""
    out: dict[str, bytes] = {}
    total = 0
    for info in names:
        if info.is_dir():
            continue
        data = read_member(archive, info, filename, fix, max_member=min(max_member, max_total - total))
        total += len(data)
        out[info.filename] = data
    return out


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, filename: str, fix: str, *,
                max_member: int = MAX_MEMBER_BYTES) -> bytes:
    """One member's bytes, never more than `max_member` of them in memory."""
    member = info.filename
    if info.flag_bits & 0x1:
        raise ImportProblem(f"{filename} has an encrypted part ({member}), so it cannot be read.",
                            "Save the file again without a password and import that copy.")
    if info.compress_type not in _SUPPORTED:
        raise ImportProblem(f"{filename} uses a compression method this app cannot read (method {info.compress_type} "
                            f"in {member}).", fix)
    if info.file_size > max_member:  # an honest header already says too much; a lying one is caught below
        raise ImportProblem(f"{filename} unpacks to more than {max_member / 1_048_576:.0f} MB ({member}), far more "
                            "than a resume; it was not read.", fix)
    parts: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_member:
                    raise ImportProblem(
                        f"{filename} unpacks to more than {max_member / 1_048_576:.0f} MB ({member}), far more than a "
                        "resume; it was not read.", fix)
                parts.append(chunk)
    except ImportProblem:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
            RuntimeError, LookupError) as exc:
        # Bad CRC, truncated data, a password-protected member without the flag, an odd header.
        raise ImportProblem(f"{filename} is damaged: {member} cannot be unpacked ({_short(exc)}).", fix) from exc
    return b"".join(parts)


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]


def repack(members: dict[str, bytes]) -> bytes:
    """A fresh ZIP of already-read members, stored: its headers are true, so a library that trusts
    them (python-docx) reads exactly these bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    return buffer.getvalue()

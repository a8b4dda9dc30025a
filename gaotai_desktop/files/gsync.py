"""The ``.gsync`` exchange package: one file carried by USB stick between the office and a laptop.

Layout (all integers big-endian)::

    MAGIC (13 bytes) | manifest length (4) | manifest (UTF-8 JSON) | ciphertext | signature (64)

* The manifest is readable without a key: format version, package id, kind (``checkout`` /
  ``changes`` / ``receipt``), source and target node names, schema revision, counts, the sha256
  of the payload, when it was written, the KDF salt and the AES-GCM nonce, and the signer's
  Ed25519 public key (raw, hex).
* The payload is UTF-8 JSON, zlib-compressed, encrypted with AES-256-GCM (``cryptography``) under
  a key derived from the sync passphrase (scrypt, a fresh salt per package); the manifest bytes
  are the associated data, so a changed manifest fails decryption too.
* The signature (Ed25519, the sender's key) covers everything before it.

Reading checks, in this order and before anything else is done with the package: size limits,
magic and format version, the manifest, the signer (the expected key of the sender), the
signature, decryption, decompression (bounded), the payload hash and the schema revision. Any
failure raises :class:`Conflict` ``gsync_<reason>``: the whole package is refused.

Writing goes to a temporary file in the target folder, flushed and fsynced, renamed onto the
name, then read back and its sha256 compared with what was written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import struct
import tempfile
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ..domain.errors import Conflict

MAGIC = b"GAOTAI-GSYNC\n"
FORMAT_VERSION = 1
KINDS = ("checkout", "changes", "receipt")
#: Largest package file read (a county's checkout is a few MiB).
MAX_FILE = 512 * 1024 * 1024
MAX_MANIFEST = 64 * 1024
#: Largest payload after decompression (a zip bomb stops here).
MAX_PAYLOAD = 2 * 1024 * 1024 * 1024
SIGNATURE_SIZE = 64
#: scrypt cost (2**15 ≈ 0.1 s, 32 MiB): once per package.
SCRYPT_N = 2**15


def _refuse(reason: str, **detail: Any) -> Conflict:
    return Conflict("gsync_" + reason, **detail)


# -- keys --------------------------------------------------------------------------------------
def new_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_hex(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return raw.hex()


def seal_private_key(key: Ed25519PrivateKey, passphrase: str) -> str:
    """PKCS#8 PEM, encrypted with ``passphrase`` (the library's best available encryption)."""
    if not passphrase:
        raise _refuse("no_passphrase")
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    ).decode("ascii")


def open_private_key(pem: str, passphrase: str) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem.encode("ascii"), passphrase.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        raise _refuse("passphrase") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise _refuse("passphrase")
    return key


def _derive(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=8, p=1).derive(passphrase.encode("utf-8"))


# -- the manifest ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Manifest:
    package_id: str
    kind: str
    source: str
    target: str
    schema_revision: str
    payload_sha256: str
    created_at: str
    salt: str
    nonce: str
    signer_key: str
    counts: dict[str, int] = field(default_factory=dict)
    format: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        data = {k: getattr(self, k) for k in self.__dataclass_fields__}
        return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
            if data.get("format") != FORMAT_VERSION:
                raise _refuse("format", found=str(data.get("format")), expected=FORMAT_VERSION)
            m = cls(**data)
        except Conflict:
            raise
        except (ValueError, TypeError) as exc:
            raise _refuse("manifest") from exc
        if m.kind not in KINDS or not isinstance(m.counts, dict):
            raise _refuse("manifest")
        return m


# -- writing -----------------------------------------------------------------------------------
def build_package(
    *,
    kind: str,
    source: str,
    target: str,
    schema_revision: str,
    payload: Any,
    counts: dict[str, int],
    passphrase: str,
    signing_key: Ed25519PrivateKey,
    created_at: dt.datetime,
) -> tuple[Manifest, bytes]:
    """The package's manifest and bytes."""
    if not passphrase:
        raise _refuse("no_passphrase")
    plain = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    salt, nonce = os.urandom(16), os.urandom(12)
    manifest = Manifest(
        package_id=str(uuid.uuid4()),
        kind=kind,
        source=source,
        target=target,
        schema_revision=schema_revision,
        payload_sha256=hashlib.sha256(plain).hexdigest(),
        created_at=created_at.isoformat(timespec="seconds"),
        salt=salt.hex(),
        nonce=nonce.hex(),
        signer_key=public_hex(signing_key),
        counts=dict(counts),
    )
    head = manifest.to_bytes()
    cipher = AESGCM(_derive(passphrase, salt)).encrypt(nonce, zlib.compress(plain, 6), head)
    signed = MAGIC + struct.pack(">I", len(head)) + head + cipher
    return manifest, signed + signing_key.sign(signed)


def write_package(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``: temporary file, flush, fsync, rename, read back, re-hash."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=".gsync-", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # the folder entry too (not on every file system)
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    if hashlib.sha256(path.read_bytes()).digest() != hashlib.sha256(data).digest():
        raise _refuse("verify_failed", path=str(path))


# -- reading -----------------------------------------------------------------------------------
def read_manifest(data: bytes) -> tuple[Manifest, bytes, bytes, bytes]:
    """(manifest, manifest bytes, ciphertext, signature) of a package's bytes; no key needed."""
    if len(data) > MAX_FILE:
        raise _refuse("too_large", size=len(data), limit=MAX_FILE)
    fixed = len(MAGIC) + 4
    if not data.startswith(MAGIC):
        raise _refuse("not_package")
    if len(data) < fixed + SIGNATURE_SIZE:
        raise _refuse("truncated")
    (size,) = struct.unpack(">I", data[len(MAGIC) : fixed])
    if size > MAX_MANIFEST or fixed + size + SIGNATURE_SIZE > len(data):
        raise _refuse("truncated")
    head = data[fixed : fixed + size]
    manifest = Manifest.from_bytes(head)
    return manifest, head, data[fixed + size : -SIGNATURE_SIZE], data[-SIGNATURE_SIZE:]


def read_file(path: Path) -> bytes:
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FILE:
        raise _refuse("too_large", size=size, limit=MAX_FILE)
    return path.read_bytes()


def open_package(
    data: bytes,
    *,
    passphrase: str,
    expected_signer: Callable[[Manifest], str | None],
    schema_revision: str,
    kind: str | None = None,
) -> tuple[Manifest, Any]:
    """Check everything and return the manifest and payload, or raise ``gsync_<reason>``.

    ``expected_signer`` gives the hex public key the sender must have signed with (None: an
    unknown sender, refused)."""
    manifest, head, cipher, signature = read_manifest(data)
    if kind is not None and manifest.kind != kind:
        raise _refuse("wrong_kind", found=manifest.kind, expected=kind)
    expected = expected_signer(manifest)
    if not expected or expected != manifest.signer_key:
        raise _refuse("unknown_sender", source=manifest.source)
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(expected)).verify(
            signature, data[:-SIGNATURE_SIZE]
        )
    except (InvalidSignature, ValueError) as exc:
        raise _refuse("signature") from exc
    if not passphrase:
        raise _refuse("no_passphrase")
    try:
        key = _derive(passphrase, bytes.fromhex(manifest.salt))
        packed = AESGCM(key).decrypt(bytes.fromhex(manifest.nonce), cipher, head)
    except (InvalidTag, ValueError) as exc:
        raise _refuse("decrypt") from exc
    inflater = zlib.decompressobj()
    try:
        plain = inflater.decompress(packed, MAX_PAYLOAD)
    except zlib.error as exc:
        raise _refuse("payload") from exc
    if inflater.unconsumed_tail:
        raise _refuse("too_large", size=MAX_PAYLOAD, limit=MAX_PAYLOAD)
    if hashlib.sha256(plain).hexdigest() != manifest.payload_sha256:
        raise _refuse("hash")
    if manifest.schema_revision != schema_revision:
        raise _refuse("schema", found=manifest.schema_revision, expected=schema_revision)
    try:
        payload = json.loads(plain.decode("utf-8"))
    except ValueError as exc:
        raise _refuse("payload") from exc
    return manifest, payload

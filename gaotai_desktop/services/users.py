"""Users who sign in, their roles, passwords (argon2id) and lockouts.

A database without users works single-user (the OS login acting, everything allowed). Adding the
first user, who must be an administrator, turns sign-in on: from then on every session signs in
(the window's sign-in dialog, the command line's ``--user``) and acts with that user's role, read
once here and kept on the :class:`~gaotai_desktop.services.base.Database`.
"""

from __future__ import annotations

import datetime as dt
import logging
import unicodedata
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..data.models import AppUser
from ..domain.errors import Conflict, NotFound, SignInFailed, StorageError, ValidationError
from ..domain.roles import ROLES, SIGNED_OUT, SINGLE_USER, Action, Role
from .audit import record_event
from .base import Database

log = logging.getLogger(__name__)

#: Failed sign-ins in a row before the first lockout.
MAX_FAILURES = 5
#: The first lockout; each further failure after it doubles the wait, up to :data:`MAX_LOCKOUT`.
FIRST_LOCKOUT = dt.timedelta(minutes=1)
MAX_LOCKOUT = dt.timedelta(hours=24)
#: Shortest password accepted.
MIN_PASSWORD = 8
MAX_NAME = 64

#: argon2id with argon2-cffi's defaults (RFC 9106 low-memory profile: t=3, m=64 MiB, p=4).
_hasher = PasswordHasher()
_dummy_hash: str | None = None


@dataclass(frozen=True, slots=True)
class UserRow:
    id: str
    name: str
    role: str
    active: bool
    failed_attempts: int
    #: UTC, as every stamp; ``None``: not locked.
    locked_until: dt.datetime | None
    last_sign_in: dt.datetime | None


def _row(u: AppUser) -> UserRow:
    return UserRow(
        u.id,
        u.name,
        u.role,
        bool(u.active),
        u.failed_attempts or 0,
        u.locked_until,
        u.last_sign_in,
    )


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (checked for length first)."""
    check_password(password)
    return _hasher.hash(password)


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", "password_too_short", {"min": MIN_PASSWORD})
    if password != password.strip() or any(unicodedata.category(c)[0] == "C" for c in password):
        raise ValidationError("password", "password_chars")


def lockout_after(failures: int) -> dt.timedelta | None:
    """How long the account is locked after ``failures`` failed sign-ins in a row: none below
    :data:`MAX_FAILURES`, then 1 minute, doubling with each further failure (at most a day)."""
    if failures < MAX_FAILURES:
        return None
    doublings = min(failures - MAX_FAILURES, 20)
    return min(FIRST_LOCKOUT * (1 << doublings), MAX_LOCKOUT)


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError("user_name", "required")
    if len(name) > MAX_NAME:
        raise ValidationError("user_name", "too_long", {"max": MAX_NAME})
    if any(unicodedata.category(c)[0] == "C" for c in name):
        raise ValidationError("user_name", "control_char")
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError(
            "role", "unknown_choice", {"value": role, "choices": "、".join(ROLES)}
        )
    return role


def record_security_event(
    db: Database, action: str, *, record_id: str = "", detail: str = ""
) -> None:
    """Sign-ins and refused actions into the audit trail (``services.audit.record_event``), in
    a transaction of their own. A refusal may come while the refused call holds the write lock:
    then the event goes to the log only, and the refusal itself is still raised."""
    log.info("security event %s by %s (%s) %s %s", action, db.actor, db.role, record_id, detail)
    try:
        with db.transaction(immediate=True) as s:
            record_event(s, db, action, table="app_user", record_id=record_id, detail=detail)
    except StorageError as exc:
        log.warning("security event %s not recorded in the audit trail: %s", action, exc)


class UserService:
    """Users, roles, passwords and signing in (one transaction per call)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading -------------------------------------------------------------------------
    def has_users(self) -> bool:
        """Whether sign-in is on (the database has at least one user, active or not)."""
        with self.db.transaction() as s:
            return bool(s.scalar(select(func.count()).select_from(AppUser)))

    def list(self) -> list[UserRow]:
        """Every user, by name (administrators only)."""
        self.db.require(Action.MANAGE_USERS)
        with self.db.transaction() as s:
            return [_row(u) for u in s.scalars(select(AppUser).order_by(AppUser.name))]

    @property
    def signed_in(self) -> bool:
        return self.db.role not in (SINGLE_USER, SIGNED_OUT)

    # -- signing in ----------------------------------------------------------------------
    def sign_in(self, name: str, password: str) -> UserRow:
        """Check ``name``'s password and act as that user from now on (``db.actor`` and
        ``db.role``); a failure is counted, and :data:`MAX_FAILURES` in a row lock the account
        (:func:`lockout_after`). An unknown name and a wrong password get the same answer."""
        name = " ".join(name.split())
        if not password:
            raise SignInFailed("password_required")
        now = self.db.clock()
        failure: SignInFailed | None = None
        with self.db.transaction(immediate=True) as s:
            if not s.scalar(select(func.count()).select_from(AppUser)):
                raise SignInFailed("no_users")
            u = s.scalar(select(AppUser).where(AppUser.name == name))
            if u is None:
                _verify(_dummy(), password)  # the same work as for a real user
                failure = SignInFailed("wrong", remaining=MAX_FAILURES)
            elif u.locked_until is not None and u.locked_until > now:
                failure = SignInFailed("locked", until=u.locked_until)
            elif not _verify(u.password_hash, password):
                u.failed_attempts = (u.failed_attempts or 0) + 1
                lock = lockout_after(u.failed_attempts)
                if lock is not None:
                    u.locked_until = now + lock
                    failure = SignInFailed("locked", until=u.locked_until, just_now=True)
                else:
                    failure = SignInFailed("wrong", remaining=MAX_FAILURES - u.failed_attempts)
            elif not u.active:
                failure = SignInFailed("inactive")
            else:
                if _hasher.check_needs_rehash(u.password_hash):
                    u.password_hash = _hasher.hash(password)
                u.failed_attempts = 0
                u.locked_until = None
                u.last_sign_in = now
                row = _row(u)
        if failure is not None:
            record_security_event(
                self.db,
                "sign_in_failed",
                record_id=u.id if u else "",
                detail=f"{name}: {failure.code}",
            )
            raise failure
        self.db.actor, self.db.role = row.name, row.role
        record_security_event(self.db, "sign_in", record_id=row.id, detail=row.name)
        return row

    def sign_in_as_demo(self, name: str, password: str) -> UserRow | None:
        """``--demo``: sign in as the demo administrator when the demo database has that user
        (an older demo database without users stays single-user: ``None``)."""
        if not self.has_users():
            return None
        return self.sign_in(name, password)

    # -- managing users (administrators) ---------------------------------------------------
    def add(self, name: str, role: str, password: str) -> UserRow:
        """Add a user. The first user must be an administrator and turns sign-in on: the session
        that added them acts as them from then on. Later users are added by administrators."""
        name, role = _clean_name(name), _check_role(role)
        password_hash = hash_password(password)
        with self.db.transaction(immediate=True) as s:
            first = not s.scalar(select(func.count()).select_from(AppUser))
            if first and role != Role.ADMIN:
                raise ValidationError("role", "first_admin")
            if not first:
                self.db.require(Action.MANAGE_USERS)
            if s.scalar(select(AppUser.id).where(AppUser.name == name)) is not None:
                raise Conflict("duplicate_user", name=name)
            u = AppUser(
                name=name,
                role=role,
                password_hash=password_hash,
                active=True,
                failed_attempts=0,
                **self.db.stamp(),
            )
            s.add(u)
            s.flush()
            row = _row(u)
        if first:
            self.db.actor, self.db.role = row.name, row.role
        return row

    def set_role(self, name: str, role: str) -> UserRow:
        role = _check_role(role)
        self.db.require(Action.MANAGE_USERS)
        with self.db.transaction(immediate=True) as s:
            u = _get(s, name)
            if u.role == Role.ADMIN and role != Role.ADMIN:
                _keep_an_admin(s, u)
            if u.role != role:
                u.role = role
                self.db.touch(u)
            s.flush()
            return _row(u)

    def reset_password(self, name: str, password: str) -> UserRow:
        """A new password (and the lockout lifted)."""
        self.db.require(Action.MANAGE_USERS)
        password_hash = hash_password(password)
        with self.db.transaction(immediate=True) as s:
            u = _get(s, name)
            u.password_hash = password_hash
            u.failed_attempts = 0
            u.locked_until = None
            self.db.touch(u)
            s.flush()
            return _row(u)

    def set_active(self, name: str, active: bool) -> UserRow:
        """Deactivate (cannot sign in any more; the row stays: records name them) or reactivate."""
        self.db.require(Action.MANAGE_USERS)
        with self.db.transaction(immediate=True) as s:
            u = _get(s, name)
            if not active and u.name == self.db.actor:
                raise Conflict("deactivate_self", name=u.name)
            if not active and u.role == Role.ADMIN:
                _keep_an_admin(s, u)
            if bool(u.active) != active:
                u.active = active
                self.db.touch(u)
            s.flush()
            return _row(u)


def _get(s: Session, name: str) -> AppUser:
    u = s.scalar(select(AppUser).where(AppUser.name == " ".join(name.split())))
    if u is None:
        raise NotFound("user", name)
    return u


def _keep_an_admin(s: Session, u: AppUser) -> None:
    """Refuse to take away the last active administrator (nobody could manage users then)."""
    others = s.scalar(
        select(func.count())
        .select_from(AppUser)
        .where(AppUser.role == Role.ADMIN, AppUser.active.is_(True), AppUser.id != u.id)
    )
    if not others:
        raise Conflict("last_admin", name=u.name)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _dummy() -> str:
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash("not a password of anyone")
    return _dummy_hash

"""Roles and what each may do: one table, checked by the services (never by widgets).

Three roles, each allowed what the one below it may: ``clerk`` (科员) < ``supervisor`` (股长) <
``admin`` (管理员). Two more states of a session are not roles of a user: :data:`SINGLE_USER` (the
database has no users yet: it works as before, the OS login acting, and everything is allowed) and
:data:`SIGNED_OUT` (the database has users and nobody has signed in: nothing guarded is allowed).
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


#: The roles a user can have, lowest first.
ROLES: tuple[str, ...] = tuple(r.value for r in Role)

#: A database without users: single-user, everything allowed.
SINGLE_USER = "single_user"
#: A database with users, nobody signed in: nothing guarded is allowed.
SIGNED_OUT = "signed_out"

_RANK = {Role.CLERK.value: 1, Role.SUPERVISOR.value: 2, Role.ADMIN.value: 3}


class Action(StrEnum):
    """A guarded action (the text for each is in ``texts.ACTION_NAMES``)."""

    USCC_OVERRIDE = "uscc_override"
    CORRECT_DOCUMENT = "correct_document"
    LIFT_AWARD_RESTRICTION = "lift_award_restriction"
    REVEAL_ID_NUMBER = "reveal_id_number"
    RESTORE_ENTERPRISE = "restore_enterprise"
    MANAGE_USERS = "manage_users"
    EDIT_PREFIXES = "edit_prefixes"
    EDIT_HOLIDAYS = "edit_holidays"
    RESOLVE_IDENTITY_CONFLICT = "resolve_identity_conflict"


#: The lowest role allowed each guarded action.
REQUIRED_ROLE: dict[Action, Role] = {
    Action.USCC_OVERRIDE: Role.SUPERVISOR,
    Action.CORRECT_DOCUMENT: Role.SUPERVISOR,
    Action.LIFT_AWARD_RESTRICTION: Role.SUPERVISOR,
    Action.REVEAL_ID_NUMBER: Role.SUPERVISOR,
    Action.RESTORE_ENTERPRISE: Role.SUPERVISOR,
    Action.MANAGE_USERS: Role.ADMIN,
    Action.EDIT_PREFIXES: Role.ADMIN,
    Action.EDIT_HOLIDAYS: Role.ADMIN,
    Action.RESOLVE_IDENTITY_CONFLICT: Role.SUPERVISOR,
}


def allowed(role: str, action: str) -> bool:
    """Whether a session acting as ``role`` may do ``action``."""
    if role == SINGLE_USER:
        return True
    needed = REQUIRED_ROLE[Action(action)]
    return _RANK.get(role, 0) >= _RANK[needed.value]

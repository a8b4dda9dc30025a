"""Users, roles, passwords and lockouts, and the roles enforced by the services themselves."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from gaotai_desktop.data.models import AppUser, Enterprise
from gaotai_desktop.domain.errors import Conflict, PermissionDenied, SignInFailed, ValidationError
from gaotai_desktop.domain.roles import SIGNED_OUT, SINGLE_USER
from gaotai_desktop.domain.rows import EnterpriseInput
from gaotai_desktop.services.container import build_services
from gaotai_desktop.texts import error_text

TODAY = dt.date(2026, 11, 28)
PASSWORD = "correct horse"
#: A real credit code whose check character is wrong (…1 instead of the computed one).
GOOD_USCC = "91620724MA7A1B2C3D"


@pytest.fixture
def services(db):
    return build_services(db)


def _with_users(services):
    """An administrator (who turned sign-in on), a supervisor and a clerk."""
    users = services.users
    users.add("管理员甲", "admin", PASSWORD)
    users.add("股长乙", "supervisor", PASSWORD)
    users.add("科员丙", "clerk", PASSWORD)
    return users


def test_first_user_must_be_an_administrator_and_turns_sign_in_on(services, db):
    users = services.users
    assert not users.has_users()
    assert db.role == SINGLE_USER
    with pytest.raises(ValidationError) as exc:
        users.add("科员丙", "clerk", PASSWORD)
    assert exc.value.code == "first_admin"
    assert "第一个用户必须是管理员" in error_text(exc.value)
    assert not users.has_users()
    row = users.add("管理员甲", "admin", PASSWORD)
    assert row.role == "admin" and row.active
    assert users.has_users()
    # the session that added the first administrator now acts as them
    assert (db.actor, db.role) == ("管理员甲", "admin")
    stored = db.engine.connect().execute(select(AppUser.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_password_and_name_rules(services):
    users = services.users
    with pytest.raises(ValidationError) as exc:
        users.add("管理员甲", "admin", "short")
    assert exc.value.field == "password" and "至少8个字符" in error_text(exc.value)
    with pytest.raises(ValidationError):
        users.add("管理员甲", "boss", PASSWORD)
    with pytest.raises(ValidationError):
        users.add("   ", "admin", PASSWORD)
    users.add("管理员甲", "admin", PASSWORD)
    with pytest.raises(Conflict):
        users.add(" 管理员甲 ", "clerk", PASSWORD)


def test_wrong_password_then_lockout_with_back_off(services, db):
    users = _with_users(services)
    now = [dt.datetime(2026, 11, 28, 9, 0)]
    db.clock = lambda: now[0]
    db.role = SIGNED_OUT
    for left in (4, 3, 2, 1):
        with pytest.raises(SignInFailed) as exc:
            users.sign_in("科员丙", "wrong password")
        assert exc.value.code == "wrong" and exc.value.detail["remaining"] == left
        assert "用户名或密码不正确" in error_text(exc.value)
    assert db.role == SIGNED_OUT
    with pytest.raises(SignInFailed) as exc:  # 5th failure: locked for a minute
        users.sign_in("科员丙", "wrong password")
    assert exc.value.code == "locked"
    assert exc.value.detail["until"] == now[0] + dt.timedelta(minutes=1)
    assert "暂时锁定" in error_text(exc.value) and "之后再试" in error_text(exc.value)
    # while locked even the right password is refused
    with pytest.raises(SignInFailed) as exc:
        users.sign_in("科员丙", PASSWORD)
    assert exc.value.code == "locked"
    # after the minute, one more failure locks for two minutes (doubling)
    now[0] += dt.timedelta(minutes=1, seconds=1)
    with pytest.raises(SignInFailed) as exc:
        users.sign_in("科员丙", "wrong again")
    assert exc.value.detail["until"] == now[0] + dt.timedelta(minutes=2)
    now[0] += dt.timedelta(minutes=3)
    row = users.sign_in("科员丙", PASSWORD)
    assert row.failed_attempts == 0 and row.locked_until is None
    assert (db.actor, db.role) == ("科员丙", "clerk")


def test_unknown_user_and_wrong_password_look_alike(services, db):
    users = _with_users(services)
    with pytest.raises(SignInFailed) as unknown:
        users.sign_in("无此人", PASSWORD)
    with pytest.raises(SignInFailed) as wrong:
        users.sign_in("科员丙", "not the password")
    assert unknown.value.code == wrong.value.code == "wrong"


def test_inactive_user_cannot_sign_in_and_the_last_admin_stays(services, db):
    users = _with_users(services)  # acting as 管理员甲
    users.set_active("科员丙", False)
    with pytest.raises(SignInFailed) as exc:
        users.sign_in("科员丙", PASSWORD)
    assert exc.value.code == "inactive"
    users.sign_in("管理员甲", PASSWORD)
    with pytest.raises(Conflict) as conflict:
        users.set_role("管理员甲", "clerk")
    assert conflict.value.code == "last_admin"
    with pytest.raises(Conflict):
        users.set_active("管理员甲", False)
    users.set_role("股长乙", "admin")
    users.set_role("管理员甲", "supervisor")
    assert db.role == "admin"  # read once at sign-in, not re-read


def test_reset_password_lifts_the_lockout(services, db):
    users = _with_users(services)
    for _ in range(5):
        with pytest.raises(SignInFailed):
            users.sign_in("科员丙", "bad bad bad")
    users.reset_password("科员丙", "new password 1")
    assert users.sign_in("科员丙", "new password 1").name == "科员丙"


def test_only_an_administrator_manages_users(services, db):
    users = _with_users(services)
    users.sign_in("股长乙", PASSWORD)
    for call in (
        lambda: users.add("科员丁", "clerk", PASSWORD),
        lambda: users.list(),
        lambda: users.set_role("科员丙", "supervisor"),
        lambda: users.reset_password("科员丙", "whatever 123"),
        lambda: users.set_active("科员丙", False),
    ):
        with pytest.raises(PermissionDenied) as exc:
            call()
        assert "无权" in error_text(exc.value) and "股长" in error_text(exc.value)
    users.sign_in("管理员甲", PASSWORD)
    assert [u.name for u in users.list()] == sorted(["管理员甲", "股长乙", "科员丙"])


def _enterprise(uscc: str) -> EnterpriseInput:
    return EnterpriseInput(
        uscc=uscc,
        name="高台县示例物流有限公司",
        industry="交通运输、仓储和邮政业",
        township="城关镇",
        authority="县交通运输局",
    )


def _bad_check(uscc: str) -> str:
    """``uscc`` with a wrong check character."""
    from gaotai_desktop.domain.identifiers import uscc_check_char

    good = uscc_check_char(uscc[:17])
    wrong = next(c for c in "0123456789ABCDEFGHJKLMNPQRTUWXY" if c != good)
    return uscc[:17] + wrong


def test_clerk_may_not_do_what_only_a_supervisor_may(services, db):
    from gaotai_desktop.domain.identifiers import uscc_check_char

    users = _with_users(services)
    good = GOOD_USCC[:17] + uscc_check_char(GOOD_USCC[:17])
    kept = services.enterprises.create(_enterprise(good), today=TODAY)
    services.enterprises.delete(kept.id, reason="录入错误")
    users.sign_in("科员丙", PASSWORD)
    bad = _bad_check("91620724MA7B2C3D4E")
    # a failing credit code with a reason: refused, nothing written
    with pytest.raises(PermissionDenied) as exc:
        services.enterprises.create(_enterprise(bad), today=TODAY, override_reason="证照如此")
    assert "统一社会信用代码" in error_text(exc.value)
    with pytest.raises(PermissionDenied):
        services.enterprises.restore(kept.id)
    with pytest.raises(PermissionDenied):
        services.accidents.reveal_id_numbers()
    with pytest.raises(PermissionDenied):
        services.warnings.lift_award_restriction(
            kept.id, 2026, on=TODAY, reason="整改到位", today=TODAY
        )
    with pytest.raises(PermissionDenied):
        services.issuing.correct("no-such-document", as_of=TODAY, today=TODAY)
    with db.engine.connect() as c:
        assert c.execute(select(Enterprise.uscc).where(Enterprise.uscc == bad)).first() is None
        assert c.execute(select(Enterprise.deleted_at).where(Enterprise.id == kept.id)).scalar()
    # a supervisor may
    users.sign_in("股长乙", PASSWORD)
    row = services.enterprises.create(_enterprise(bad), today=TODAY, override_reason="证照如此")
    services.enterprises.restore(kept.id)
    services.accidents.reveal_id_numbers()
    # a clerk edits the overridden enterprise (the reason already on record) without a refusal
    users.sign_in("科员丙", PASSWORD)
    edited = dataclasses.replace(_enterprise(bad), contact_person="李四")
    services.enterprises.update(row.id, edited, today=TODAY, override_reason="证照如此")
    services.enterprises.update(row.id, edited, today=TODAY)


def test_only_an_administrator_changes_prefixes_and_holidays(services, db):
    users = _with_users(services)
    users.sign_in("股长乙", PASSWORD)
    office = services.office
    office.set_values({"contact_person": "赵六"})  # the rest of the settings: anyone
    with pytest.raises(PermissionDenied) as exc:
        office.set_values({"prefix.risk_notice": "高人社险"})
    assert "文号前缀" in error_text(exc.value)
    with pytest.raises(PermissionDenied) as exc:
        office.set_values({"holidays": '{"2027": {"rest": {"2027-01-01": "元旦"}}}'})
    assert "节假日" in error_text(exc.value)
    assert office.get().contact_person == "赵六"
    users.sign_in("管理员甲", PASSWORD)
    office.set_values({"prefix.risk_notice": "高人社险"})
    assert office.get().prefixes["risk_notice"] == "高人社险"


def test_signed_out_may_do_nothing_guarded(services, db):
    _with_users(services)
    db.role = SIGNED_OUT
    with pytest.raises(PermissionDenied) as exc:
        services.accidents.reveal_id_numbers()
    assert "尚未登录" in error_text(exc.value)


def test_no_users_works_as_before(services, db):
    assert db.role == SINGLE_USER
    services.accidents.reveal_id_numbers()
    with pytest.raises(SignInFailed) as exc:
        services.users.sign_in("谁", PASSWORD)
    assert exc.value.code == "no_users"

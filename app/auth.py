"""Login with a lockout every workstation sees, first-run admin, and user administration.

Passwords are stored only as argon2id hashes. The slow hash check runs outside any write
transaction; the counter update afterwards is a single conditional UPDATE, so parallel
attempts from several workstations are all counted and a lock set meanwhile is honoured.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from app.db import Database, rows_changed
from app.errors import (
    AccountLocked,
    ConflictError,
    InvalidCredentials,
    NotFound,
    PasswordExpired,
    PasswordReset,
    PermissionDenied,
    ValidationError,
)
from app.permissions import Actor, Permission, Role, public, requires, requires_login
from app.settings import read_setting
from app.uow import UnitOfWork, read, transaction
from models import LoginFailure, User, utcnow

log = logging.getLogger(__name__)

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


@cache
def _dummy_hash() -> str:
    """Verified against when the user does not exist, so both cases cost the same time.
    Made on the first such login, not at import: a hash costs 0.14 s and 64 MB for a moment,
    at every start of the program (and of each command-line call)."""
    return _hasher.hash("kuaidan-timing-equaliser")


MIN_PASSWORD_LENGTH = 8
_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,64}$")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "The password needs at least {minimum} characters",
            field="password",
            minimum=MIN_PASSWORD_LENGTH,
        )


def validate_username(username: str) -> str:
    name = username.strip()
    if not _USERNAME.match(name):
        raise ValidationError(
            "User names are 2–64 letters, digits, '.', '_' or '-'", field="username"
        )
    return name


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    is_active: bool
    failed_attempts: int
    locked_until: datetime | None
    last_login_at: datetime | None


def _info(user: User) -> UserInfo:
    return UserInfo(
        user.id,
        user.username,
        user.display_name,
        user.role,
        user.is_active,
        user.failed_attempts,
        user.locked_until,
        user.last_login_at,
    )


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.role, user.display_name)


class AuthService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @public
    def needs_first_admin(self) -> bool:
        return read(self.db, lambda uow: uow.session.scalar(select(func.count(User.id))) == 0)

    @public
    def create_first_admin(self, username: str, password: str, display_name: str = "") -> Actor:
        """First run only: create the administrator. Refused once any user exists."""
        name = validate_username(username)
        validate_password(password)
        hashed = hash_password(password)

        def work(uow: UnitOfWork) -> Actor:
            if uow.session.scalar(select(func.count(User.id))):
                raise ConflictError("An administrator already exists; log in instead")
            user = User(
                username=name,
                display_name=display_name or name,
                password_hash=hashed,
                role=Role.ADMIN,
                password_changed_at=utcnow(),
            )
            uow.session.add(user)
            uow.session.flush()
            actor = _actor(user)
            uow.audit(
                "user.create",
                "user",
                user.id,
                {"username": [None, name], "role": [None, Role.ADMIN.value]},
                actor=actor,
            )
            return actor

        return transaction(self.db, None, work)

    @public
    def login(self, username: str, password: str) -> Actor:
        """The logged-in actor, or InvalidCredentials / AccountLocked / PasswordExpired (the
        password was right but too old: `change_expired_password` sets a new one and logs
        in)."""
        return self._authenticate(username, password, allow_expired=False)

    def _authenticate(self, username: str, password: str, *, allow_expired: bool) -> Actor:
        # An existing and an unknown name take the same steps: the same two reads, one
        # argon2id verification, and on failure one counting transaction with an audit entry
        # (a dummy hash and the login_failures table stand in for the missing user), so
        # neither the answer nor its time tells which names exist.
        name = username.strip()
        key = name_key(name)
        found = read(self.db, lambda uow: _look_up(uow, name, key))
        now = utcnow()
        if found.locked_until is not None and found.locked_until > now:
            raise AccountLocked(
                "Account locked until {locked_until}", locked_until=found.locked_until
            )
        user = found.user
        right = _verify(found.password_hash or _dummy_hash(), password)
        if user is not None and user.is_active and right:
            changed = found.password_changed_at or user.created_at
            days = found.expiry_days
            if not allow_expired and found.must_change:
                raise PasswordReset(
                    "An administrator has reset your password; choose one of your own to continue"
                )
            if not allow_expired and days and changed + timedelta(days=days) <= now:
                raise PasswordExpired("Your password has expired; set a new one to continue")
            assert found.password_hash is not None
            return self._record_success(user.info, password, found.password_hash)
        locked_until = self._record_failure(user.info if user else None, key)
        if user is None:
            log.info("login failed: unknown user name")
        if locked_until is not None:
            raise AccountLocked(
                "Too many failed logins; the account is locked until {locked_until}",
                locked_until=locked_until,
            )
        raise InvalidCredentials("Wrong user name or password")

    def _record_success(self, info: UserInfo, password: str, stored_hash: str) -> Actor:
        def work(uow: UnitOfWork) -> Actor | datetime:
            now = utcnow()
            # Refuse if another workstation locked the account since we looked.
            result = uow.session.execute(
                update(User)
                .where(User.id == info.id)
                .where((User.locked_until.is_(None)) | (User.locked_until <= now))
                .values(failed_attempts=0, locked_until=None, last_login_at=now)
            )
            if rows_changed(result) == 0:
                locked = uow.session.scalar(select(User.locked_until).where(User.id == info.id))
                return locked or now
            if _hasher.check_needs_rehash(stored_hash):
                uow.session.execute(
                    update(User)
                    .where(User.id == info.id)
                    .values(password_hash=hash_password(password))
                )
            actor = Actor(info.id, info.username, info.role, info.display_name)
            uow.audit("user.login", "user", info.id, actor=actor)
            return actor

        outcome = transaction(self.db, None, work)
        if isinstance(outcome, datetime):
            raise AccountLocked("Account locked until {locked_until}", locked_until=outcome)
        return outcome

    def _record_failure(self, info: UserInfo | None, key: str) -> datetime | None:
        """Count the failure against the user, or against the unknown name's row; the lock
        time if this failure locked it."""

        def work(uow: UnitOfWork) -> datetime | None:
            threshold = read_setting(uow.session, "security.lockout_threshold")
            minutes = read_setting(uow.session, "security.lockout_minutes")
            now = utcnow()
            # Unknown names whose lock ran out count from zero again, as a user's counter
            # does below: forgetting them changes no answer. Both paths run it.
            uow.session.execute(delete(LoginFailure).where(LoginFailure.locked_until <= now))
            # The row lock makes parallel failures from several workstations count one by one.
            counter: User | LoginFailure
            if info is not None:
                counter = uow.session.execute(
                    select(User).where(User.id == info.id).with_for_update()
                ).scalar_one()
            else:
                counter = _failure_row(uow, key, now)
            before = counter.failed_attempts
            if counter.locked_until is not None and counter.locked_until <= now:
                counter.failed_attempts, counter.locked_until = 0, None  # the old lock expired
            counter.failed_attempts += 1
            if counter.failed_attempts >= threshold:
                counter.locked_until = now + timedelta(minutes=minutes)
            change = {"failed_attempts": [before, counter.failed_attempts]}
            if info is not None:
                uow.audit("user.login_failed", "user", info.id, change, username=info.username)
            else:
                assert isinstance(counter, LoginFailure)
                counter.last_failed_at = now
                # Never the typed name itself: it may be someone's password.
                uow.audit("user.login_failed", "login_name", key[:16], change, username="?")
            uow.session.flush()  # a duplicate unknown name fails here, inside the retry
            locked = counter.locked_until
            return locked if locked is not None and locked > now else None

        try:
            return transaction(self.db, None, work)
        except IntegrityError:  # the same unknown name's first failure on two desks at once
            return transaction(self.db, None, work)

    @requires_login
    def verify_session(self, actor: Actor, password: str) -> None:
        """Unlock an idle-locked window: same checks and counter as a login."""
        self._authenticate(actor.username, password, allow_expired=True)

    @requires_login
    def change_own_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        """Any user, their own password: the current one first (counted like a login)."""
        _check_new_password(old_password, new_password)
        checked = self._authenticate(actor.username, old_password, allow_expired=True)
        if checked.user_id != actor.user_id:
            raise PermissionDenied("Not logged in")
        self._set_own_password(actor, new_password)

    @public
    def change_expired_password(self, username: str, old_password: str, new_password: str) -> Actor:
        """At login with an expired password: the current one again, then the new one; the
        logged-in actor."""
        _check_new_password(old_password, new_password)
        actor = self._authenticate(username, old_password, allow_expired=True)
        self._set_own_password(actor, new_password)
        return actor

    def _set_own_password(self, actor: Actor, new_password: str) -> None:
        hashed = hash_password(new_password)

        def work(uow: UnitOfWork) -> None:
            uow.session.execute(
                update(User)
                .where(User.id == actor.user_id)
                .values(
                    password_hash=hashed, password_changed_at=utcnow(), must_change_password=False
                )
            )
            uow.audit("user.change_password", "user", actor.user_id)  # never the password

        transaction(self.db, actor, work)


@dataclass(frozen=True)
class _Found:
    """What a login reads first, the same for an existing and an unknown name."""

    user: _FoundUser | None
    password_hash: str | None
    password_changed_at: datetime | None
    locked_until: datetime | None  # the user's lock, or the unknown name's
    expiry_days: int
    must_change: bool = False  # an administrator reset the password


@dataclass(frozen=True)
class _FoundUser:
    info: UserInfo
    is_active: bool
    created_at: datetime


def _look_up(uow: UnitOfWork, name: str, key: str) -> _Found:
    user = uow.session.execute(select(User).where(User.username == name)).scalar_one_or_none()
    unknown_lock = uow.session.scalar(
        select(LoginFailure.locked_until).where(LoginFailure.name_key == key)
    )
    days = read_setting(uow.session, "security.password_expiry_days")
    if user is None:
        return _Found(None, None, None, unknown_lock, days)
    return _Found(
        _FoundUser(_info(user), user.is_active, user.created_at),
        user.password_hash,
        user.password_changed_at,
        user.locked_until,
        days,
        user.must_change_password,
    )


def _failure_row(uow: UnitOfWork, key: str, now: datetime) -> LoginFailure:
    """The unknown name's counter, locked for update; made if it is the first failure. No
    savepoint around the insert (three more round trips than the existing user's path):
    if another workstation inserts the same name meanwhile, the unit is run again."""
    query = select(LoginFailure).where(LoginFailure.name_key == key).with_for_update()
    row = uow.session.execute(query).scalar_one_or_none()
    if row is None:
        row = LoginFailure(name_key=key, failed_attempts=0, last_failed_at=now)
        uow.session.add(row)
    return row


def name_key(name: str) -> str:
    """The key of a login name in login_failures: a digest of the name as typed, trimmed and
    case-folded (never the name: it may be a password typed into the wrong field)."""
    return hashlib.sha256(name.strip().casefold().encode("utf-8")).hexdigest()


def _check_new_password(old_password: str, new_password: str) -> None:
    validate_password(new_password)
    if new_password == old_password:
        raise ValidationError(
            "The new password must differ from the current one", field="new_password"
        )


class UserAdminService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @requires(Permission.MANAGE_USERS)
    def list_users(self, actor: Actor) -> list[UserInfo]:
        return read(
            self.db,
            lambda uow: [
                _info(u) for u in uow.session.scalars(select(User).order_by(User.username))
            ],
        )

    @requires(Permission.MANAGE_USERS)
    def create_user(
        self, actor: Actor, username: str, password: str, role: Role, display_name: str = ""
    ) -> UserInfo:
        name = validate_username(username)
        validate_password(password)
        role = Role(role)
        hashed = hash_password(password)

        def work(uow: UnitOfWork) -> UserInfo:
            user = User(
                username=name,
                display_name=display_name or name,
                password_hash=hashed,
                role=role,
                password_changed_at=utcnow(),
            )
            taken = select(User.id).where(User.username == name)
            if uow.session.scalar(taken) is not None:
                raise ValidationError(
                    "The user name {username} is taken", field="username", username=name
                )
            uow.session.add(user)
            try:
                uow.session.flush()
            except IntegrityError as exc:  # created on another workstation a moment ago
                raise ValidationError(
                    "The user name {username} is taken", field="username", username=name
                ) from exc
            uow.audit(
                "user.create",
                "user",
                user.id,
                {"username": [None, name], "role": [None, role.value]},
            )
            return _info(user)

        return transaction(self.db, actor, work)

    def _get(self, uow: UnitOfWork, user_id: int) -> User:
        user = uow.session.get(User, user_id)
        if user is None:
            raise NotFound("No user with id {user_id}", user_id=user_id)
        return user

    @requires(Permission.MANAGE_USERS)
    def unlock(self, actor: Actor, user_id: int) -> UserInfo:
        """Clear a lockout and the failed-attempt counter."""

        def work(uow: UnitOfWork) -> UserInfo:
            user = self._get(uow, user_id)
            before = {"failed_attempts": user.failed_attempts, "locked_until": user.locked_until}
            user.failed_attempts, user.locked_until = 0, None
            uow.audit(
                "user.unlock",
                "user",
                user.id,
                {
                    "failed_attempts": [before["failed_attempts"], 0],
                    "locked_until": [before["locked_until"], None],
                },
            )
            return _info(user)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_USERS)
    def reset_password(self, actor: Actor, user_id: int, new_password: str) -> UserInfo:
        validate_password(new_password)
        hashed = hash_password(new_password)

        def work(uow: UnitOfWork) -> UserInfo:
            user = self._get(uow, user_id)
            user.password_hash, user.failed_attempts, user.locked_until = hashed, 0, None
            user.password_changed_at = utcnow()
            user.must_change_password = True  # theirs at the next login, not the admin's
            uow.audit("user.reset_password", "user", user.id)  # never the password or its hash
            return _info(user)

        return transaction(self.db, actor, work)

    @requires(Permission.MANAGE_USERS)
    def update_user(
        self,
        actor: Actor,
        user_id: int,
        *,
        role: Role | None = None,
        is_active: bool | None = None,
        display_name: str | None = None,
    ) -> UserInfo:
        def work(uow: UnitOfWork) -> UserInfo:
            user = self._get(uow, user_id)
            before = {
                "role": user.role.value,
                "is_active": user.is_active,
                "display_name": user.display_name,
            }
            if user.id == actor.user_id and (is_active is False or (role and role != Role.ADMIN)):
                raise ValidationError("You cannot demote or disable your own account", field="role")
            if role is not None:
                user.role = Role(role)
            if is_active is not None:
                user.is_active = is_active
            if display_name is not None:
                user.display_name = display_name.strip()
            after = {
                "role": user.role.value,
                "is_active": user.is_active,
                "display_name": user.display_name,
            }
            from app.audit import diff

            uow.audit("user.update", "user", user.id, diff(before, after))
            return _info(user)

        return transaction(self.db, actor, work)

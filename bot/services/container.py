"""The services of one running bot, built once storage is open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from bot.clock import Clock
from bot.config import AlertConfig
from bot.content.store import ContentStore
from bot.i18n import Translator, default_locales_dir
from bot.services.alert_messages import AlertMessages
from bot.services.alerts import AlertService
from bot.services.card import CardService
from bot.services.checkins import CheckinService
from bot.services.contacts import INVITE_LIFETIME, MAX_CONTACTS, ContactService
from bot.services.coordinators import CoordinatorService
from bot.services.erasure import ErasureService
from bot.services.expensive import BoundedSafetyWords, ExpensiveWork
from bot.services.integrity import TamperNotice
from bot.services.interaction import ButtonService, ConversationService, MessageLog
from bot.services.notices import NoticeService
from bot.services.redaction import RedactionService
from bot.services.rights import RightsService
from bot.services.safety_pin import SafetyPinService
from bot.services.updates import UpdateGate
from bot.services.users import UserService
from storage.buttons import ButtonRepository
from storage.cards import CardRepository
from storage.contacts import ContactRepository
from storage.conversations import ConversationRepository
from storage.coordinators import CoordinatorRepository
from storage.db import Database
from storage.erasure import ErasureRepository
from storage.outbox import OutboxRepository
from storage.sent_messages import SentMessageRepository
from storage.updates import ProcessedUpdateRepository
from storage.users import UserRepository


@dataclass(frozen=True)
class Services:
    """Handlers call the services; `database` is here to be closed at shutdown, not queried."""

    clock: Clock
    translate: Translator
    database: Database
    users: UserService
    contacts: ContactService
    cards: CardService
    updates: UpdateGate
    buttons: ButtonService
    conversations: ConversationService
    messages: MessageLog
    admin_ids: frozenset[int]
    coordinators: CoordinatorService
    erasure: ErasureService
    alerts: AlertService
    notices: NoticeService
    checkins: CheckinService
    rights: RightsService
    pins: SafetyPinService
    redactions: RedactionService

    @classmethod
    def build(
        cls,
        database: Database,
        clock: Clock,
        translate: Translator,
        admin_ids: frozenset[int] = frozenset(),
        *,
        invite_lifetime: timedelta = INVITE_LIFETIME,
        max_contacts: int = MAX_CONTACTS,
        alert_config: AlertConfig | None = None,
        content_root: Path | None = None,
    ) -> Services:
        users = UserRepository(database)
        config = alert_config or AlertConfig()
        redactions = RedactionService(database, clock, translate, config.redact_after)
        alerts = AlertService(
            database, clock, AlertMessages(translate), config, redactions=redactions
        )
        notices = NoticeService(OutboxRepository(database), clock)
        # Argon2id checks, bounded across everyone and one at a time per person.
        words = BoundedSafetyWords(database, ExpensiveWork())
        TamperNotice(database, notices, translate, admin_ids).watch()
        return cls(
            clock=clock,
            translate=translate,
            database=database,
            users=UserService(users, clock),
            contacts=ContactService(
                ContactRepository(database),
                users,
                clock,
                invite_lifetime=invite_lifetime,
                max_contacts=max_contacts,
                alerts=alerts,
                redactions=redactions,
            ),
            cards=CardService(CardRepository(database), clock),
            updates=UpdateGate(ProcessedUpdateRepository(database), clock),
            buttons=ButtonService(ButtonRepository(database), users, clock),
            conversations=ConversationService(ConversationRepository(database), clock),
            messages=MessageLog(SentMessageRepository(database), clock),
            admin_ids=admin_ids,
            coordinators=CoordinatorService(CoordinatorRepository(database), admin_ids),
            erasure=ErasureService(ErasureRepository(database), clock, redactions),
            alerts=alerts,
            notices=notices,
            checkins=CheckinService(database, clock, alerts, translate, words),
            rights=RightsService(
                ContentStore(content_root or default_locales_dir(), translate),
                translate,
            ),
            pins=SafetyPinService(database, clock, alerts, words),
            redactions=redactions,
        )

    async def close(self) -> None:
        await self.database.close()

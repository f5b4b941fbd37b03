"""The demo's admin list: BOT_ADMINS, plus whoever the console's `:admin` adds."""

from bot.demo_control import DemoAdmins


def test_demo_admins_are_the_configured_ones_and_those_added_later():
    admins = DemoAdmins({111000007})
    assert isinstance(admins, frozenset)  # what the configuration holds
    assert 111000007 in admins
    assert 111000002 not in admins
    admins.add(111000002)
    assert 111000002 in admins
    assert 111000003 not in admins

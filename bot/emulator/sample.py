"""`:sample` in the demo console: a ready network, set up by typing what a newcomer would type.

The lines are ordinary console lines, echoed as they run, so the transcript also shows how to
do each step by hand.
"""

SAMPLE_INTRO = """\
Setting up a sample network: alice is the defender; bob is her tier-1 contact and carol her
tier-2 contact; cora is a coordinator, admin of the bot and member of the group Coordinators."""

SAMPLE_SCRIPT = (
    "@cora /start",
    ":admin @cora",
    "@alice /start",
    # Bob: tier 1 (the first button), shown Alice's Telegram name (the first button).
    "/invite",
    "Bob",
    "#1",
    "#1",
    "@bob /start",
    ":accept @alice",
    "#1",
    # Carol: tier 2.
    "@alice /invite",
    "Carol",
    "#2",
    "#1",
    "@carol /start",
    ":accept @alice",
    "#1",
    # The coordinators' group, made the network's coordinators' chat by its admin.
    ":group Coordinators @cora",
    "@cora :in Coordinators",
    "/coordinators",
    "@alice",
)

SAMPLE_DONE = """\
The sample network is ready; you are alice. Try:
  /sos at the border post      alice raises an SOS: bob (tier 1) gets it at once
  :wait 10m                    nobody answered: carol (tier 2) gets it too
  :wait 10m                    still nobody: the Coordinators group gets it
  @cora #1                     cora takes it on from the group ("I'm on it")
  @bob #1                      ... or bob does, from his own chat"""

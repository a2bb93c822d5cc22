"""Every command Skranke knows, from each feature's table: the one catalogue.

The desk (ui/composition.py: its `CommandBus`; local_cache's sync rebase) and the
server (server/cli.py → `create_app` → the push) are built with this same object,
so a command means the same wherever it runs. A command missing here is refused
with a reason (`UnknownCommandError`): the server keeps it waiting, never guesses.
"""

from __future__ import annotations

from app.commands import handlers as desk
from app.commands.catalogue import Catalogue
from app.jobnet import handlers as jobnet
from app.jobshop import handlers as jobshop
from app.phone import handlers as phone
from app.queue import handlers as queue
from app.reference_data import commands as reference_data
from app.security import handlers as security
from app.selfservice import handlers as selfservice
from app.visitation import handlers as visitation

CATALOGUE = Catalogue(
    desk.HANDLERS,
    queue.HANDLERS,
    visitation.HANDLERS,
    jobshop.HANDLERS,
    security.HANDLERS,
    reference_data.HANDLERS,
    jobnet.HANDLERS,
    selfservice.HANDLERS,
    phone.HANDLERS,
)

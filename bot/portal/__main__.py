"""`python -m bot.portal ...`: manage the portal's staff accounts (see bot.portal.cli)."""

import sys

from bot.portal.cli import main

sys.exit(main())

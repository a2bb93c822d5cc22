"""`python -m server …` is the same as `skranke-server …`."""

from server.cli import main

raise SystemExit(main())

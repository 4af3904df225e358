import sys

from icdesk.cli import main

sys.exit(main())

import sys

from eventcoder.cli import main

sys.exit(main())

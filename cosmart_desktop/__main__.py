"""``python -m cosmart_desktop``"""

import sys

from .app import main

sys.exit(main())

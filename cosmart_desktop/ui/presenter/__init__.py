"""The projector: screen service, presenter window, live preview."""

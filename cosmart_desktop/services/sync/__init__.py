"""Sync of workspaces through a shared store (DESIGN.md §5): see ``run``."""

from .address import StoreAddress, parse_address
from .conflicts import ConflictInfo, ConflictService, Restored
from .hub import HubStore, StoreError
from .run import SyncSummary, site_label, sync_workspace

__all__ = [
    "ConflictInfo",
    "ConflictService",
    "HubStore",
    "Restored",
    "StoreAddress",
    "StoreError",
    "SyncSummary",
    "parse_address",
    "site_label",
    "sync_workspace",
]

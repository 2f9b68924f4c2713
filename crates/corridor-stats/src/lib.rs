//! corridor-stats (being built).

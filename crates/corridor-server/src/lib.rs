//! corridor-server (being built).

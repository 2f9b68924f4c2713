//! corridor-store (being built).

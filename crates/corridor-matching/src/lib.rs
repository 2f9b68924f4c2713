//! corridor-matching (being built).

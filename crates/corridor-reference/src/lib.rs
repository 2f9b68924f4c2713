//! corridor-reference (being built).

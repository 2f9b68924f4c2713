//! corridor-domain (being built).

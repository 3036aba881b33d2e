"""The PySide6 user interface. It calls app/ services and shows their results; it never
imports sqlalchemy or models, never opens a session and never decides a business rule."""

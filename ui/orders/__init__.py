"""The Orders tab's parts: labels, the lazy table model, the detail pane and dialogs."""

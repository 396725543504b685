"""The public chat's drawing: the conversation state, one answer, and the page around it.
``app.py`` puts them together; the logic they draw is in ``assistant/chat/``."""

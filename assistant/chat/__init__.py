"""What the public chat shows around an answer, as pure functions the pages draw: the
short answer first, contact buttons, sources a layperson can check, and the answer to
mail or save. Links are built here only, from validated values."""

"""Translation: Argos package management (models), the batched CTranslate2 engine, translation memory."""

"""The exercise knowledge base: model, vocabulary, validation and search (pure)."""

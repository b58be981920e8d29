"""Story-level evaluation: a gold file of whole stories, matching rules and scores."""

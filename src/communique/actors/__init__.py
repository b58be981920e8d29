"""Actor resolution: countries, roles, bodies and persons to CAMEO-style codes."""

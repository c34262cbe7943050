"""The designer's preview window (`studio template preview DIR`): redraws on every save."""

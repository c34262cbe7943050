"""Template format v1: schema, loading with precise errors, and lint."""

from studio.core.template.loader import LoadedTemplate, TemplateError, load_template
from studio.core.template.schema import Template

__all__ = ["LoadedTemplate", "Template", "TemplateError", "load_template"]

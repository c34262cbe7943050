"""Template formats 1 and 2: schema, loading with precise errors, and lint."""

from studio.core.template.errors import Problem, TemplateError
from studio.core.template.loader import LoadedTemplate, load_template
from studio.core.template.schema import Template

__all__ = ["LoadedTemplate", "Problem", "Template", "TemplateError", "load_template"]

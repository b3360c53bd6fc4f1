"""The claim checker: verify factual claims against source documents."""

__version__ = "0.1.0"

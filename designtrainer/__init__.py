"""designtrainer: an offline terminal trainer for ML system-design interviews.

The package root stays import-light on purpose: `designtrainer --help` and `grade` must not pay
for jsonschema, markdown-it-py or textual. Import what you need from the submodules.
"""

__version__ = "0.1.0"

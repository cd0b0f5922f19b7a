"""Target Practice core: the Big Resume model, its XML, the store, analysis, tailoring and export.

Pure Python: nothing here imports Streamlit. WeasyPrint and the OpenAI SDK are imported only inside
the functions that need them, because each costs about a second to import.
"""

__version__ = "0.1.0"

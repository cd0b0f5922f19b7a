"""Streamlit helpers shared by the pages: session state, the error boundary, shared widgets."""

"""Export page (written by another helper; this placeholder only says what it will do)."""

import streamlit as st

st.title("Export")
st.write("Download the tailored resume as PDF, Word or JSON Resume.")
st.info("Tailor a resume on the Tailor page first.")

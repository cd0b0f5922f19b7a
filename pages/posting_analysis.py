"""Posting Analysis page (written by another helper; this placeholder only says what it will do)."""

import streamlit as st

st.title("Posting Analysis")
st.write("Paste or upload a job posting to pull out its explicit and implied requirements.")
st.info("Needs only the posting text; works offline.")

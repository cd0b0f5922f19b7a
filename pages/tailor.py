"""Tailor page (written by another helper; this placeholder only says what it will do)."""

import streamlit as st

st.title("Tailor")
st.write("Pick a saved posting and assemble a one-page resume from your Big Resume.")
st.info("Load or import a Big Resume first, and analyse a posting on the Posting Analysis page.")

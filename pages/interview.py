"""Interview page (written by another helper; this placeholder only says what it will do)."""

import streamlit as st

st.title("Interview")
st.write("Talk through a job or project so its stories become accomplishments and skills.")
st.info("Load or import a Big Resume first (Big Resume page), then pick a job or project to talk about.")

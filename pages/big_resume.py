"""Big Resume page."""

import streamlit as st

st.title("Big Resume")
st.info("This page is being built.")

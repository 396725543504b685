"""The tabs of the staff pages "Dokument" and "Granskning", one module each.

Plain modules, not pages: the app lists its pages itself (``st.navigation`` in
``app.py``), as it does for ``pages/shared.py``, and Streamlit never scans a sub-folder
of ``pages/`` for pages either. Like the pages, the tabs only draw; the work is done in
``assistant/staff/``.
"""

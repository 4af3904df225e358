"""Printed documents (ReportLab): the SOP handbook, summaries, scorecards and agreement sheets.

Nothing is imported here: a screen that only names a document (``reports.spec``) loads no ReportLab;
``reports.registry`` loads every document module when one is listed or made.
"""

"""Printed documents (ReportLab): the SOP handbook, summaries, scorecards and agreement sheets."""

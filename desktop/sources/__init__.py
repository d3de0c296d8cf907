"""Sources: fetching pages, reading files, archiving originals and extracting their text.

Qt-free and database-free: every function takes bytes and gives text, metadata or a refusal
(``SourceRefused``) whose message is one sentence for the user. Heavy libraries (httpx, trafilatura,
pypdf, python-docx, warcio) are imported inside the functions that need them, so importing this
package costs nothing at start-up.
"""

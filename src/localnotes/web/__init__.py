"""The local web app behind `localnotes app`: server-rendered pages over the same service
functions the CLI calls, served on 127.0.0.1 only, behind a per-launch token.

Importing this package imports nothing heavy; `server` and `app` import Starlette and uvicorn
(the `app` extra).
"""

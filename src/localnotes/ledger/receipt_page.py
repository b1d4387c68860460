"""The receipt as one HTML file that checks itself in any browser, offline.

The page holds the receipt (JSON, in a data block), the plain-language wording the clinic signed,
the key fingerprint, a QR code of the verification code and fingerprint (made here with segno),
and one inline script: TweetNaCl 1.0.3 (vendored, pinned by SHA-256 in vendor/.../VENDOR.json)
followed by `receipt_verify.js`, which checks what `localnotes verify --offline` checks.

Why a hash-pinned inline script: the file is opened from the patient's disk, where there is no
server to send headers and no "self" to load a script from, so the policy travels in a <meta>
tag and the script in the page. `script-src 'sha256-…'` lets exactly that script run and no
other: markup slipped into any field (the clinic's name, say) cannot run, and `default-src
'none'` with nothing else allowed means the page cannot fetch, send or load anything, even if the
script were wrong. The hash is the same for every receipt of one localnotes version, so anyone can
compare it with the published script.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from datetime import tzinfo
from functools import cache
from importlib import resources
from typing import Any

from localnotes.ledger.receipt_render import base_css, facts, how_to_check, json_name_for, page

NACL_VERSION = "1.0.3"
_VENDOR = f"vendor/tweetnacl-{NACL_VERSION}"

_CSS = (
    base_css(42)
    + """.code, .fp { font-family: 'Courier New', monospace; font-size: 1.3em;
             letter-spacing: .05em; white-space: nowrap; }
.verdict { border: 3px solid #888; border-radius: .4em; padding: .6em 1em; margin: 1em 0; }
.verdict .verdict-head { font-size: 1.25em; font-weight: bold; margin-bottom: .3em; }
.verdict[data-verdict=genuine] { border-color: #1b7a2f; background: #eef8f0; }
.verdict[data-verdict=altered] { border-color: #b00020; background: #fdecee; }
.tools { border: 1px dashed #999; border-radius: .4em; padding: .4em 1em; margin: 1em 0; }
.tools.dropping { background: #eef3fb; border-color: #2255aa; }
input[type=text] { font: inherit; width: 100%; box-sizing: border-box; padding: .3em; }
.qr { display: flex; gap: 1em; align-items: center; flex-wrap: wrap; }
.qr svg { flex: none; }
[hidden] { display: none !important; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  .noprint, .tools { display: none !important; }
  .verdict { border-width: 2px; background: none !important; }
  h2 { break-after: avoid; }
  section, .qr { break-inside: avoid; }
}
"""
)


@cache
def _asset(name: str) -> str:
    return (resources.files("localnotes.ledger") / name).read_text(encoding="utf-8")


@cache
def script() -> str:
    """The page's one script: TweetNaCl, then the verifier."""
    return _asset(f"{_VENDOR}/nacl.min.js") + "\n" + _asset("receipt_verify.js")


def _hash_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def csp() -> str:
    """The page's Content-Security-Policy (also sent as a header where the web app serves it)."""
    return (
        f"default-src 'none'; script-src {_hash_source(script())}; "
        f"style-src {_hash_source(_CSS)}; base-uri 'none'; form-action 'none'"
    )


def qr_payload(receipt: dict[str, Any]) -> str:
    """What the QR code says: enough for a phone to show the two things a patient compares."""
    return (
        f"localnotes receipt\nverification code: {receipt['verification_code']}\n"
        f"clinic key fingerprint: {receipt['public_key']['fingerprint']}"
    )


def qr_svg(receipt: dict[str, Any]) -> str:
    """The QR code as inline SVG (no image request), made on this computer."""
    import segno

    return str(segno.make(qr_payload(receipt), error="m").svg_inline(scale=3, dark="#000"))


def _data_block(receipt: dict[str, Any]) -> str:
    """The receipt as JSON a <script type="application/json"> can hold: no '<', '>' or '&'."""
    text = json.dumps(receipt, sort_keys=True, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _wording(receipt: dict[str, Any], tz: tzinfo | None) -> tuple[str, list[tuple[str, str]]]:
    """The signed wording when the receipt has one (the script checks the page shows it)."""
    w = receipt.get("wording")
    if isinstance(w, dict) and isinstance(w.get("title"), str):
        return w["title"], [(str(h), str(p)) for h, p in w.get("sections", [])]
    return facts(receipt, tz)


def render_html(
    receipt: dict[str, Any],
    tz: tzinfo | None = None,
    html_name: str = "receipt.html",
    json_name: str | None = None,
) -> str:
    """The receipt as one self-contained HTML page that checks itself; `html_name` and
    `json_name` are the files the patient is given, so the page can name them."""
    title, sections = _wording(receipt, tz)
    esc = html.escape
    key = receipt["public_key"]
    json_name = json_name or json_name_for(html_name)
    facts_html = "\n".join(
        f"<section data-fact><h2>{esc(h)}</h2><p{' class=code' if h == 'Verification code' else ''}"
        f">{esc(p)}</p></section>"
        for h, p in sections
    )
    how = esc(how_to_check(receipt, html_name, json_name))
    how = how.replace(esc(html_name), f'<b data-file="html">{esc(html_name)}</b>', 1)
    fp = esc(key["fingerprint"])
    how = how.replace(fp, f"<span data-fingerprint>{fp}</span>", 1)
    how = how.replace(
        f"running: localnotes verify {esc(json_name)} --offline --public-key {esc(key['vkey'])}",
        f'running:<br><code>localnotes verify <span data-file="json">{esc(json_name)}</span> '
        f"--offline --public-key <span data-vkey>{esc(key['vkey'])}</span></code>",
    )
    body = f"""<div id="ln-verdict" class="verdict" data-verdict="unchecked" role="status">
<p class="verdict-head">Not checked here.</p>
<p>This page checks the clinic's signatures by itself when it is opened in a web browser that runs
its built-in script, with nothing to install and nothing sent anywhere. Here the script did not run
(JavaScript may be off), so the receipt below can be read but was not checked. To check it another
way, see &ldquo;How to check this receipt&rdquo; at the end.</p>
</div>
{facts_html}
<section>
<h2>The clinic's key</h2>
<div class="qr">{qr_svg(receipt)}
<p>Key fingerprint: <span data-fingerprint class="fp">{esc(key["fingerprint"])}</span><br>
Verification code: <span class="code">{esc(str(receipt["verification_code"]))}</span><br>
The QR code holds the same two codes, for a phone to read.</p></div>
</section>
<section id="ln-key" class="tools" hidden>
<h2>Compare with the key the clinic gave you</h2>
<p><label for="ln-key-input">Type or paste the fingerprint or public key the clinic shows at its
front desk or on its website:</label></p>
<p><input type="text" id="ln-key-input" autocomplete="off" spellcheck="false"></p>
<p id="ln-key-result" aria-live="polite"></p>
</section>
<section id="ln-compare" class="tools" hidden>
<h2>Compare with an earlier receipt</h2>
<p>Drop an earlier receipt from this clinic (its .html or .json file) onto this box, or choose it:
the page checks that both were signed by the same key and that the clinic's log only grew in
between, with nothing taken out or rewritten.</p>
<p><input type="file" id="ln-earlier" accept=".html,.htm,.json"></p>
<p id="ln-compare-result" aria-live="polite"></p>
</section>
<section>
<h2>How to check this receipt</h2>
<p>{how}</p>
</section>
<script type="application/json" id="ln-receipt">{_data_block(receipt)}</script>
<script>{script()}</script>"""
    policy = (
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp(), quote=False)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
    )
    return page(title, body, css=_CSS, head=policy)

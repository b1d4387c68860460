/* localnotes receipt check, run by the receipt page itself, offline.
 *
 * It checks what `localnotes verify RECEIPT --offline` checks (ledger/receipts.py), in the same
 * order and with the same messages: the Ed25519 signature on the checkpoint (a C2SP signed
 * note), the entry's hash and its RFC 6962 inclusion proof to the signed root, and the
 * receipt's own signature over all its fields. Then it checks that the words and the key
 * fingerprint shown on the page are the signed ones. SHA-256 comes from WebCrypto; Ed25519 too
 * where the browser has it, and otherwise from TweetNaCl (vendored into the page, before this
 * script). Nothing is fetched: the page's Content-Security-Policy forbids it anyway.
 */
(function () {
  "use strict";
  var FORMAT = "localnotes-receipt";
  var VERSION = 1;
  var SIG_HEADER = "localnotes-receipt/v1";
  var SIG_PREFIX = "\u2014 ";
  var KINDS = { consent: ["consent_granted", "consent_withdrawn"], deletion: ["deleted"] };
  var TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
  var SIZE = /^(0|[1-9][0-9]{0,18})$/;
  var enc = new TextEncoder();

  function Problem(message) {
    this.message = message;
  }
  function fail(message) {
    throw new Problem(message);
  }

  // -- bytes -----------------------------------------------------------------------------------

  var B64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

  function b64decode(text) {
    // Python's base64.b64decode(text, validate=True): the alphabet and padding, nothing else.
    if (typeof text !== "string" || !B64.test(text)) throw new Error("bad base64");
    var bin = atob(text);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function b64encode(bytes) {
    var bin = "";
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    return btoa(bin);
  }
  function b64canonical(text) {
    var raw = b64decode(text);
    if (b64encode(raw) !== text) throw new Error("non-canonical base64");
    return raw;
  }
  function hex(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return s;
  }
  function concat() {
    var n = 0, i, off = 0;
    for (i = 0; i < arguments.length; i++) n += arguments[i].length;
    var out = new Uint8Array(n);
    for (i = 0; i < arguments.length; i++) {
      out.set(arguments[i], off);
      off += arguments[i].length;
    }
    return out;
  }
  function same(a, b) {
    if (a.length !== b.length) return false;
    var d = 0;
    for (var i = 0; i < a.length; i++) d |= a[i] ^ b[i];
    return d === 0;
  }
  async function sha256(bytes) {
    return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  }

  // -- Ed25519 ---------------------------------------------------------------------------------

  // The group order L, little-endian: a signature's S must be below it (RFC 8032 5.1.7), as
  // OpenSSL (behind `localnotes verify`) and WebCrypto insist and TweetNaCl does not check.
  var L = [0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9,
    0xde, 0x14, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10];
  function sBelowOrder(sig) {
    for (var i = 31; i >= 0; i--) {
      if (sig[32 + i] < L[i]) return true;
      if (sig[32 + i] > L[i]) return false;
    }
    return false;
  }
  function fromHex(h) {
    var out = new Uint8Array(h.length / 2);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(h.substr(2 * i, 2), 16);
    return out;
  }
  // RFC 8032 section 7.1, test 1: the browser's Ed25519 is used only if it gets this right.
  var PROBE_KEY = fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
  var PROBE_SIG = fromHex(
    "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701" +
      "cf9b46bd25bf5f0595bbe24655141438e7a100b");
  var engine = null;

  async function webcryptoVerify(pub, msg, sig) {
    var key = await crypto.subtle.importKey("raw", pub, { name: "Ed25519" }, false, ["verify"]);
    return await crypto.subtle.verify({ name: "Ed25519" }, key, sig, msg);
  }
  async function chooseEngine() {
    if (engine) return engine;
    try {
      var ok = await webcryptoVerify(PROBE_KEY, new Uint8Array(0), PROBE_SIG);
      var bad = await webcryptoVerify(PROBE_KEY, new Uint8Array(1), PROBE_SIG);
      engine = ok && !bad ? "webcrypto" : "tweetnacl";
    } catch (e) {
      engine = "tweetnacl";
    }
    if (engine === "tweetnacl" && !(self.nacl && self.nacl.sign)) engine = "none";
    return engine;
  }
  async function ed25519Verify(pub, msg, sig) {
    if (pub.length !== 32 || sig.length !== 64) return false;
    var which = await chooseEngine();
    if (which === "webcrypto") {
      try {
        return await webcryptoVerify(pub, msg, sig);
      } catch (e) {
        return false; // a key that is not a point on the curve
      }
    }
    if (which === "none") fail("this browser cannot check Ed25519 signatures");
    return sBelowOrder(sig) && self.nacl.sign.detached.verify(msg, sig, pub);
  }

  // -- signed notes and checkpoints (ledger/note.py) -------------------------------------------

  function checkName(name) {
    if (!name || name.indexOf("+") >= 0 || /\s/.test(name)) throw new Error("bad key name");
  }
  function checkText(text) {
    if (text.slice(-1) !== "\n") throw new Error("no final newline");
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if ((c < 0x20 && c !== 10) || c === 0x7f) throw new Error("control character");
    }
  }
  function splitNote(note) {
    var split = note.lastIndexOf("\n\n");
    if (split < 0 || note.slice(-1) !== "\n") fail("the signed note is malformed");
    var text = note.slice(0, split + 1);
    var block = note.slice(split + 2);
    var sigs = [];
    try {
      checkText(text);
      var lines = block.slice(0, -1).split("\n");
      if (!block || lines.length > 100) throw new Error("signatures");
      for (var i = 0; i < lines.length; i++) {
        var line = lines[i];
        if (line.indexOf(SIG_PREFIX) !== 0) throw new Error("signature line");
        var rest = line.slice(SIG_PREFIX.length);
        var sp = rest.indexOf(" ");
        var name = sp < 0 ? rest : rest.slice(0, sp);
        checkName(name);
        var raw = b64canonical(sp < 0 ? "" : rest.slice(sp + 1));
        if (raw.length < 5) throw new Error("short signature");
        sigs.push({ name: name, raw: raw });
      }
    } catch (e) {
      fail("the signed note is malformed");
    }
    return { text: text, sigs: sigs };
  }
  async function keyHash(name, pub) {
    return (await sha256(concat(enc.encode(name), new Uint8Array([10, 1]), pub))).slice(0, 4);
  }
  async function openNote(note, keyName, pub) {
    var parts = splitNote(note);
    var want = await keyHash(keyName, pub);
    var mine = parts.sigs.filter(function (s) {
      return s.name === keyName && same(s.raw.slice(0, 4), want);
    });
    if (!mine.length) fail("the signed note carries no signature by the key '" + keyName + "'");
    var msg = enc.encode(parts.text);
    for (var i = 0; i < mine.length; i++) {
      if (!(await ed25519Verify(pub, msg, mine[i].raw.slice(4)))) {
        fail("the signature on the note is not valid: it was altered");
      }
    }
    return parts.text;
  }
  function parseCheckpoint(text) {
    var bad = "the signed checkpoint is malformed";
    if (text.slice(-1) !== "\n") fail(bad);
    var lines = text.slice(0, -1).split("\n");
    if (lines.length < 3 || !lines[0] || !SIZE.test(lines[1]) || lines.slice(3).indexOf("") >= 0) {
      fail(bad);
    }
    var root;
    try {
      root = b64canonical(lines[2]);
    } catch (e) {
      fail(bad);
    }
    if (root.length !== 32) fail(bad);
    return { origin: lines[0], size: Number(lines[1]), root: root };
  }

  // -- canonical JSON and entries (ledger/log.py) ----------------------------------------------

  function byCodePoint(a, b) {
    var x = Array.from(a), y = Array.from(b);
    for (var i = 0; i < Math.min(x.length, y.length); i++) {
      var d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) return d;
    }
    return x.length - y.length;
  }
  function canonical(v) {
    // json.dumps(v, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    if (v === null) return "null";
    if (v === true) return "true";
    if (v === false) return "false";
    if (typeof v === "number") {
      if (!Number.isSafeInteger(v)) throw new Error("a number this page cannot reproduce");
      return String(v);
    }
    if (typeof v === "string") return JSON.stringify(v);
    if (Array.isArray(v)) return "[" + v.map(canonical).join(",") + "]";
    return "{" + Object.keys(v).sort(byCodePoint).map(function (k) {
      return JSON.stringify(k) + ":" + canonical(v[k]);
    }).join(",") + "}";
  }
  function isDict(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }
  function isInt(v) {
    return typeof v === "number" && Number.isInteger(v);
  }
  function parseEntry(text) {
    var obj = JSON.parse(text);
    if (!isDict(obj) || canonical(obj) !== text) throw new Error("not canonical JSON");
    if (obj.v !== 1 || typeof obj.event !== "string") throw new Error("not a ledger entry");
    if (!isInt(obj.seq) || !TIME.test(String(obj.time))) throw new Error("not a ledger entry");
    return obj;
  }

  // -- RFC 6962 / 9162 (ledger/merkle.py) -------------------------------------------------------

  async function leafHash(data) {
    return sha256(concat(new Uint8Array([0]), data));
  }
  async function nodeHash(left, right) {
    return sha256(concat(new Uint8Array([1]), left, right));
  }
  function odd(n) {
    return n % 2 === 1;
  }
  function half(n) {
    return Math.floor(n / 2);
  }
  async function verifyInclusion(index, size, leaf, proof, root) {
    if (!(0 <= index && index < size)) return false;
    var fn = index, sn = size - 1, r = leaf;
    for (var i = 0; i < proof.length; i++) {
      var p = proof[i];
      if (p.length !== 32 || sn === 0) return false;
      if (odd(fn) || fn === sn) {
        r = await nodeHash(p, r);
        while (fn && !odd(fn)) {
          fn = half(fn);
          sn = half(sn);
        }
      } else {
        r = await nodeHash(r, p);
      }
      fn = half(fn);
      sn = half(sn);
    }
    return sn === 0 && same(r, root);
  }
  async function verifyConsistency(m, n, rootM, rootN, proof) {
    if (!(0 <= m && m <= n)) return false;
    if (m === n) return !proof.length && same(rootM, rootN);
    if (m === 0) return false; // receipts never come from an empty log
    if (!proof.length || proof.some(function (c) { return c.length !== 32; })) return false;
    var path = proof.slice();
    if ((m & (m - 1)) === 0) path.unshift(rootM);
    var fn = m - 1, sn = n - 1;
    while (odd(fn)) {
      fn = half(fn);
      sn = half(sn);
    }
    var fr = path[0], sr = path[0];
    for (var i = 1; i < path.length; i++) {
      var c = path[i];
      if (sn === 0) return false;
      if (odd(fn) || fn === sn) {
        fr = await nodeHash(c, fr);
        sr = await nodeHash(c, sr);
        while (fn && !odd(fn)) {
          fn = half(fn);
          sn = half(sn);
        }
      } else {
        sr = await nodeHash(sr, c);
      }
      fn = half(fn);
      sn = half(sn);
    }
    return sn === 0 && same(fr, rootM) && same(sr, rootN);
  }

  // -- keys --------------------------------------------------------------------------------------

  async function fingerprint(pub) {
    var h = hex(await sha256(pub)).slice(0, 16).toUpperCase();
    return h.match(/.{4}/g).join(" ");
  }
  async function parseVerifierKey(vkey) {
    var t = vkey.trim();
    var a = t.indexOf("+"), b = a < 0 ? -1 : t.indexOf("+", a + 1);
    if (b < 0) fail("the public key is not in the form name+hash+key");
    var name = t.slice(0, a), hashHex = t.slice(a + 1, b), key;
    try {
      checkName(name);
      key = b64canonical(t.slice(b + 1));
      if (!/^([0-9a-fA-F]{2})*$/.test(hashHex)) throw new Error("hex");
    } catch (e) {
      fail("the public key is malformed");
    }
    if (key.length !== 33 || key[0] !== 1) fail("the public key is not an Ed25519 key");
    var pub = key.slice(1);
    if (hashHex.length !== 8 || hex(await keyHash(name, pub)) !== hashHex.toLowerCase()) {
      fail("the public key's check digits do not match the key");
    }
    return { name: name, pub: pub };
  }
  async function loadPublicKey(text) {
    // localnotes.ledger.receipts.load_public_key: a vkey, or base64 of the raw 32-byte key.
    var t = text.trim(), raw = null;
    try {
      raw = b64decode(t);
    } catch (e) {
      raw = null;
    }
    if (raw && raw.length === 32) return { name: null, pub: raw };
    if (t.split("+").length - 1 >= 2) return parseVerifierKey(t);
    fail("the public key is neither a vkey nor a 32-byte Ed25519 key in base64");
  }

  // -- the receipt (ledger/receipts.py: verify_receipt_offline) --------------------------------

  function field(r, name, kind) {
    var v = r[name];
    var ok = kind === "str" ? typeof v === "string"
      : kind === "int" ? isInt(v)
      : kind === "list" ? Array.isArray(v)
      : isDict(v);
    if (!ok) fail("the receipt is malformed: '" + name + "' is missing or wrong");
    return v;
  }
  async function signatureText(r) {
    var body = {};
    Object.keys(r).forEach(function (k) {
      if (k !== "signature") body[k] = r[k];
    });
    return SIG_HEADER + "\n" + hex(await sha256(enc.encode(canonical(body)))) + "\n";
  }
  function checkExtensions(r) {
    // the optional fields of newer receipts: consistency proofs and the signed wording
    if ("consistency" in r) {
      var items = r.consistency, last = 0;
      var okC = Array.isArray(items) && items.every(function (it) {
        var good = isDict(it) && Object.keys(it).sort().join() === "proof,tree_size" &&
          isInt(it.tree_size) && last < it.tree_size && it.tree_size < r.tree_size &&
          Array.isArray(it.proof) && it.proof.every(function (p) {
            try {
              return b64decode(p).length === 32;
            } catch (e) {
              return false;
            }
          });
        last = good ? it.tree_size : last;
        return good;
      });
      if (!okC) fail("the receipt is malformed: 'consistency' is missing or wrong");
    }
    if ("wording" in r) {
      var w = r.wording;
      var okW = isDict(w) && Object.keys(w).sort().join() === "sections,title" &&
        typeof w.title === "string" && Array.isArray(w.sections) &&
        w.sections.every(function (s) {
          return Array.isArray(s) && s.length === 2 && typeof s[0] === "string" &&
            typeof s[1] === "string";
        });
      if (!okW) fail("the receipt is malformed: 'wording' is missing or wrong");
    }
  }
  async function embeddedFingerprint(embedded) {
    try {
      return await fingerprint(b64decode(String(embedded)));
    } catch (e) {
      return "unreadable";
    }
  }

  async function verifyReceipt(r, key) {
    if (!isDict(r) || r.format !== FORMAT || r.version !== VERSION) {
      fail("this is not a localnotes receipt of a version this program reads");
    }
    var origin = field(r, "origin", "str");
    if (key.name !== null && key.name !== origin) {
      fail("the receipt comes from a different vault than the key you gave");
    }
    var embedded = field(r, "public_key", "dict").ed25519;
    if (embedded !== b64encode(key.pub)) {
      fail("the receipt was signed by a different vault (key fingerprint " +
        (await embeddedFingerprint(embedded)) + "), not the one whose key you gave (" +
        (await fingerprint(key.pub)) + ")");
    }
    var index = field(r, "index", "int"), size = field(r, "tree_size", "int");
    var text;
    try {
      text = await openNote(field(r, "checkpoint", "str"), origin, key.pub);
    } catch (e) {
      if (!(e instanceof Problem)) throw e;
      fail("the receipt's checkpoint is not signed by this vault");
    }
    var cp = parseCheckpoint(text);
    if (cp.origin !== origin || cp.size !== size) {
      fail("the receipt's checkpoint does not match the receipt");
    }
    var entryText = field(r, "event", "str"), entry, proof;
    try {
      entry = parseEntry(entryText);
      proof = field(r, "inclusion_proof", "list").map(b64decode);
    } catch (e) {
      if (e instanceof Problem) throw e;
      fail("the receipt's event or proof is malformed");
    }
    var kinds = Object.prototype.hasOwnProperty.call(KINDS, String(r.kind)) ? KINDS[r.kind] : [];
    if (entry.seq !== index || kinds.indexOf(entry.event) < 0) {
      fail("the receipt's event does not match the receipt");
    }
    var leaf = await leafHash(enc.encode(entryText));
    if (!(await verifyInclusion(index, size, leaf, proof, cp.root))) {
      fail("the receipt's event is not in the log its checkpoint describes");
    }
    var signed;
    try {
      signed = await openNote(field(r, "signature", "str"), origin, key.pub);
    } catch (e) {
      if (!(e instanceof Problem)) throw e;
      fail("the receipt's signature is not valid: it was altered");
    }
    if (signed !== (await signatureText(r))) fail("the receipt was altered after it was issued");
    checkExtensions(r);
    return { entry: entry, root: cp.root, size: size };
  }
  async function verifyOwn(r) {
    // the receipt against the key it carries: the key a patient then compares by fingerprint
    var pub;
    try {
      pub = b64decode(r.public_key.ed25519);
    } catch (e) {
      fail("the receipt is malformed: 'public_key' is missing or wrong");
    }
    if (pub.length !== 32) fail("the receipt is malformed: 'public_key' is missing or wrong");
    return verifyReceipt(r, { name: null, pub: pub });
  }

  // -- two receipts (ledger/receipt_growth.py: compare_receipts) --------------------------------

  async function compareReceipts(a, b) {
    var va = await verifyOwn(a), vb = await verifyOwn(b);
    if (a.public_key.ed25519 !== b.public_key.ed25519) {
      fail("the two receipts were signed by different keys (fingerprints " +
        (await embeddedFingerprint(a.public_key.ed25519)) + " and " +
        (await embeddedFingerprint(b.public_key.ed25519)) + "): they are not from the same log");
    }
    if (a.origin !== b.origin) fail("the two receipts come from different logs");
    var early = va, late = vb, lateR = b;
    if (va.size > vb.size) {
      early = vb;
      late = va;
      lateR = a;
    }
    if (early.size === late.size) {
      if (!same(early.root, late.root)) {
        fail("the log was rewritten: the two receipts show different logs of the same size");
      }
      return [early.size, late.size];
    }
    var item = (lateR.consistency || []).filter(function (it) {
      return it.tree_size === early.size;
    })[0];
    if (!item) {
      fail("the later receipt carries no proof that the log grew from the earlier receipt's " +
        "(" + early.size + " entries): it was issued to someone else, or by an older version");
    }
    if (!(await verifyConsistency(early.size, late.size, early.root, late.root,
      item.proof.map(b64decode)))) {
      fail("the log was rewritten: the later receipt's log does not extend the earlier one's");
    }
    return [early.size, late.size];
  }

  // -- the page ----------------------------------------------------------------------------------

  function $(sel) {
    return document.querySelector(sel);
  }
  function squash(s) {
    return String(s).replace(/\s+/g, " ").trim();
  }
  function say(el, state, head, detail) {
    el.setAttribute("data-verdict", state);
    el.textContent = "";
    var h = document.createElement("p");
    h.className = "verdict-head";
    h.textContent = head;
    el.appendChild(h);
    (detail || []).forEach(function (line) {
      var p = document.createElement("p");
      p.textContent = line;
      el.appendChild(p);
    });
  }
  function readReceipt(text) {
    // a receipt's .json, or a receipt page (.html) holding one
    var t = text.replace(/^\uFEFF/, "");
    if (/^\s*</.test(t)) {
      var doc = new DOMParser().parseFromString(t, "text/html");
      var data = doc.getElementById("ln-receipt");
      if (!data) fail("that file is not a localnotes receipt");
      t = data.textContent;
    }
    try {
      return JSON.parse(t);
    } catch (e) {
      fail("that file is not a localnotes receipt (not JSON)");
    }
  }
  function checkShown(r, fp) {
    // what the page shows must be what was signed
    if (r.wording) {
      var shown = Array.prototype.map.call(document.querySelectorAll("[data-fact]"), function (s) {
        return [squash(s.querySelector("h2").textContent), squash(s.querySelector("p").textContent)];
      });
      var title = squash($("h1").textContent);
      if (title !== squash(r.wording.title) || squash(document.title) !== title) {
        fail("the title on this page is not the one the clinic signed");
      }
      if (shown.length !== r.wording.sections.length) {
        fail("the words on this page are not the words the clinic signed");
      }
      r.wording.sections.forEach(function (s, i) {
        if (shown[i][0] !== squash(s[0]) || shown[i][1] !== squash(s[1])) {
          fail("the words on this page under \u201c" + shown[i][0] +
            "\u201d are not the words the clinic signed");
        }
      });
    }
    Array.prototype.forEach.call(document.querySelectorAll("[data-fingerprint]"), function (el) {
      if (squash(el.textContent) !== fp) {
        fail("the key fingerprint shown on this page is not that of the key that signed it");
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-vkey]"), function (el) {
      if (squash(el.textContent) !== r.public_key.vkey) {
        fail("the public key shown on this page is not the key that signed it");
      }
    });
  }
  function nameFiles() {
    // "How to check" names the file the patient actually has, even if it was renamed
    if (location.protocol !== "file:") return;
    var name = decodeURIComponent(location.pathname.split("/").pop() || "");
    if (!/\.html?$/i.test(name)) return;
    var stem = name.replace(/\.html?$/i, "");
    Array.prototype.forEach.call(document.querySelectorAll("[data-file=html]"), function (el) {
      el.textContent = name;
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-file=json]"), function (el) {
      el.textContent = stem + ".json";
    });
  }
  function engineWords() {
    return engine === "webcrypto"
      ? "Signatures checked with this browser's built-in Ed25519."
      : "Signatures checked with TweetNaCl 1.0.3, built into this page (this browser has no " +
        "built-in Ed25519).";
  }

  var receipt = null;
  var fp = null;

  async function main() {
    var verdict = $("#ln-verdict");
    nameFiles();
    if (!self.crypto || !crypto.subtle || !self.TextEncoder) {
      say(verdict, "unsupported", "Not checked: this browser cannot check receipts.", [
        "Open this file in a current version of Firefox, Chrome, Edge or Safari, or check it " +
          "with localnotes as described under \u201cHow to check this receipt\u201d."]);
      return;
    }
    try {
      receipt = JSON.parse($("#ln-receipt").textContent);
      fp = await embeddedFingerprint(isDict(receipt.public_key) && receipt.public_key.ed25519);
      $("#ln-key").hidden = false; // checking against the clinic's key works on any receipt
      var own = await verifyOwn(receipt);
      checkShown(receipt, fp);
      var lines = ["The clinic's signatures check out, and every word on this page is what the " +
        "clinic signed. It is entry " + own.entry.seq + " of the clinic's log, as the log stood " +
        "with " + own.size + (own.size === 1 ? " entry." : " entries."),
      "It was signed by the key with fingerprint " + fp + ". Compare it with the fingerprint " +
        "the clinic shows at its front desk, on its website, or on your first receipt.",
      engineWords()];
      if (!receipt.wording) lines.splice(0, 1, "The clinic's signatures check out.");
      say(verdict, "genuine", "This receipt is genuine and unaltered.", lines);
      $("#ln-compare").hidden = false;
    } catch (e) {
      var why = e instanceof Problem ? e.message : "the receipt in this page is unreadable";
      say(verdict, "altered", "Warning: this receipt failed the check. It was altered, or it " +
        "is not what it claims to be.", ["What failed: " + why + "."]);
    }
  }

  async function checkKey() {
    var input = $("#ln-key-input"), out = $("#ln-key-result");
    var text = squash(input.value);
    out.removeAttribute("data-key-match");
    if (!text || !receipt) {
      out.textContent = "";
      return;
    }
    var asFp = text.toUpperCase().replace(/[^0-9A-F]/g, "");
    try {
      if (/^[0-9A-F\s-]+$/i.test(text) && asFp.length === 16) {
        if (asFp !== fp.replace(/ /g, "")) {
          fail("the fingerprint you typed, " + asFp.match(/.{4}/g).join(" ") + ", is not " +
            "that of the key that signed this receipt (" + fp + ")");
        }
      } else {
        await verifyReceipt(receipt, await loadPublicKey(text));
      }
      out.setAttribute("data-key-match", "yes");
      out.textContent = "Same key: this receipt was signed by the key you gave.";
    } catch (e) {
      out.setAttribute("data-key-match", "no");
      out.textContent = "Not the same key: " + (e instanceof Problem ? e.message : String(e)) +
        ".";
    }
  }

  async function compareWith(file) {
    var out = $("#ln-compare-result");
    out.removeAttribute("data-compare");
    out.textContent = "Comparing\u2026";
    try {
      var other = readReceipt(await file.text());
      var sizes = await compareReceipts(receipt, other);
      out.setAttribute("data-compare", "pass");
      out.textContent = sizes[0] === sizes[1]
        ? "Same clinic key, and both receipts show the same log."
        : "Same clinic key, and the log only grew: from " + sizes[0] + " entries, when the " +
          "earlier receipt was issued, to " + sizes[1] + " when the later one was.";
    } catch (e) {
      out.setAttribute("data-compare", "fail");
      out.textContent = "These receipts do not go together: " +
        (e instanceof Problem ? e.message : "that file could not be read") + ".";
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    main();
    var input = $("#ln-key-input");
    if (input) input.addEventListener("input", checkKey);
    var picker = $("#ln-earlier");
    if (picker) {
      picker.addEventListener("change", function () {
        if (picker.files.length) compareWith(picker.files[0]);
      });
    }
    var zone = $("#ln-compare");
    if (zone) {
      zone.addEventListener("dragover", function (ev) {
        ev.preventDefault();
        zone.classList.add("dropping");
      });
      zone.addEventListener("dragleave", function () {
        zone.classList.remove("dropping");
      });
      zone.addEventListener("drop", function (ev) {
        ev.preventDefault();
        zone.classList.remove("dropping");
        if (ev.dataTransfer.files.length) compareWith(ev.dataTransfer.files[0]);
      });
    }
  });
})();

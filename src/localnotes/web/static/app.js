/* localnotes web app: the only script, served from the package (the CSP allows no other).
   It polls the recording status every 500 ms while a recording runs (level, elapsed time,
   live transcript), leaves the screen when the vault locks, and wires the Print buttons.
   Everything works without it except the live updates. */
(function () {
  "use strict";

  function clock(seconds) {
    var s = Math.floor(seconds), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
    var ss = String(s % 60).padStart(2, "0"), mm = String(m).padStart(2, "0");
    return h ? h + ":" + mm + ":" + ss : mm + ":" + ss;
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin", cache: "no-store" }).then(function (r) {
      if (!r.ok) { throw new Error(url + ": " + r.status); }
      return r.json();
    });
  }

  each("[data-print]", function (b) { b.addEventListener("click", function () { window.print(); }); });
  each("[data-back]", function (a) {
    a.addEventListener("click", function (e) {
      if (history.length > 1) { e.preventDefault(); history.back(); }
    });
  });

  var recording = document.querySelector("[data-recording], [data-rec-panel]");
  var onRecordPage = !!document.querySelector("[data-rec-panel]");

  function showLive(paragraphs) {
    var box = document.querySelector("[data-live]");
    if (!box) { return; }
    var last = paragraphs.length ? paragraphs[paragraphs.length - 1].text : "";
    if (box.getAttribute("data-shown") === paragraphs.length + ":" + last) { return; }
    box.setAttribute("data-shown", paragraphs.length + ":" + last);
    while (box.firstChild) { box.removeChild(box.firstChild); }
    paragraphs.forEach(function (para) {
      var p = document.createElement("p"), at = document.createElement("span");
      at.className = "at";
      at.textContent = clock(para.at);
      p.appendChild(at);
      p.appendChild(document.createTextNode(" " + para.text));
      box.appendChild(p);
    });
    box.scrollTop = box.scrollHeight;
  }

  function pollRecording() {
    getJSON("/record/status").then(function (st) {
      each("[data-rec-elapsed]", function (el) { el.textContent = clock(st.elapsed_s); });
      each("[data-rec-phase]", function (el) { el.textContent = st.phase; });
      each("[data-rec-level]", function (el) { el.value = Math.max(-60, st.level_dbfs); });
      showLive(st.live);
      each("[data-rec-behind]", function (el) { el.hidden = st.ready_after_min === null; });
      each("[data-rec-behind-min]", function (el) { el.textContent = st.ready_after_min; });
      each("[data-rec-left]", function (el) { el.hidden = st.left_s === null; });
      each("[data-rec-left-s]", function (el) { el.textContent = st.left_s; });
      if (!st.active) {
        if (onRecordPage) { location.replace("/record"); } else { location.reload(); }
        return;
      }
      setTimeout(pollRecording, 500);
    }).catch(function () { setTimeout(pollRecording, 2000); });
  }
  if (recording) { setTimeout(pollRecording, 500); }

  // When the vault locks (by hand in another tab, or idle), take patient data off the screen.
  if (document.body.getAttribute("data-needs-unlock") === "yes") {
    var watchLock = function () {
      getJSON("/state").then(function (st) {
        if (!st.unlocked) { location.replace("/unlock"); return; }
        setTimeout(watchLock, 2000);
      }).catch(function () { setTimeout(watchLock, 5000); });
    };
    setTimeout(watchLock, 2000);
  }
})();

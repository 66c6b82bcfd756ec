// storyline's only script: progressive enhancement of the ingest form
// (per-file upload progress). Everything it shows is set with textContent.
"use strict";
(function () {
  const form = document.getElementById("ingest");
  if (!form) return;
  const bar = document.getElementById("bar");
  const status = document.getElementById("status");
  const list = document.getElementById("results");
  const box = document.getElementById("progress");

  function headers() {
    const h = {};
    const tok = form.elements.token;
    if (tok && tok.value) h["Authorization"] = "Bearer " + tok.value;
    return h;
  }

  function show(items) {
    for (const it of items) {
      const li = document.createElement("li");
      li.className = it.outcome;
      const o = document.createElement("span");
      o.className = "outcome";
      o.textContent = it.outcome;
      li.append(o, " ");
      if (it.id) {
        const a = document.createElement("a");
        a.href = "/articles/" + encodeURIComponent(it.id);
        a.textContent = it.title || it.input;
        li.append(a);
      } else {
        li.append(it.input || "");
      }
      if (it.error) {
        const w = document.createElement("span");
        w.className = "why";
        // The error names its input, already shown before it: say it once.
        const lead = (it.input || "") + ": ";
        w.textContent = " " + (it.input && it.error.startsWith(lead) ? it.error.slice(lead.length) : it.error);
        li.append(w);
      }
      list.prepend(li);
    }
  }

  function send(body, contentType, onUpload) {
    return new Promise((resolve) => {
      const x = new XMLHttpRequest();
      x.open("POST", "/api/articles");
      const h = headers();
      for (const k in h) x.setRequestHeader(k, h[k]);
      if (contentType) x.setRequestHeader("Content-Type", contentType);
      if (onUpload) x.upload.onprogress = (e) => { if (e.lengthComputable) onUpload(e.loaded / e.total); };
      x.onload = () => {
        let data = null;
        try { data = JSON.parse(x.responseText); } catch (_) { /* not JSON */ }
        resolve({ status: x.status, data: data });
      };
      x.onerror = () => resolve({ status: 0, data: { error: "network error" } });
      x.send(body);
    });
  }

  function report(res, input) {
    if (res.data && res.data.results) show(res.data.results);
    else show([{ input: input, outcome: "failed", error: (res.data && res.data.error) || ("HTTP " + res.status) }]);
  }

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const url = form.elements.url.value.trim();
    const files = Array.from(form.elements.file.files || []);
    const total = files.length + (url ? 1 : 0);
    if (!total) { status.textContent = "Give a page address or choose files."; box.hidden = false; return; }
    box.hidden = false;
    bar.max = total;
    bar.value = 0;
    const button = form.querySelector("button");
    button.disabled = true;
    let done = 0;
    if (url) {
      status.textContent = "Fetching " + url + " …";
      report(await send(JSON.stringify({ url: url }), "application/json"), url);
      bar.value = ++done;
    }
    for (const f of files) {
      status.textContent = "Uploading " + f.name + " (" + (done + 1) + " of " + total + ") …";
      const fd = new FormData();
      fd.append("file", f, f.name);
      report(await send(fd, null, (p) => { bar.value = done + p * 0.9; }), f.name);
      bar.value = ++done;
    }
    status.textContent = "Done: " + done + " of " + total + " processed.";
    button.disabled = false;
    form.reset();
  });
})();

// Served only by ./build.sh serve, which adds it to the pages it serves;
// the built site never loads it. Two jobs:
// 1. Live reload: the server tells (server-sent events) which pages a build
//    changed, and when a build fails, its one `path:line: what` line, shown
//    over the last good page until the next good build.
// 2. Run, Stop and Edit under every runnable block: the run's output comes
//    line by line (a streamed response), then the verdict of the snippet's
//    .expect. An edited file runs as a scratch copy on the server.
(function () {
  "use strict";
  var doc = document;
  var me = doc.currentScript;
  var token = me.dataset.token;
  var words = me.dataset;
  var overlay = doc.getElementById("live-overlay");
  var here = decodeURIComponent(location.pathname).replace(/^\//, "").replace(/(^|\/)$/, "$1index.html");
  var running = 0, reloadWanted = false;

  // ---- live reload ----------------------------------------------------
  function reload() {
    if (running > 0) { reloadWanted = true; return; } // after the runs end
    location.reload();
  }
  var news = new EventSource("/_serve/events?token=" + encodeURIComponent(token));
  news.addEventListener("reload", function (e) {
    var pages = JSON.parse(e.data).pages;
    var broken = !overlay.hidden;
    overlay.hidden = true;
    if (broken || pages.indexOf("*") >= 0 || pages.indexOf(here) >= 0) reload();
  });
  news.addEventListener("problem", function (e) {
    overlay.querySelector(".live-problem").textContent = JSON.parse(e.data).message;
    overlay.hidden = false;
  });

  // ---- runs -----------------------------------------------------------
  function post(path, fields) {
    return fetch(path, {
      method: "POST",
      headers: { "X-Serve-Token": token },
      body: new URLSearchParams(fields)
    });
  }

  // Reads a streamed answer of JSON lines, calling each(line) as they come.
  function readLines(response, each) {
    var reader = response.body.getReader(), decoder = new TextDecoder(), rest = "";
    function pump() {
      return reader.read().then(function (r) {
        rest += decoder.decode(r.value || new Uint8Array(), { stream: !r.done });
        var lines = rest.split("\n");
        rest = lines.pop();
        lines.forEach(function (l) { if (l) each(JSON.parse(l)); });
        if (!r.done) return pump();
      });
    }
    return pump();
  }

  function setUp(block, kind, name) {
    var bar = block.previousElementSibling;
    if (!bar || !bar.classList.contains("run-command")) return;
    var file = bar.dataset.file;
    var live = doc.getElementById("live-bar").content.firstElementChild.cloneNode(true);
    block.after(live);
    var q = function (c) { return live.querySelector(c); };
    var runButton = q(".live-run"), stopButton = q(".live-stop"), editButton = q(".live-edit"),
        resetButton = q(".live-reset"), copyButton = q(".live-copy"), status = q(".live-status"),
        editor = q(".live-editor"), code = q(".live-code"), console_ = q(".live-console"),
        output = q(".live-output"), stderr = q(".live-stderr"), verdict = q(".live-verdict");
    var original = null, runId = null, key = "live-edit:" + file;
    live.dataset.snippet = name;
    live.dataset.side = kind === "snippet" ? "java" : "python";

    function wholeFile() {
      if (original !== null) return Promise.resolve(original);
      return fetch("/" + file).then(function (r) {
        if (!r.ok) throw new Error(file + ": " + r.status);
        return r.text();
      }).then(function (t) { original = t; return t; });
    }
    function edited() { return !editor.hidden && original !== null && code.value !== original; }
    function showEditor(open) {
      editor.hidden = !open;
      block.querySelector(".content").hidden = open;
      editButton.setAttribute("aria-expanded", String(open));
      resetButton.hidden = !open;
      copyButton.hidden = !open;
      live.classList.toggle("editing", open);
    }
    function setState(state, text) {
      live.dataset.state = state;
      status.textContent = text;
      runButton.disabled = state === "running";
      stopButton.disabled = state !== "running";
    }
    function remember() {
      try {
        if (edited()) sessionStorage.setItem(key, code.value); else sessionStorage.removeItem(key);
      } catch (e) { /* not remembered */ }
    }

    editButton.addEventListener("click", function () {
      if (!editor.hidden) { showEditor(false); return; }
      wholeFile().then(function (t) {
        if (!code.value) code.value = t;
        showEditor(true);
        code.focus();
      }, function (e) { setState("failed", String(e.message || e)); });
    });
    resetButton.addEventListener("click", function () {
      code.value = original;
      remember();
      code.focus();
    });
    copyButton.addEventListener("click", function () {
      navigator.clipboard.writeText(code.value).then(function () {
        copyButton.classList.add("done");
        status.textContent = words.copied;
      });
    });
    code.addEventListener("input", remember);
    code.addEventListener("keydown", function (e) { // a tab indents, as in an editor
      if (e.key === "Tab" && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) {
        e.preventDefault();
        code.setRangeText("    ", code.selectionStart, code.selectionEnd, "end");
        remember();
      }
    });

    runButton.addEventListener("click", function () {
      var fields = { snippet: name, side: live.dataset.side };
      var mine = edited();
      if (mine) fields.code = code.value;
      output.textContent = "";
      stderr.textContent = "";
      stderr.hidden = true;
      verdict.textContent = "";
      console_.hidden = false;
      setState("running", words.running + (mine ? " (" + words.edited + ")" : ""));
      running++;
      var ended = false, last = null;
      function end() {
        if (ended) return;
        ended = true;
        runId = null;
        running--;
        if (running === 0 && reloadWanted) location.reload();
      }
      post("/_serve/run", fields).then(function (response) {
        if (!response.ok) {
          return response.json().then(function (r) {
            setState("refused", r.code === "busy" ? words.busy : r.message);
          });
        }
        return readLines(response, function (e) {
          if (e.type === "start") {
            runId = e.id;
          } else if (e.type === "line") {
            output.appendChild(doc.createTextNode(e.text + "\n"));
          } else if (e.type === "end") {
            last = e;
          }
        });
      }).then(function () { // the last lines are drawn before the verdict
        return new Promise(function (resolve) { setTimeout(resolve, 0); });
      }).then(function () {
        if (last) showEnd(last, mine);
      }).catch(function () {
        if (live.dataset.state === "running") setState("lost", words.lost);
      }).then(end);
    });
    stopButton.addEventListener("click", function () {
      if (runId) post("/_serve/stop", { id: runId });
    });

    function showEnd(e, mine) {
      var expect = e.expect + (mine ? " (" + words.edited + ")" : "");
      if (e.status === "passed") {
        setState("passed", words.passed.replace("{expect}", expect));
      } else if (e.status === "stopped") {
        setState("stopped", words.stopped + (e.reason ? ": " + e.reason : ""));
      } else {
        setState("failed", words.failed.replace("{expect}", expect));
      }
      var list = doc.createElement("ul");
      e.problems.forEach(function (p) {
        var li = doc.createElement("li"), c = doc.createElement("code");
        c.textContent = p;
        li.appendChild(c);
        list.appendChild(li);
      });
      if (e.problems.length) verdict.appendChild(list);
      if (e.status === "failed" && e.stderr) {
        stderr.textContent = e.stderr;
        stderr.hidden = false;
      }
    }

    // An edit kept from before a reload comes back.
    var kept = null;
    try { kept = sessionStorage.getItem(key); } catch (e) { kept = null; }
    if (kept !== null) {
      wholeFile().then(function () { code.value = kept; showEditor(true); });
    }
  }

  doc.querySelectorAll(".listingblock.snippet, .listingblock.original").forEach(function (block) {
    var kind = block.classList.contains("snippet") ? "snippet" : "original";
    for (var i = 0; i < block.classList.length; i++) {
      var c = block.classList[i];
      if (c.indexOf(kind + "-") === 0) { setUp(block, kind, c.slice(kind.length + 1)); return; }
    }
  });
})();

// The script every page loads: small progressive enhancements (the search
// engine, search.js, comes on the first search). Every page reads fine without
// it. Works from file:// and over HTTP; nothing is fetched from outside the site.
(function () {
  "use strict";
  var doc = document, root = doc.documentElement, body = doc.body;

  function store(key, value) {
    try {
      if (value === undefined) return localStorage.getItem(key);
      localStorage.setItem(key, value);
    } catch (e) { /* storage may be off: the choice is not remembered */ }
    return null;
  }

  // The root index.html: go on to the language the reader chose before,
  // else to the browser's language; index.html#choose shows the list.
  if (body.classList.contains("language-picker")) {
    var links = {};
    doc.querySelectorAll("a[data-lang]").forEach(function (a) {
      links[a.dataset.lang] = a;
      a.addEventListener("click", function () { store("lang", a.dataset.lang); });
    });
    if (location.hash !== "#choose") {
      var wanted = [store("lang")].concat(navigator.languages || [navigator.language]);
      for (var i = 0; i < wanted.length; i++) {
        var code = wanted[i] && (links[wanted[i]] ? wanted[i] : String(wanted[i]).split("-")[0]);
        if (code && links[code]) { location.replace(links[code].href); return; }
      }
    }
    return;
  }

  // Language switcher: the links already point at the same page in the
  // other language; remember the choice for the root index.html.
  doc.querySelectorAll(".languages a[data-lang]").forEach(function (a) {
    a.addEventListener("click", function () { store("lang", a.dataset.lang); });
  });

  var topbar = doc.querySelector(".topbar");
  function measure() { root.style.setProperty("--topbar", topbar.offsetHeight + "px"); }
  measure();
  addEventListener("resize", measure);

  // Table of contents behind the menu button on narrow screens.
  var sidebar = doc.getElementById("sidebar");
  var navToggle = doc.querySelector(".nav-toggle");
  function setNav(open) {
    sidebar.classList.toggle("open", open);
    navToggle.setAttribute("aria-expanded", String(open));
  }
  navToggle.addEventListener("click", function () {
    setNav(!sidebar.classList.contains("open"));
  });
  sidebar.addEventListener("click", function (e) {
    if (e.target.closest("a")) setNav(false);
  });

  // Theme: follows the system until the reader toggles it; remembered.
  var themeToggle = doc.querySelector(".theme-toggle");
  var systemDark = matchMedia("(prefers-color-scheme: dark)");
  function isDark() {
    return root.dataset.theme ? root.dataset.theme === "dark" : systemDark.matches;
  }
  function showTheme() { themeToggle.setAttribute("aria-pressed", String(isDark())); }
  themeToggle.addEventListener("click", function () {
    var theme = isDark() ? "light" : "dark";
    root.dataset.theme = theme;
    store("theme", theme);
    showTheme();
  });
  systemDark.addEventListener("change", showTheme);
  showTheme();

  // Copy buttons on every code block and every run command.
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return legacyCopy(text); });
    }
    return legacyCopy(text);
  }
  function legacyCopy(text) {
    return new Promise(function (resolve, reject) {
      var area = doc.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = doc.execCommand("copy"); } catch (e) { ok = false; }
      body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }
  function addCopyButton(container, source) {
    var button = doc.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = body.dataset.copy;
    button.addEventListener("click", function () {
      var text = source.textContent.replace(/\n$/, "");
      copyText(text).then(function () {
        flash(button, body.dataset.copied, "done");
      }, function () {
        flash(button, body.dataset.copyFailed, "failed");
      });
    });
    container.appendChild(button);
  }
  function flash(button, text, state) {
    button.textContent = text;
    button.classList.add(state);
    clearTimeout(button.timer);
    button.timer = setTimeout(function () {
      button.textContent = body.dataset.copy;
      button.classList.remove(state);
    }, 2000);
  }
  doc.querySelectorAll(".listingblock .content, .literalblock .content").forEach(function (c) {
    var pre = c.querySelector("pre");
    if (pre) addCopyButton(c, pre);
  });
  doc.querySelectorAll(".run-command").forEach(function (r) {
    var code = r.querySelector("code");
    if (code) addCopyButton(r, code);
  });

  // Code wider than its box scrolls sideways: such a box takes the keyboard
  // focus, so that the arrow keys scroll it (and do not turn the page).
  function scrollers() {
    doc.querySelectorAll("main pre, .run-command code").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth) box.tabIndex = 0; else box.removeAttribute("tabindex");
    });
  }
  scrollers();
  addEventListener("resize", scrollers);

  // Search over this language's pages. The engine (search.js) and the
  // language's index (search-index.js, built with the site) are scripts
  // loaded on the first search, so they work from file:// too and weigh
  // nothing on a page that is only read; a page reached from a result
  // (?highlight=...) loads the engine alone, to mark the words.
  var search = doc.querySelector(".search");
  var input = doc.getElementById("search");
  var results = doc.getElementById("search-results");
  var loaded = {}, loading = {}, waiting = {};

  // Runs then() once the scripts are there; for each purpose (search,
  // highlight) only the latest request waits: the reader may type faster
  // than the scripts load. One that fails to load is tried again next time.
  function need(purpose, srcs, then) {
    waiting[purpose] = { srcs: srcs, then: then };
    srcs.forEach(function (src) {
      if (loaded[src] || loading[src]) return;
      loading[src] = true;
      var script = doc.createElement("script");
      script.src = src;
      script.onload = function () { loaded[src] = true; loading[src] = false; ready(); };
      script.onerror = function () { loading[src] = false; script.remove(); };
      doc.head.appendChild(script);
    });
    ready();
  }
  function ready() {
    Object.keys(waiting).forEach(function (purpose) {
      var w = waiting[purpose];
      if (w && w.srcs.every(function (src) { return loaded[src]; })) {
        delete waiting[purpose];
        w.then();
      }
    });
  }
  function show(then) {
    need("search", [search.dataset.engine, search.dataset.index], function () {
      window.siteSearch.show(input, results, body.dataset.searchNone);
      if (then) then();
    });
  }
  input.addEventListener("focus", function () { show(); });
  input.addEventListener("input", function () { show(); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter") {
      show(function () {
        var first = results.querySelector("a");
        if (first) location.href = first.href;
      });
    } else if (e.key === "ArrowDown") {
      var first = results.querySelector("a");
      if (first) { e.preventDefault(); first.focus(); }
    } else if (e.key === "Escape") {
      results.hidden = true;
    }
  });
  results.addEventListener("keydown", function (e) {
    var links = Array.prototype.slice.call(results.querySelectorAll("a"));
    var i = links.indexOf(doc.activeElement);
    if (e.key === "ArrowDown" && i < links.length - 1) { e.preventDefault(); links[i + 1].focus(); }
    if (e.key === "ArrowUp") { e.preventDefault(); (i > 0 ? links[i - 1] : input).focus(); }
    if (e.key === "Escape") { results.hidden = true; input.focus(); }
  });
  results.addEventListener("click", function (e) {
    if (e.target.closest("a")) results.hidden = true;
  });
  doc.addEventListener("click", function (e) {
    if (!search.contains(e.target)) results.hidden = true;
  });

  // Landing from a search result: the engine marks the query's words.
  var asked = null;
  try { asked = new URLSearchParams(location.search).get("highlight"); } catch (e) { asked = null; }
  if (asked) {
    need("highlight", [search.dataset.engine], function () { window.siteSearch.highlightPage(asked); });
  }

  // "/" jumps to the search box, as in mdBook and many documentation sites.
  doc.addEventListener("keydown", function (e) {
    if (e.key === "/" && !e.ctrlKey && !e.metaKey && !e.altKey
        && !/^(INPUT|TEXTAREA|SELECT)$/.test((doc.activeElement || {}).tagName)) {
      e.preventDefault();
      input.focus();
    }
  });

  // ← and → go to the previous and the next page; not while typing, with a
  // modifier (Alt+← is the browser's Back), or in a box that scrolls sideways.
  doc.addEventListener("keydown", function (e) {
    if ((e.key !== "ArrowLeft" && e.key !== "ArrowRight") || e.defaultPrevented
        || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    var el = e.target;
    if (el.isContentEditable || (el.closest && el.closest("input, textarea, select, .search"))) return;
    for (var n = el; n && n !== body && n.nodeType === 1; n = n.parentElement) {
      if (n.scrollWidth > n.clientWidth && /auto|scroll/.test(getComputedStyle(n).overflowX)) return;
    }
    var link = doc.querySelector(e.key === "ArrowLeft" ? "a[rel=prev]" : "a[rel=next]");
    if (link) location.href = link.href;
  });
})();

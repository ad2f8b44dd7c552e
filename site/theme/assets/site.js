// The site's one script: small progressive enhancements. Every page reads
// fine without it. Works from file:// and over HTTP; nothing is fetched
// from outside the site.
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

  // Search over this language's pages. The index (built with the site) is
  // a script that sets window.searchIndex, loaded on first use, so it works
  // from file:// too. Substring matching on normalized text finds Korean
  // words without a tokenizer.
  var search = doc.querySelector(".search");
  var input = doc.getElementById("search");
  var results = doc.getElementById("search-results");
  var entries = null, loading = false, pending = null;

  function normalize(s) { return s.normalize("NFKC").toLowerCase(); }
  // Runs then() once the index is there; while it loads, only the latest
  // request waits (the reader may type faster than the index loads).
  function loadIndex(then) {
    if (entries) { then(); return; }
    pending = then;
    if (loading) return;
    loading = true;
    var script = doc.createElement("script");
    script.src = search.dataset.index;
    script.onload = function () {
      entries = (window.searchIndex || []).map(function (e) {
        return { href: e[0], page: e[1], section: e[2], text: e[3],
                 title: normalize(e[1] + " " + e[2]), norm: normalize(e[3]) };
      });
      var next = pending;
      pending = null;
      next();
    };
    script.onerror = function () { loading = false; script.remove(); }; // try again on the next key
    doc.head.appendChild(script);
  }
  function find(query) {
    var terms = normalize(query).split(/\s+/).filter(Boolean);
    if (!terms.length) return [];
    var found = [];
    entries.forEach(function (e) {
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var inTitle = e.title.indexOf(terms[i]) >= 0, inText = e.norm.indexOf(terms[i]) >= 0;
        if (!inTitle && !inText) return;
        score += (inTitle ? 10 : 0) + (inText ? 1 : 0);
      }
      found.push({ entry: e, score: score });
    });
    found.sort(function (a, b) { return b.score - a.score; });
    return found.slice(0, 20).map(function (f) { return f.entry; });
  }
  function excerpt(e, terms) {
    var at = -1;
    var lower = e.text.toLowerCase();
    for (var i = 0; i < terms.length && at < 0; i++) at = lower.indexOf(terms[i]);
    if (at < 0) return e.text.slice(0, 110);
    var from = Math.max(0, at - 40);
    return (from > 0 ? "…" : "") + e.text.slice(from, from + 130) + (from + 130 < e.text.length ? "…" : "");
  }
  // Puts text into el, with each term wrapped in <mark> (no innerHTML).
  function highlight(el, text, terms) {
    // lower case keeps the positions (NFKC would not: it turns "…" into "...")
    var norm = text.toLowerCase(), pos = 0;
    if (norm.length !== text.length) { el.textContent = text; return; }
    while (pos < text.length) {
      var next = -1, len = 0;
      terms.forEach(function (t) {
        var at = norm.indexOf(t, pos);
        if (at >= 0 && (next < 0 || at < next)) { next = at; len = t.length; }
      });
      if (next < 0) break;
      el.appendChild(doc.createTextNode(text.slice(pos, next)));
      var mark = doc.createElement("mark");
      mark.textContent = text.slice(next, next + len);
      el.appendChild(mark);
      pos = next + len;
    }
    el.appendChild(doc.createTextNode(text.slice(pos)));
  }
  function show() {
    var query = input.value.trim();
    results.textContent = "";
    if (!query) { results.hidden = true; return; }
    var terms = normalize(query).split(/\s+/).filter(Boolean);
    var hits = find(query);
    if (!hits.length) {
      var none = doc.createElement("p");
      none.className = "none";
      none.textContent = body.dataset.searchNone;
      results.appendChild(none);
    } else {
      var list = doc.createElement("ol");
      hits.forEach(function (e) {
        var li = doc.createElement("li"), a = doc.createElement("a");
        a.href = e.href;
        var where = doc.createElement("span");
        where.className = "where";
        highlight(where, e.section ? e.page + " › " + e.section : e.page, terms);
        var text = doc.createElement("span");
        text.className = "excerpt";
        highlight(text, excerpt(e, terms), terms);
        a.appendChild(where);
        a.appendChild(text);
        li.appendChild(a);
        list.appendChild(li);
      });
      results.appendChild(list);
    }
    results.hidden = false;
  }
  input.addEventListener("focus", function () { loadIndex(show); });
  input.addEventListener("input", function () { loadIndex(show); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter") {
      loadIndex(function () {
        show();
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

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

  // Code wider than its box scrolls sideways: such a box takes the keyboard
  // focus, so that the arrow keys scroll it (and do not turn the page).
  function scrollers() {
    doc.querySelectorAll("main pre, .run-command code").forEach(function (box) {
      if (box.scrollWidth > box.clientWidth) box.tabIndex = 0; else box.removeAttribute("tabindex");
    });
  }
  scrollers();
  addEventListener("resize", scrollers);

  // Search over this language's pages. The index (built with the site) is
  // a script that sets window.searchIndex, loaded on first use, so it works
  // from file:// too. Words are matched as substrings of folded text (see
  // fold), so Korean words are found without a tokenizer, spaces inside a
  // query do not matter (이벤트루프 finds 이벤트 루프) and neither do the
  // usual spelling variants (쓰레드 and 스레드). Every word of the query
  // must occur in a section; sections are ranked by how well they match:
  // a word in the section's title (more as a whole word, more at its start,
  // less in the page's title only), a word typed as code (CompletableFuture, async_with) that
  // is exactly an identifier of the section's code or its snippet's name, how
  // often the words occur for the section's length (BM25, code included),
  // how much of the title the query covers, and the words as one phrase.
  // The page a result leads to highlights the words (?highlight=...).
  var search = doc.querySelector(".search");
  var input = doc.getElementById("search");
  var results = doc.getElementById("search-results");
  var entries = null, loading = false, pending = null, avgLen = 1, glossary = null, prefixes = null;

  // Spellings readers type for the same word, each read as the first of its
  // row (same length, so positions in the text stay put).
  var VARIANTS = [["스레드", "쓰레드"], ["메서드", "메소드"], ["컨텍스트", "콘텍스트"],
    ["태스크", "테스크"], ["블로킹", "블록킹"], ["퓨처", "퓨쳐"], ["파이썬", "파이선"], ["람다", "램다"]];
  var TITLE = 3, START = 1, WORD = 2, PAGE = 1, IDENT = 5, COVER = 2, PHRASE = 1.5, K1 = 1.2, B = 0.5;
  var INTRO = 1000; // the section the glossary says introduces what was asked for: always first

  // Text as it is matched: NFKC, lower case, plain quotes, no white space,
  // one spelling per word. map[i] is where character i was in the text.
  function fold(text) {
    var out = [], map = [];
    for (var i = 0; i < text.length; i++) {
      var n = text[i].normalize("NFKC").toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, "\"")
        .replace(/\s+/g, "");
      for (var j = 0; j < n.length; j++) { out.push(n[j]); map.push(i); }
    }
    var s = out.join("");
    VARIANTS.forEach(function (row) {
      for (var k = 1; k < row.length; k++) s = s.split(row[k]).join(row[0]);
    });
    return { s: s, map: map };
  }
  function parse(query) {
    var terms = [], typed = [];
    query.split(/\s+/).forEach(function (w) {
      var t = fold(w).s;
      if (t && terms.indexOf(t) < 0) { terms.push(t); typed.push(w); }
    });
    return { terms: terms, typed: typed, whole: fold(query).s };
  }
  function count(s, t) {
    var n = 0;
    for (var at = s.indexOf(t); at >= 0; at = s.indexOf(t, at + t.length)) n++;
    return n;
  }
  // Where the words are in a text: [start, end) ranges, in order, merged.
  function locate(text, words) {
    var f = fold(text), ranges = [], merged = [];
    words.forEach(function (t) {
      for (var at = f.s.indexOf(t); at >= 0 && t; at = f.s.indexOf(t, at + t.length)) {
        ranges.push([f.map[at], f.map[at + t.length - 1] + 1]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r);
    });
    return merged;
  }
  function marked(q) { return q.terms.length > 1 ? q.terms.concat([q.whole]) : q.terms; }

  // The glossary (window.searchTerms, from docs/glossary.tsv): each word a
  // reader may type for a concept, folded, with the concept it names. The
  // preferred term first, then the variants and forms to avoid (read as
  // the preferred term), the API names, and the last part of a dotted API
  // name (create_task for asyncio.create_task). A word two concepts claim
  // at the same rank names neither.
  function glossaryIndex() {
    if (glossary) return glossary;
    var index = {}, clash = {}, api = {};
    function add(word, concept, rank) {
      var k = fold(word).s, had = index[k];
      if (!k) return;
      if (!had || had.rank > rank) { index[k] = { concept: concept, rank: rank }; clash[k] = false; }
      else if (had.rank === rank && had.concept !== concept) clash[k] = true;
    }
    (window.searchTerms || []).forEach(function (t) {
      var concept = { href: t[0], term: fold(t[1]).s }, names = {};
      add(t[1], concept, 0);
      t[3].forEach(function (name) {
        var last = name.replace(/\(.*$/, "").split(".").pop();
        names[fold(name).s] = names[fold(last).s] = true;
        api[name.replace(/\s+/g, "")] = true;
        if (last.length >= 6) api[last] = true;
        add(name, concept, 2);
        if (last !== name && last.length >= 6) add(last, concept, 3);
      });
      // a variant that is an API name (TaskGroup) is searched as itself
      t[2].forEach(function (w) { if (!names[fold(w).s]) add(w, concept, 1); });
    });
    Object.keys(clash).forEach(function (k) { if (clash[k]) delete index[k]; });
    glossary = { words: index, api: api };
    return glossary;
  }
  // Every start of a word of the index (two characters or more), for
  // splitting a query written without its spaces into words of the index.
  function wordStarts() {
    if (prefixes) return prefixes;
    prefixes = {};
    entries.forEach(function (e) {
      (e.page + " " + e.section + " " + e.text + " " + e.code).split(/[\s.,:;!?()\[\]{}<>"'`/|=+*-]+/)
        .forEach(function (w) {
          var f = fold(w).s;
          for (var i = 2; i <= Math.min(f.length, 16); i++) prefixes[f.slice(0, i)] = true;
        });
    });
    return prefixes;
  }
  // The fewest words of the index that make up t, or null.
  function split(t) {
    var starts = wordStarts(), best = [[]];
    for (var i = 1; i <= t.length; i++) {
      best[i] = null;
      for (var j = Math.max(0, i - 16); j <= i - 2; j++) {
        if (best[j] && starts[t.slice(j, i)] && (!best[i] || best[j].length + 1 < best[i].length)) {
          best[i] = best[j].concat([t.slice(j, i)]);
        }
      }
    }
    return best[t.length] && best[t.length].length > 1 ? best[t.length] : null;
  }
  function occurs(t) {
    return entries.some(function (e) {
      return e.title.indexOf(t) >= 0 || e.pageTitle.indexOf(t) >= 0
        || e.norm.indexOf(t) >= 0 || e.codeNorm.indexOf(t) >= 0;
    });
  }
  // The query as it is searched: a glossary word read as its concept (the
  // whole query or each word of it), and a word the index does not have
  // split into words it has (코루틴취소: 코루틴, 취소).
  function expand(query) {
    var q = parse(query), g = glossaryIndex().words, whole = g[q.whole];
    // typed as code (AsyncWith), it is that identifier, unless an API name of the glossary is spelled so
    if (whole && /[a-z0-9][A-Z]/.test(query) && !glossaryIndex().api[query.replace(/\s+/g, "")]) whole = null;
    if (whole) {
      q.intro = whole.concept.href;
      if (whole.rank === 1 && !occurs(q.whole)) {
        q.terms = [whole.concept.term]; q.typed = [whole.concept.term]; q.whole = whole.concept.term;
      }
      if (occurs(q.whole) || whole.rank === 1) return q;
    }
    var terms = [], typed = [];
    q.terms.forEach(function (t, i) {
      var hit = g[t], parts = null;
      if (hit && hit.rank === 1 && !occurs(t)) t = hit.concept.term; // a variant the pages do not use
      if (!occurs(t)) parts = split(t);
      (parts || [t]).forEach(function (p) {
        if (terms.indexOf(p) < 0) { terms.push(p); typed.push(parts ? p : q.typed[i]); }
      });
    });
    q.terms = terms;
    q.typed = typed;
    return q;
  }

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
      var total = 0;
      entries = (window.searchIndex || []).map(function (e, n) {
        var intro = !e[2];
        var entry = { n: n, href: e[0], page: e[1], section: e[2], text: e[3], code: e[4] || "",
                      title: fold(intro ? e[1] : e[2]).s, pageTitle: intro ? "" : fold(e[1]).s,
                      words: (intro ? e[1] : e[2]).normalize("NFKC").toLowerCase(),
                      norm: fold(e[3]).s, codeNorm: fold((e[4] || "").replace(/ /g, "|")).s,
                      idents: " " + (e[4] || "") + " " };
        entry.len = entry.norm.length + entry.codeNorm.length;
        total += entry.len;
        return entry;
      });
      avgLen = Math.max(1, total / Math.max(1, entries.length));
      var next = pending;
      pending = null;
      next();
    };
    script.onerror = function () { loading = false; script.remove(); }; // try again on the next key
    doc.head.appendChild(script);
  }
  function find(q) {
    if (!q.terms.length) return [];
    var idf = q.terms.map(function (t) {
      var df = entries.filter(function (e) {
        return e.title.indexOf(t) >= 0 || e.pageTitle.indexOf(t) >= 0
          || e.norm.indexOf(t) >= 0 || e.codeNorm.indexOf(t) >= 0;
      }).length;
      return Math.log(1 + (entries.length - df + 0.5) / (df + 0.5));
    });
    var found = [];
    entries.forEach(function (e) {
      var score = 0;
      for (var i = 0; i < q.terms.length; i++) {
        var t = q.terms[i];
        var at = e.title.indexOf(t), inPage = e.pageTitle.indexOf(t) >= 0;
        var tf = count(e.norm, t) + count(e.codeNorm, t);
        if (at < 0 && !inPage && !tf) return;
        var ident = /_|[a-z0-9][A-Z]/.test(q.typed[i]) && e.idents.indexOf(" " + q.typed[i] + " ") >= 0;
        // a whole word of the title (gather in asyncio.gather) above a
        // word that only begins with it (Gatherers)
        var word = at >= 0 && /^[a-z0-9_]+$/.test(t)
          && new RegExp("(^|[^a-z0-9_])" + t + "($|[^a-z0-9_])").test(e.words);
        score += idf[i] * ((at === 0 ? TITLE + START : at > 0 ? TITLE : PAGE * inPage)
          + (word ? WORD : 0)
          + (ident ? IDENT : 0) + tf * (K1 + 1) / (tf + K1 * (1 - B + B * e.len / avgLen)));
      }
      if (e.title.indexOf(q.whole) >= 0) score += COVER * q.whole.length / e.title.length;
      if (q.terms.length > 1 && (e.title.indexOf(q.whole) >= 0 || e.norm.indexOf(q.whole) >= 0)) score += PHRASE;
      found.push({ entry: e, score: score + (e.href === q.intro ? INTRO : 0) });
    });
    if (q.intro && !found.some(function (f) { return f.entry.href === q.intro; })) {
      entries.forEach(function (e) { if (e.href === q.intro) found.push({ entry: e, score: INTRO }); });
    }
    found.sort(function (a, b) { return b.score - a.score || a.entry.n - b.entry.n; });
    return found.slice(0, 20).map(function (f) { return f.entry; });
  }
  function excerpt(e, words) {
    var at = locate(e.text, words);
    if (!at.length) return e.text.slice(0, 110) + (e.text.length > 110 ? "…" : "");
    var from = Math.max(0, at[0][0] - 40);
    return (from > 0 ? "…" : "") + e.text.slice(from, from + 130) + (from + 130 < e.text.length ? "…" : "");
  }
  // Puts text into el, with the words wrapped in <mark> (no innerHTML).
  function highlight(el, text, words, className) {
    var pos = 0;
    locate(text, words).forEach(function (r) {
      el.appendChild(doc.createTextNode(text.slice(pos, r[0])));
      var mark = doc.createElement("mark");
      if (className) mark.className = className;
      mark.textContent = text.slice(r[0], r[1]);
      el.appendChild(mark);
      pos = r[1];
    });
    el.appendChild(doc.createTextNode(text.slice(pos)));
  }
  // The result's address, asking the page to highlight the query's words.
  function withHighlight(href, query) {
    var hash = href.indexOf("#");
    var page = hash < 0 ? href : href.slice(0, hash);
    return page + "?highlight=" + encodeURIComponent(query) + (hash < 0 ? "" : href.slice(hash));
  }
  function show() {
    var query = input.value.trim();
    results.textContent = "";
    if (!query) { results.hidden = true; return; }
    var q = expand(query), words = marked(q);
    var hits = find(q);
    if (!hits.length) {
      var none = doc.createElement("p");
      none.className = "none";
      none.textContent = body.dataset.searchNone;
      results.appendChild(none);
    } else {
      var list = doc.createElement("ol");
      hits.forEach(function (e) {
        var li = doc.createElement("li"), a = doc.createElement("a");
        a.href = withHighlight(e.href, q.terms.join(" ")); // the words as searched (게더: gather)
        var where = doc.createElement("span");
        where.className = "where";
        highlight(where, e.section ? e.page + " › " + e.section : e.page, words);
        var text = doc.createElement("span");
        text.className = "excerpt";
        highlight(text, excerpt(e, words), words);
        a.appendChild(where);
        a.appendChild(text);
        var names = e.code.split(" ").filter(function (c) { return c && locate(c, words).length; });
        if (names.length) {
          var code = doc.createElement("code");
          code.className = "excerpt-code";
          highlight(code, names.slice(0, 3).join(" "), words);
          a.appendChild(code);
        }
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

  // Landing from a search result: the query's words highlighted in the page
  // (Escape clears them); without a #section, the first one is scrolled to.
  var asked = null;
  try { asked = new URLSearchParams(location.search).get("highlight"); } catch (e) { asked = null; }
  if (asked) {
    var words = marked(parse(asked)), texts = [], firstHit = null;
    var walker = doc.createTreeWalker(doc.getElementById("content"), NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      if (!walker.currentNode.parentElement.closest("script, style, button, .anchor")) texts.push(walker.currentNode);
    }
    texts.forEach(function (node) {
      if (!locate(node.data, words).length) return;
      var span = doc.createDocumentFragment();
      highlight(span, node.data, words, "search-hit");
      firstHit = firstHit || span.querySelector("mark");
      node.parentNode.replaceChild(span, node);
    });
    if (firstHit && !location.hash) firstHit.scrollIntoView({ block: "center" });
    doc.addEventListener("keydown", function (e) {
      if (e.key !== "Escape" || e.target.closest && e.target.closest("input, .search")) return;
      doc.querySelectorAll("mark.search-hit").forEach(function (m) {
        m.replaceWith(doc.createTextNode(m.textContent));
      });
      doc.getElementById("content").normalize();
    });
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

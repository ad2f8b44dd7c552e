// The search engine, loaded by site.js with the language's search index
// (search-index.js) on the first search, and alone on a page reached from a
// result (?highlight=...). Nothing here runs before; every page's own
// script, site.js, is the box and its keys.
//
// Words are matched as substrings of folded text (see fold), so Korean
// words are found without a tokenizer, spaces inside a query do not matter
// (이벤트루프 finds 이벤트 루프) and neither do the usual spelling variants
// (쓰레드 and 스레드). Every word of the query must occur in a section;
// sections are ranked by how well they match: a word in the section's
// title (more as a whole word, more at its start, less in the page's title
// only), a word typed as code (CompletableFuture, async_with) that is
// exactly an identifier of the section's code or its snippet's name, how
// often the words occur for the section's length (BM25, code included), how
// much of the title the query covers, and the words as one phrase.
(function () {
  "use strict";
  var doc = document;
  var entries = null, avgLen = 1, glossary = null, prefixes = null;

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
    // of several words, one that is a concept's term counts as in the title
    // of the section that introduces it (코루틴취소: the section on cancelling)
    if (terms.length > 1) {
      q.intros = terms.map(function (t) { return g[t] && g[t].rank === 0 ? g[t].concept.href : null; });
    }
    return q;
  }

  // The entries of window.searchIndex ([href, section, text, code]; href
  // is #id after an entry of the same page; the page titles are in
  // window.searchPages), folded once.
  function prepare() {
    if (entries) return;
    var total = 0, pages = window.searchPages || {}, file = "";
    entries = (window.searchIndex || []).map(function (e, n) {
      if (e[0].charAt(0) !== "#") file = e[0].replace(/#.*/, "");
      var href = e[0].charAt(0) === "#" ? file + e[0] : e[0];
      var page = pages[file] || "", intro = !e[1], code = e[3] || "";
      var entry = { n: n, href: href, page: page, section: e[1], text: e[2], code: code,
                    title: fold(intro ? page : e[1]).s, pageTitle: intro ? "" : fold(page).s,
                    words: (intro ? page : e[1]).normalize("NFKC").toLowerCase(),
                    norm: fold(e[2]).s, codeNorm: fold(code.replace(/ /g, "|")).s,
                    idents: " " + code + " " };
      entry.len = entry.norm.length + entry.codeNorm.length;
      total += entry.len;
      return entry;
    });
    avgLen = Math.max(1, total / Math.max(1, entries.length));
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
          + (word ? WORD : 0) + (q.intros && q.intros[i] === e.href ? TITLE : 0)
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
  // The results for the query in input, listed in results ("none" when
  // nothing matches).
  function show(input, results, none) {
    prepare();
    var query = input.value.trim();
    results.textContent = "";
    if (!query) { results.hidden = true; return; }
    var q = expand(query), words = marked(q);
    var hits = find(q);
    if (!hits.length) {
      var p = doc.createElement("p");
      p.className = "none";
      p.textContent = none;
      results.appendChild(p);
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
  // Landing from a search result: the query's words highlighted in the page
  // (Escape clears them); without a #section, the first one is scrolled to.
  function highlightPage(asked) {
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

  window.siteSearch = { show: show, highlightPage: highlightPage };
})();

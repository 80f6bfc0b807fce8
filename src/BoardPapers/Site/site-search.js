(function () {
  "use strict";
  var box = document.getElementById("bp-q");
  var status = document.getElementById("bp-status");
  var list = document.getElementById("bp-results");
  var TEXTS = 100;
  var query = new URLSearchParams(window.location.search).get("q") || "";
  box.value = query;
  // The same accented letters the index folds, each to the same plain letter (SiteSearch.Accented and Plain).
  var ACCENTED = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžſ";
  var PLAIN = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzs";
  function fold(text) {
    return text.toLowerCase().replace(/[\u00c0-\u017f]/g, function (c) { var at = ACCENTED.indexOf(c); return at < 0 ? c : PLAIN[at]; });
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 1; });
  }
  function shard(word) { return /^[a-z0-9]/.test(word) ? word[0] : "_"; }
  function json(path, absent) {
    return fetch(path).then(function (r) {
      if (r.status === 404 && absent) { return absent; }
      if (!r.ok) { throw new Error(path); }
      return r.json();
    });
  }
  var wanted = words(query).slice(0, 10);
  if (wanted.length === 0) { return; }
  status.textContent = "Searching…";
  var shards = wanted.map(shard).filter(function (s, i, all) { return all.indexOf(s) === i; });
  // A part of the index no word starts in is not written: it holds nothing.
  Promise.all([json("search/pages.json")].concat(shards.map(function (s) { return json("search/" + s + ".json", {}); })))
    .then(function (loaded) {
      var pages = loaded[0];
      var index = {};
      shards.forEach(function (s, i) { index[s] = loaded[i + 1]; });
      var found = null;
      wanted.forEach(function (w) {
        var hits = {};
        var part = index[shard(w)];
        Object.keys(part).forEach(function (k) {
          if (k.lastIndexOf(w, 0) === 0) { part[k].forEach(function (p) { hits[p] = (hits[p] || 0) + (k === w ? 2 : 1); }); }
        });
        if (found === null) { found = hits; return; }
        var both = {};
        Object.keys(found).forEach(function (p) { if (hits[p]) { both[p] = found[p] + hits[p]; } });
        found = both;
      });
      var ids = Object.keys(found).map(Number);
      ids.sort(function (a, b) { return found[b] - found[a] || pages[b].o - pages[a].o || a - b; });
      status.textContent = ids.length === 0
        ? "No papers contain " + wanted.join(" and ") + "."
        : ids.length + (ids.length === 1 ? " paper contains " : " papers contain ") + wanted.join(" and ") + (ids.length > 50 ? ": the 50 that mention them most are shown." : ".");
      var shown = ids.slice(0, 50);
      var chunks = shown.map(function (id) { return Math.floor(id / TEXTS); }).filter(function (c, i, all) { return all.indexOf(c) === i; });
      return Promise.all(chunks.map(function (c) { return json("search/text/" + c + ".json", []); })).then(function (loadedTexts) {
        var texts = {};
        chunks.forEach(function (c, i) { texts[c] = loadedTexts[i]; });
        shown.forEach(function (id) { list.appendChild(result(pages[id], (texts[Math.floor(id / TEXTS)] || [])[id % TEXTS])); });
      });
    })
    .catch(function () { status.textContent = "The search index could not be loaded: every meeting is listed on its committee's page."; });

  // The page's words around the first place one of the words asked for starts a word, each such word marked.
  function context(text) {
    if (!text) { return null; }
    var plain = fold(text);
    if (plain.length !== text.length) { plain = text.toLowerCase(); }
    var at = -1;
    wanted.forEach(function (w) {
      var re = new RegExp("(^|[^\\p{L}\\p{N}])" + w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "u");
      var m = re.exec(plain);
      if (m && (at < 0 || m.index + m[1].length < at)) { at = m.index + m[1].length; }
    });
    if (at < 0) { return null; }
    var start = Math.max(0, text.lastIndexOf(" ", Math.max(0, at - 80)));
    var end = text.indexOf(" ", Math.min(text.length, at + 180));
    if (end < 0) { end = text.length; }
    var piece = text.slice(start, end).trim();
    var lowered = plain.slice(start, end).trim();
    var p = document.createElement("p");
    p.className = "govuk-body";
    if (start > 0) { p.appendChild(document.createTextNode("… ")); }
    var marks = [];
    wanted.forEach(function (w) {
      var re = new RegExp("(^|[^\\p{L}\\p{N}])(" + w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "[\\p{L}\\p{N}]*)", "gu");
      var m;
      while ((m = re.exec(lowered)) !== null) { marks.push([m.index + m[1].length, m.index + m[0].length]); }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var from = 0;
    marks.forEach(function (mark) {
      if (mark[0] < from) { return; }
      p.appendChild(document.createTextNode(piece.slice(from, mark[0])));
      var strong = document.createElement("mark");
      strong.textContent = piece.slice(mark[0], mark[1]);
      p.appendChild(strong);
      from = mark[1];
    });
    p.appendChild(document.createTextNode(piece.slice(from) + (end < text.length ? " …" : "")));
    return p;
  }

  function result(page, text) {
    var item = document.createElement("li");
    var heading = document.createElement("h2");
    heading.className = "govuk-heading-s";
    var link = document.createElement("a");
    link.className = "govuk-link";
    link.href = page.u;
    link.textContent = page.t;
    heading.appendChild(link);
    item.appendChild(heading);
    if (page.c) {
      var where = document.createElement("p");
      where.className = "govuk-body-s bp-search-meta";
      where.textContent = page.c;
      item.appendChild(where);
    }
    var about = context(text);
    if (about === null) {
      about = document.createElement("p");
      about.className = "govuk-body";
      about.textContent = page.s;
    }
    item.appendChild(about);
    return item;
  }
}());

/// The search page's script and the index it reads. The script is first-party and small: it
/// reads `?q=` (and `authority=`) from the address the search form submitted, looks each word
/// up in the keyword index by prefix ("passport" finds "passports"), keeps the documents that
/// have every word, ranks those whose title has the words first (then the shorter title), and lists them as links with
/// the matching words shown. No network request; works from `file://`.
enum SearchScript {
    /// `search-index.js`: `window.policyGuideSearch = {docs: [[title, kind, href, policy], …],
    /// words: [[word, [doc, …]], …], common: [word, …]}`, hrefs relative to the search page at
    /// `from`. Only documents some listed keyword finds are written, numbered afresh.
    static func index(_ index: KeywordIndex, from: String) -> String {
        String(decoding: indexBytes(index, from: from), as: UTF8.self)
    }

    /// `index` as the file's bytes, written straight into them (the index is tens of
    /// megabytes at 10,000 policies, and is held once).
    static func indexBytes(_ index: KeywordIndex, from: String) -> [UInt8] {
        var used = [Int](repeating: -1, count: index.documents.count)
        for k in index.keywords { for d in k.documents { used[d] = 0 } }
        var kept: [SearchDocument] = []
        for i in used.indices where used[i] == 0 { used[i] = kept.count; kept.append(index.documents[i]) }
        var out: [UInt8] = []
        out.reserveCapacity(kept.count * 160 + index.keywords.count * 32)
        out += "window.policyGuideSearch = {\"docs\": [\n".utf8
        for (i, d) in kept.enumerated() {
            out += "[".utf8; string(d.title, into: &out); out += ",".utf8; string(d.kind, into: &out); out += ",".utf8
            string(SitePath.relative(from: from, to: d.path) + (d.anchor.map { "#" + $0 } ?? ""), into: &out); out += ",".utf8
            string(d.policyID ?? "", into: &out); out += (i == kept.count - 1 ? "]\n" : "],\n").utf8
        }
        out += "], \"words\": [\n".utf8
        for (i, k) in index.keywords.enumerated() {
            out += "[".utf8; string(k.word, into: &out); out += ",[".utf8
            for (n, d) in k.documents.enumerated() {
                if n > 0 { out.append(0x2C) }
                out += String(used[d]).utf8
            }
            out += (i == index.keywords.count - 1 ? "]]\n" : "]],\n").utf8
        }
        out += "], \"common\": [".utf8
        for (n, w) in index.tooCommon.enumerated() {
            if n > 0 { out.append(0x2C) }
            string(w.word, into: &out)
        }
        out += "]};\n".utf8
        return out
    }

    /// `text` as a JavaScript string literal that no content can end or turn into markup:
    /// quotes, backslashes and control characters escaped, and `<`, `>`, `&` and the two
    /// JavaScript line separators as `\u` escapes.
    static func string(_ text: String) -> String {
        var out: [UInt8] = []
        string(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `string(text)` appended to `out` as UTF-8. Runs of bytes that need nothing are copied
    /// whole (the index holds every document's title and kind).
    static func string(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { b in
            out.reserveCapacity(out.count + b.count + 8)
            out.append(0x22)
            func escape(_ value: UInt32) {
                out.append(0x5C); out.append(0x75)  // \u
                for shift in [12, 8, 4, 0] { out.append(hex[Int((value >> UInt32(shift)) & 0xF)]) }
            }
            var run = 0
            var i = 0
            while i < b.count {
                let c = b[i]
                let special = c < 0x20 || c == 0x22 || c == 0x5C || c == 0x3C || c == 0x3E || c == 0x26 || c == 0x7F
                    || (c == 0xE2 && i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9))
                guard special else { i += 1; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                switch c {
                case 0x22, 0x5C: out.append(0x5C); out.append(c)
                case 0xE2:
                    escape(b[i + 2] == 0xA8 ? 0x2028 : 0x2029)  // the JavaScript line separators
                    i += 2
                default: escape(UInt32(c))
                }
                i += 1
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<b.count]))
            out.append(0x22)
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// `search.js`.
    static let source = #"""
    // PolicyGuide search: reads the index written by the build (search-index.js) and the
    // words the search form submitted; builds the results with DOM calls (no HTML from data).
    (function () {
      "use strict";
      var data = window.policyGuideSearch;
      var out = document.getElementById("search-results");
      if (!data || !out) { return; }
      var params = new URLSearchParams(window.location.search);
      var query = (params.get("q") || "").trim();
      var authority = params.get("authority") || "";
      var box = document.getElementById("search-q");
      var select = document.getElementById("search-authority");
      if (box) { box.value = query; }
      if (select) { select.value = authority; }
      if (!query) { return; }

      var units = {hour: 1, hours: 1, day: 1, days: 1, week: 1, weeks: 1, month: 1, months: 1, working: 1};
      function tokens(text) {
        return text.toLowerCase().replace(/['\u2019][\p{L}\p{N}]*/gu, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      }
      // Query terms as the index holds words: a number and its unit are one phrase.
      var raw = tokens(query), terms = [];
      for (var i = 0; i < raw.length; i++) {
        if (/^\p{N}+$/u.test(raw[i]) && i + 1 < raw.length && units[raw[i + 1]]) {
          var phrase = raw[i] + " " + raw[i + 1];
          if (raw[i + 1] === "working" && i + 2 < raw.length && units[raw[i + 2]]) { phrase += " " + raw[i + 2]; i++; }
          terms.push(phrase); i++;
        } else {
          terms.push(raw[i]);
        }
      }
      // A word too common to list narrows nothing: it is set aside and said so.
      var common = {}, setAside = [];
      (data.common || []).forEach(function (w) { common[w] = true; });
      terms = terms.filter(function (t) { if (common[t]) { setAside.push(t); return false; } return true; });
      // Each term: the documents of every keyword it begins, and which keywords those were.
      var matched = {}, sets = [];
      terms.forEach(function (term) {
        var docs = {};
        data.words.forEach(function (entry) {
          if (entry[0].lastIndexOf(term, 0) === 0) {
            entry[1].forEach(function (d) {
              docs[d] = true;
              (matched[d] = matched[d] || {})[entry[0]] = true;
            });
          }
        });
        sets.push(docs);
      });
      var found = [];
      if (sets.length) {
        Object.keys(sets[0]).forEach(function (d) {
          if (sets.every(function (s) { return s[d]; })) { found.push(Number(d)); }
        });
      }
      found = found.filter(function (d) { return !authority || data.docs[d][3] === authority; });
      function score(d) {
        var title = " " + tokens(data.docs[d][0]).join(" ") + " ", s = 0;
        terms.forEach(function (t) {
          if (title === " " + t + " ") { s += 8; }
          else if (title.indexOf(" " + t + " ") >= 0) { s += 4; }
          else if (title.indexOf(" " + t) >= 0) { s += 2; }
        });
        return s;
      }
      var scores = {};
      found.forEach(function (d) { scores[d] = score(d); });
      // Best title match first; among equals the shorter title, which is more about the words.
      found.sort(function (a, b) { return scores[b] - scores[a] || data.docs[a][0].length - data.docs[b][0].length || a - b; });

      var heading = document.createElement("h2");
      heading.id = "results-heading";
      heading.textContent = found.length + (found.length === 1 ? " result" : " results") + " for \u201c" + query + "\u201d" +
        (authority && select && select.selectedIndex > 0 ? " in " + select.options[select.selectedIndex].text : "");
      out.appendChild(heading);
      if (setAside.length) {
        var aside = document.createElement("p");
        aside.textContent = "Too common to search by, so left out: " + setAside.join(", ") + ".";
        out.appendChild(aside);
      }
      if (!found.length) {
        var none = document.createElement("p");
        none.textContent = "Nothing found. Try fewer words, another spelling, or the keyword index below.";
        out.appendChild(none);
        return;
      }
      var list = document.createElement("ol");
      list.className = "results";
      found.forEach(function (d) {
        var doc = data.docs[d], item = document.createElement("li"), link = document.createElement("a");
        link.href = doc[2];
        link.textContent = doc[0];
        item.appendChild(link);
        var kind = document.createElement("span");
        kind.className = "hint";
        kind.textContent = " (" + doc[1] + ")";
        item.appendChild(kind);
        var words = document.createElement("p");
        words.className = "matched";
        words.appendChild(document.createTextNode("Matching words: "));
        Object.keys(matched[d]).sort().forEach(function (w, k) {
          if (k) { words.appendChild(document.createTextNode(", ")); }
          var mark = document.createElement("mark");
          mark.textContent = w;
          words.appendChild(mark);
        });
        item.appendChild(words);
        list.appendChild(item);
      });
      out.appendChild(list);
      heading.tabIndex = -1;
      heading.focus();
    })();

    """#
}

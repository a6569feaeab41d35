// Sorts the objects table by a clicked header and filters it by text and level. Works on the
// rows already in the page; loads nothing.
(function () {
  "use strict";
  var table = document.getElementById("objects");
  if (!table) { return; }
  var body = table.tBodies[0];
  var headers = table.tHead.rows[0].cells;
  var filter = document.getElementById("filter");
  var level = document.getElementById("level-filter");
  var shown = document.getElementById("shown");

  function sortBy(col, numeric, ascending) {
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].getAttribute("data-sort"), y = b.cells[col].getAttribute("data-sort");
      var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
      if (c === 0) { c = a.cells[0].getAttribute("data-sort").localeCompare(b.cells[0].getAttribute("data-sort")); }
      return ascending ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  Array.prototype.forEach.call(headers, function (th) {
    th.addEventListener("click", function () {
      var ascending = !th.classList.contains("asc");
      Array.prototype.forEach.call(headers, function (h) { h.classList.remove("asc", "desc"); });
      th.classList.add(ascending ? "asc" : "desc");
      sortBy(parseInt(th.getAttribute("data-col"), 10), th.getAttribute("data-type") === "num", ascending);
    });
  });

  function applyFilter() {
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    var wanted = level.value;
    var count = 0;
    Array.prototype.forEach.call(body.rows, function (r) {
      var text = r.getAttribute("data-search");
      var ok = (!wanted || r.getAttribute("data-level") === wanted)
        && words.every(function (w) { return text.indexOf(w) >= 0; });
      r.classList.toggle("hidden", !ok);
      if (ok) { count++; }
    });
    shown.textContent = String(count);
  }

  filter.addEventListener("input", applyFilter);
  level.addEventListener("change", applyFilter);
})();

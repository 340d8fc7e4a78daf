/// The pages' script, served at /static/app.js. Plain JavaScript, no framework, no inline handlers (the
/// Content-Security-Policy forbids them): every page works without it, and with it the overview redraws
/// in place, tables sort, and the graph chooser opens on change.
enum Script {
    static let javascript = """
    "use strict";
    (function () {
      function onReady(run) { if (document.readyState !== "loading") run(); else document.addEventListener("DOMContentLoaded", run); }

      function autosubmit() {
        document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
          select.addEventListener("change", function () { select.form.submit(); });
        });
      }

      function overview() {
        var form = document.getElementById("filters");
        var figure = document.getElementById("diagram");
        if (!form || !figure) return;
        var slider = document.getElementById("step");
        var output = document.getElementById("step-date");
        var summary = document.getElementById("diagram-summary");
        var days = slider ? slider.dataset.days.split(" ") : [];
        var pending = null, generation = 0;
        function label() {
          if (!slider) return;
          var day = days[Number(slider.value)] || "";
          output.textContent = day;
          slider.setAttribute("aria-valuetext", day);
        }
        function redraw() {
          label();
          var query = new URLSearchParams(new FormData(form)).toString();
          var mine = ++generation;
          fetch(form.dataset.diagram + "?" + query, { headers: { "Accept": "image/svg+xml" } })
            .then(function (response) {
              if (!response.ok) throw new Error("HTTP " + response.status);
              return response.text().then(function (svg) {
                if (mine !== generation) return;
                summary.textContent = response.headers.get("X-Channels-Summary") || "";
                figure.innerHTML = svg;
                history.replaceState(null, "", "/?" + query);
              });
            })
            .catch(function (error) {
              if (mine === generation) summary.textContent = "Could not redraw the diagram (" + error.message + ").";
            });
        }
        function soon() { clearTimeout(pending); pending = setTimeout(redraw, 120); }
        form.addEventListener("input", function (event) { if (event.target === slider) { label(); soon(); } });
        form.addEventListener("change", soon);
        form.addEventListener("submit", function (event) { event.preventDefault(); redraw(); });
      }

      function swapEnds() {
        var button = document.getElementById("swap");
        if (!button) return;
        button.addEventListener("click", function () {
          var form = button.form, from = form.elements.from, to = form.elements.to;
          var value = from.value; from.value = to.value; to.value = value;
        });
      }

      function sortableTables() {
        document.querySelectorAll("table.sortable").forEach(function (table) {
          var headers = table.querySelectorAll("th");
          headers.forEach(function (header, column) {
            var button = header.querySelector("button");
            button.addEventListener("click", function () {
              var numeric = button.dataset.sort === "number";
              var ascending = header.getAttribute("aria-sort") !== (numeric ? "descending" : "ascending") ? !numeric : numeric;
              headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
              header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              var body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[column], y = b.cells[column];
                var order = numeric
                  ? (Number(x.dataset.value || NaN) || 0) - (Number(y.dataset.value || NaN) || 0)
                  : x.textContent.localeCompare(y.textContent);
                return ascending ? order : -order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        });
      }

      onReady(function () { autosubmit(); overview(); swapEnds(); sortableTables(); });
    })();

    """
}

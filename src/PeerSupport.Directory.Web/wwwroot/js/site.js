// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Quick exit: leave without adding this site to the back button's history.
  var exit = document.querySelector("[data-quick-exit]");
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.body.hidden = true;
    window.location.replace(exit.href);
  }
  if (exit) {
    exit.addEventListener("click", leave);
    var presses = 0, timer = null;
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") { return; }
      presses += 1;
      clearTimeout(timer);
      timer = setTimeout(function () { presses = 0; }, 1500);
      if (presses >= 3) { leave(); }
    });
  }
})();

// Share panel: copy the link with one press (the link is also in a read-only field to copy by hand).
(function () {
  "use strict";
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    var panel = button.closest(".share-panel") || document;
    var source = panel.querySelector("[data-copy-source]");
    var done = panel.querySelector("[data-copy-done]");
    if (!source || !navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.value).then(function () {
        if (done) { done.textContent = "Link copied."; }
      }, function () {
        source.select();
        if (done) { done.textContent = "Select the link and copy it."; }
      });
    });
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();

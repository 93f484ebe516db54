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

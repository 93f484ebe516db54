// Progressive enhancement of "Where?" (every form works without this file):
// - suggestions as a person types (ARIA 1.2 combobox with a listbox), from /places/suggest;
// - a "Use my location" button that puts the location, rounded to about 1 km, into the form.
(function () {
  "use strict";

  var input = document.getElementById("where");
  if (!input || !window.fetch) { return; }
  var field = input.parentNode;
  var form = input.form;

  // ----- Suggestions -------------------------------------------------------------------------
  var listId = "where-suggestions";
  var list = document.createElement("ul");
  list.id = listId;
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Places");
  list.hidden = true;

  var status = document.createElement("div");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("autocomplete", "off");
  input.insertAdjacentElement("afterend", list);
  field.appendChild(status);

  var options = [];
  var active = -1;
  var timer = null;
  var pending = null;
  var lastAsked = "";

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    if (options.length === 0) { return; }
    active = (index + options.length) % options.length;
    options.forEach(function (option, i) {
      option.setAttribute("aria-selected", i === active ? "true" : "false");
    });
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function choose(option) {
    input.value = option.getAttribute("data-value");
    close();
    status.textContent = "";
    input.focus();
  }

  function show(places) {
    list.textContent = "";
    options = places.map(function (place, i) {
      var option = document.createElement("li");
      option.id = listId + "-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.setAttribute("data-value", place.label);
      option.textContent = place.label;
      option.addEventListener("mousedown", function (event) { event.preventDefault(); });
      option.addEventListener("click", function () { choose(option); });
      list.appendChild(option);
      return option;
    });
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (options.length === 0) {
      close();
      status.textContent = "No matching places. You can still search for what you typed.";
      return;
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    status.textContent = options.length + (options.length === 1 ? " place" : " places") +
      " found. Use the up and down arrows to choose one, then press Enter.";
  }

  function ask() {
    var text = input.value.trim();
    if (text === lastAsked && !list.hidden) { return; }
    lastAsked = text;
    if (pending) { pending.abort(); pending = null; }
    // Postcodes and coordinates are not place names: no suggestions for them.
    if (text.length < 2 || /\d/.test(text)) { close(); status.textContent = ""; return; }
    pending = window.AbortController ? new AbortController() : null;
    fetch("/places/suggest?q=" + encodeURIComponent(text), {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
      cache: "no-store",
      signal: pending ? pending.signal : undefined,
    }).then(function (response) {
      if (!response.ok) { throw new Error("suggestions unavailable"); }
      return response.json();
    }).then(function (answer) {
      if (input.value.trim() === text) { show(answer.places || []); }
    }).catch(function () {
      // Aborted or unavailable: the field still works as plain text.
    });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 250);
  });

  input.addEventListener("keydown", function (event) {
    var open = !list.hidden && options.length > 0;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (open) { highlight(active + 1); } else { lastAsked = ""; ask(); }
    } else if (event.key === "ArrowUp") {
      if (open) { event.preventDefault(); highlight(active - 1); }
    } else if (event.key === "Enter") {
      if (open && active >= 0) { event.preventDefault(); choose(options[active]); }
    } else if (event.key === "Escape") {
      // Closes the list; three presses still leave the site (site.js).
      if (open) { close(); }
    }
  });

  input.addEventListener("blur", function () { setTimeout(close, 150); });

  // ----- Use my location ---------------------------------------------------------------------
  if (!navigator.geolocation || !form) { return; }
  var button = document.createElement("button");
  button.type = "button";
  button.className = "link-button use-location";
  button.textContent = "Use my location";
  var locationStatus = document.createElement("p");
  locationStatus.className = "hint";
  locationStatus.setAttribute("role", "status");
  list.insertAdjacentElement("afterend", button);
  button.insertAdjacentElement("afterend", locationStatus);

  button.addEventListener("click", function () {
    locationStatus.textContent = "Finding your location…";
    navigator.geolocation.getCurrentPosition(function (position) {
      // Rounded to 2 decimal places (about 1 km) before it goes anywhere: the exact spot never leaves the device.
      var lat = position.coords.latitude.toFixed(2);
      var lon = position.coords.longitude.toFixed(2);
      input.value = lat + ", " + lon;
      locationStatus.textContent = "Searching near your location…";
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    }, function () {
      locationStatus.textContent = "We couldn't get your location. Type a town, city or postcode instead.";
    }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 });
  });
})();

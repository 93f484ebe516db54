// The results map, loaded only on a results page where the person asked for it (map=1).
// The list stays the main content; the map shows the same results, numbered as in the list.
(function () {
  "use strict";

  var container = document.getElementById("results-map");
  if (!container || !window.L) { return; }
  var points = JSON.parse(container.getAttribute("data-points") || "[]");
  var near = (container.getAttribute("data-near") || "").split(",").map(Number);

  var map = window.L.map(container, { scrollWheelZoom: false });
  var attribution = document.createElement("span");
  attribution.textContent = container.getAttribute("data-attribution") || "";
  window.L.tileLayer(container.getAttribute("data-tile-url"), {
    maxZoom: 18,
    attribution: attribution.innerHTML,
  }).addTo(map);

  var bounds = [];
  // Pins are pictures of the list's numbers, not controls: the list below is how to open a group.
  points.forEach(function (point) {
    window.L.marker([point.lat, point.lon], {
      icon: window.L.divIcon({ className: "map-pin", html: String(point.number), iconSize: [28, 28], iconAnchor: [14, 14] }),
      interactive: false,
      keyboard: false,
    }).addTo(map);
    bounds.push([point.lat, point.lon]);
  });

  if (near.length === 2 && !isNaN(near[0]) && !isNaN(near[1])) { bounds.push(near); }
  if (bounds.length > 1) {
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
  } else if (bounds.length === 1) {
    map.setView(bounds[0], 13);
  } else {
    map.setView([54.0, -2.5], 6);
  }
})();

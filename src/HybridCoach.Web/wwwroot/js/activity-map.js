// The activity's track over map tiles (Leaflet), drawn only when the server has a tile URL configured: the route as
// a line, a green dot at the start, the view fitted to the route. Scroll-wheel zoom is off so the page scrolls past it.
(function () {
  "use strict";
  var el = document.getElementById("map");
  var series = document.getElementById("series");
  if (!el || !series || !window.L) return;
  var track = JSON.parse(series.textContent).track;
  if (!track || track.length < 2) return;
  var map = L.map(el, { scrollWheelZoom: false });
  L.tileLayer(el.getAttribute("data-tile-url"), { attribution: el.getAttribute("data-attribution"), maxZoom: 19 }).addTo(map);
  var line = L.polyline(track, { color: "#0b5cad", weight: 4 }).addTo(map);
  L.circleMarker(track[0], { radius: 6, color: "#1a7f37", fillColor: "#1a7f37", fillOpacity: 1 }).addTo(map);
  map.fitBounds(line.getBounds(), { padding: [16, 16] });
  el.setAttribute("data-drawn", "true");
})();

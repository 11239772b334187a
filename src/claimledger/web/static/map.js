// Swaps the server-rendered SVG map for a Leaflet map when Leaflet is installed (make vendor).
// Everything comes from the SVG's own links and data attributes; text goes in as textContent,
// never as HTML. Without Leaflet (or without JavaScript) the SVG map stays and works as is.
(function () {
  "use strict";
  var holder = document.getElementById("map");
  var svg = document.getElementById("map-svg");
  if (!holder || !svg || typeof window.L === "undefined") {
    return;
  }
  var L = window.L;

  function regions() {
    var found = [];
    svg.querySelectorAll("a.region").forEach(function (link) {
      var lat = parseFloat(link.getAttribute("data-lat"));
      var lon = parseFloat(link.getAttribute("data-lon"));
      if (!isNaN(lat) && !isNaN(lon)) {
        found.push({ link: link, at: [lat, lon] });
      }
    });
    return found;
  }

  function textNode(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span;
  }

  function addTiles(map) {
    var tiles = holder.getAttribute("data-tiles");
    if (!tiles) {
      return false;
    }
    L.tileLayer(tiles, { maxZoom: 12 }).addTo(map);
    var credit = holder.getAttribute("data-attribution");
    if (credit) {
      // Set as text: the attribution control would parse a string as HTML.
      map.attributionControl.getContainer().appendChild(textNode(" " + credit));
    }
    return true;
  }

  function addGraticule(map) {
    // Without a base map, meridians and parallels every 5 degrees give the circles a frame.
    for (var lon = 20; lon <= 50; lon += 5) {
      L.polyline([[40, lon], [60, lon]], { className: "graticule", interactive: false }).addTo(map);
    }
    for (var lat = 40; lat <= 60; lat += 5) {
      L.polyline([[lat, 20], [lat, 50]], { className: "graticule", interactive: false }).addTo(map);
    }
  }

  function addRegion(map, region, withLabel) {
    var link = region.link;
    var status = link.getAttribute("data-status") || "claimed";
    var country = link.getAttribute("data-country") ? " country" : "";
    var selected = link.classList.contains("selected") ? " selected" : "";
    var circle = L.circleMarker(region.at, {
      radius: parseFloat(link.getAttribute("data-r")) || 6,
      className: "region-marker status-" + status + country + selected
    });
    circle.bindTooltip(textNode(link.getAttribute("data-label") || ""));
    circle.on("click", function () {
      window.location.href = link.getAttribute("href");
    });
    circle.addTo(map);
    circle.getElement().setAttribute("data-region", link.getAttribute("data-region") || "");
    var label = link.querySelector("text.label");
    if (withLabel && label) {
      L.tooltip({ permanent: true, direction: "bottom", className: "region-label", interactive: false })
        .setLatLng(region.at)
        .setContent(textNode(label.textContent))
        .addTo(map);
    }
  }

  var found = regions();
  var canvas = document.createElement("div");
  canvas.id = "leaflet-map";
  canvas.className = "leaflet-holder";
  holder.insertBefore(canvas, svg);
  holder.classList.add("has-leaflet");
  var map = L.map(canvas, { zoomSnap: 0.5 });
  // A view first: layers added to a map without one are drawn only later.
  // The frame of the SVG map (Ukraine and western Russia), widened to every region shown.
  var bounds = L.latLngBounds([[44, 22], [57, 48]]);
  found.forEach(function (region) {
    bounds.extend(region.at);
  });
  map.fitBounds(bounds, { padding: [20, 20] });
  var tiled = addTiles(map);
  if (!tiled) {
    addGraticule(map);
  }
  found.forEach(function (region) {
    addRegion(map, region, !tiled);
  });
}());

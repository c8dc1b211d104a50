/* Gestor Territorial — consolidated map of the comuna (our own code, served as asset:/gestor/comuna.js).
 * Same channel protocol as map.js: JS → Python gestor.send(JSON), Python → JS GestorMap.run({cmd, ...}).
 * Points (20,000+) are canvas circle markers inside a marker cluster; shapes one canvas GeoJSON;
 * the density grid (computed in Python) coloured rectangles on the same canvas.
 */
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("gestor-data").textContent);
  var GM = { ready: false, sent: [], view: "points", loads: 0 };
  window.GestorMap = GM;
  var map, renderer, clusters, shapes, density, bridge = null, queue = [], data = null;
  var busy = false, pending = null, afterClustering = null, heatLegend = null;
  var HEAT = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];

  function send(msg) {
    GM.sent.push(msg.cmd);
    var text = JSON.stringify(msg);
    if (bridge) bridge.send(text); else queue.push(text);
  }

  function catOf(key) { return cfg.legend[key] || { color: "#616161", label: key }; }

  function esc(s) {
    return String(s || "").replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; });
  }

  function popupHtml(title, cat, gestor, day) {
    var c = catOf(cat);
    return "<b>" + esc(title || c.label) + "</b><br>" + esc(c.label) + (day ? " · " + esc(day) : "") +
      (gestor ? "<br><i>" + esc(gestor) + "</i>" : "");
  }

  function pointLayer(p) {
    var cat = data.categories[p[2]];
    var m = L.circleMarker([p[1], p[0]], { renderer: renderer, radius: 6, weight: 1, color: "#ffffff",
                                           fillColor: catOf(cat).color, fillOpacity: 0.9 });
    m.on("click", function () {
      m.bindPopup(popupHtml(p[4], cat, data.gestores[p[3]], p[5])).openPopup();
      send({ cmd: "click", id: p[6] });
    });
    return m;
  }

  function shapeStyle(f) {
    var c = catOf(data.categories[f.properties.c]), line = f.geometry.type === "LineString";
    return { renderer: renderer, color: c.color, weight: line ? 4 : 2, opacity: 0.9, fillColor: c.color,
             fillOpacity: line ? 0 : 0.25 };
  }

  /* Level k (1…5) holds the cells with (k-1)/5 · top < count ≤ k/5 · top (as in comuna.density_grid). */
  function heatLegendHtml(cells) {
    var top = cells.length ? cells[0][4] : 0, rows = [];
    for (var k = 1; k <= HEAT.length && top; k++) {
      var lo = Math.floor((k - 1) * top / HEAT.length) + 1, hi = Math.floor(k * top / HEAT.length);
      if (lo > hi) continue;
      rows.push('<div><i style="display:inline-block;width:14px;height:14px;margin-right:6px;vertical-align:middle;' +
                "background:" + HEAT[k - 1] + ';opacity:0.8;border:1px solid #7f0000"></i>' +
                (lo === hi ? lo : lo + "–" + hi) + "</div>");
    }
    return "<b>Elementos por celda de " + cfg.cellM + " m</b>" + (rows.length ? rows.join("") : "<div>Sin elementos</div>");
  }

  function cellBounds(cells) {
    if (!cells.length) return null;
    var b = L.latLngBounds([cells[0][0], cells[0][1]], [cells[0][2], cells[0][3]]);
    cells.forEach(function (c) { b.extend([c[0], c[1]]); b.extend([c[2], c[3]]); });
    return b;
  }

  function drawDensity() {
    density.clearLayers();
    var box = heatLegend && heatLegend.getContainer();
    if (box) box.innerHTML = heatLegendHtml(data.cells);
    data.cells.forEach(function (cell) {
      var r = L.rectangle([[cell[0], cell[1]], [cell[2], cell[3]]], {
        renderer: renderer, stroke: true, weight: 0.5, color: "#7f0000", opacity: 0.35,
        fillColor: HEAT[Math.min(cell[5], HEAT.length) - 1], fillOpacity: 0.6 });
      r.bindTooltip(cell[4] + (cell[4] === 1 ? " elemento" : " elementos"));
      density.addLayer(r);
    });
  }

  /* markercluster clusters in chunks while its group is on the map and reports the end through
   * chunkProgress (then clustered()); off the map it takes layers at once and reports nothing. While it
   * clusters (busy) the group stays on the map (taken off, it would fail and never report the end) and
   * new data waits (cleared, the old chunks would still be added). */
  function applyView() {
    var v = GM.view;
    [[clusters, v !== "density"], [shapes, v !== "density"], [density, v !== "points"]].forEach(function (pair) {
      var layer = pair[0], on = map.hasLayer(layer);
      if (pair[1] && !on) {
        if (layer === clusters) busy = true;
        map.addLayer(layer);
      }
      if (!pair[1] && on && !(layer === clusters && busy)) map.removeLayer(layer);
    });
    if (v === "points") heatLegend.remove(); else heatLegend.addTo(map);
  }

  function clustered() {
    busy = false;
    var then = afterClustering;
    afterClustering = null;
    if (then) then();
    else if (pending) { var p = takePending(); request(p.data, p.fit); }
    else applyView();
  }

  function takePending() { var p = pending; pending = null; return p; }

  function load(d, done) {
    data = d;
    clusters.clearLayers();
    shapes.clearLayers();
    shapes.addData(d.shapes);
    drawDensity();
    var layers = d.points.map(pointLayer);
    if (!map.hasLayer(clusters)) { clusters.addLayers(layers); done(); return; }
    busy = true;
    afterClustering = done;
    clusters.addLayers(layers);
  }

  /* Newest data wins: superseded data is never drawn, and "ready" (with the count of what is drawn)
   * is sent once the newest data is in, in the points view and in the density view alike. With fit
   * (another territory chosen) the map then frames what is drawn. */
  function request(d, fit) {
    if (busy) { pending = { data: d, fit: fit || (pending !== null && pending.fit) }; return; }
    GM.ready = false;
    load(d, function () {
      if (pending) { var p = takePending(); request(p.data, p.fit || fit); return; }
      applyView();
      var framed = fit && cellBounds(d.cells);
      if (framed) map.fitBounds(framed, { padding: [20, 20], maxZoom: 17 });
      GM.ready = true;
      GM.loads += 1;
      send({ cmd: "ready", count: d.count });
    });
  }

  var commands = {
    data: function (m) { request(m.data, !!m.fit); },
    view: function (m) { GM.view = m.view; applyView(); },
    fit: function () { if (cfg.bounds) map.fitBounds(cfg.bounds, { padding: [20, 20] }); }
  };

  GM.run = function (msg) {
    var fn = commands[msg.cmd];
    if (!fn) throw new Error("unknown map command " + msg.cmd);
    fn(msg);
    return true;
  };
  GM.count = function () { return data ? data.count : 0; };
  GM.pointCount = function () { return clusters.getLayers().length; };
  GM.shapeCount = function () { return shapes.getLayers().length; };
  GM.cellCount = function () { return density.getLayers().length; };
  GM.legendText = function () { var c = heatLegend.getContainer(); return c && c.parentNode ? c.textContent : ""; };
  GM.shown = function () {
    return { clusters: map.hasLayer(clusters), shapes: map.hasLayer(shapes), density: map.hasLayer(density) };
  };

  function init() {
    map = window[cfg.map];
    if (!map.options.maxZoom) map.options.maxZoom = 20;
    renderer = L.canvas({ padding: 0.3 });
    map.attributionControl.setPrefix("Leaflet");
    if (cfg.attribution) map.attributionControl.addAttribution(cfg.attribution);
    L.geoJSON(cfg.boundaries, { interactive: false, style: function (f) {
      var top = f.properties.level === "comuna";
      return { renderer: renderer, color: "#263238", weight: top ? 3 : 1.5, dashArray: top ? "10 7" : "4 4",
               fill: false, opacity: top ? 0.9 : 0.6 };
    } }).addTo(map);
    if (cfg.bounds) map.fitBounds(cfg.bounds, { padding: [20, 20] });
    clusters = L.markerClusterGroup({ chunkedLoading: true, maxClusterRadius: 45, disableClusteringAtZoom: 18,
                                      showCoverageOnHover: false, spiderfyOnMaxZoom: false,
                                      chunkProgress: function (done, total) {
                                        if (done === total) setTimeout(clustered, 0);  // after markercluster's own end of work
                                      } });
    shapes = L.geoJSON(null, { style: shapeStyle, onEachFeature: function (f, layer) {
      layer.on("click", function () {
        layer.bindPopup(popupHtml(f.properties.t, data.categories[f.properties.c], data.gestores[f.properties.g],
                                  f.properties.d)).openPopup();
        send({ cmd: "click", id: f.id });
      });
    } });
    density = L.featureGroup();
    heatLegend = L.control({ position: "bottomright" });
    heatLegend.onAdd = function () {
      var div = L.DomUtil.create("div", "gestor-heat-legend");
      div.style.cssText = "background:rgba(255,255,255,0.92);padding:6px 8px;border-radius:4px;font:12px sans-serif;" +
                          "line-height:18px;box-shadow:0 1px 4px rgba(0,0,0,0.3)";
      div.innerHTML = heatLegendHtml(data ? data.cells : []);
      return div;
    };
    applyView();
    var hello = function () { request(cfg.data); };
    if (typeof qt !== "undefined" && window.QWebChannel) {
      new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.gestor;
        queue.splice(0).forEach(function (t) { bridge.send(t); });
        hello();
      });
    } else {
      hello();
    }
  }

  if (document.readyState === "complete") init(); else window.addEventListener("load", init);
})();

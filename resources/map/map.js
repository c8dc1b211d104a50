/* Gestor Territorial — participatory map behaviour. Our own code (served as asset:/gestor/map.js).
 * Python talks to this page through ONE QWebChannel object ("gestor") with one entry point each way:
 *   JS → Python: gestor.send(JSON.stringify({cmd, ...}))
 *   Python → JS: GestorMap.run({cmd, ...})
 */
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("gestor-data").textContent);
  var GM = { ready: false, mode: "select", sent: [] };
  window.GestorMap = GM;
  var map, clusters, shapes, overlay, hint, bridge = null, queue = [];
  var byId = {}, visible = null, selected = null, draft = null, iconCache = {};

  function send(msg) {
    GM.sent.push(msg.cmd);
    var text = JSON.stringify(msg);
    if (bridge) bridge.send(text); else queue.push(text);
  }

  function catOf(key) { return cfg.legend[key] || { color: "#616161", icon: "map-marker", label: key }; }

  function icon(cat, sensitive) {
    var k = cat + (sensitive ? "|s" : "");
    if (!iconCache[k]) {
      var c = catOf(cat);
      iconCache[k] = L.divIcon({
        className: "gm-pin" + (sensitive ? " gm-sensitive" : ""), iconSize: [30, 30], iconAnchor: [15, 15],
        html: '<span style="background:' + c.color + '"><i class="fa fa-' + c.icon + '"></i></span>'
      });
    }
    return iconCache[k];
  }

  function shapeStyle(f) {
    var c = catOf(f.properties.c), line = f.geometry.type === "LineString";
    return { color: c.color, weight: line ? 5 : 3, opacity: 0.95, fillColor: c.color,
             fillOpacity: line ? 0 : 0.28, dashArray: f.properties.s ? "6 5" : null };
  }

  function makeLayer(f) {
    var g = f.geometry, layer;
    if (g.type === "Point") {
      layer = L.marker([g.coordinates[1], g.coordinates[0]], { icon: icon(f.properties.c, f.properties.s),
                                                               title: f.properties.t || catOf(f.properties.c).label });
    } else {
      layer = L.geoJSON(f, { style: shapeStyle }).getLayers()[0];
    }
    layer.on("click", function (e) {
      if (GM.mode !== "select") return;
      L.DomEvent.stop(e);
      send({ cmd: "click", id: f.id });
    });
    return layer;
  }

  function shown(f) { return visible === null || visible.indexOf(f.properties.c) >= 0; }

  function attach(entry) {
    if (!shown(entry.f)) return;
    if (entry.f.geometry.type === "Point") clusters.addLayer(entry.layer); else shapes.addLayer(entry.layer);
  }

  function detach(entry) {
    if (entry.f.geometry.type === "Point") clusters.removeLayer(entry.layer); else shapes.removeLayer(entry.layer);
  }

  function loadAll(fc) {
    var points = [];
    fc.features.forEach(function (f) {
      var entry = { f: f, layer: makeLayer(f) };
      byId[f.id] = entry;
      if (!shown(f)) return;
      if (f.geometry.type === "Point") points.push(entry.layer); else shapes.addLayer(entry.layer);
    });
    clusters.addLayers(points);
  }

  function geometryOf(entry) {
    var l = entry.layer, t = entry.f.geometry.type, ll;
    if (t === "Point") { ll = l.getLatLng(); return { type: "Point", coordinates: [ll.lng, ll.lat] }; }
    if (t === "LineString") {
      return { type: "LineString", coordinates: l.getLatLngs().map(function (p) { return [p.lng, p.lat]; }) };
    }
    var ring = l.getLatLngs()[0].map(function (p) { return [p.lng, p.lat]; });
    ring.push(ring[0]);
    return { type: "Polygon", coordinates: [ring] };
  }

  function clearSelection() {
    overlay.clearLayers();
    if (selected && byId[selected] && byId[selected].layer.dragging && byId[selected].f.geometry.type === "Point") {
      byId[selected].layer.dragging.disable();
    }
    selected = null;
  }

  function vertexHandles(entry) {
    var l = entry.layer, poly = entry.f.geometry.type === "Polygon";
    var pts = poly ? l.getLatLngs()[0] : l.getLatLngs();
    pts.forEach(function (p, i) {
      var h = L.marker(p, { draggable: true, icon: L.divIcon({ className: "gm-vertex", iconSize: [14, 14] }) });
      h.on("drag", function (e) { pts[i] = e.target.getLatLng(); l.setLatLngs(poly ? [pts] : pts); });
      h.on("dragend", function () { send({ cmd: "edited", id: entry.f.id, geometry: geometryOf(entry) }); });
      overlay.addLayer(h);
    });
  }

  function select(id) {
    clearSelection();
    var entry = byId[id];
    if (!entry) return;
    selected = id;
    if (entry.f.geometry.type === "Point") {
      var ll = entry.layer.getLatLng();
      overlay.addLayer(L.circleMarker(ll, { radius: 22, color: "#1565C0", weight: 4, fill: false, interactive: false }));
      clusters.zoomToShowLayer(entry.layer, function () {
        entry.layer.dragging.enable();
        entry.layer.off("dragend").on("dragend", function () {
          overlay.clearLayers();
          overlay.addLayer(L.circleMarker(entry.layer.getLatLng(), { radius: 22, color: "#1565C0", weight: 4,
                                                                      fill: false, interactive: false }));
          send({ cmd: "edited", id: id, geometry: geometryOf(entry) });
        });
      });
    } else {
      overlay.addLayer(L.geoJSON(geometryOf(entry), { style: { color: "#1565C0", weight: 7, opacity: 0.45,
                                                              fill: false }, interactive: false }));
      vertexHandles(entry);
      entry.layer.off("mousedown").on("mousedown", function (e) { startShapeMove(entry, e); });
    }
  }

  // dragging a selected line or polygon moves all its points together
  function startShapeMove(entry, e) {
    if (GM.mode !== "select" || selected !== entry.f.id) return;
    L.DomEvent.stop(e);
    var poly = entry.f.geometry.type === "Polygon";
    var orig = (poly ? entry.layer.getLatLngs()[0] : entry.layer.getLatLngs()).map(function (p) { return L.latLng(p); });
    var start = e.latlng, moved = false;
    map.dragging.disable();
    function shifted(to) {
      var dLat = to.lat - start.lat, dLng = to.lng - start.lng;
      return orig.map(function (p) { return L.latLng(p.lat + dLat, p.lng + dLng); });
    }
    function onMove(ev) { moved = true; overlay.clearLayers(); var pts = shifted(ev.latlng); entry.layer.setLatLngs(poly ? [pts] : pts); }
    function onUp() {
      map.off("mousemove", onMove);
      map.off("mouseup", onUp);
      map.dragging.enable();
      if (moved) { send({ cmd: "edited", id: entry.f.id, geometry: geometryOf(entry) }); select(entry.f.id); }
    }
    map.on("mousemove", onMove);
    map.on("mouseup", onUp);
  }

  function highlight(ids) {
    clearSelection();
    var b = L.latLngBounds([]);
    ids.forEach(function (id) {
      var e = byId[id];
      if (!e) return;
      var g = L.geoJSON(geometryOf(e), {
        pointToLayer: function (_f, ll) {
          return L.circleMarker(ll, { radius: 20, color: "#FFEB3B", weight: 6, fill: false });
        },
        style: { color: "#FFEB3B", weight: 9, opacity: 0.8, fill: false }, interactive: false });
      overlay.addLayer(g);
      b.extend(g.getBounds());
    });
    if (b.isValid()) map.fitBounds(b.pad(0.3), { maxZoom: 17 });
  }

  function setHint(text) { hint.getContainer().textContent = text || ""; hint.getContainer().style.display = text ? "block" : "none"; }

  function cancelDraft() {
    if (draft) { draft.layer.remove(); draft = null; }
  }

  function finishDraft() {
    if (!draft) return;
    var pts = draft.points.map(function (p) { return [p.lng, p.lat]; });
    var kind = draft.kind;
    cancelDraft();
    if (kind === "line" && pts.length >= 2) send({ cmd: "drawn", geometry: { type: "LineString", coordinates: pts } });
    if (kind === "polygon" && pts.length >= 3) {
      pts.push(pts[0]);
      send({ cmd: "drawn", geometry: { type: "Polygon", coordinates: [pts] } });
    }
  }

  function setMode(mode) {
    cancelDraft();
    clearSelection();
    GM.mode = mode;
    var drawing = mode !== "select";
    L.DomUtil[drawing ? "addClass" : "removeClass"](map.getContainer(), "gm-drawing");
    map.doubleClickZoom[mode === "line" || mode === "polygon" ? "disable" : "enable"]();
    setHint(cfg.hints ? cfg.hints[mode] : "");
  }

  function onMapClick(e) {
    var m = GM.mode, ll = e.latlng;
    if (m === "select") { clearSelection(); send({ cmd: "background" }); return; }
    if (m === "point") { send({ cmd: "drawn", geometry: { type: "Point", coordinates: [ll.lng, ll.lat] } }); return; }
    if (m === "pick") { send({ cmd: "picked", lon: ll.lng, lat: ll.lat }); return; }
    if (!draft) {
      draft = { kind: m, points: [], layer: L.layerGroup().addTo(map) };
      draft.line = (m === "polygon" ? L.polygon([], { color: "#1565C0", weight: 3, dashArray: "4 4" })
                                    : L.polyline([], { color: "#1565C0", weight: 4, dashArray: "4 4" })).addTo(draft.layer);
    }
    draft.points.push(ll);
    draft.line.setLatLngs(draft.points);
    L.circleMarker(ll, { radius: 5, color: "#1565C0", fillColor: "#fff", fillOpacity: 1 }).addTo(draft.layer);
  }

  var commands = {
    mode: function (m) { setMode(m.mode); },
    finish: function () { finishDraft(); },
    cancel: function () { cancelDraft(); },
    upsert: function (m) {
      var old = byId[m.feature.id];
      if (old) detach(old);
      var entry = { f: m.feature, layer: makeLayer(m.feature) };
      byId[m.feature.id] = entry;
      attach(entry);
      if (selected === m.feature.id) select(m.feature.id);
    },
    remove: function (m) {
      var e = byId[m.id];
      if (!e) return;
      if (selected === m.id) clearSelection();
      detach(e);
      delete byId[m.id];
    },
    visible: function (m) {
      visible = m.categories;
      clusters.clearLayers();
      shapes.clearLayers();
      var pts = [];
      Object.keys(byId).forEach(function (id) {
        var e = byId[id];
        if (!shown(e.f)) return;
        if (e.f.geometry.type === "Point") pts.push(e.layer); else shapes.addLayer(e.layer);
      });
      clusters.addLayers(pts);
    },
    select: function (m) { if (m.id) select(m.id); else clearSelection(); },
    highlight: function (m) { highlight(m.ids || []); },
    hints: function (m) { cfg.hints = m.hints; setHint(cfg.hints[GM.mode]); },
    fit: function () { if (cfg.bounds) map.fitBounds(cfg.bounds, { padding: [30, 30] }); },
    click: function (m) {  // a click on the map at lon/lat, as if by the mouse (tests, keyboard)
      onMapClick({ latlng: L.latLng(m.lat, m.lon) });
    }
  };

  GM.run = function (msg) {
    var fn = commands[msg.cmd];
    if (!fn) throw new Error("unknown map command " + msg.cmd);
    fn(msg);
    return true;
  };
  GM.count = function () { return Object.keys(byId).length; };
  GM._layer = function (id) { return byId[id] && byId[id].layer; };  // for tests
  GM._handles = function () { return overlay.getLayers().filter(function (l) { return l.dragging; }); };
  GM.shownCount = function () { return clusters.getLayers().length + shapes.getLayers().length; };

  function init() {
    map = window[cfg.map];
    if (!map.options.maxZoom) map.options.maxZoom = 20;
    map.attributionControl.setPrefix("Leaflet");
    if (cfg.attribution) map.attributionControl.addAttribution(cfg.attribution);
    if (cfg.boundary) {
      L.geoJSON(cfg.boundary, { interactive: false, style: { color: "#000", weight: 3, dashArray: "10 7",
                                                           fillColor: "#000", fillOpacity: 0.03 } }).addTo(map);
    }
    if (cfg.bounds) map.fitBounds(cfg.bounds, { padding: [30, 30] });
    clusters = L.markerClusterGroup({ chunkedLoading: true, maxClusterRadius: 28, disableClusteringAtZoom: 17,
                                      showCoverageOnHover: false, chunkProgress: function (done, total) {
                                        if (done === total && GM.onClustered) { GM.onClustered(); }
                                      } });
    shapes = L.featureGroup();
    overlay = L.featureGroup();
    shapes.addTo(map);
    clusters.addTo(map);
    overlay.addTo(map);
    var Hint = L.Control.extend({ onAdd: function () { return L.DomUtil.create("div", "gm-hint"); } });
    hint = new Hint({ position: "topright" }).addTo(map);
    var hasPoints = cfg.features.features.some(function (f) { return f.geometry.type === "Point"; });
    var clustered = new Promise(function (resolve) { GM.onClustered = resolve; });
    loadAll(cfg.features);
    map.on("click", onMapClick);
    map.on("dblclick", function () { if (draft) finishDraft(); });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape") cancelDraft();
      if (e.key === "Enter") finishDraft();
    });
    // "ready" only once every point is in its cluster (chunked loading ends later than this function)
    var hello = function () {
      (hasPoints ? clustered : Promise.resolve()).then(function () {
        GM.onClustered = null;
        GM.ready = true;
        send({ cmd: "ready", count: GM.count() });
      });
    };
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

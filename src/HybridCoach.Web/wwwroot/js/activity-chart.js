// Draws the activity's charts with uPlot from the JSON the page carries (#series): pace (s per km or mile, the
// athlete's unit, faster up) and heart
// rate (bpm) in one chart, elevation (m) and cadence (steps/min) in another, against distance or elapsed time (the
// buttons switch both). The two charts share a cursor, so a point reads all four at the same place. The track is drawn
// from its coordinates on a plain canvas (no map tiles: none are fetched from anywhere).
(function () {
  var el = document.getElementById("chart");
  var el2 = document.getElementById("chart2");
  var data = JSON.parse(document.getElementById("series").textContent);
  if (!el || !data.distance || data.distance.length === 0) return;
  var unit = data.unit;
  var width = Math.min(el.clientWidth || 600, 900);
  var axis = "distance";
  var charts = [];
  function clock(s) { if (s == null) return "–"; var m = Math.floor(s / 60), r = Math.round(s % 60); return m + ":" + (r < 10 ? "0" : "") + r; }
  function xs() { return axis === "distance" ? data.distance : data.elapsedS.map(function (s) { return s / 60; }); }
  function xSeries() {
    return axis === "distance"
      ? { label: unit, value: function (u, v) { return v == null ? "–" : v.toFixed(2) + " " + unit; } }
      : { label: "time", value: function (u, v) { return v == null ? "–" : clock(v * 60); } };
  }
  function draw() {
    charts.forEach(function (c) { c.destroy(); });
    charts = [];
    var sync = uPlot.sync("activity-" + axis);
    var x = xs();
    charts.push(new uPlot({
      width: width, height: 280, cursor: { sync: { key: sync.key } },
      scales: { x: { time: false }, pace: { dir: -1 }, hr: {} },
      series: [xSeries(),
        { label: "Pace", scale: "pace", stroke: "#0b5cad", width: 1.5, value: function (u, v) { return clock(v) + "/" + unit; } },
        { label: "HR", scale: "hr", stroke: "#a8321f", width: 1.5, value: function (u, v) { return v == null ? "–" : Math.round(v) + " bpm"; } }],
      axes: [{ label: axis === "distance" ? unit : "min" },
        { scale: "pace", label: "pace /" + unit, values: function (u, vals) { return vals.map(clock); } },
        { scale: "hr", side: 1, label: "bpm", grid: { show: false } }]
    }, [x, data.paceS, data.heartRateBpm], el));
    el.setAttribute("data-drawn", "true");
    el.setAttribute("data-x", axis);
    if (el2) {
      charts.push(new uPlot({
        width: width, height: 220, cursor: { sync: { key: sync.key } },
        scales: { x: { time: false }, alt: {}, cad: {} },
        series: [xSeries(),
          { label: "Elevation", scale: "alt", stroke: "#2d6a2d", width: 1.5, fill: "rgba(45,106,45,0.12)", value: function (u, v) { return v == null ? "–" : Math.round(v) + " m"; } },
          { label: "Cadence", scale: "cad", stroke: "#6b4c9a", width: 1, value: function (u, v) { return v == null ? "–" : Math.round(v) + " spm"; } }],
        axes: [{ label: axis === "distance" ? unit : "min" }, { scale: "alt", label: "m" }, { scale: "cad", side: 1, label: "spm", grid: { show: false } }]
      }, [x, data.altitudeM, data.cadenceSpm], el2));
      el2.setAttribute("data-drawn", "true");
      el2.setAttribute("data-x", axis);
    }
  }
  document.querySelectorAll("button[data-axis]").forEach(function (b) {
    b.addEventListener("click", function () {
      axis = b.getAttribute("data-axis");
      document.querySelectorAll("button[data-axis]").forEach(function (o) { o.setAttribute("aria-pressed", String(o === b)); });
      draw();
    });
  });
  draw();

  var track = document.getElementById("track");
  if (track && data.track && data.track.length > 1) {
    // Equirectangular projection, longitude scaled by cos(mean latitude): true to shape for a run-sized area.
    var lat0 = data.track.reduce(function (a, p) { return a + p[0]; }, 0) / data.track.length;
    var k = Math.cos(lat0 * Math.PI / 180);
    var pts = data.track.map(function (p) { return [p[1] * k, -p[0]]; });
    var minX = Math.min.apply(null, pts.map(function (p) { return p[0]; })), maxX = Math.max.apply(null, pts.map(function (p) { return p[0]; }));
    var minY = Math.min.apply(null, pts.map(function (p) { return p[1]; })), maxY = Math.max.apply(null, pts.map(function (p) { return p[1]; }));
    var size = Math.min(width, 480), pad = 12;
    var scale = (size - 2 * pad) / Math.max(maxX - minX, maxY - minY, 1e-9);
    track.width = size; track.height = size;
    var ctx = track.getContext("2d");
    ctx.strokeStyle = "#0b5cad"; ctx.lineWidth = 3; ctx.lineJoin = "round";
    ctx.beginPath();
    pts.forEach(function (p, i) {
      var px = pad + (p[0] - minX) * scale, py = pad + (p[1] - minY) * scale;
      if (i === 0) ctx.moveTo(px, py); else ctx.lineTo(px, py);
    });
    ctx.stroke();
    var start = pts[0];
    ctx.fillStyle = "#2d6a2d";
    ctx.beginPath(); ctx.arc(pad + (start[0] - minX) * scale, pad + (start[1] - minY) * scale, 6, 0, 2 * Math.PI); ctx.fill();
    track.setAttribute("data-drawn", "true");
  }
})();

// Draws the activity's pace (s/km, faster up) and heart rate (bpm) against distance with uPlot, from the JSON the
// page carries (#series). The cursor is shared by both series, so a point reads pace and HR at the same distance.
(function () {
  var el = document.getElementById("chart");
  var data = JSON.parse(document.getElementById("series").textContent);
  if (!el || !data.distanceKm || data.distanceKm.length === 0) return;
  function clock(s) { if (s == null) return "–"; var m = Math.floor(s / 60), r = Math.round(s % 60); return m + ":" + (r < 10 ? "0" : "") + r; }
  var opts = {
    width: Math.min(el.clientWidth || 600, 900),
    height: 280,
    scales: { x: { time: false }, pace: { dir: -1 }, hr: {} },
    series: [
      { label: "km", value: function (u, v) { return v == null ? "–" : v.toFixed(2) + " km"; } },
      { label: "Pace", scale: "pace", stroke: "#0b5cad", width: 1.5, value: function (u, v) { return clock(v) + "/km"; } },
      { label: "HR", scale: "hr", stroke: "#a8321f", width: 1.5, value: function (u, v) { return v == null ? "–" : Math.round(v) + " bpm"; } }
    ],
    axes: [
      { label: "km" },
      { scale: "pace", label: "pace /km", values: function (u, vals) { return vals.map(clock); } },
      { scale: "hr", side: 1, label: "bpm", grid: { show: false } }
    ]
  };
  el.setAttribute("data-drawn", "true");
  new uPlot(opts, [data.distanceKm, data.paceSPerKm, data.heartRateBpm], el);
})();

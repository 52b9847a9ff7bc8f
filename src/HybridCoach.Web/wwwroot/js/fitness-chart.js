// Draws the performance-management chart (fitness, fatigue, form by day) and the ACWR with its bands with uPlot,
// from the JSON the page carries (#fitness-series). Both charts share a cursor key, so a day reads on both.
(function () {
  var data = JSON.parse(document.getElementById("fitness-series").textContent);
  if (!data.dayUnixS || data.dayUnixS.length === 0) return;
  var width = Math.min(document.querySelector("main").clientWidth || 600, 900);
  var sync = uPlot.sync("fitness");
  function chart(id, series, values) {
    var el = document.getElementById(id);
    new uPlot({ width: width, height: 240, cursor: { sync: { key: sync.key } }, series: series, axes: [{}, {}] }, values, el);
    el.setAttribute("data-drawn", "true");
  }
  var n = data.dayUnixS.length;
  function flat(v) { var a = new Array(n); for (var i = 0; i < n; i++) a[i] = v; return a; }
  chart("pmc", [{}, { label: "Fitness", stroke: "#0b5cad", width: 2 }, { label: "Fatigue", stroke: "#a8321f", width: 1.5 },
    { label: "Form", stroke: "#2d6a2d", width: 1.5, dash: [6, 4] }], [data.dayUnixS, data.chronicLoad, data.acuteLoad, data.form]);
  chart("acwr", [{}, { label: "ACWR", stroke: "#1b1f24", width: 2 },
    { label: "0.8", stroke: "#2d6a2d", dash: [4, 4] }, { label: "caution", stroke: "#b26b00", dash: [4, 4] }, { label: "high", stroke: "#a8321f", dash: [4, 4] }],
    [data.dayUnixS, data.acwrCoupled, flat(data.acwrSweetSpotLow), flat(data.acwrCaution), flat(data.acwrHigh)]);
})();

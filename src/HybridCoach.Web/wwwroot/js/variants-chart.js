// Draws the three plan variants' projected chronic load and ACWR with uPlot, from the JSON the page carries
// (#variants-series); the two charts share a cursor, so a day reads on both.
(function () {
  var data = JSON.parse(document.getElementById("variants-series").textContent);
  if (!data.dayUnixS || data.dayUnixS.length === 0) return;
  var width = Math.min(document.querySelector("main").clientWidth || 600, 900);
  var sync = uPlot.sync("variants");
  var colours = ["#2d6a2d", "#0b5cad", "#a8321f"];
  function chart(id, columns) {
    var el = document.getElementById(id);
    var series = [{}].concat(data.variants.map(function (name, i) { return { label: name, stroke: colours[i % colours.length], width: 2 }; }));
    new uPlot({ width: width, height: 240, cursor: { sync: { key: sync.key } }, series: series, axes: [{}, {}] }, [data.dayUnixS].concat(columns), el);
    el.setAttribute("data-drawn", "true");
  }
  chart("variants-chronic", data.chronicLoad);
  chart("variants-acwr", data.acwr);
})();

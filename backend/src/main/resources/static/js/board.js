// Draws the board's charts from the options the server wrote into data-chart, again whenever htmx
// swaps a part of the board in, and keeps them sized to their boxes.
(function () {
  'use strict';

  function draw(root) {
    if (typeof echarts === 'undefined') {
      return;
    }
    root.querySelectorAll('[data-chart]').forEach(function (box) {
      var chart = echarts.getInstanceByDom(box) || echarts.init(box);
      chart.setOption(JSON.parse(box.getAttribute('data-chart')), true);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    draw(document);
    document.body.addEventListener('htmx:afterSettle', function (event) {
      draw(event.target);
    });
    window.addEventListener('resize', function () {
      document.querySelectorAll('[data-chart]').forEach(function (box) {
        var chart = echarts.getInstanceByDom(box);
        if (chart) {
          chart.resize();
        }
      });
    });
  });
})();

// Draws each report's chart from its own table (data-chart="label=<column>;values=<columns>[;sum][;stack]"),
// so the chart shows exactly the rows the table and its CSV hold.
(function () {
  'use strict';

  function text(cell) {
    var first = cell.querySelector('span, a');
    return (first ? first.textContent : cell.textContent).trim();
  }

  function number(cell) {
    var value = parseFloat(cell.textContent.replace(/,/g, ''));
    return isNaN(value) ? null : value;
  }

  function spec(attribute) {
    var parsed = { label: 0, values: [], sum: false, stack: false };
    attribute.split(';').forEach(function (part) {
      var pair = part.split('=');
      if (pair[0] === 'label') { parsed.label = parseInt(pair[1], 10); }
      if (pair[0] === 'values') { parsed.values = pair[1].split(',').map(function (n) { return parseInt(n, 10); }); }
      if (pair[0] === 'sum') { parsed.sum = true; }
      if (pair[0] === 'stack') { parsed.stack = true; }
    });
    return parsed;
  }

  function draw(element) {
    var table = document.getElementById(element.getAttribute('data-table'));
    var wanted = spec(element.getAttribute('data-chart'));
    var headings = table.querySelectorAll('thead th');
    var labels = [];
    var series = wanted.values.map(function (column) {
      return { name: text(headings[column]), type: 'bar', data: [], stack: wanted.stack ? 'all' : undefined };
    });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cells = row.querySelectorAll('td');
      var label = text(cells[wanted.label]);
      var at = wanted.sum ? labels.indexOf(label) : -1;
      if (at < 0) {
        labels.push(label);
        series.forEach(function (s) { s.data.push(0); });
        at = labels.length - 1;
      }
      wanted.values.forEach(function (column, i) {
        var value = number(cells[column]);
        series[i].data[at] = wanted.sum ? series[i].data[at] + (value || 0) : value;
      });
    });
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      // One series a line: the browser draws Thai wider than the chart measures it, so
      // labels side by side would overlap.
      legend: { top: 0, left: 'center', orient: 'vertical', itemGap: 4 },
      grid: { left: 48, right: 16, top: 16 + 22 * series.length, bottom: 64 },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: labels.length > 6 ? 30 : 0, width: 140, overflow: 'truncate' } },
      yAxis: { type: 'value' },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.querySelectorAll('[data-chart]').forEach(draw);
}());

// The funnel plot: each unit's share against its cases, with the 95% and 99.8% limits.
(function () {
  'use strict';
  document.querySelectorAll('[data-funnel]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-funnel'));
    var line = function (points, name, dashed) {
      return { name: name, type: 'line', data: points, showSymbol: false, lineStyle: { type: dashed ? 'dashed' : 'solid', width: 1 }, color: dashed ? '#8a96a3' : '#5b6775' };
    };
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: function (p) { return p.seriesIndex === 0 ? data.names[p.dataIndex] + ': n ' + p.value[0] + ', ' + p.value[1].toFixed(1) + '%' : p.seriesName; } },
      grid: { left: 48, right: 16, top: 24, bottom: 40 },
      xAxis: { type: 'value', name: 'n', min: 0 },
      yAxis: { type: 'value', name: '%', max: 100 },
      series: [
        { name: 'units', type: 'scatter', data: data.points, symbolSize: 9, color: '#0b5cad' },
        line(data.limits[0], '95%', true), line(data.limits[1], '95%', true),
        line(data.limits[2], '99.8%', false), line(data.limits[3], '99.8%', false)
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());

// Open alerts per rule as a bar chart next to the table that holds the same figures.
(function () {
    const el = document.getElementById('rules-chart');
    if (!el || !window.echarts || !el.dataset.labels) { return; }
    const labels = el.dataset.labels.split('|');
    const values = el.dataset.values.split('|').map(Number);
    echarts.init(el).setOption({
        animation: false,
        grid: {left: 300, right: 40, top: 10, bottom: 20},
        xAxis: {type: 'value'},
        yAxis: {type: 'category', data: labels, axisLabel: {width: 280, overflow: 'truncate'}},
        series: [{name: el.dataset.name, type: 'bar', data: values, label: {show: true, position: 'right'}}]
    });
})();

/* The charts of the monthly SOC report: alerts and incidents by severity, events by source. The figures come from the
 * elements' data-* attributes, which the page fills from the same report as its tables. */
(() => {
    const list = (text) => text ? text.split('|') : [];

    function bars(el, series) {
        if (!el || !window.echarts) return;
        echarts.init(el).setOption({
            animation: false,
            title: {text: el.dataset.title, textStyle: {fontSize: 14}},
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
            legend: {top: 24},
            grid: {left: 50, right: 30, top: 60, bottom: 40},
            xAxis: {type: 'category', data: list(el.dataset.labels), axisLabel: {width: 120, overflow: 'truncate'}},
            yAxis: {type: 'value', minInterval: 1},
            series: series
        });
        el.classList.add('chart-ready');
    }

    const severity = document.getElementById('chart-report-alerts');
    if (severity) {
        bars(severity, [
            {name: severity.dataset.seriesA, type: 'bar', data: list(severity.dataset.a).map(Number), itemStyle: {color: '#c05621'}},
            {name: severity.dataset.seriesB, type: 'bar', data: list(severity.dataset.b).map(Number), itemStyle: {color: '#2b6cb0'}}
        ]);
    }
    const sources = document.getElementById('chart-report-sources');
    if (sources) {
        bars(sources, [{type: 'bar', data: list(sources.dataset.values).map(Number), itemStyle: {color: '#2f855a'}}]);
    }
})();

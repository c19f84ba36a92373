// The search's histogram: events per bucket over the range; a click on a bar searches that bucket alone.
(function () {
    const el = document.getElementById('histogram');
    if (!el || !window.echarts || !el.dataset.values) { return; }
    const labels = el.dataset.labels.split('|');
    const values = el.dataset.values.split('|').map(Number);
    const starts = el.dataset.starts.split('|');
    const step = Number(el.dataset.step);
    const chart = echarts.init(el);
    chart.setOption({
        animation: false,
        grid: {left: 50, right: 20, top: 10, bottom: 30},
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
        xAxis: {type: 'category', data: labels},
        yAxis: {type: 'value', minInterval: 1},
        series: [{name: el.dataset.name, type: 'bar', data: values, barCategoryGap: '10%', itemStyle: {color: '#7b1e1e'}}]
    });
    chart.on('click', (p) => {
        const start = new Date(starts[p.dataIndex]);
        const url = new URL(window.location.href);
        url.searchParams.set('from', start.toISOString());
        url.searchParams.set('to', new Date(start.getTime() + step * 1000).toISOString());
        url.searchParams.delete('after');
        window.location.href = url.toString();
    });
    window.addEventListener('resize', () => chart.resize());
    el.classList.add('chart-ready');
})();

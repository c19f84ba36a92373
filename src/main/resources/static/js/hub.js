/* The data hub page: records per commune for the three registries, from the chart element's data-* attributes. */
(() => {
    function communeChart(el) {
        const numbers = (text) => (text || '').split(',').filter(Boolean).map(Number);
        const labels = el.dataset.labels.split('|');
        const series = [el.dataset.citizens, el.dataset.enterprises, el.dataset.parcels]
            .map((values, i) => ({name: labels[i], type: 'bar', data: numbers(values)}));
        echarts.init(el).setOption({title: {text: el.dataset.title, textStyle: {fontSize: 14}}, tooltip: {trigger: 'axis'},
            legend: {bottom: 0}, grid: {bottom: 90}, xAxis: {type: 'category', data: el.dataset.communes.split('|'), axisLabel: {rotate: 40}},
            yAxis: {type: 'value'}, series});
    }

    document.addEventListener('DOMContentLoaded', () => {
        const chart = document.getElementById('chart-hub-communes');
        if (chart && window.echarts) communeChart(chart);
    });
})();

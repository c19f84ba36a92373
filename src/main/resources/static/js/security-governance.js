/* The compliance charts of the information systems registry: systems with and without an approved security-level
 * dossier, by level and by owner agency. The figures come from the element's data-* attributes (the page's tables). */
(() => {
    const list = (text) => text ? text.split('|') : [];

    function compliance(el) {
        if (!el || !window.echarts) return;
        const pattern = el.dataset.labelPattern;
        const labels = list(el.dataset.labels).map(l => pattern ? pattern.replace('{0}', l) : l);
        const approved = list(el.dataset.approved).map(Number);
        const total = list(el.dataset.total).map(Number);
        const other = total.map((t, i) => t - approved[i]);
        const horizontal = labels.length > 6;
        const category = {type: 'category', data: labels, axisLabel: {width: 220, overflow: 'truncate'}};
        const value = {type: 'value', minInterval: 1};
        echarts.init(el).setOption({
            animation: false,
            title: {text: el.dataset.title, textStyle: {fontSize: 14}},
            tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
            legend: {top: 24},
            grid: {left: horizontal ? 240 : 50, right: 30, top: 60, bottom: 30},
            xAxis: horizontal ? value : category,
            yAxis: horizontal ? category : value,
            series: [
                {name: el.dataset.approvedLabel, type: 'bar', stack: 'all', data: approved, itemStyle: {color: '#2f855a'}},
                {name: el.dataset.otherLabel, type: 'bar', stack: 'all', data: other, itemStyle: {color: '#c53030'}}
            ]
        });
        el.classList.add('chart-ready');
    }

    compliance(document.getElementById('chart-compliance-level'));
    compliance(document.getElementById('chart-compliance-agency'));
})();

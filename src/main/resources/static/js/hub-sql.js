/* The SQL workbench: charts the first numeric column of the results table against its first column. */
(() => {
    const MAX_BARS = 200;

    function chart(el, table) {
        const column = Number(el.dataset.column);
        const rows = [...table.tBodies[0].rows].slice(0, MAX_BARS);
        const labels = rows.map((r) => r.cells[0].textContent);
        const values = rows.map((r) => Number(r.cells[column].textContent));
        echarts.init(el).setOption({title: {text: el.dataset.title, textStyle: {fontSize: 14}}, tooltip: {trigger: 'axis'},
            grid: {bottom: 80}, xAxis: {type: 'category', data: labels, axisLabel: {rotate: 40}},
            yAxis: {type: 'value'}, series: [{name: el.dataset.title, type: 'bar', data: values}]});
    }

    document.addEventListener('DOMContentLoaded', () => {
        const el = document.getElementById('sql-chart');
        const table = document.getElementById('sql-results');
        if (el && table && window.echarts) chart(el, table);
    });
    // The save form keeps the query being edited, not the one the page was loaded with.
    document.addEventListener('submit', (event) => {
        if (event.target.id !== 'sql-save') return;
        event.target.elements.sql.value = document.getElementById('sql').value;
    });
})();

/* The lineage page: the graph from the lineage API, sources on the left and the figure or file on the right. */
(() => {
    const COLUMNS = {DATASET: 0, VERSION: 1, ELEMENT: 2, TABLE: 2, VALUE: 3, FILE: 3};
    const KINDS = ['DATASET', 'VERSION', 'ELEMENT', 'TABLE', 'VALUE', 'FILE'];

    function draw(el, graph) {
        const names = el.dataset.kinds.split('|');
        const rows = {};
        const nodes = graph.nodes.map(n => {
            const column = COLUMNS[n.kind];
            rows[column] = (rows[column] || 0) + 1;
            return {id: n.id, name: n.label, category: KINDS.indexOf(n.kind), x: column * 300, y: rows[column] * 60,
                symbolSize: n.kind === 'VALUE' || n.kind === 'FILE' ? 28 : 18, label: {show: true, position: 'bottom'}};
        });
        const links = graph.edges.map(e => ({source: e.from, target: e.to,
            label: {show: e.count != null, formatter: e.count != null ? String(e.count) : ''}}));
        // SVG: a graph of a few nodes, whose labels stay text that can be found, copied and read by a screen reader.
        echarts.init(el, null, {renderer: 'svg'}).setOption({tooltip: {}, legend: {bottom: 0, data: names},
            series: [{type: 'graph', layout: 'none', roam: true, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
                categories: names.map(name => ({name})), data: nodes, links, lineStyle: {curveness: 0.1}}]});
        el.classList.add('lineage-ready');
    }

    document.addEventListener('DOMContentLoaded', () => {
        const el = document.getElementById('chart-lineage');
        if (!el || !window.echarts) return;
        fetch(el.dataset.src, {headers: {Accept: 'application/json'}}).then(r => r.json()).then(graph => draw(el, graph));
    });
})();

/* TinhSo page helpers: CSRF for htmx and fetch, and the province map drawn without internet tiles. */
const TinhSo = (() => {
    function csrfHeaders() {
        const token = document.querySelector('meta[name="_csrf"]');
        const header = document.querySelector('meta[name="_csrf_header"]');
        return token && header ? {[header.content]: token.content} : {};
    }

    document.addEventListener('htmx:configRequest', (event) => {
        Object.assign(event.detail.headers, csrfHeaders());
    });

    const palette = ['#2b6cb0', '#2f855a', '#b7791f', '#c53030', '#6b46c1', '#2c7a7b', '#d53f8c', '#4a5568',
        '#dd6b20', '#38a169', '#3182ce', '#805ad5', '#e53e3e', '#319795', '#718096', '#975a16', '#276749', '#9b2c2c'];

    function colourFor(code) {
        let h = 0;
        for (const c of String(code)) h = (h * 31 + c.charCodeAt(0)) >>> 0;
        return palette[h % palette.length];
    }

    // Leaflet inserts a string tooltip as HTML, and unit names include villages from imported files.
    function escapeHtml(value) {
        return String(value ?? '').replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
    }

    async function getJson(url) {
        const response = await fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'});
        if (!response.ok) throw new Error(url + ' answered ' + response.status);
        return response.json();
    }

    /** Draws polygons from data-geojson and points from data-points; marks the element when done. */
    async function provinceMap(id, options = {}) {
        const element = document.getElementById(id);
        if (!element) return null;
        const map = L.map(element, {zoomSnap: 0.25, attributionControl: false});
        // Units with no known boundary (communes, units after 2025) come with points only.
        const areas = element.dataset.geojson ? await getJson(element.dataset.geojson) : {type: 'FeatureCollection', features: []};
        const polygons = L.geoJSON(areas, {
            pointToLayer: (f, latlng) => L.circleMarker(latlng, {radius: 9}),
            style: (f) => ({color: '#1a202c', weight: 1, fillColor: options.fill ? options.fill(f) : colourFor(f.properties.code), fillOpacity: 0.35}),
            onEachFeature: (f, layer) => {
                layer.bindTooltip(escapeHtml(f.properties.name));
                if (options.onClick) layer.on('click', () => options.onClick(f));
            }
        }).addTo(map);
        let drawn = areas.features.length;
        let points = null;
        if (element.dataset.points) {
            const pts = await getJson(element.dataset.points);
            points = L.geoJSON(pts, {
                filter: (f) => f.geometry && f.geometry.type === 'Point',
                pointToLayer: (f, latlng) => L.circleMarker(latlng, {radius: 3, color: '#2d3748', weight: 1, fillOpacity: 0.8}),
                onEachFeature: (f, layer) => layer.bindTooltip(escapeHtml(f.properties.name))
            }).addTo(map);
        }
        if (areas.features.length > 0) map.fitBounds(polygons.getBounds(), {padding: [10, 10]});
        else if (points && points.getLayers().length > 0) map.fitBounds(points.getBounds(), {padding: [20, 20], maxZoom: 13});
        else map.setView([21.2, 106.2], 9);
        element.dataset.pointCount = String(points ? points.getLayers().length : 0);
        element.dataset.features = String(drawn);
        element.classList.add('map-ready');
        return map;
    }

    return {provinceMap, csrfHeaders, getJson, colourFor, escapeHtml};
})();

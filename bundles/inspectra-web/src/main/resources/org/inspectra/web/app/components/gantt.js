// A Gantt-like chart in SVG: one row per item from its start to its end, its dated marks on it, month lines, today
// marked; every row labelled in words and dates, never colour alone.
// rows: [{label, href, start, end, marks: [{title, due}], highlight}]
import { html, date } from '../html.js';

const DAY = 86_400_000;

export function gantt(rows, o = {}) {
  if (!rows.length) {
    return '';
  }
  const today = o.today || new Date().toISOString().slice(0, 10);
  // The chart spans the inspections; today is drawn where it falls, or named at the edge it lies beyond.
  const first = Math.min(...rows.map((r) => Date.parse(r.start)));
  const last = Math.max(...rows.map((r) => Date.parse(r.end))) + DAY;
  const todayAt = Date.parse(today);
  const todayInside = todayAt >= first && todayAt <= last;
  const labelWidth = 260;
  const chartWidth = Math.max(600, Math.min(1600, Math.round((last - first) / DAY) * 4));
  const width = labelWidth + chartWidth + 20;
  const rowHeight = 34;
  // Today's label has a line of its own above the months' names, so neither runs over the other or over a bar.
  const top = 56;
  const height = top + rows.length * rowHeight + 10;
  const x = (d) => labelWidth + ((Date.parse(d) - first) / (last - first)) * chartWidth;
  const months = [];
  const cursor = new Date(first);
  cursor.setUTCDate(1);
  cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  while (cursor.getTime() < last) {
    months.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return html`<figure class="app-figure">
  <svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${o.id}-title">
    <title id="${o.id}-title">${o.title}</title>
    ${months.map((m) => html`<line x1="${x(m)}" y1="${top - 18}" x2="${x(m)}" y2="${height}" stroke="#dddcdb"/>
      <text x="${x(m) + 3}" y="${top - 6}" font-size="12" fill="#505a5f">${new Date(m).toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })}</text>`)}
    ${todayInside ? html`<line x1="${x(today)}" y1="20" x2="${x(today)}" y2="${height}" stroke="#d4351c" stroke-width="2" stroke-dasharray="5 3"/>
    <text x="${x(today) + (x(today) > width - 180 ? -4 : 4)}" y="16" font-size="13" font-weight="bold" fill="#d4351c" text-anchor="${x(today) > width - 180 ? 'end' : 'start'}">Today, ${date(today)}</text>`
      : html`<text x="${todayAt < first ? labelWidth : labelWidth + chartWidth}" y="16" font-size="13" font-weight="bold" fill="#d4351c" text-anchor="${todayAt < first ? 'start' : 'end'}">${todayAt < first ? `← Today, ${date(today)}, is before every date here` : `Today, ${date(today)}, is after every date here →`}</text>`}
    ${rows.map((r, i) => {
      const y = top + i * rowHeight;
      return html`<g>
        <text x="4" y="${y + 20}" font-size="14" fill="#0b0c0c"${r.highlight ? ' font-weight="bold"' : ''}>${r.highlight ? '! ' : ''}${r.label}</text>
        <rect x="${x(r.start)}" y="${y + 8}" width="${Math.max(3, x(r.end) - x(r.start))}" height="16" fill="${r.highlight ? '#f47738' : '#5694ca'}" rx="2">
          <title>${r.label}: ${date(r.start)} to ${date(r.end)}</title>
        </rect>
        ${r.marks.map((m) => html`<path d="M ${x(m.due)} ${y + 5} l 5 11 l -5 11 l -5 -11 z" fill="#0b0c0c"><title>${m.title}: ${date(m.due)}</title></path>`)}
      </g>`;
    })}
  </svg>
  ${o.caption ? html`<figcaption class="govuk-body-s">${o.caption}</figcaption>` : ''}
</figure>`;
}

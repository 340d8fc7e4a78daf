/// The pages' style sheet, served at /static/app.css: system fonts, readable from a phone's width up,
/// visible keyboard focus, diagrams that scroll rather than shrink past reading.
enum StyleSheet {
    static let css = """
    :root { --ink: #1b1b1b; --muted: #5f6368; --line: #d8dadd; --accent: #0b57d0; --paper: #ffffff; --soft: #f4f6f8; --alert: #b3261e; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink); background: var(--paper); }
    a { color: var(--accent); }
    a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid #f9ab00; outline-offset: 2px; }
    .skip { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem; }
    .skip:focus { left: .5rem; z-index: 10; }
    header { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; padding: .6rem 1rem; border-bottom: 1px solid var(--line); background: var(--soft); }
    .brand { font-weight: 700; text-decoration: none; color: var(--ink); font-size: 1.15rem; }
    nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
    nav a { text-decoration: none; padding: .2rem 0; }
    nav a[aria-current="page"] { font-weight: 700; border-bottom: 2px solid var(--accent); }
    .graph-chooser { margin-left: auto; }
    main { max-width: 1200px; margin: 0 auto; padding: 1rem; }
    footer { max-width: 1200px; margin: 2rem auto; padding: 0 1rem; color: var(--muted); font-size: .875rem; }
    h1 { font-size: 1.6rem; margin: .5rem 0; }
    .lead { color: var(--muted); margin-top: 0; }
    form { margin: 1rem 0; }
    fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 .75rem; padding: .5rem .75rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
    legend { font-weight: 600; padding: 0 .25rem; }
    label { white-space: nowrap; }
    input, select, button { font: inherit; }
    input[type="text"], input:not([type]), input[type="number"], input[type="date"], select { padding: .3rem .4rem; border: 1px solid #9aa0a6; border-radius: 4px; max-width: 100%; }
    button { padding: .35rem .9rem; border: 1px solid var(--accent); border-radius: 4px; background: var(--accent); color: #fff; cursor: pointer; }
    button[type="button"] { background: var(--paper); color: var(--accent); }
    .slider { display: flex; align-items: center; gap: .75rem; width: 100%; }
    .slider input { flex: 1; min-width: 8rem; }
    .slider output { font-variant-numeric: tabular-nums; min-width: 6.5rem; font-weight: 600; }
    .modes { display: flex; gap: 1rem; }
    .diagram { margin: 1rem 0; overflow: auto; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
    .diagram svg { display: block; max-width: 100%; height: auto; }
    .diagram a:focus-visible polygon, .diagram a:focus-visible ellipse, .diagram a:focus-visible path { stroke: #f9ab00; stroke-width: 4; }
    .ends { display: flex; flex-wrap: wrap; align-items: end; gap: .5rem 1rem; }
    .ends input[name="from"], .ends input[name="to"] { width: 14rem; }
    .ends input[name="k"] { width: 4.5rem; }
    .constraints { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: end; margin-top: .5rem; }
    .error { color: var(--alert); font-weight: 600; }
    .route, .channels { padding-left: 1.5rem; }
    .hop, .channels > li { margin-bottom: .75rem; }
    .hop p, .channels p { margin: 0; }
    .kind { color: var(--muted); }
    .id { color: var(--muted); font-size: .8rem; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
    .sources { margin: .25rem 0 0; padding-left: 1.25rem; font-size: .9rem; color: #3c4043; }
    .sources q { display: inline; }
    .sources q[dir="rtl"] { display: block; text-align: right; font-size: 1.05rem; }
    cite { font-style: normal; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .8rem; }
    .disputed { color: #8a5a00; }
    .table-scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
    th, td { padding: .3rem .6rem; border-bottom: 1px solid var(--line); text-align: left; }
    td.number { text-align: right; }
    th button { background: none; border: 0; color: var(--ink); padding: 0; font-weight: 700; }
    th[aria-sort="ascending"] button::after { content: " ▲"; }
    th[aria-sort="descending"] button::after { content: " ▼"; }
    .actor-toggles { max-height: 14rem; overflow-y: auto; }
    .report { white-space: pre-wrap; background: var(--soft); padding: .75rem; border-radius: 6px; font-size: .85rem; overflow-x: auto; }
    .aliases .alias { display: inline-block; margin-right: .75rem; }
    .facts span + span::before { content: " · "; color: var(--muted); }
    @media (max-width: 600px) {
      header { padding: .5rem; }
      .graph-chooser { margin-left: 0; }
      main { padding: .5rem; }
      h1 { font-size: 1.3rem; }
      label { white-space: normal; }
      .ends input[name="from"], .ends input[name="to"] { width: 100%; }
      .ends label { flex: 1 1 100%; }
    }
    """
}

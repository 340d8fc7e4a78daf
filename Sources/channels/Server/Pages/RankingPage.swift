import Foundation
import ChannelsFormats
import ChannelsModel

/// `/centrality` and `/brokers`: the ranking a command answers, as a sortable table whose cells are the
/// members of its JSON answer (`actors`), so the page shows exactly what `/api/…` returns.
struct RankingPage {
    let layout: PageLayout
    let heading: String
    let lead: String
    /// The form's fields, above the table.
    let controls: HTML
    let answer: JSON?
    let error: APIError?
    let endpoint: String
    let query: QueryItems

    func html() -> HTML {
        layout.page(title: heading, """
            <h1>\(heading)</h1>
            <p class="lead">\(lead)</p>
            <form class="ranking-form" method="get" action="\(layout.section?.address ?? "/")">
            \(layout.graphField)
            \(controls)
            <button type="submit">Show</button>
            </form>
            \(ErrorNote.html(error, layout: layout))
            \(table())
            <p class="api">As JSON: <a href="/api/\(endpoint)?\(query.encoded)">/api/\(endpoint)?\(query.encoded)</a></p>
            """)
    }

    /// A `<select>` of `choices`, the query's value (or `fallback`) selected.
    static func select(_ name: String, label: String, choices: [String], query: QueryItems, fallback: String) -> HTML {
        let current = query.value(name) ?? fallback
        let options = choices.map { choice -> HTML in
            let selected: HTML = choice == current ? " selected" : ""
            return "<option value=\"\(choice)\"\(selected)>\(choice)</option>"
        }
        return "<label>\(label) <select name=\"\(name)\">\(options)</select></label>"
    }

    private func table() -> HTML {
        guard case .object(let members)? = answer, case .array(let rows)? = members.first(where: { $0.0 == "actors" })?.1,
              !rows.isEmpty else { return "" }
        let columns = Self.columns(rows[0]).filter { $0.key != "kind" }
        let header = columns.map { column -> HTML in
            "<th scope=\"col\"><button type=\"button\" data-sort=\"\(column.numeric ? "number" : "text")\">\(column.key)</button></th>"
        }
        let body = rows.map { row -> HTML in
            let cells = Self.columns(row).filter { $0.key != "kind" }.map { cell -> HTML in
                if cell.key == "name", let id = Self.string(row, "id") {
                    return "<td><a href=\"\(layout.link("/actors/" + QueryItems.encode(id)))\">\(HTML.name(cell.text))</a></td>"
                }
                return cell.numeric ? "<td class=\"number\" data-value=\"\(cell.text)\">\(Self.rounded(cell.text))</td>" : "<td>\(HTML.name(cell.text))</td>"
            }
            return "<tr>\(cells)</tr>"
        }
        return """
            <div class="table-scroll"><table class="sortable">
            <thead><tr>\(header)</tr></thead>
            <tbody>\(body)</tbody>
            </table></div>
            """
    }

    /// The row's members as cells, one level of nested objects flattened (`roles.liaison`).
    private static func columns(_ row: JSON) -> [(key: String, text: String, numeric: Bool)] {
        guard case .object(let members) = row else { return [] }
        var cells: [(String, String, Bool)] = []
        for (key, value) in members {
            if case .object(let inner) = value {
                for (innerKey, innerValue) in inner { cells.append(cell("\(key).\(innerKey)", innerValue)) }
            } else {
                cells.append(cell(key, value))
            }
        }
        return cells
    }

    private static func cell(_ key: String, _ value: JSON) -> (String, String, Bool) {
        switch value {
        case .int(let number): (key, String(number), true)
        case .double(let number): (key, number.isFinite ? String(number) : "", true)
        case .string(let text): (key, text, false)
        case .bool(let flag): (key, flag ? "yes" : "no", false)
        case .null: (key, "", false)
        case .array, .object: (key, value.rendered(indent: nil), false)
        }
    }

    private static func string(_ row: JSON, _ key: String) -> String? {
        guard case .object(let members) = row, case .string(let text)? = members.first(where: { $0.0 == key })?.1 else { return nil }
        return text
    }

    /// A number shown with four decimal places (or in scientific notation when smaller than 0.0001); the
    /// exact value stays in `data-value` for sorting.
    private static func rounded(_ text: String) -> String {
        guard let number = Double(text), number != number.rounded() else { return text }
        return String(format: abs(number) < 1e-4 ? "%.2e" : "%.4f", number)
    }
}

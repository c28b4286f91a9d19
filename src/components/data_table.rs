//! A table of figures: a caption, column headers, and rows whose first cell names the row.

use yew::prelude::*;

/// The table with test id `testid`: `caption`, then a header per column, then `rows`, each
/// a row header and its cells. A plain function: it holds no state.
pub fn data_table(
    testid: &str,
    caption: String,
    headers: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> Html {
    html! {
        <table data-testid={testid.to_owned()}>
            <caption>{ caption }</caption>
            <thead>
                <tr>
                    { for headers.iter().map(|header| html! { <th scope="col">{ *header }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for rows.map(|cells| html! {
                    <tr>
                        { for cells.into_iter().enumerate().map(|(index, cell)| if index == 0 {
                            html! { <th scope="row">{ cell }</th> }
                        } else {
                            html! { <td>{ cell }</td> }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

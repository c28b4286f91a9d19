//! The months' names, for dates in words: the build script writes the snapshots' dates with
//! them (`build.rs` includes this file), and the page the day a citation is read.

/// The months, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

//! Suggestions in error messages: the argument a misspelt key was meant to be, and the fields a
//! wrong field name could have named.

use crate::model::Field;

/// The argument a misspelt key was probably meant to be.
pub fn near_miss(key: &str) -> Option<&'static str> {
    // A short key is a near miss at one edit: `path` is not `auth`.
    ["response", "exactly_one_of", "at_most_one_of", "crate", "auth", "body"]
        .into_iter()
        .find(|known| distance(key, known) <= if known.len() <= 5 { 1 } else { 2 })
}

/// The one of `known` that `key` was probably meant to be: one edit away for a short word, two
/// for a longer one.
pub fn closest<'a>(key: &str, known: &[&'a str]) -> Option<&'a str> {
    known.iter().copied().find(|k| distance(key, k) <= if k.len() <= 5 { 1 } else { 2 })
}

/// "its fields are `a`, `b`", for errors naming a field that does not exist.
pub fn field_list(fields: &[Field]) -> String {
    const SHOWN: usize = 8;
    if fields.is_empty() {
        return "it has no fields".to_owned();
    }
    let mut list = fields.iter().take(SHOWN).map(|f| format!("`{}`", f.name)).collect::<Vec<_>>().join(", ");
    if fields.len() > SHOWN {
        list.push_str(", ...");
    }
    format!("its fields are {list}")
}

/// Edit distance with transpositions (optimal string alignment), for short keys: `auht` is one
/// edit from `auth`.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::{distance, near_miss};

    #[test]
    fn suggests_only_near_misses() {
        assert_eq!(distance("respone", "response"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(near_miss("respone"), Some("response"));
        assert_eq!(near_miss("exactly_one"), None);
        assert_eq!(near_miss("exactly_on_of"), Some("exactly_one_of"));
        assert_eq!(near_miss("at_most_one"), None);
        assert_eq!(near_miss("timeout"), None);
        assert_eq!(distance("auht", "auth"), 1);
        assert_eq!(near_miss("auht"), Some("auth"));
        assert_eq!(near_miss("path"), None);
    }
}

//! Suggestions in error messages: the argument a misspelt key was meant to be, and the fields a
//! wrong field name could have named.

use crate::model::Field;

/// The argument a misspelt key was probably meant to be.
pub fn near_miss(key: &str) -> Option<&'static str> {
    ["response", "exactly_one_of", "at_most_one_of"].into_iter().find(|known| distance(key, known) <= 2)
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

/// Levenshtein distance, for short keys.
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
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
    }
}

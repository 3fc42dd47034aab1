//! The lookups every resource's handlers repeat: one item by id or that resource's 404, a
//! delete that 404s when nothing matched, and a page in the flat cursor envelope.
//!
//! Only the shape is shared: each resource still passes its own match and its own 404, and
//! picks its own envelope (rules answer in the nested one and do not use `cursor_list`).

use serde_json::Value;

use super::{cursor_page, QueryMap};
use crate::reply::{ApiError, ApiResult, Reply};

/// How many items a cursor page holds when the call names no `limit`.
const DEFAULT_PAGE: usize = 50;

/// The first item `is_it` picks, or `missing()`.
pub fn one<T>(
    items: &[T],
    is_it: impl Fn(&T) -> bool,
    missing: impl FnOnce() -> ApiError,
) -> Result<&T, ApiError> {
    items.iter().find(|x| is_it(x)).ok_or_else(missing)
}

/// The first item `is_it` picks, to change in place, or `missing()`.
pub fn one_mut<T>(
    items: &mut [T],
    is_it: impl Fn(&T) -> bool,
    missing: impl FnOnce() -> ApiError,
) -> Result<&mut T, ApiError> {
    items.iter_mut().find(|x| is_it(x)).ok_or_else(missing)
}

/// Drops every item `is_it` picks; `missing()` when it picked none.
pub fn remove_all<T>(
    items: &mut Vec<T>,
    is_it: impl Fn(&T) -> bool,
    missing: impl FnOnce() -> ApiError,
) -> Result<(), ApiError> {
    let before = items.len();
    items.retain(|x| !is_it(x));
    if items.len() == before {
        return Err(missing());
    }
    Ok(())
}

/// One page of already-wired items as `{request_id, data:[…], next_cursor}`.
pub fn cursor_list(all: Vec<Value>, q: &QueryMap) -> ApiResult {
    let (page, next) = cursor_page(all, q, DEFAULT_PAGE)?;
    Ok(Reply::cursor_list(page, next))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gone() -> ApiError {
        ApiError::not_found("gone")
    }

    #[test]
    fn remove_all_404s_only_when_nothing_matched() {
        let mut v = vec![1, 2, 2, 3];
        assert!(remove_all(&mut v, |x| *x == 2, gone).is_ok());
        assert_eq!(v, vec![1, 3]);
        assert!(remove_all(&mut v, |x| *x == 2, gone).is_err());
        assert_eq!(v, vec![1, 3]);
    }

    #[test]
    fn one_finds_the_first_match_or_404s() {
        let v = vec![(1, 'a'), (1, 'b')];
        assert_eq!(one(&v, |x| x.0 == 1, gone).map(|x| x.1).ok(), Some('a'));
        assert!(one(&v, |x| x.0 == 2, gone).is_err());
    }
}

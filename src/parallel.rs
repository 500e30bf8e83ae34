//! Spreading independent work (parsing and checking thousands of files) over the
//! computer's cores, with the standard library's scoped threads: no thread pool
//! to start or keep, and results come back in the order of the input.

/// `f` applied to every item, on up to as many threads as there are cores.
/// Small inputs stay on the calling thread: starting threads costs more than
/// it saves for a handful of files.
pub fn map<'a, T: Sync, R: Send>(items: &'a [T], f: impl Fn(&'a T) -> R + Sync) -> Vec<R> {
    map_with(items, 64, f)
}

/// Like `map`, for a few items that are each a lot of work (one per language).
pub fn map_each<'a, T: Sync, R: Send>(items: &'a [T], f: impl Fn(&'a T) -> R + Sync) -> Vec<R> {
    map_with(items, 1, f)
}

fn map_with<'a, T: Sync, R: Send>(
    items: &'a [T],
    min_per_thread: usize,
    f: impl Fn(&'a T) -> R + Sync,
) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = cores.min(items.len() / min_per_thread).max(1);
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            // A panic in `f` is a bug in our code, not in content: pass it on.
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn results_keep_the_input_order() {
        let items: Vec<usize> = (0..1000).collect();
        let doubled = super::map(&items, |n| n * 2);
        assert_eq!(doubled, (0..1000).map(|n| n * 2).collect::<Vec<_>>());
        assert!(super::map(&[] as &[usize], |n| *n).is_empty());
        assert_eq!(super::map(&[7], |n| n + 1), vec![8]);
        assert_eq!(super::map_each(&[1, 2, 3], |n| n * 3), vec![3, 6, 9]);
    }
}

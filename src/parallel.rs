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

/// Like `map_each`, for items that are moved into `f` (one per core at a time).
pub fn map_owned<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = cores.min(items.len()).max(1);
    if threads == 1 {
        return items.into_iter().map(f).collect();
    }
    let queue = std::sync::Mutex::new(items.into_iter().enumerate());
    let (f, queue) = (&f, &queue);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(move || {
                    let mut mine = Vec::new();
                    loop {
                        // Nothing panics while the queue is held, so it is never poisoned.
                        let next = queue
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .next();
                        let Some((i, item)) = next else { break mine };
                        mine.push((i, f(item)));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
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
    // Items are handed out in small batches as threads ask for them, not split
    // in equal halves up front: files differ a lot in cost (a story's RON takes
    // longer than one of its translations), and a fixed split leaves a core idle.
    let batch = min_per_thread.clamp(1, 16);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let (f, next) = (&f, &next);
    let mut done: Vec<(usize, Vec<R>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(move || {
                    let mut mine = Vec::new();
                    loop {
                        let start = next.fetch_add(batch, std::sync::atomic::Ordering::Relaxed);
                        if start >= items.len() {
                            break mine;
                        }
                        let part = &items[start..(start + batch).min(items.len())];
                        mine.push((start, part.iter().map(f).collect::<Vec<R>>()));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            // A panic in `f` is a bug in our code, not in content: pass it on.
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    // Back in the order of the input.
    done.sort_unstable_by_key(|(start, _)| *start);
    done.into_iter().flat_map(|(_, part)| part).collect()
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
        let words = vec!["a".to_string(), "bb".into(), "ccc".into()];
        assert_eq!(super::map_owned(words, |w| w.len()), vec![1, 2, 3]);
    }
}

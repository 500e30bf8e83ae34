//! How the core grows with content: loading and checking (which indexes every
//! story and message id) a generated library of 100 and 1,000 stories (10,000
//! with KIND_QUEST_BENCH_SIZES), in six languages, and what the game reads of it
//! (its index: a card per story and the titles; one story opened); one story
//! played step by step; the class report for 30 children.
//!
//!     cargo bench -p kind-quest-benches
//!     KIND_QUEST_BENCH_SIZES=100,1000,10000 cargo bench -p kind-quest-benches
//!
//! The generated stories have the shape of real ones (52 nodes, texts taken from
//! the shipped stories); see `src/sample_library.rs`. Figures: docs/performance.md.

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use kind_quest::content::Content;
use kind_quest::i18n::Localizer;
use kind_quest::report::ClassReport;
use kind_quest::sample_library::{self, DECISIONS, Faults};
use kind_quest::story::check::check_content;
use kind_quest::story::model::Scenario;
use kind_quest::story::runtime::{Session, play_script};

fn sizes() -> Vec<usize> {
    std::env::var("KIND_QUEST_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![100, 1000])
}

/// A library written to a temporary folder, as a teacher's folder would be.
struct Library {
    _dir: tempfile::TempDir,
    path: PathBuf,
}

fn library(stories: usize) -> Library {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let files = sample_library::generate(stories, Faults::default());
    sample_library::write(dir.path(), &files).expect("the library is written");
    let path = dir.path().to_path_buf();
    Library { _dir: dir, path }
}

fn load(path: &std::path::Path) -> Content {
    let mut content = Content::embedded();
    content.add_path(path);
    content
}

fn content_scale(c: &mut Criterion) {
    let mut group = c.benchmark_group("content");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    for stories in sizes() {
        let lib = library(stories);
        let content = load(&lib.path);
        assert!(
            check_content(&content).is_empty(),
            "a generated library checks clean"
        );
        group.throughput(Throughput::Elements(stories as u64));
        group.bench_with_input(BenchmarkId::new("load", stories), &lib.path, |b, path| {
            b.iter(|| black_box(load(path)))
        });
        // Each check starts from files as read: `check` parses every `.ftl`
        // file as it checks it and keeps only what it compares.
        group.bench_with_input(
            BenchmarkId::new("check", stories),
            &content,
            |b, content| {
                b.iter_batched(
                    || content.clone(),
                    |content| black_box(check_content(&content)),
                    BatchSize::LargeInput,
                )
            },
        );
        // What `kind-quest check` does: read every file, check it all, and index
        // every story id and message id of every language on the way.
        group.bench_with_input(
            BenchmarkId::new("load+check", stories),
            &lib.path,
            |b, path| {
                b.iter(|| {
                    let content = load(path);
                    black_box(check_content(&content))
                })
            },
        );
        // Fluent bundles of every story in every language (parsing each file
        // for the bundles): the game never builds these for a whole library.
        group.bench_with_input(
            BenchmarkId::new("bundles, all stories", stories),
            &content,
            |b, content| {
                b.iter_batched(
                    || content.clone(),
                    |content| black_box(Localizer::new(&content)),
                    BatchSize::LargeInput,
                )
            },
        );
        // What the game itself does with the library before its map: a card
        // per story, and every title in the child's language and English.
        group.bench_with_input(
            BenchmarkId::new("game: cards+titles", stories),
            &lib.path,
            |b, path| {
                b.iter(|| {
                    let mut library = kind_quest::library::Library::embedded();
                    library.add_path(path);
                    let titles = (library.titles("de"), library.titles("en"));
                    black_box((library, titles))
                })
            },
        );
        // Opening one story: its file and its words in two languages.
        let mut library = kind_quest::library::Library::embedded();
        library.add_path(&lib.path);
        group.bench_function(BenchmarkId::new("game: open a story", stories), |b| {
            b.iter(|| black_box(library.content_for(&["gen-00001"], &["de", "en"])))
        });
    }
    group.finish();
}

fn generated_stories(stories: usize) -> (Content, Vec<Arc<Scenario>>) {
    let content =
        sample_library::content_with(&sample_library::generate(stories, Faults::default()));
    let scenarios = sample_library::generated_scenarios(&content);
    (content, scenarios)
}

fn runtime(c: &mut Criterion) {
    let (_, scenarios) = generated_stories(1);
    let story = scenarios[0].clone();
    let script: Vec<usize> = (0..DECISIONS).map(|d| 1 + d % 3).collect();
    let mut group = c.benchmark_group("runtime");
    // Every node of a 52-node story, start to ending.
    group.bench_function("play a whole story", |b| {
        b.iter(|| black_box(play_script(&story, &script).expect("it plays")))
    });
    // What the game does when a child presses a choice.
    group.bench_function("one choice", |b| {
        b.iter_batched(
            || {
                let mut session = Session::start(story.clone()).expect("it starts");
                // Three lines come before the first decision.
                for _ in 0..3 {
                    session.advance().expect("a line");
                }
                session
            },
            |mut session| {
                session.choose(1).expect("a choice");
                black_box(session)
            },
            criterion::BatchSize::SmallInput,
        )
    });
    group.finish();
}

fn reports(c: &mut Criterion) {
    let (content, scenarios) = generated_stories(1000);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let players = sample_library::profiles(&scenarios, 30, 4);
    sample_library::save_profiles(dir.path(), &players).expect("profiles saved");
    let folders = vec![dir.path().to_path_buf()];
    let l10n = Localizer::new(&content);
    let mut group = c.benchmark_group("report");
    group.sample_size(20);
    group.bench_function("class of 30, 1,000 stories: read and score", |b| {
        b.iter(|| black_box(ClassReport::build(&folders, &content)))
    });
    let report = ClassReport::build(&folders, &content);
    assert_eq!(report.children.len(), 30);
    group.bench_function("class of 30: csv", |b| {
        b.iter(|| black_box(kind_quest::report::csv::render(&report)))
    });
    group.bench_function("class of 30: html", |b| {
        b.iter(|| {
            black_box(kind_quest::report::html::render(
                &report, &content, &l10n, "Class",
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, content_scale, runtime, reports);
criterion_main!(benches);

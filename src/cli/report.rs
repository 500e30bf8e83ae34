//! `kind-quest report [--data-dir DIR]... --format csv|html|xapi [--out FILE]`.

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::{Cli, load_content};
use crate::progress::Store;
use crate::report::{ClassReport, csv, html, xapi};

/// Output formats of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// One row per child and skill, with counts.
    Csv,
    /// One self-contained page that prints one child per page.
    Html,
    /// xAPI statements (JSON) for a learning record store.
    Xapi,
}

/// What `report` was asked for.
pub struct Options<'a> {
    pub format: ReportFormat,
    pub out: Option<&'a std::path::Path>,
    pub locale: Option<&'a str>,
    pub title: &'a str,
    /// Only this child.
    pub profile: Option<&'a str>,
    /// Only this class's children.
    pub class: Option<&'a str>,
}

pub fn run(cli: &Cli, options: &Options) -> ExitCode {
    let Options {
        format,
        out,
        locale,
        title,
        profile,
        class,
    } = *options;
    let folders: Vec<PathBuf> = if cli.data_dirs.is_empty() {
        match Store::resolve_dir(None) {
            Ok(d) => vec![d],
            Err(e) => {
                eprintln!("kind-quest: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        cli.data_dirs.clone()
    };
    if let Err(code) = crate::cli::refuse_out_inside(out, &folders) {
        return code;
    }
    let content = load_content(cli);
    let mut report = ClassReport::build(&folders, &content);
    if let Some(name) = class {
        // Classes live in the classroom file of the folders read.
        let members: Vec<String> = folders
            .iter()
            .filter_map(|f| match crate::classroom::Classroom::load_read_only(f) {
                Some(c) => c.classes.into_iter().find(|k| k.name == name),
                None => None,
            })
            .flat_map(|k| k.members)
            .collect();
        if members.is_empty() {
            eprintln!(
                "kind-quest: no class called \"{}\" (or it has no children) in these folders",
                crate::cli::shown_name(name)
            );
            return ExitCode::from(1);
        }
        report.children.retain(|c| members.contains(&c.profile.id));
    }
    if let Some(nickname) = profile {
        report.children.retain(|c| c.profile.nickname == nickname);
        if report.children.is_empty() {
            eprintln!(
                "kind-quest: no child called \"{}\" in these folders",
                crate::cli::shown_name(nickname)
            );
            return ExitCode::from(1);
        }
    }
    for n in &report.notices {
        eprintln!("kind-quest: {}: {}", n.file.display(), n.message);
    }
    let text = match format {
        ReportFormat::Csv => csv::render(&report),
        ReportFormat::Xapi => xapi::render(&report, &content),
        ReportFormat::Html => {
            let l10n = match crate::cli::localizer(&content, locale) {
                Ok(l) => l,
                Err(code) => return code,
            };
            html::render(&report, &content, &l10n, title)
        }
    };
    let written = crate::cli::write_output(out, &text);
    if written != ExitCode::SUCCESS {
        return written;
    }
    // Every folder unreadable is a failure; some unreadable files are only notices.
    let unreadable = report
        .notices
        .iter()
        .filter(|n| n.message.contains("not a Kind Quest data folder"))
        .count();
    if unreadable == folders.len() {
        eprintln!(
            "kind-quest: no data folder could be read. Give --data-dir the folder that holds \
             the game's profiles/ folder (or a copy of it from another device)."
        );
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

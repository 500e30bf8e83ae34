//! `kind-quest data export|erase --profile NICKNAME`: a child's data rights from
//! the command line (the grown-up area of the game offers the same).

use std::path::Path;
use std::process::ExitCode;

use crate::cli::Cli;
use crate::progress::{Profile, Store};

/// What to do with a child's data.
#[derive(Debug, Clone, clap::Subcommand)]
pub enum DataCommand {
    /// Write everything kept about one child to a readable JSON file.
    Export {
        /// The child's game name (or profile number, when two share a name).
        #[arg(long, value_name = "NICKNAME")]
        profile: String,
        /// Write here instead of the terminal.
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
    /// Erase one child's profile from this device, backups included. Cannot be undone.
    Erase {
        /// The child's game name (or profile number, when two share a name).
        #[arg(long, value_name = "NICKNAME")]
        profile: String,
        /// Confirms the erase; without it nothing is deleted.
        #[arg(long)]
        yes: bool,
    },
}

pub fn run(cli: &Cli, command: &DataCommand) -> ExitCode {
    let store = match Store::resolve_dir(cli.data_dir()).and_then(|d| Store::open(&d)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("kind-quest: {e}");
            return ExitCode::from(1);
        }
    };
    let nickname = match command {
        DataCommand::Export { profile, .. } | DataCommand::Erase { profile, .. } => profile,
    };
    let Some(profile) = find(&store, nickname) else {
        return ExitCode::from(1);
    };
    match command {
        DataCommand::Export { out, .. } => {
            if let Err(code) =
                crate::cli::refuse_out_inside(out.as_deref(), &[store.dir().to_path_buf()])
            {
                return code;
            }
            export(&profile, out.as_deref())
        }
        DataCommand::Erase { yes, .. } => erase(&store, &profile, *yes),
    }
}

/// The one child `wanted` names: a game name, or a profile number (which tells
/// apart two children who happen to share a game name). When a name fits more
/// than one child, nothing is chosen for the grown-up: they are listed, to
/// pick one by number.
fn find(store: &Store, wanted: &str) -> Option<Profile> {
    let loaded = store.load_all();
    // A broken save set aside and its backup used, a copy put together: the
    // grown-up hears it here as in `report` and `play-text`.
    for notice in &loaded.notices {
        eprintln!("kind-quest: {}: {}", notice.file.display(), notice.message);
    }
    let described = |p: &Profile| {
        format!(
            "{} (profile number {}, made {}, {} stories finished)",
            crate::cli::shown_name(&p.nickname),
            p.id,
            crate::report::time::date(p.created),
            p.finished_count()
        )
    };
    let mut matching: Vec<&Profile> = loaded.profiles.iter().filter(|p| p.id == wanted).collect();
    if matching.is_empty() {
        matching = loaded
            .profiles
            .iter()
            .filter(|p| p.nickname == wanted)
            .collect();
    }
    match matching.as_slice() {
        [one] => Some((*one).clone()),
        [] => {
            let here: Vec<String> = loaded.profiles.iter().map(described).collect();
            eprintln!(
                "kind-quest: no child called \"{}\" in {}. Children here: {}",
                crate::cli::shown_name(wanted),
                store.dir().display(),
                if here.is_empty() {
                    "none".to_string()
                } else {
                    here.join("; ")
                }
            );
            None
        }
        several => {
            let listed: Vec<String> = several.iter().map(|p| described(p)).collect();
            eprintln!(
                "kind-quest: {} children are called \"{}\" in {}: {}. Nothing was done. \
                 Give --profile the profile number of the one you mean.",
                several.len(),
                crate::cli::shown_name(wanted),
                store.dir().display(),
                listed.join("; ")
            );
            None
        }
    }
}

fn export(profile: &Profile, out: Option<&Path>) -> ExitCode {
    crate::cli::write_output(out, &profile.export_json())
}

fn erase(store: &Store, profile: &Profile, yes: bool) -> ExitCode {
    if !yes {
        eprintln!(
            "kind-quest: this erases \"{}\" and all their progress from this device, backups \
             included, and cannot be undone. Export it first if you want to keep a copy. \
             To erase, run the same command with --yes.",
            crate::cli::shown_name(&profile.nickname)
        );
        return ExitCode::from(2);
    }
    match store.erase(&profile.id) {
        Ok(removed) => {
            // Out of every class too, so nothing on disk refers to them any more.
            if let crate::classroom::Loaded::Ok(mut classroom) =
                crate::classroom::Classroom::load(store.dir())
                && classroom
                    .classes
                    .iter()
                    .any(|c| c.members.contains(&profile.id))
            {
                classroom.forget(&profile.id);
                if let Err(e) = classroom.save(store.dir()) {
                    eprintln!("kind-quest: {e}");
                    return ExitCode::from(1);
                }
            }
            eprintln!(
                "erased \"{}\": {} file(s) removed from {}",
                crate::cli::shown_name(&profile.nickname),
                removed.len(),
                store.dir().display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("kind-quest: {e}");
            ExitCode::from(1)
        }
    }
}

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
        /// The child's game name.
        #[arg(long, value_name = "NICKNAME")]
        profile: String,
        /// Write here instead of the terminal.
        #[arg(long, value_name = "FILE")]
        out: Option<std::path::PathBuf>,
    },
    /// Erase one child's profile from this device, backups included. Cannot be undone.
    Erase {
        /// The child's game name.
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
        DataCommand::Export { out, .. } => export(&profile, out.as_deref()),
        DataCommand::Erase { yes, .. } => erase(&store, &profile, *yes),
    }
}

fn find(store: &Store, nickname: &str) -> Option<Profile> {
    let loaded = store.load_all();
    let names: Vec<String> = loaded.profiles.iter().map(|p| p.nickname.clone()).collect();
    let found = loaded.profiles.into_iter().find(|p| p.nickname == nickname);
    if found.is_none() {
        eprintln!(
            "kind-quest: no child called \"{nickname}\" in {}. Game names here: {}",
            store.dir().display(),
            if names.is_empty() {
                "none".to_string()
            } else {
                names.join(", ")
            }
        );
    }
    found
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
            profile.nickname
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
                profile.nickname,
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

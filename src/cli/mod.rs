//! The `kind-quest` command line: the game (no arguments), `check`, `play-text`,
//! `graph` and `shot`, as DESIGN.md specifies. Exit codes: 0 fine, 1 content
//! invalid, 2 usage error.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::content::Content;
use crate::i18n::Localizer;
use crate::story::graph::GraphFormat;

mod check;
mod data;
mod output;
mod play_text;
mod report;

pub use output::{output_problem, print_out, refuse_out_inside, shown_name, write_output};

/// Kind Quest: short stories where children practise being kind and safe online.
#[derive(Debug, Parser)]
#[command(name = "kind-quest", version, about)]
pub struct Cli {
    /// Folder for saved profiles (default: KIND_QUEST_DATA_DIR or the platform's data
    /// folder). `report` takes it several times, to merge folders from several devices.
    #[arg(long = "data-dir", global = true, value_name = "DIR", action = clap::ArgAction::Append)]
    pub data_dirs: Vec<PathBuf>,
    /// Extra or replacement scenarios (and their locales/<lang>/*.ftl) from this folder.
    #[arg(long, global = true, value_name = "DIR")]
    pub scenarios: Vec<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// The one data folder the game and `play-text` use (checked in `main`).
    pub fn data_dir(&self) -> Option<&std::path::Path> {
        self.data_dirs.last().map(PathBuf::as_path)
    }
}

/// Sub-commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenarios, locales and the catalogue; print every problem as file:line:column.
    Check {
        /// Scenario files, .ftl files or folders; none checks the shipped content.
        paths: Vec<PathBuf>,
        /// Also print what the library holds: stories per age band, setting and
        /// skill, the reading level of each story, and how complete each language is.
        #[arg(long)]
        summary: bool,
    },
    /// Play a scenario in the terminal.
    PlayText {
        /// Scenario id, or path to a .ron file.
        scenario: String,
        /// Language to play in (default: the computer's language).
        #[arg(long)]
        locale: Option<String>,
        /// Choices to make, 1-based, comma separated; `r` means "try another way".
        #[arg(long, value_delimiter = ',')]
        choices: Vec<String>,
        /// Record the story for this child (by game name), as the game would, in
        /// the data folder (`--data-dir`); the profile is made if it is new.
        #[arg(long, value_name = "NICKNAME")]
        profile: Option<String>,
    },
    /// Print a scenario as a graph.
    Graph {
        /// Scenario id, or path to a .ron file.
        scenario: String,
        #[arg(long, value_enum, default_value = "dot")]
        format: GraphFormat,
        /// Language for the labels (default: English).
        #[arg(long, default_value = "en")]
        locale: String,
    },
    /// Render one screen of the game to a PNG and exit.
    Shot(ShotArgs),
    /// A printable lesson sheet (HTML) for teachers: each story's skills, what
    /// happens, the questions its endings ask, and discussion prompts.
    LessonSheet {
        /// Stories in lesson order (ids).
        #[arg(required = true)]
        stories: Vec<String>,
        /// Language of the sheet (default: the computer's).
        #[arg(long)]
        locale: Option<String>,
        /// Heading, e.g. the lesson's name.
        #[arg(long, default_value = "Kind Quest lesson")]
        title: String,
        /// Write to this file instead of the terminal.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// A child's data: export it to a readable file, or erase it from this device.
    #[command(subcommand)]
    Data(data::DataCommand),
    /// Reports for grown-ups from one or more data folders (give --data-dir once per
    /// folder, e.g. copies from several devices; the same session is counted once).
    Report {
        #[arg(long, value_enum)]
        format: report::ReportFormat,
        /// Write to this file instead of the terminal.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Language of skill and story names in the HTML page (default: the computer's).
        #[arg(long)]
        locale: Option<String>,
        /// Heading of the HTML page, e.g. the class's name.
        #[arg(long, default_value = "Kind Quest report")]
        title: String,
        /// Only this child (by game name), e.g. for a page for one family.
        #[arg(long, value_name = "NICKNAME")]
        profile: Option<String>,
        /// Only the children of this class (as made in the game's classroom).
        #[arg(long, value_name = "NAME")]
        class: Option<String>,
    },
}

/// Options of `kind-quest shot`.
#[derive(Debug, Clone, clap::Args)]
pub struct ShotArgs {
    /// Where to write the PNG.
    #[arg(long)]
    pub out: PathBuf,
    /// Screen: title, profiles, map, line, play, feedback, ending, settings, stickers, gate,
    /// grown-ups, progress, projector, projector-feedback, projector-ending, lesson, class.
    #[arg(long, default_value = "title")]
    pub screen: String,
    /// Scenario for the play, feedback and ending screens (default: the first on the map).
    #[arg(long)]
    pub scenario: Option<String>,
    /// Choices to make before the shot, 1-based, comma separated.
    #[arg(long, value_delimiter = ',')]
    pub choices: Vec<String>,
    /// Language.
    #[arg(long, default_value = "en")]
    pub locale: String,
    /// Window size, WIDTHxHEIGHT.
    #[arg(long, default_value = "1280x720")]
    pub size: String,
    /// The child's text size: 0 normal, 1 large, 2 larger.
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u8).range(0..=2))]
    pub text_size: u8,
    /// The child's "strong colours" (high contrast) setting.
    #[arg(long)]
    pub high_contrast: bool,
    /// The child's "letters easy to tell apart" (OpenDyslexic) setting.
    #[arg(long)]
    pub dyslexia_font: bool,
    /// Press Tab this many times before the picture (shows the keyboard focus ring).
    #[arg(long, default_value_t = 0)]
    pub tab: u32,
    /// Also write what a screen reader is told about the screen (AccessKit:
    /// one line per button, text and picture) to this file.
    #[arg(long)]
    pub accessibility_out: Option<PathBuf>,
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    if cli.data_dirs.len() > 1 && !matches!(cli.command, Some(Command::Report { .. })) {
        eprintln!("kind-quest: --data-dir can be given more than once only for `report`");
        return ExitCode::from(2);
    }
    match cli.command {
        None => run_game(&cli),
        Some(Command::Data(ref command)) => data::run(&cli, command),
        Some(Command::LessonSheet {
            ref stories,
            ref locale,
            ref title,
            ref out,
        }) => lesson_sheet(&cli, stories, locale.as_deref(), title, out.as_deref()),
        Some(Command::Report {
            format,
            ref out,
            ref locale,
            ref title,
            ref profile,
            ref class,
        }) => report::run(
            &cli,
            &report::Options {
                format,
                out: out.as_deref(),
                locale: locale.as_deref(),
                title,
                profile: profile.as_deref(),
                class: class.as_deref(),
            },
        ),
        Some(Command::Check { ref paths, summary }) => {
            // `--scenarios DIR check` checks DIR too, as every other command loads it.
            let all: Vec<PathBuf> = cli.scenarios.iter().chain(paths).cloned().collect();
            check::run(&all, summary)
        }
        Some(Command::PlayText {
            ref scenario,
            ref locale,
            ref choices,
            ref profile,
        }) => play_text::run(
            &cli,
            scenario,
            locale.as_deref(),
            choices,
            profile.as_deref(),
        ),
        Some(Command::Graph {
            ref scenario,
            format,
            ref locale,
        }) => graph(&cli, scenario, format, locale),
        Some(Command::Shot(ref args)) => shot(&cli, args),
    }
}

/// Shipped content plus the `--scenarios` folders.
pub fn load_content(cli: &Cli) -> Content {
    let mut content = Content::embedded();
    for dir in &cli.scenarios {
        content.add_path(dir);
    }
    content
}

/// The game's library: cards for the shipped stories and the `--scenarios`
/// folders, their words read when needed.
pub fn load_library(cli: &Cli) -> crate::library::Library {
    load_library_from(&cli.scenarios)
}

/// The library of the shipped stories and those in `folders`.
pub fn load_library_from(folders: &[std::path::PathBuf]) -> crate::library::Library {
    let mut library = crate::library::Library::embedded();
    for dir in folders {
        library.add_path(dir);
    }
    library
}

/// Finds a scenario by id, or loads it from a path. Says why when it cannot:
/// an unknown id is a usage error (exit 2), a file that cannot be read or
/// parsed is invalid content (exit 1).
pub fn find_scenario(
    content: &mut Content,
    wanted: &str,
) -> Result<crate::story::model::Scenario, ExitCode> {
    let path = std::path::Path::new(wanted);
    if wanted.ends_with(".ron") || path.is_file() {
        let before = content.problems.len();
        content.add_path(path);
        // Its words: `locales/` next to the file, or next to its `scenarios/` folder.
        let folder = path.parent().unwrap_or(std::path::Path::new("."));
        for locales in [folder.join("locales"), folder.join("../locales")] {
            if locales.is_dir() {
                content.add_path(&locales);
                break;
            }
        }
        if content.problems.len() > before {
            for p in &content.problems[before..] {
                eprintln!("{p}");
            }
            eprintln!(
                "kind-quest: \"{wanted}\" could not be loaded; fix the problem above \
                 (`kind-quest check {wanted}` lists every problem)"
            );
            return Err(ExitCode::from(1));
        }
        return content
            .scenarios
            .last()
            .map(|s| s.scenario.clone())
            .ok_or(ExitCode::from(1));
    }
    match content.scenario(wanted) {
        Some(s) => Ok(s.clone()),
        None => {
            let ids: Vec<_> = content
                .scenarios
                .iter()
                .map(|s| s.scenario.id.as_str())
                .collect();
            eprintln!(
                "kind-quest: there is no scenario \"{wanted}\". Give one of these ids, or \
                 the path of a .ron file: {}",
                ids.join(", ")
            );
            Err(ExitCode::from(2))
        }
    }
}

/// A localizer in `locale` (or the computer's language); a usage error, said
/// plainly with the languages there are, when the language is unknown.
pub fn localizer(content: &Content, locale: Option<&str>) -> Result<Localizer, ExitCode> {
    let mut l10n = Localizer::new(content);
    let lang = locale.map_or_else(|| l10n.system_language(), str::to_string);
    if l10n.set_language(&lang) {
        Ok(l10n)
    } else {
        eprintln!(
            "kind-quest: unknown language \"{lang}\": there are no texts in it. \
             Give --locale one of: {}",
            l10n.tags().join(", ")
        );
        Err(ExitCode::from(2))
    }
}

fn graph(cli: &Cli, wanted: &str, format: GraphFormat, locale: &str) -> ExitCode {
    let mut content = load_content(cli);
    let scenario = match find_scenario(&mut content, wanted) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut l10n = match localizer(&content, Some(locale)) {
        Ok(l) => l,
        Err(code) => return code,
    };
    l10n.set_nickname(&crate::nickname::sample(&l10n));
    let text = crate::story::graph::render(&scenario, format, &|id| l10n.text(id));
    match print_out(&text) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

#[cfg(feature = "gui")]
fn run_game(cli: &Cli) -> ExitCode {
    crate::app::run(crate::app::Launch::game(cli))
}

#[cfg(not(feature = "gui"))]
fn run_game(_cli: &Cli) -> ExitCode {
    eprintln!("kind-quest: this build has no game window (built without the `gui` feature)");
    ExitCode::from(2)
}

#[cfg(feature = "gui")]
fn shot(cli: &Cli, args: &ShotArgs) -> ExitCode {
    match crate::app::Launch::shot(cli, args) {
        Ok(launch) => crate::app::run(launch),
        Err(message) => {
            eprintln!("kind-quest: {message}");
            ExitCode::from(2)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn shot(_cli: &Cli, _args: &ShotArgs) -> ExitCode {
    eprintln!("kind-quest: this build has no game window (built without the `gui` feature)");
    ExitCode::from(2)
}

/// `kind-quest lesson-sheet`.
fn lesson_sheet(
    cli: &Cli,
    ids: &[String],
    locale: Option<&str>,
    title: &str,
    out: Option<&std::path::Path>,
) -> ExitCode {
    let content = load_content(cli);
    let mut stories = Vec::new();
    for id in ids {
        match content.scenario(id) {
            Some(s) => stories.push(s),
            None => {
                let known: Vec<&str> = content
                    .scenarios
                    .iter()
                    .map(|s| s.scenario.id.as_str())
                    .collect();
                eprintln!(
                    "kind-quest: there is no scenario \"{id}\". Scenarios: {}",
                    known.join(", ")
                );
                return ExitCode::from(2);
            }
        }
    }
    let l10n = match localizer(&content, locale) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let page = crate::report::lesson_sheet::render(&stories, &content, &l10n, title);
    write_output(out, &page)
}

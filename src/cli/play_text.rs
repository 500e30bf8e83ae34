//! `kind-quest play-text`: plays a scenario in the terminal, for authors and tests.
//! With `--choices` it is scripted; without, it asks at each decision.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use crate::cli::{Cli, find_scenario, load_content};
use crate::i18n::Localizer;
use crate::progress::{Profile, SessionRecord, Store};
use crate::story::check::{NARRATOR, check_scenario};
use crate::story::model::{Feeling, Node, Scenario};
use crate::story::runtime::{Session, Step};

/// `println!` that gives up with a plain message when the output cannot be
/// written (a full disk), where `println!` would panic.
macro_rules! say {
    ($($arg:tt)*) => {
        writeln!(std::io::stdout(), $($arg)*).map_err(|e| crate::cli::output_problem(&e))?
    };
}

/// Plays `wanted` in the terminal; with `profile`, records it for that child.
pub fn run(
    cli: &Cli,
    wanted: &str,
    locale: Option<&str>,
    script: &[String],
    profile: Option<&str>,
) -> ExitCode {
    let mut content = load_content(cli);
    let scenario = match find_scenario(&mut content, wanted) {
        Ok(s) => s,
        Err(code) => return code,
    };
    // A story with errors would stop halfway; say why before starting.
    if let Some(loaded) = content
        .scenarios
        .iter()
        .find(|l| l.scenario.id == scenario.id)
    {
        let errors: Vec<_> = check_scenario(loaded, &content.catalogue)
            .into_iter()
            .filter(|d| d.is_error())
            .collect();
        if !errors.is_empty() {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!(
                "kind-quest: \"{}\" has {} error(s); fix them (see `kind-quest check`) to play it",
                scenario.id,
                errors.len()
            );
            return ExitCode::from(1);
        }
    }
    let mut l10n = match crate::cli::localizer(&content, locale) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let lang = l10n.current_tag().to_string();
    let mut recording = match profile {
        None => None,
        Some(nickname) => match Recording::open(cli, nickname, &scenario.id, &lang) {
            Ok(r) => Some(r),
            Err(message) => {
                eprintln!("kind-quest: {message}");
                return ExitCode::from(1);
            }
        },
    };
    match &recording {
        Some(r) => l10n.set_nickname(&r.profile.nickname),
        None => l10n.set_nickname(&crate::nickname::sample(&l10n)),
    }
    let stdin = std::io::stdin();
    let mut answers = Answers {
        script: script.iter().map(|s| s.trim().to_string()).collect(),
        interactive: script.is_empty() && stdin.is_terminal(),
        lines: Box::new(stdin.lock().lines()),
    };
    let mut on_step = |session: &Session| {
        if let Some(r) = recording.as_mut() {
            r.update(session);
        }
    };
    let played = play(&scenario, &l10n, &mut answers, &mut on_step);
    if let Some(r) = &recording
        && let Some(e) = &r.failed
    {
        eprintln!("kind-quest: the story was played but could not be saved: {e}");
        return ExitCode::from(1);
    }
    match played {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("kind-quest: {message}");
            ExitCode::from(2)
        }
    }
}

/// A child's profile this story is recorded in, saved after every step like the
/// game does (a story left halfway keeps the choices made).
struct Recording {
    store: Store,
    profile: Profile,
    record: usize,
    failed: Option<String>,
}

impl Recording {
    fn open(cli: &Cli, nickname: &str, scenario: &str, locale: &str) -> Result<Self, String> {
        let dir = Store::resolve_dir(cli.data_dir()).map_err(|e| e.to_string())?;
        let store = Store::open(&dir).map_err(|e| e.to_string())?;
        let loaded = store.load_all();
        for notice in &loaded.notices {
            eprintln!("kind-quest: {}: {}", notice.file.display(), notice.message);
        }
        // A profile number picks one child; a game name must not be shared
        // (the story would be recorded for whichever came first).
        let by_id: Vec<Profile> = loaded
            .profiles
            .iter()
            .filter(|p| p.id == nickname)
            .cloned()
            .collect();
        let loaded_names: Vec<String> =
            loaded.profiles.iter().map(|p| p.nickname.clone()).collect();
        let by_name: Vec<Profile> = loaded
            .profiles
            .into_iter()
            .filter(|p| p.nickname == nickname)
            .collect();
        let mut profile = match (by_id.into_iter().next(), by_name.as_slice()) {
            (Some(p), _) => p,
            (None, [one]) => one.clone(),
            (None, []) => new_child(nickname, &loaded_names)?,
            (None, several) => {
                let numbers: Vec<&str> = several.iter().map(|p| p.id.as_str()).collect();
                return Err(format!(
                    "{} children are called \"{}\" here (profile numbers {}); give --profile \
                     the profile number of the one this story is for",
                    several.len(),
                    crate::cli::shown_name(nickname),
                    numbers.join(", ")
                ));
            }
        };
        profile
            .sessions
            .push(SessionRecord::start(scenario, locale));
        let record = profile.sessions.len() - 1;
        store.save(&profile).map_err(|e| e.to_string())?;
        Ok(Self {
            store,
            profile,
            record,
            failed: None,
        })
    }

    fn update(&mut self, session: &Session) {
        if let Some(r) = self.profile.sessions.get_mut(self.record) {
            r.update_from(session);
        }
        if let Err(e) = self.store.save(&self.profile) {
            self.failed = Some(e.to_string());
        }
    }
}

fn speaker(s: &Scenario, l10n: &Localizer, id: &str) -> String {
    if id == NARRATOR {
        return String::new();
    }
    s.character(id)
        .map_or_else(|| id.to_string(), |c| l10n.text(&c.name))
}

/// Where answers come from: the `--choices` script, else the keyboard.
struct Answers<'a> {
    script: std::collections::VecDeque<String>,
    interactive: bool,
    lines: Box<dyn Iterator<Item = std::io::Result<String>> + 'a>,
}

impl Answers<'_> {
    fn read_line(&mut self) -> Option<String> {
        if !self.interactive {
            return None;
        }
        let _ = write!(std::io::stdout(), "> ");
        let _ = std::io::stdout().flush();
        self.lines
            .next()
            .and_then(Result::ok)
            .map(|s| s.trim().to_string())
    }

    /// The next choice number (as typed).
    fn next(&mut self) -> Option<String> {
        if let Some(s) = self.script.pop_front() {
            let _ = writeln!(std::io::stdout(), "> {s}");
            return Some(s);
        }
        self.read_line()
    }

    /// After feedback that offers another way: true if the child asks for it
    /// (`r` in the script, or typed).
    fn wants_retry(&mut self) -> bool {
        if self
            .script
            .front()
            .is_some_and(|s| s.eq_ignore_ascii_case("r"))
        {
            self.script.pop_front();
            let _ = writeln!(std::io::stdout(), "> r");
            return true;
        }
        if self.script.is_empty() {
            return self
                .read_line()
                .is_some_and(|s| s.eq_ignore_ascii_case("r"));
        }
        false
    }
}

/// Drives a session, printing as it goes; `on_step` sees it after every choice,
/// "try another way" and at the end.
fn play(
    s: &Scenario,
    l10n: &Localizer,
    answers: &mut Answers,
    on_step: &mut dyn FnMut(&Session),
) -> Result<(), String> {
    let mut session = Session::start(std::sync::Arc::new(s.clone())).map_err(|e| e.to_string())?;
    say!("== {} ==", l10n.text(&s.title));
    for _ in 0..100_000 {
        match session.step().map_err(|e| e.to_string())? {
            Step::Line(Node::Line {
                speaker: who,
                feeling,
                text,
                ..
            }) => {
                let name = speaker(s, l10n, who);
                if name.is_empty() {
                    say!("{}", l10n.text(text));
                } else {
                    say!("{} {}", label(l10n, &name, *feeling), l10n.text(text));
                }
                session.advance().map_err(|e| e.to_string())?;
            }
            Step::Line(_) => session.advance().map_err(|e| e.to_string())?,
            Step::Decision {
                prompt, offered, ..
            } => {
                say!();
                say!("{}", l10n.text(prompt));
                for (n, (_, c)) in offered.iter().enumerate() {
                    say!("  {}) {}", n + 1, l10n.text(&c.text));
                }
                let Some(answer) = answers.next() else {
                    say!("({})", l10n.text("play-text-stopped"));
                    return Ok(());
                };
                let n: usize = answer
                    .parse()
                    .ok()
                    .filter(|n| (1..=offered.len()).contains(n))
                    .ok_or_else(|| {
                        format!(
                            "\"{answer}\" is not a choice here: type a number from 1 to {}",
                            offered.len()
                        )
                    })?;
                session.choose(n - 1).map_err(|e| e.to_string())?;
                on_step(&session);
            }
            Step::Feedback {
                choice,
                feelings,
                can_try_again,
            } => {
                say!("  {}", l10n.text(&choice.feedback));
                for f in feelings {
                    let who = speaker(s, l10n, &f.who);
                    say!("  - {} {}", label(l10n, &who, f.feels), l10n.text(&f.why));
                }
                if can_try_again {
                    say!("  [r: {}]", l10n.text("feedback-try-another-way"));
                    if answers.wants_retry() {
                        session.try_another_way().map_err(|e| e.to_string())?;
                        on_step(&session);
                        continue;
                    }
                }
                session.advance().map_err(|e| e.to_string())?;
            }
            Step::Ending(Node::Ending {
                text, reflection, ..
            }) => {
                on_step(&session);
                say!();
                say!("== {} ==", l10n.text("ending-title"));
                say!("{}", l10n.text(text));
                say!("{}", l10n.text(reflection));
                return Ok(());
            }
            Step::Ending(_) => {
                on_step(&session);
                return Ok(());
            }
        }
    }
    Err("the story did not end".into())
}

/// "Priya (sad):" in the language's own form, as the game shows it.
fn label(l10n: &Localizer, name: &str, feeling: Feeling) -> String {
    l10n.text_with(
        "feeling-label",
        &[
            ("name", name.to_string().into()),
            ("feeling", l10n.text(feeling.message_id()).into()),
        ],
    )
}

/// A child made by `play-text --profile NAME` when no child has that name. A
/// name that differs from one here only in capitals or spaces is almost
/// always that child mistyped: a second child would split their progress, so
/// it is refused with the name meant. A name a screen cannot show well (empty,
/// control characters, longer than the game keeps) is refused too.
fn new_child(nickname: &str, here: &[String]) -> Result<Profile, String> {
    let folded = |n: &str| {
        n.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    if let Some(meant) = here.iter().find(|n| folded(n) == folded(nickname)) {
        return Err(format!(
            "no child is called \"{}\" here, but \"{}\" is: give --profile exactly that \
             name (a new child with a name so close would split their progress)",
            crate::cli::shown_name(nickname),
            crate::cli::shown_name(meant)
        ));
    }
    let chars = nickname.chars().count();
    if nickname.trim().is_empty()
        || nickname.chars().any(char::is_control)
        || chars > crate::progress::store::MAX_NICKNAME_CHARS
    {
        return Err(format!(
            "\"{}\" cannot be a game name: give a name of 1 to {} letters, without \
             control characters (like \"Brave Otter\")",
            crate::cli::shown_name(nickname),
            crate::progress::store::MAX_NICKNAME_CHARS
        ));
    }
    eprintln!(
        "kind-quest: no child called \"{nickname}\" yet: a new one is made with that game name"
    );
    Ok(Profile::new(nickname, 0))
}

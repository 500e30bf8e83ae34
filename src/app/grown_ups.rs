//! The grown-up area's flow: the gate in front of it, looking at one child's
//! progress, exporting and erasing a child's data, and closing by itself after a
//! while without use so the child's view comes back.

use std::path::PathBuf;

use bevy::prelude::*;

use crate::app::flow::{Game, Screen};
use crate::gate::Gate;
use crate::progress::model::now;

/// What the grown-up screens ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GrownUpAction {
    /// "For grown-ups" on the profiles screen.
    Open,
    /// An answer typed at the gate.
    Answer(String),
    /// Back to the child's view (and the gate closes).
    Close,
    /// One child's progress.
    View(usize),
    /// Back to the list of children.
    List,
    /// Save a readable copy of a child's data in the data folder.
    Export(usize),
    /// Erase a child's data (the screen asked for confirmation first).
    Erase(usize),
}

/// The grown-up area's state in `Game`.
pub struct GrownUpState {
    pub gate: Gate,
    /// True after a wrong answer, until the next one.
    pub wrong_answer: bool,
    /// Which child's progress is showing (index into `Game::profiles`).
    pub viewing: Option<usize>,
    /// Where the last export went, or why it failed.
    pub last_export: Option<Result<PathBuf, String>>,
    rng: fastrand::Rng,
}

impl GrownUpState {
    pub fn new() -> Self {
        let mut rng = fastrand::Rng::new();
        Self {
            gate: Gate::new(&mut rng),
            wrong_answer: false,
            viewing: None,
            last_export: None,
            rng,
        }
    }

    fn close(&mut self) {
        self.gate = Gate::new(&mut self.rng);
        self.wrong_answer = false;
        self.viewing = None;
        self.last_export = None;
    }
}

impl Default for GrownUpState {
    fn default() -> Self {
        Self::new()
    }
}

impl Game {
    pub(crate) fn apply_grown_up(
        &mut self,
        action: &GrownUpAction,
        screen: Screen,
    ) -> Option<Screen> {
        let g = &mut self.grown_ups;
        g.gate.touch(now());
        match action {
            GrownUpAction::Open => {
                self.play = None;
                if g.gate.is_open() {
                    Some(Screen::GrownUps)
                } else {
                    g.wrong_answer = false;
                    Some(Screen::Gate)
                }
            }
            GrownUpAction::Answer(typed) => {
                let opened = g.gate.answer(typed, now(), &mut g.rng);
                g.wrong_answer = !opened;
                // No celebration: the area simply opens.
                opened.then_some(Screen::GrownUps)
            }
            GrownUpAction::Close => {
                g.close();
                // The child's view: who is playing?
                self.current = None;
                (screen != Screen::Profiles).then_some(Screen::Profiles)
            }
            // Everything below is only for an open gate.
            _ if !g.gate.is_open() => Some(Screen::Gate),
            GrownUpAction::View(i) => {
                self.profiles.get(*i)?;
                g.viewing = Some(*i);
                g.last_export = None;
                Some(Screen::Progress)
            }
            GrownUpAction::List => {
                g.viewing = None;
                Some(Screen::GrownUps)
            }
            GrownUpAction::Export(i) => {
                let profile = self.profiles.get(*i)?;
                let result = match &self.store {
                    None => Err("no data folder".to_string()),
                    Some(store) => {
                        let dir = store.dir().join("exports");
                        let safe: String = profile
                            .nickname
                            .chars()
                            .map(|c| if c.is_alphanumeric() { c } else { '-' })
                            .collect();
                        let path =
                            dir.join(format!("{safe}-{}.json", crate::report::time::date(now())));
                        std::fs::create_dir_all(&dir)
                            .map_err(|e| e.to_string())
                            .and_then(|()| {
                                crate::progress::store::write_atomic(
                                    &path,
                                    profile.export_json().as_bytes(),
                                )
                                .map_err(|e| e.to_string())
                            })
                            .map(|()| path)
                    }
                };
                g.last_export = Some(result);
                None
            }
            GrownUpAction::Erase(i) => {
                let id = self.profiles.get(*i)?.id.clone();
                if let Some(store) = &self.store
                    && let Err(e) = store.erase(&id)
                {
                    self.notices.push(e.to_string());
                    return None;
                }
                self.profiles.remove(*i);
                self.current = match self.current {
                    Some(c) if c == *i => None,
                    Some(c) if c > *i => Some(c - 1),
                    c => c,
                };
                g.viewing = None;
                Some(Screen::GrownUps)
            }
        }
    }
}

/// Closes the grown-up area after `gate::IDLE_TIMEOUT_SECS` without use and
/// brings back the child's view. (The window wakes every few seconds even when
/// idle, so this runs without input.)
pub fn close_when_idle(
    mut game: ResMut<Game>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let g = &mut game.grown_ups;
    let mut rng = fastrand::Rng::new();
    if g.gate.expire(now(), &mut rng) {
        g.close();
        if screen.get().is_grown_up_area() {
            game.current = None;
            next.set(Screen::Profiles);
        }
    }
}

//! The grown-up area's flow: the gate in front of it, looking at one child's
//! progress, exporting and erasing a child's data, and closing by itself after a
//! while without use so the child's view comes back.

use std::path::PathBuf;

use bevy::prelude::*;

use crate::app::flow::{Game, Screen};
use crate::classroom::{Class, Lesson};
use crate::gate::{Gate, GrownUpSettings};
use crate::progress::model::now;
use crate::report::ClassReport;

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
    /// A new lesson, opened for editing.
    NewLesson,
    /// Edit a lesson (its name and stories).
    EditLesson(usize),
    RenameLesson(usize, String),
    /// Put a story in a lesson (at the end) or take it out.
    ToggleStory(usize, String),
    /// Move the lesson's i-th story one place up (true) or down.
    ShiftStory(usize, usize, bool),
    DeleteLesson(usize),
    /// Save the lesson's printable sheet in the data folder.
    LessonSheet(usize),
    /// Play the lesson on the big screen: no child's progress is charged.
    StartLesson(usize),
    /// On the big screen, after a story: the next one, or the end.
    NextInLesson,
    EndLesson,
    NewClass,
    EditClass(usize),
    RenameClass(usize, String),
    /// Put a child (by profile id) in a class or take them out.
    ToggleMember(usize, String),
    DeleteClass(usize),
    /// Save a report on the class's children in the data folder: HTML (to
    /// print), CSV (for a spreadsheet) or xAPI (for a learning record store).
    ClassReport(usize, ReportKind),
    /// Set the teacher PIN (4 to 8 digits) the gate asks for instead of a sum.
    SetPin(String),
    RemovePin,
}

/// The report formats the grown-up area saves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportKind {
    Html,
    Csv,
    Xapi,
}

/// A lesson playing on the big screen.
pub struct Projector {
    pub lesson: crate::classroom::Lesson,
    /// Which of its stories is playing.
    pub index: usize,
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
    /// Which lesson or class is being edited.
    pub editing: Option<usize>,
    /// The teacher PIN, if one is set (kept in `grown-ups.ron`).
    pub settings: GrownUpSettings,
    /// True after an invalid new PIN.
    pub pin_invalid: bool,
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
            editing: None,
            settings: GrownUpSettings::default(),
            pin_invalid: false,
            rng,
        }
    }

    fn close(&mut self) {
        self.gate = Gate::new(&mut self.rng);
        self.wrong_answer = false;
        self.viewing = None;
        self.last_export = None;
        self.editing = None;
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
                // The lesson planner names stories: their titles are read now.
                self.texts_ready();
                let g = &mut self.grown_ups;
                if g.gate.is_open() {
                    Some(Screen::GrownUps)
                } else {
                    g.wrong_answer = false;
                    Some(Screen::Gate)
                }
            }
            GrownUpAction::Answer(typed) if g.settings.has_pin() => {
                let opened = g.settings.pin_matches(typed);
                if opened {
                    g.gate = Gate::Open { last_input: now() };
                }
                g.wrong_answer = !opened;
                opened.then_some(Screen::GrownUps)
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
            GrownUpAction::NextInLesson => {
                let p = self.projector.as_mut()?;
                p.index += 1;
                match p.lesson.stories.get(p.index).cloned() {
                    Some(id) => {
                        self.play = None;
                        self.apply(&crate::app::flow::UiAction::OpenScenario(id), screen)
                    }
                    None => self.apply_grown_up(&GrownUpAction::EndLesson, screen),
                }
            }
            GrownUpAction::EndLesson => {
                self.projector = None;
                self.play = None;
                self.current = None;
                Some(Screen::Profiles)
            }
            // Everything below is only for an open gate.
            _ if !g.gate.is_open() => Some(Screen::Gate),
            GrownUpAction::View(i) => {
                self.profiles.get(*i)?;
                g.viewing = Some(*i);
                g.last_export = None;
                self.focus_on_child(Some(*i), None);
                Some(Screen::Progress)
            }
            GrownUpAction::List => {
                g.viewing = None;
                Some(Screen::GrownUps)
            }
            GrownUpAction::Export(i) => {
                let profile = self.profiles.get(*i)?;
                let name = file_safe(&profile.nickname);
                let text = profile.export_json();
                let written = self.write_export(&name, "json", &text);
                self.grown_ups.last_export = Some(written);
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
                self.grown_ups.viewing = None;
                self.classroom.forget(&id);
                self.save_classroom();
                Some(Screen::GrownUps)
            }
            GrownUpAction::SetPin(pin) => {
                let result = g.settings.set_pin(pin.trim(), &mut g.rng);
                g.pin_invalid = result.is_err();
                if result.is_ok() {
                    self.save_grown_up_settings();
                }
                None
            }
            GrownUpAction::RemovePin => {
                g.settings.remove_pin();
                g.pin_invalid = false;
                self.save_grown_up_settings();
                None
            }
            GrownUpAction::NewLesson => {
                let name = self.l10n.text_with(
                    "classroom-lesson-default",
                    &[("number", (self.classroom.lessons.len() + 1).into())],
                );
                self.classroom.lessons.push(Lesson::new(&name));
                self.grown_ups.editing = Some(self.classroom.lessons.len() - 1);
                self.save_classroom();
                Some(Screen::Lesson)
            }
            GrownUpAction::EditLesson(i) => {
                self.classroom.lessons.get(*i)?;
                g.editing = Some(*i);
                Some(Screen::Lesson)
            }
            GrownUpAction::RenameLesson(i, name) => {
                let name = name.trim();
                if !name.is_empty() {
                    self.classroom.lessons.get_mut(*i)?.name = name.to_string();
                    self.save_classroom();
                }
                None
            }
            GrownUpAction::ToggleStory(i, story) => {
                self.classroom.lessons.get_mut(*i)?.toggle(story);
                self.save_classroom();
                None
            }
            GrownUpAction::ShiftStory(i, k, up) => {
                self.classroom.lessons.get_mut(*i)?.shift(*k, *up);
                self.save_classroom();
                None
            }
            GrownUpAction::DeleteLesson(i) => {
                if *i < self.classroom.lessons.len() {
                    self.classroom.lessons.remove(*i);
                    self.save_classroom();
                }
                self.grown_ups.editing = None;
                Some(Screen::GrownUps).filter(|s| *s != screen)
            }
            GrownUpAction::LessonSheet(i) => {
                let wanted = self.classroom.lessons.get(*i)?.stories.clone();
                self.focus(wanted);
                let lesson = self.classroom.lessons.get(*i)?;
                let stories: Vec<_> = lesson
                    .stories
                    .iter()
                    .filter_map(|id| self.content.scenario(id))
                    .collect();
                let page = crate::report::lesson_sheet::render(
                    &stories,
                    &self.content,
                    &self.l10n,
                    &lesson.name,
                );
                let name = format!("lesson-{}", file_safe(&lesson.name));
                let written = self.write_export(&name, "html", &page);
                self.grown_ups.last_export = Some(written);
                None
            }
            GrownUpAction::StartLesson(i) => {
                let lesson = self.classroom.lessons.get(*i)?.clone();
                let first = lesson.stories.first()?.clone();
                // The big screen is for the class: the grown-up area closes, and
                // no child's profile is charged with the class's choices.
                g.close();
                self.current = None;
                // "What do you do, class?": the story speaks to everyone.
                let class = self.l10n.text("projector-nickname");
                self.l10n.set_nickname(&class);
                self.projector = Some(Projector { lesson, index: 0 });
                self.apply(&crate::app::flow::UiAction::OpenScenario(first), screen)
            }
            GrownUpAction::NewClass => {
                let name = self.l10n.text_with(
                    "classroom-class-default",
                    &[("number", (self.classroom.classes.len() + 1).into())],
                );
                self.classroom.classes.push(Class::new(&name));
                self.grown_ups.editing = Some(self.classroom.classes.len() - 1);
                self.save_classroom();
                Some(Screen::Class)
            }
            GrownUpAction::EditClass(i) => {
                self.classroom.classes.get(*i)?;
                g.editing = Some(*i);
                Some(Screen::Class)
            }
            GrownUpAction::RenameClass(i, name) => {
                let name = name.trim();
                if !name.is_empty() {
                    self.classroom.classes.get_mut(*i)?.name = name.to_string();
                    self.save_classroom();
                }
                None
            }
            GrownUpAction::ToggleMember(i, id) => {
                self.classroom.classes.get_mut(*i)?.toggle(id);
                self.save_classroom();
                None
            }
            GrownUpAction::DeleteClass(i) => {
                if *i < self.classroom.classes.len() {
                    self.classroom.classes.remove(*i);
                    self.save_classroom();
                }
                self.grown_ups.editing = None;
                Some(Screen::GrownUps).filter(|s| *s != screen)
            }
            GrownUpAction::ClassReport(i, kind) => {
                let class = self.classroom.classes.get(*i)?;
                // Every story the class has played, for its scores and titles.
                let played: Vec<String> = self
                    .profiles
                    .iter()
                    .filter(|p| class.members.contains(&p.id))
                    .flat_map(|p| p.sessions.iter().map(|s| s.scenario.clone()))
                    .collect();
                self.focus(played);
                let class = self.classroom.classes.get(*i)?;
                let Some(store) = &self.store else {
                    self.grown_ups.last_export = Some(Err("no data folder".into()));
                    return None;
                };
                let mut report = ClassReport::build(&[store.dir().to_path_buf()], &self.content);
                report
                    .children
                    .retain(|c| class.members.contains(&c.profile.id));
                let (text, ext) = match kind {
                    ReportKind::Html => (
                        crate::report::html::render(
                            &report,
                            &self.content,
                            &self.l10n,
                            &class.name,
                        ),
                        "html",
                    ),
                    ReportKind::Csv => (crate::report::csv::render(&report), "csv"),
                    ReportKind::Xapi => {
                        (crate::report::xapi::render(&report, &self.content), "json")
                    }
                };
                let name = format!("class-{}", file_safe(&class.name));
                let written = self.write_export(&name, ext, &text);
                self.grown_ups.last_export = Some(written);
                None
            }
        }
    }

    fn save_grown_up_settings(&mut self) {
        if let Some(store) = &self.store
            && let Err(e) = self.grown_ups.settings.save(store.dir())
        {
            self.notices.push(e.to_string());
        }
    }

    /// Saves the classroom file; a failure is told to grown-ups, play goes on.
    fn save_classroom(&mut self) {
        if let Some(store) = &self.store
            && let Err(e) = self.classroom.save(store.dir())
        {
            self.notices.push(e.to_string());
        }
    }

    /// Writes a file a grown-up asked for into `<data folder>/exports/`.
    fn write_export(&self, name: &str, ext: &str, text: &str) -> Result<PathBuf, String> {
        let store = self.store.as_ref().ok_or("no data folder")?;
        let dir = store.dir().join("exports");
        let path = dir.join(format!("{name}-{}.{ext}", crate::report::time::date(now())));
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        crate::progress::store::write_atomic(&path, text.as_bytes()).map_err(|e| e.to_string())?;
        Ok(path)
    }
}

/// A name that is safe as part of a file name on every system.
fn file_safe(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect()
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

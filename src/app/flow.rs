//! The game's state and how it moves between screens.
//!
//! Screens draw with egui and send `UiAction`s; `apply_actions` is the one place
//! that changes data and screens, so the whole flow runs (and is tested) without
//! a window.

use std::sync::Arc;

use bevy::prelude::*;

use crate::content::Content;
use crate::i18n::Localizer;
use crate::library::Library;
use crate::progress::model::SessionRecord;
use crate::progress::stickers::{Book, Sticker};
use crate::progress::{Profile, Settings, Store};
use crate::sound::Effect;
use crate::story::model::{Feeling, Node};
use crate::story::runtime::{Session, Step};

/// Which screen is showing.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Title,
    Profiles,
    Map,
    Play,
    Ending,
    /// The question in front of the grown-up area.
    Gate,
    /// The grown-up area: the children on this computer.
    GrownUps,
    /// One child's progress, in the grown-up area.
    Progress,
    /// Editing a lesson, in the grown-up area.
    Lesson,
    /// Editing a class, in the grown-up area.
    Class,
    /// The child's own settings: text size, contrast, font, motion, sound, reading aloud.
    Settings,
    /// The child's sticker book.
    Stickers,
}

impl Screen {
    /// Screens behind the grown-up gate.
    pub fn is_grown_up_area(self) -> bool {
        matches!(
            self,
            Screen::GrownUps | Screen::Progress | Screen::Lesson | Screen::Class
        )
    }
}

/// Everything the screens show, outside any one screen.
#[derive(Resource)]
pub struct Game {
    /// Every story, as a card for the map and the lesson planner.
    pub library: Library,
    /// The stories held in full now and their words (see `open_stories`).
    pub content: Content,
    /// Ids of the stories in `content`, and the language their words are in.
    pub(crate) open: std::collections::BTreeSet<String>,
    pub(crate) open_language: String,
    pub l10n: Localizer,
    /// None when the data folder could not be opened (play still works, unsaved).
    pub store: Option<Store>,
    pub profiles: Vec<Profile>,
    /// Index into `profiles` of who is playing.
    pub current: Option<usize>,
    /// Messages for grown-ups: files set aside, saves that failed.
    pub notices: Vec<String>,
    /// How many saved files could not be read (they were set aside, not lost).
    pub data_problems: usize,
    /// Why nothing is saved this time, if so (children are told on "who is playing?").
    pub unsaved: Option<Unsaved>,
    /// The scenario being played.
    pub play: Option<PlayState>,
    /// The grown-up area: its gate, who is being looked at, the last export.
    pub grown_ups: crate::app::grown_ups::GrownUpState,
    /// The teacher's lessons and classes on this device.
    pub classroom: crate::classroom::Classroom,
    /// A lesson playing on the big screen, if any.
    pub projector: Option<crate::app::grown_ups::Projector>,
    /// Sound effects to play (the audio plugin takes them; without it they are dropped).
    pub sounds: Vec<crate::sound::Effect>,
}

/// Why the data folder could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsaved {
    /// Another window has it open: play there.
    InUse,
    /// Missing rights, a full disk, a file in its place: a grown-up can look.
    FolderProblem,
}

/// One scenario in progress.
pub struct PlayState {
    pub session: Session,
    /// Its record in the profile (index into `sessions`).
    pub record: usize,
    /// How each character looks now (a feeling stays until something changes it).
    pub faces: std::collections::BTreeMap<String, Feeling>,
    /// The child's sticker book when the story began.
    pub book_before: Book,
    /// Stickers this story earned, shown at its ending.
    pub new_stickers: Vec<Sticker>,
}

impl PlayState {
    /// Updates faces from what is shown now.
    fn update_faces(&mut self) {
        match self.session.step() {
            Ok(Step::Line(Node::Line {
                speaker, feeling, ..
            })) => {
                self.faces.insert(speaker.clone(), *feeling);
            }
            Ok(Step::Feedback { feelings, .. }) => {
                for f in feelings {
                    self.faces.insert(f.who.clone(), f.feels);
                }
            }
            Ok(Step::Ending(Node::Ending { feelings, .. })) => {
                // The ending says how things are now: a face from an earlier
                // scene (a worried look before a happy ending) would contradict
                // it, so everyone the ending does not name is calm again.
                for face in self.faces.values_mut() {
                    *face = Feeling::Calm;
                }
                for f in feelings {
                    self.faces.insert(f.who.clone(), f.feels);
                }
            }
            _ => {}
        }
    }
}

/// What a child (or a script) asked for.
#[derive(Message, Debug, Clone, PartialEq)]
pub enum UiAction {
    /// From the title: go to "who is playing?".
    Start,
    /// Back to the title (Escape on "who is playing?").
    ToTitle,
    SetLanguage(String),
    SelectProfile(usize),
    CreateProfile {
        nickname: String,
        avatar: u8,
    },
    ChangePlayer,
    OpenScenario(String),
    /// Next line, or go on after feedback.
    Advance,
    /// Pick the n-th offered choice (0-based).
    Choose(usize),
    TryAnotherWay,
    ToMap,
    OpenSettings,
    OpenStickers,
    /// The child changed one of their settings.
    UpdateSettings(Settings),
    /// Anything for the grown-up area (see `grown_ups`).
    GrownUps(crate::app::grown_ups::GrownUpAction),
}

impl Game {
    /// A game over some content and a data folder.
    /// `language`: None follows the computer's language.
    pub fn new(library: Library, store: Option<Store>, language: Option<&str>) -> Self {
        // Until a child is chosen no story is open: the title screen needs the
        // game's own words only (every language's, so each can name itself).
        let content = library.content_for(&[], &[]);
        let mut l10n = Localizer::new(&content);
        let language = language.map_or_else(|| l10n.system_language(), str::to_string);
        l10n.set_language(&language);
        // Stories that were skipped are told once they are read
        // (`tell_about_skipped_stories`): the reading may still be going.
        let mut notices: Vec<String> = content.problems.iter().map(|p| p.to_string()).collect();
        let mut data_problems = 0;
        let profiles = match &store {
            Some(s) => {
                let loaded = s.load_all();
                data_problems = loaded.notices.len();
                notices.extend(
                    loaded
                        .notices
                        .iter()
                        .map(|n| format!("{}: {}", n.file.display(), n.message)),
                );
                loaded.profiles
            }
            None => Vec::new(),
        };
        let classroom = match store
            .as_ref()
            .map(|s| crate::classroom::Classroom::load(s.dir()))
        {
            Some(crate::classroom::Loaded::Ok(c)) => c,
            Some(crate::classroom::Loaded::SetAside(c, aside)) => {
                notices.push(format!(
                    "the classroom file could not be read; it was kept as {}",
                    aside.display()
                ));
                c
            }
            None => crate::classroom::Classroom::default(),
        };
        for n in &notices {
            warn!("{n}");
        }
        let mut grown_ups = crate::app::grown_ups::GrownUpState::new();
        if let Some(s) = &store {
            grown_ups.settings = crate::gate::GrownUpSettings::load(s.dir());
        }
        Game {
            library,
            content,
            open: Default::default(),
            // Not yet read in any language: the first focus reads them.
            open_language: String::new(),
            l10n,
            store,
            profiles,
            current: None,
            notices,
            data_problems,
            unsaved: None,
            play: None,
            grown_ups,
            classroom,
            projector: None,
            sounds: Vec::new(),
        }
    }

    /// The settings of the child playing (defaults with nobody chosen).
    pub fn settings(&self) -> Settings {
        self.profile()
            .map(|p| p.settings.clone())
            .unwrap_or_default()
    }

    /// The child playing now.
    pub fn profile(&self) -> Option<&Profile> {
        self.current.and_then(|i| self.profiles.get(i))
    }

    fn save_current(&mut self) {
        let (Some(store), Some(p)) = (&self.store, self.current.and_then(|i| self.profiles.get(i)))
        else {
            return;
        };
        if let Err(e) = store.save(p) {
            // Play goes on; the grown-up is told why progress could not be kept.
            error!("{e}");
            self.notices.push(e.to_string());
        }
    }

    /// Applies one action; returns the screen to show next, if it changes.
    pub fn apply(&mut self, action: &UiAction, screen: Screen) -> Option<Screen> {
        match action {
            UiAction::Start => Some(Screen::Profiles),
            UiAction::ToTitle => Some(Screen::Title),
            UiAction::SetLanguage(tag) => {
                if self.switch_language(tag)
                    && let Some(i) = self.current
                {
                    self.profiles[i].settings.language = Some(tag.clone());
                    self.save_current();
                }
                None
            }
            UiAction::SelectProfile(i) => {
                let p = self.profiles.get(*i)?;
                if let Some(lang) = p.settings.language.clone() {
                    self.l10n.set_language(&lang);
                }
                self.l10n.set_nickname(&p.nickname);
                self.current = Some(*i);
                // Their finished stories, for the map's ticks and their stickers.
                self.focus_on_child(Some(*i), None);
                Some(Screen::Map)
            }
            UiAction::CreateProfile { nickname, avatar } => {
                let nickname = nickname.trim();
                if nickname.is_empty() {
                    return None;
                }
                let mut p = Profile::new(nickname, *avatar);
                p.settings.language = Some(self.l10n.current_tag().to_string());
                self.profiles.push(p);
                self.current = Some(self.profiles.len() - 1);
                self.l10n.set_nickname(nickname);
                self.save_current();
                self.focus_on_child(self.current, None);
                Some(Screen::Map)
            }
            UiAction::ChangePlayer => {
                self.play = None;
                self.current = None;
                self.focus(Vec::<String>::new());
                Some(Screen::Profiles)
            }
            UiAction::OpenScenario(id) => {
                // The story in full, and the child's finished ones for stickers.
                if self.projector.is_some() {
                    self.focus([id.as_str()]);
                } else {
                    self.focus_on_child(self.current, Some(id));
                }
                let scenario = Arc::new(self.content.scenario(id)?.clone());
                let session = match Session::start(scenario) {
                    Ok(s) => s,
                    Err(e) => {
                        self.notices.push(format!("{id}: {e}"));
                        return None;
                    }
                };
                // On the big screen nobody's progress is charged; otherwise the
                // child playing gets a record of the story.
                let record = if self.projector.is_some() {
                    usize::MAX
                } else {
                    let i = self.current?;
                    self.profiles[i]
                        .sessions
                        .push(SessionRecord::start(id, self.l10n.current_tag()));
                    self.profiles[i].sessions.len() - 1
                };
                let faces = session
                    .scenario()
                    .characters
                    .iter()
                    .map(|c| (c.id.clone(), Feeling::Calm))
                    .collect();
                let book_before = match self.profile() {
                    Some(p) if self.projector.is_none() => Book::for_profile(p, &self.content),
                    _ => Book::default(),
                };
                let mut play = PlayState {
                    session,
                    record,
                    faces,
                    book_before,
                    new_stickers: Vec::new(),
                };
                self.sounds.push(Effect::PageTurn);
                play.update_faces();
                self.play = Some(play);
                self.save_current();
                Some(Screen::Play)
            }
            UiAction::Choose(n) => {
                let play = self.play.as_mut()?;
                play.session.choose(*n).ok()?;
                play.update_faces();
                // Feedback has its own chime; a choice without feedback pops.
                self.sounds.push(
                    if matches!(play.session.step(), Ok(Step::Feedback { .. })) {
                        Effect::Feedback
                    } else {
                        Effect::Choice
                    },
                );
                self.sync_record();
                None
            }
            UiAction::TryAnotherWay => {
                let play = self.play.as_mut()?;
                play.session.try_another_way().ok()?;
                play.update_faces();
                self.sync_record();
                None
            }
            UiAction::Advance => {
                let play = self.play.as_mut()?;
                if !matches!(
                    play.session.step(),
                    Ok(Step::Line(_) | Step::Feedback { .. })
                ) {
                    return None;
                }
                play.session.advance().ok()?;
                play.update_faces();
                self.sounds.push(Effect::PageTurn);
                if play.session.ending().is_some() {
                    self.sync_record();
                    self.collect_stickers();
                    return Some(Screen::Ending);
                }
                None
            }
            UiAction::ToMap if self.projector.is_some() => {
                self.apply_grown_up(&crate::app::grown_ups::GrownUpAction::EndLesson, screen)
            }
            UiAction::ToMap => {
                self.play = None;
                (screen != Screen::Map).then_some(Screen::Map)
            }
            UiAction::OpenSettings => {
                self.profile()?;
                Some(Screen::Settings)
            }
            UiAction::OpenStickers => {
                self.profile()?;
                Some(Screen::Stickers)
            }
            UiAction::UpdateSettings(new) => {
                let i = self.current?;
                // The language has its own action (it also changes the words now).
                let language = self.profiles[i].settings.language.clone();
                self.profiles[i].settings = Settings {
                    language,
                    ..new.clone()
                };
                self.save_current();
                None
            }
            UiAction::GrownUps(a) => self.apply_grown_up(a, screen),
        }
    }

    /// After an ending: which stickers the story earned (a sound if any).
    fn collect_stickers(&mut self) {
        let Some(p) = self.profile() else { return };
        if self.projector.is_some() {
            return;
        }
        let after = Book::for_profile(p, &self.content);
        let Some(play) = self.play.as_mut() else {
            return;
        };
        play.new_stickers = after.new_since(&play.book_before);
        if !play.new_stickers.is_empty() {
            self.sounds.push(Effect::Sticker);
        }
    }

    /// Copies the session's choices (and ending) into the saved record and saves.
    fn sync_record(&mut self) {
        let (Some(play), Some(i)) = (&self.play, self.current) else {
            return;
        };
        if let Some(r) = self.profiles[i].sessions.get_mut(play.record) {
            r.update_from(&play.session);
        }
        self.save_current();
    }
}

/// Applies the actions the screens sent this frame.
pub fn apply_actions(
    mut actions: MessageReader<UiAction>,
    mut game: ResMut<Game>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let mut current = *screen.get();
    for action in actions.read() {
        if let Some(to) = game.apply(action, current) {
            current = to;
            next.set(to);
        }
    }
}

/// Adds the flow (state, actions) to an app; no window needed.
pub fn plugin(app: &mut App) {
    app.init_state::<Screen>()
        .add_message::<UiAction>()
        .add_systems(
            Update,
            (apply_actions, crate::app::grown_ups::close_when_idle).chain(),
        )
        .add_systems(Update, tell_about_skipped_stories);
}

/// Once the stories are read (on their own thread since launch), the files that
/// were skipped are logged and listed for grown-ups, once.
fn tell_about_skipped_stories(mut game: ResMut<Game>, mut told: Local<bool>) {
    if *told {
        return;
    }
    let Some(problems) = game.library.problems_if_read() else {
        return;
    };
    let messages: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    *told = true;
    for (i, message) in messages.into_iter().enumerate() {
        warn!("{message}");
        if !game.notices.contains(&message) {
            // First in the list, as they were before the reading moved off the
            // start: they concern the whole library.
            game.notices.insert(i, message);
        }
    }
}
